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
  ],
};
export default family;
