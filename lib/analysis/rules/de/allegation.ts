/**
 * Allegation (German): accusations that would be defamatory if false: fraud, theft, health or safety
 * hazard, discrimination. Negatable ("keine Bettwanzen, anders als in anderen Bewertungen"); hearsay about
 * other reviews is a negation cue too (cues.ts).
 */
import type { RuleFamily } from '../types';

const family: RuleFamily = {
  lang: 'de',
  family: 'allegation',
  rules: [
    {
      id: 'de.allegation.fraud',
      signal: 'fraud_accusation',
      // "betrug" is also the past of "betragen" (cost): not before an amount, not after "Preis", "Kosten"…
      pattern: String.raw`\b(?:(?<!(?:preis|kosten|summe|rechnung|betrag|wartezeit|entfernung|aufpreis|zuschlag|miete)\w{0,3} (?:\w{1,20} )?)(?<!(?:\d|euro|eur|€|minuten|stunden|prozent) )betrug(?! (?:\w{1,20} )?(?:\d|ca\b|etwa|rund|knapp|nur|lediglich|mehr|weniger|fast|pro\b|damals|insgesamt|zwei|drei|vier|f(?:u|ue)nf|zehn|zwanzig|hundert))|betr(?:u|ue)ger\w{0,6}|betr(?:u|ue)gerisch\w{0,2}|betrogen|abgezockt|abzocker\w{0,2}|geneppt|(?:u|ue)ber den tisch gezogen|gaunerei|gauner\w{0,2}|halsabschneider\w{0,2}|kriminell\w{0,2}|schwindel|mafia(?:methoden)?)\b`,
      weight: 0.8,
      negatable: true,
      examples: ['Reiner Betrug!', 'Das Hotel ist eine Betrügerbude', 'Wir wurden betrogen', 'kriminelle Machenschaften'],
      counterExamples: ['Der Preis betrug 120 Euro', 'Die Wartezeit betrug zehn Minuten', 'Die Rechnung betrug nur 45 €', 'kein Betrug, alles korrekt abgerechnet'],
    },
    {
      id: 'de.allegation.billing_fraud',
      signal: 'fraud_accusation',
      pattern: String.raw`\b(?:doppelt (?:abgebucht|berechnet|belastet|kassiert)|unberechtigt\w{0,2} (?:abgebucht|belastet|berechnet|abbuchung\w{0,2}|belastung\w{0,2})|versteckte\w{0,1} (?:kosten|geb(?:u|ue)hren|zuschl(?:a|ae)ge)|(?:kaution|anzahlung)\w{0,2} (?:wurde |wird )?(?:einfach |dreist |ohne grund )?(?:einbehalten|nie zur(?:u|ue)ckgezahlt|nicht zur(?:u|ue)ckgezahlt)|(?:heimlich|ohne (?:zu fragen|unser wissen|mein wissen|erlaubnis)) (?:\w+ ){0,5}(?:abgebucht|gebucht|berechnet|belastet))`,
      weight: 0.7,
      negatable: true,
      examples: ['versteckte Gebühren, die nirgends standen', 'die Kaution wurde einfach einbehalten', 'heimlich Trinkgeld auf die Karte gebucht'],
      counterExamples: ['Die Kaution wurde bei Abreise sofort freigegeben', 'keine versteckten Kosten'],
    },
    {
      id: 'de.allegation.rip_off',
      signal: 'fraud_accusation',
      pattern: String.raw`\b(?:abzocke|abzocken|nepp|touristenfalle|wucher\w{0,4})\b`,
      weight: 0.45,
      negatable: true,
      examples: ['Abzocke mit System', 'eine echte Touristenfalle'],
      counterExamples: ['keine Abzocke, faire Preise'],
      note: 'weak: colloquial for "overpriced"; an allegation only with stronger evidence',
    },
    {
      id: 'de.allegation.theft',
      signal: 'theft_accusation',
      pattern: String.raw`\b(?:gestohlen|geklaut\w{0,2}|bestohlen|diebstahl|dieb(?:e|in|innen|es)?|entwendet|mitgehen lassen|klaut\w{0,2}|stiehlt|stahl(?:en)?)\b`,
      weight: 0.8,
      negatable: true,
      examples: ['wurden 200 Euro und eine Uhr gestohlen', 'Ihr Zimmermädchen hat meinen Schmuck geklaut', 'Das ist Diebstahl.'],
      counterExamples: ['Nichts wurde gestohlen, alles sicher im Safe', 'Der Safe war groß genug'],
    },
    {
      id: 'de.allegation.vermin',
      signal: 'health_hazard',
      pattern: String.raw`\b(?:(?:bett)?wanzen\w{0,2}|wanzenbisse|kakerlake\w{0,1}|schaben|ratten?|rattenkot|m(?:a|ae)use|maus|mausek(?:o|oe)t\w{0,1}|mausk(?:o|oe)t\w{0,1}|ungeziefer|fl(?:o|oe)he|flohbisse|maden|silberfische)\b`,
      weight: 0.75,
      negatable: true,
      examples: ['Bettwanzen in der Matratze', 'Mäuse in der Küche', 'Und Kakerlaken im Bad.', 'Im Frühstücksraum liefen Ratten herum.'],
      counterExamples: ['Keine Bettwanzen, anders als in anderen Bewertungen behauptet', 'Ich hatte Angst wegen der Bewertungen über Bettwanzen', 'Das Zimmer war frei von Ungeziefer'],
    },
    {
      id: 'de.allegation.food_poisoning',
      signal: 'health_hazard',
      pattern: String.raw`\b(?:lebensmittelvergiftung\w{0,2}|fischvergiftung|vergiftung\w{0,2}|vergiftet|salmonell\w{0,2}|noro ?virus|noroviren|magen[- ]?darm[- ]?\w{0,10}|durchfall|erbrechen|erbrochen|(?:die ganze nacht|stundenlang) (?:ubergeben|uebergeben|gekotzt)|gekotzt|wurden? (?:alle |beide )?krank|krank geworden|im krankenhaus|ins krankenhaus|notaufnahme|allergische\w{0,1} (?:reaktion|schock))\b`,
      weight: 0.8,
      negatable: true,
      examples: ['eine Lebensmittelvergiftung, zwei Tage Erbrechen', 'lag die halbe Reisegruppe mit Salmonellen im Krankenhaus'],
      counterExamples: ['Niemand wurde krank, das Essen war frisch', 'Das Krankenhaus ist zehn Minuten entfernt'],
    },
    {
      id: 'de.allegation.mould_illness',
      signal: 'health_hazard',
      pattern: String.raw`\bschimmel\w{0,8}\b[^.!?]{0,80}?\b(?:krank\w{0,3}|arzt|(?:a|ae)rztin|husten|gehustet|atemwegs\w{0,10}|asthma|allergi\w{0,6}|infektion\w{0,2}|gesundheits\w{0,12}|kopfschmerz\w{0,2})|\b(?:krank\w{0,3}|gehustet|asthma|allergi\w{0,6}|infektion\w{0,2})\b[^.!?]{0,60}?\bschimmel\w{0,8}`,
      weight: 0.85,
      negatable: true,
      examples: ['Schimmel an der Decke im Bad, mein Sohn hat die ganze Nacht gehustet', 'Die Klimaanlage war voller Schimmel, wir haben beide eine Atemwegsinfektion bekommen'],
      counterExamples: ['Kein Schimmel, kein Geruch, alles sauber'],
    },
    {
      id: 'de.allegation.mould',
      signal: 'health_hazard',
      pattern: String.raw`\b(?:schimmel\w{0,8}|verschimmelt\w{0,2}|schimmlig\w{0,2}|schimmelig\w{0,2})\b`,
      weight: 0.45,
      negatable: true,
      examples: ['Schimmel in den Fugen der Dusche'],
      counterExamples: ['kein Schimmel zu sehen'],
      note: 'weak alone: mould is a cleanliness complaint until it makes someone ill',
    },
    {
      id: 'de.allegation.safety',
      signal: 'health_hazard',
      pattern: String.raw`\b(?:gesundheitsgef(?:a|ae)hrd\w{0,6}|lebensgef(?:a|ae)hr\w{0,6}|legionell\w{0,2}|asbest|gasgeruch|gasleck|kohlenmonoxid|stromschlag|brandschutz\w{0,12}|notausgang\w{0,2} (?:war |ist |waren )?(?:verstellt|versperrt|abgeschlossen)|kein rauchmelder)\b`,
      weight: 0.75,
      negatable: true,
      examples: ['Gesundheitsgefährdend!', 'Legionellen im Wasser', 'der Notausgang war versperrt'],
      counterExamples: ['Alles sicher und gepflegt'],
    },
    {
      id: 'de.allegation.discrimination_words',
      signal: 'discrimination',
      pattern: String.raw`\b(?:rassis\w{0,6}|diskriminier\w{0,6}|fremdenfeindlich\w{0,3}|ausl(?:a|ae)nderfeindlich\w{0,3}|homophob\w{0,3}|transphob\w{0,3}|sexist\w{0,4}|sexismus|antisemit\w{0,6}|behindertenfeindlich\w{0,3}|islamfeindlich\w{0,3})\b`,
      weight: 0.8,
      negatable: true,
      examples: ['Das ist Rassismus und Diskriminierung.', 'ein homophober Kellner'],
      counterExamples: ['Alle Gäste werden gleich herzlich behandelt'],
    },
    {
      id: 'de.allegation.because_of_identity',
      signal: 'discrimination',
      pattern: String.raw`\b(?:wegen (?:unserer|meiner|seiner|ihrer) (?:hautfarbe|herkunft|religion|behinderung|sexuellen orientierung|nationalit(?:a|ae)t|kopft(?:u|ue)cher|kopftuchs?)|weil (?:wir|ich|er|sie|meine frau|mein mann) (?:ein )?(?:kopftuch|schwarz|schwul|lesbisch|ausl(?:a|ae)nder|t(?:u|ue)rke|t(?:u|ue)rken|araber|muslime?|juden?|j(?:u|ue)disch|behindert|im rollstuhl|roma)|behinderte\w{0,1} (?:st(?:o|oe)ren|st(?:o|oe)rten|w(?:a|ae)ren unerw(?:u|ue)nscht|nicht erw(?:u|ue)nscht|unerw(?:u|ue)nscht))`,
      weight: 0.8,
      negatable: true,
      examples: ['weil wir Kopftuch tragen', 'mit der Begründung, Behinderte störten die anderen Gäste'],
      counterExamples: ['wegen unserer späten Ankunft'],
    },
  ],
};
export default family;
