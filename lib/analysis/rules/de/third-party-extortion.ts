/**
 * Third-party extortion (German): someone says they posted, or were ordered or paid to post, negative
 * reviews, or offers to stop for a payment: the opening move of the review-extortion scam.
 */
import type { RuleFamily } from '../types';

const NEGATIVE_REVIEWS = String.raw`(?:negativ\w{0,2} |schlecht\w{0,2} |vernichtend\w{0,2} |(?:ein|1)[- ]?sterne?n?[- ])(?:google[- ]?)?(?:bewertung|rezension|review|rezi|kommentar|kritik|eintrae?ge|eintrag)`;

const family: RuleFamily = {
  lang: 'de',
  family: 'third-party-extortion',
  rules: [
    {
      id: 'de.third_party_extortion.ordered',
      signal: 'third_party_extortion',
      pattern: String.raw`\b(?:im auftrag|beauftragt|bezahlt|zahlt uns|zahlt mir|zahlen fue?r|bezahlen fue?r|engagiert|angeheuert|geld (?:dafue?r )?bekommen|auftraggeber)\b[^.!?]{0,60}?${NEGATIVE_REVIEWS}|${NEGATIVE_REVIEWS}\w{0,2}\b[^.!?]{0,40}?\b(?:im auftrag|beauftragt|in auftrag gegeben|bezahlt|bestellt)\b`,
      weight: 0.9,
      examples: ['wir haben im Auftrag eines Kunden bereits drei negative Bewertungen gepostet', 'Man hat mich beauftragt, negative Bewertungen über Ihr Hotel zu schreiben', 'Ich wurde dafür bezahlt, schlechte Bewertungen zu posten', 'Man hat uns bezahlt, um Ihr Lokal mit Ein-Stern-Bewertungen zu überziehen', 'ich bin beauftragt worden schlechte rezis über euren laden zu schreiben'],
      counterExamples: ['Wir haben bezahlt und eine schöne Nacht gehabt', 'Ich habe für das Zimmer bezahlt.'],
    },
    {
      id: 'de.third_party_extortion.competitor',
      signal: 'third_party_extortion',
      pattern: String.raw`\b(?:konkurrent\w{0,2}|konkurrenz|mitbewerber\w{0,2})\b[^.!?]{0,40}?\b(?:zahlt|bezahlt|beauftragt|bestellt|bezahlen|engagiert|angeheuert)\b|\b(?:zahlen sie mehr|wir wechseln die seite|bieten sie mehr)\b`,
      weight: 0.85,
      examples: ['von einem Ihrer Mitbewerber engagiert', 'Ihr Konkurrent zahlt uns für schlechte Kritiken über Sie. Zahlen Sie mehr, und wir wechseln die Seite.'],
      counterExamples: ['Die Konkurrenz nebenan ist teurer'],
    },
    {
      id: 'de.third_party_extortion.reviews_for_clients',
      signal: 'third_party_extortion',
      pattern: String.raw`\b(?:poste|schreibe|verfasse|posten|schreiben|verfassen) (?:\w+ ){0,2}(?:bewertungen|rezensionen|kritiken)\b[^.!?]{0,20}?\b(?:im auftrag|fue?r (?:kunden|auftraggeber|geld))\b|\bim auftrag (?:von )?(?:dritter|dritten|kunden|anderer)\b[^.!?]{0,30}?\b(?:bewertungen|rezensionen|kritiken)\b|\b(?:bewertung|rezension)\w{0,2}\b[^.!?]{0,40}?[.!?,] ?(?:die|diese|sie) (?:stammen|kommen|sind) (?:alle )?von (?:uns|mir)\b|\b(?:die|diese) (?:bewertungen|rezensionen) (?:stammen|kommen|sind) (?:alle )?von (?:uns|mir)\b|\b(?:die ersten sind (?:schon|bereits) online|(?:bereits|schon) (?:\w+ )?${NEGATIVE_REVIEWS}\w{0,2} (?:gepostet|veroe?ffentlicht|geschrieben|online gestellt))`,
      weight: 0.75,
      examples: ['ein Team, das im Auftrag Dritter Rezensionen verfasst', 'ich poste täglich Bewertungen im Auftrag von Kunden', 'mehrere Ein-Sterne-Bewertungen bekommen. Die stammen von uns.', 'Die ersten sind schon online.', 'wir haben bereits drei negative Bewertungen gepostet'],
      counterExamples: ['Ich schreibe Bewertungen für Freunde', 'Die Blumen stammen von uns', 'Die ersten Gäste sind schon da'],
    },
    {
      id: 'de.third_party_extortion.stop_for_pay',
      signal: 'third_party_extortion',
      pattern: String.raw`\b(?:hoe?ren wir auf|hoe?rt (?:es|das) auf|loe?schen wir (?:sie|die|alle)|entfernen wir (?:sie|die|alle)|stoppen wir|wenn sie nicht wollen,? dass es weitergeht|wenn sie das verhindern (?:wollen|moe?chten)|damit es aufhoe?rt|dass (?:das|es) aufhoe?rt|und sie verschwinden|verschwinden sie|weitere bewertungen folgen|es werden weitere folgen|oder (?:auch )?(?:neue|weitere|mehr) (?:\w+ )?(?:erscheinen|entstehen|dazukommen|auftauchen) lassen)\b`,
      weight: 0.7,
      examples: ['Wenn Sie das verhindern wollen, melden Sie sich', 'Wir können negative Bewertungen verschwinden lassen – oder neue erscheinen lassen.', 'dann löschen wir sie und hören auf', 'Wenn Sie nicht wollen, dass es weitergeht, kontaktieren Sie mich', 'dann hört es auf'],
      counterExamples: ['Der Regen hörte endlich auf'],
    },
    {
      id: 'de.third_party_extortion.spared',
      signal: 'third_party_extortion',
      pattern: String.raw`\b(?:weitere|neue|mehr|zukue?nftige) (?:negative |schlechte )?(?:bewertungen|rezensionen|kommentare)\b[^.!?]{0,20}?\berspart\b|\bbleiben ihnen\b[^.!?]{0,30}?\b(?:bewertungen|rezensionen|kommentare) erspart\b`,
      weight: 0.85,
      examples: ['Gegen eine kleine Gebühr bleiben Ihnen weitere negative Rezensionen erspart.'],
      counterExamples: ['Uns blieb der Ärger erspart'],
    },
    {
      id: 'de.third_party_extortion.prepared',
      signal: 'third_party_extortion',
      pattern: String.raw`\bzugriff auf (?:ue?ber )?\d{2,5} (?:konten|accounts|profile)\b|\b\d{1,4} (?:fertige\w{0,2}|vorbereitete\w{0,2}|weitere\w{0,2}|geschriebene\w{0,2}) (?:(?:1|ein)[- ]?sterne?n?[- ])?(?:bewertungen|rezensionen|kritiken|kommentare)\b`,
      weight: 0.8,
      examples: ['wir haben Zugriff auf über 200 Konten', 'Screenshots von 12 fertigen 1-Stern-Rezensionen', '20 vorbereitete Bewertungen'],
      counterExamples: ['3 weitere Gäste'],
    },
    {
      id: 'de.third_party_extortion.forecast',
      signal: 'third_party_extortion',
      // a fake "reputation agency" announcing bad reviews; extortion only next to a payment channel
      pattern: String.raw`${NEGATIVE_REVIEWS}\w{0,2}\b[^.!?]{0,50}?\b(?:erscheinen werden|erscheinen wird|auftauchen werden|folgen werden|kommen werden)\b|\b(?:verhindern|stoppen|unterbinden) wir (?:das|dies|es|sie)\b`,
      weight: 0.5,
      examples: ['dass negative Bewertungen erscheinen werden', 'Für 490 € verhindern wir das.'],
      counterExamples: ['Negative Bewertungen sind erschienen'],
    },
  ],
};
export default family;
