/**
 * Violence threat (German): threats of violence, stalking and doxxing aimed at staff or owners
 * ("ich weiß, wo Ihre Kellnerin wohnt", a private address or phone number published).
 */
import type { RuleFamily } from '../types';

const family: RuleFamily = {
  lang: 'de',
  family: 'violence-threat',
  rules: [
    {
      id: 'de.violence_threat.harm',
      signal: 'violence_threat',
      pattern: String.raw`\b(?:umbringen|umlegen|eine reinhauen|eins reinhauen|eins auf die (?:fresse|nase|mue?tze)|abstechen|abknallen|abfackeln|kaltmachen|anzue?nden|die fresse (?:einschlagen|polieren)|(?:schlag\w{0,2}|hau\w{0,2}) (?:ich |wir )?(?:ihm|ihr|dir|euch|ihnen|dem|der) (?:\w+ )?(?:die fresse|den schae?del|eine rein|die zae?hne)|fresse ein|aufs maul|auf die fresse|(?:ich|wir) mach\w{0,2} (?:dich|euch|ihn|sie) (?:fertig|kalt|platt|alle)|(?:dann|sonst) (?:kracht|knallt|scheppert) es|zeig\w{0,2} (?:ich|wir) (?:dir|euch|ihm|ihr) wo der hammer hae?ngt|(?:wird|werden) (?:es )?bereuen|verprue?geln|verprue?gle|verdreschen|vermoe?beln|zusammenschlagen|abreiben)\b`,
      weight: 0.85,
      examples: ['Den Kerl an der Bar sollte man mal ordentlich verprügeln', 'Wenn ich den Koch erwische, schlag ich ihm die Fresse ein.', 'ich mach dich fertig', 'dann kracht es', 'bring ich ein paar Freunde mit und dann kracht es'],
      counterExamples: ['Der Türsteher hat meinen Freund verprügelt', 'Der Koch hat sich große Mühe gegeben', 'Das Feuer im Kamin war schön'],
    },
    {
      id: 'de.violence_threat.wish_harm',
      signal: 'violence_threat',
      pattern: String.raw`\bhoffe\w?,? (?:dass )?(?:euer|ihr|der|die|das|dein|sein|eure) (?:\w+ )?(?:brennt ab|abbrennt|abfackelt|in die luft fliegt|verreckt|verrecken|krepiert|krepieren)\b`,
      weight: 0.75,
      examples: ['ich hoffe, euer Laden brennt ab!'],
      counterExamples: ['ich hoffe, der Laden läuft weiter gut'],
    },
    {
      id: 'de.violence_threat.dehumanising',
      signal: 'violence_threat',
      pattern: String.raw`\b(?:leute|typen|menschen|so was|sowas|so jemanden|solche) wie (?:dich|sie|euch|den|die|ihn)\b[^.!?]{0,25}?\b(?:sollte man|gehoe?ren|mue?sste man)\b[^.!?]{0,20}?\b(?:einsperren|eingesperrt|erschiess?en|erschossen|aufhae?ngen|aufgehae?ngt|weggesperrt|wegsperren|beseitigen|ausrotten|vergasen)\b`,
      weight: 0.8,
      examples: ['Leute wie dich sollte man einsperren.'],
      counterExamples: ['Leute wie Sie machen den Urlaub schön'],
    },
    {
      id: 'de.violence_threat.stalking',
      signal: 'violence_threat',
      pattern: String.raw`\b(?:ich|wir) (?:komme?|kommen) vorbei und zeig\w{0,2} (?:euch|dir|ihnen)\b|\b(?:ich|wir) weiss?,? wo (?:sie|er|du|ihr|ihre?r? \w+|dein\w{0,2} \w+|der \w+|die \w+) wohn\w{0,2}|\b(?:soll|sollte|sollen) sich (?:besser |lieber )?in acht nehmen\b|\b(?:soll|sollte) (?:besser |lieber |gut )?aufpassen,? wenn\b|\bwir sehen uns noch\b|\b(?:abpassen?|abpassen werde|auflauern|lauere \w+ auf)\b|\bdann reden wir (?:mal )?anders\b|\bich (?:finde|kriege?) (?:dich|sie|euch|ihn)\b|\bich warte (?:drauss?en|vor der tue?r|nach feierabend)`,
      weight: 0.85,
      examples: ['ich komm vorbei und zeig euch, was ich von euch halte', 'dass ich ihn nach Feierabend abpasse', 'Ich weiß, wo Ihre Kellnerin wohnt.', 'Der Empfangsmitarbeiter soll sich in Acht nehmen.', 'sie soll aufpassen, wenn sie nachts heimgeht'],
      counterExamples: ['Ich weiß nicht, wo der Parkplatz ist', 'Man sollte beim Parken aufpassen'],
    },
    {
      id: 'de.violence_threat.doxxing',
      signal: 'violence_threat',
      pattern: String.raw`\b(?:wohnt (?:in der|in|im|am|auf der) [^.!?,]{2,30}?\d{1,3}\b|(?:private?n? |privat)(?:handy|telefon)?(?:nummer|adresse)\w{0,2}\b[^.!?]{0,20}?\d{3}|(?:handy|telefon)nummer (?:des|der|vom) (?:besitzers?|chefs?|inhabers?|inhaberin|managers?|kellners?|kellnerin)\b[^.!?]{0,20}?\d{3}|ruft (?:ihn|sie|den \w+|die \w+) (?:an|zuhause an|privat an) und)`,
      weight: 0.8,
      examples: ['Der Besitzer wohnt in der Gartenstraße 14, seine private Handynummer ist 0171 2345678. Ruft ihn an und sagt ihm'],
      counterExamples: ['Das Hotel liegt in der Gartenstraße 14', 'Rufen Sie uns unter 069 123456 an'],
      note: 'doxxing is abuse: it points readers at a person',
    },
    // structures (word classes): intent + harm to a body part; a safety "warning" to a staff member; publishing details
    {
      id: 'de.violence_threat.harm_structure',
      signal: 'violence_threat',
      pattern: String.raw`\b(?:(?:ich|wir) (?:werde|werden|will|wollen|breche|brechen|schlage|schlagen|haue|hauen)|(?:werde|werden|will|wollen|breche|brechen|schlage|schlagen|haue|hauen) (?:ich|wir))(?: \w+){0,3} (?:ihm|ihr|dir|euch|ihnen|dem \w+|der \w+|eurem \w+|deinem \w+|ihrem \w+) (?:die|den|das|alle) (?:\w+ )?(?:nase|kiefer|zae?hne|beine|arme|knochen|schae?del|rippen|finger|gesicht|fresse|visage)\b`,
      weight: 0.9,
      examples: ['Ich werde dem Türsteher die Nase brechen', 'beim nächsten Mal brechen wir ihm den Kiefer', 'wir hauen eurem Koch die Zähne raus'],
      counterExamples: ['ich werde ihm die Nachricht überbringen', 'wir brechen morgen früh auf'],
    },
    {
      id: 'de.violence_threat.safety_warning',
      signal: 'violence_threat',
      pattern: String.raw`\b(?:sag|sagen sie|sagt|richte\w{0,2}(?: sie)?|warne?n?)\b[^.!?]{0,10}\b(?:deinem|ihrem|eurem|dem|der|deiner|ihrer|eurer) (?:\w+ )?(?:koch|kellner\w{0,2}|chef\w{0,2}|rezeptionist\w{0,2}|portier|tue?rsteher|besitzer\w{0,2}|inhaber\w{0,2}|wirt\w{0,2}|mitarbeiter\w{0,2}|servicekraft|barkeeper\w{0,2}|zimmermae?dchen|hausmeister|manager\w{0,2}|bedienung)\b[^.!?]{0,80}\b(?:allein|alleine|im dunkeln|auf dem heimweg|auf (?:seinem|ihrem) heimweg|aufpassen)\b`,
      weight: 0.8,
      examples: ['Sagt eurem Barkeeper, er sollte nachts besser nicht alleine an der Bushaltestelle stehen', 'Richten Sie Ihrer Kellnerin aus, sie soll auf dem Heimweg aufpassen'],
      counterExamples: ['Sagen Sie dem Portier, dass Sie spät ankommen, er gibt Ihnen den Schlüssel'],
    },
    {
      id: 'de.violence_threat.publish_details',
      signal: 'violence_threat',
      pattern: String.raw`\b(?:ich|wir) (?:werde|werden|will|wollen)(?: \w+){0,2} (?:seine|ihre|deine|eure|die) (?:private?n? |privat)?(?:adresse|wohnadresse|handynummer|telefonnummer|nummer|fotos)\b[^.!?]{0,30}\b(?:veroe?ffentlichen|posten|teilen|verbreiten|ins netz)\b|\b(?:ich|wir) wei(?:ss|ß)(?:,)? (?:in welche[rm]? \w+|welche \w+) (?:er|sie|du) wohn\w{0,2}\b`,
      weight: 0.9,
      examples: ['Ich werde ihre private Adresse veröffentlichen', 'ich weiß, in welcher Straße sie wohnt'],
      counterExamples: ['Ich werde meine Fotos vom Zimmer posten'],
    },
  ],
};
export default family;
