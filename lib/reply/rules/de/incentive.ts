/** German: anything offered for changing, removing or posting a review. */
import type { CheckRuleFamily } from '../types';

/** something of value */
const OFFER = String.raw`(?:erstatt\w{0,8}|ruckerstatt\w{0,8}|zuruckerstatt\w{0,8}|geld zuruck|kostenlos\w{0,2}|gratis|umsonst|gutschein\w{0,2}|rabatt\w{0,2}|nachlass|preisnachlass|ermassigung|upgrade|geschenk\w{0,2}|entschadig\w{0,8}|freie nacht|gratisnacht|geht auf uns|aufs haus|auf unsere kosten|\d{1,3} ?% (?:rabatt|nachlass)|wir (?:erstatten|schenken|geben|bieten|spendieren|laden) (?:ihnen )?)`;
/** a condition or an exchange */
const CONDITION = String.raw`(?:wenn|falls|sobald|sofern|nachdem|gegen|(?<!\b(?:dank|danke|danken)(?: ihnen)? )fur|als gegenleistung fur|im austausch (?:fur|gegen)|unter der bedingung)`;
/** a condition that can open the sentence (not the exchange prepositions: "thank you for updating your review") */
const CONDITION_FIRST = String.raw`(?:wenn|falls|sobald|sofern|nachdem|unter der bedingung)`;
const REVIEW = String.raw`(?:bewertung\w{0,2}|rezension\w{0,2}|kommentar\w{0,2}|beitrag|sterne\w?|eintrag|kritik)`;
/** the review being changed: verb + object, object + (auxiliary) participle, or a noun ("removal of the review") */
const REVIEW_CHANGE = String.raw`(?:(?:(?:andern|andert|anderten|abander\w{0,4}|losch\w{0,4}|entfern\w{0,4}|zuruckzieh\w{0,4}|zuruckn\w{0,5}|anpass\w{0,4}|korrigier\w{0,4}|aktualisier\w{0,4}|uberarbeit\w{0,4}|bearbeit\w{0,4}|herunternehm\w{0,4}))(?:[ '][\w\-]{1,14}){0,3}[ ']${REVIEW}|${REVIEW}(?: [\w\-']{1,14}){0,3}(?: (?:ist|wird|wurde|worden ist|sind|werden))?(?: [\w\-']{1,14})? (?:(?:geandert|geloscht|entfernt|zuruckgezogen|angepasst|korrigiert|aktualisiert|uberarbeitet|bearbeitet)|(?:andern|andert|anderten|abander\w{0,4}|losch\w{0,4}|entfern\w{0,4}|zuruckzieh\w{0,4}|zuruckn\w{0,5}|anpass\w{0,4}|korrigier\w{0,4}|aktualisier\w{0,4}|uberarbeit\w{0,4}|bearbeit\w{0,4}|herunternehm\w{0,4}))|(?:die )?(?:anderung|loschung|entfernung|ruckname|anpassung|korrektur|aktualisierung) (?:ihrer|der|dieser|ihres|des|von) ${REVIEW})`;
const CHANGE_VERB = String.raw`(?:(?:andern|andert|anderten|abander\w{0,4}|losch\w{0,4}|entfern\w{0,4}|zuruckzieh\w{0,4}|zuruckn\w{0,5}|anpass\w{0,4}|korrigier\w{0,4}|aktualisier\w{0,4}|uberarbeit\w{0,4}|bearbeit\w{0,4}|herunternehm\w{0,4}))`;
const CHANGE = CHANGE_VERB;

export const incentive: CheckRuleFamily = {
  lang: 'de',
  family: 'incentive',
  rules: [
    {
      id: 'de.incentive.offer-then-condition',
      rule: 'conditional_incentive',
      kind: 'conditional_incentive.offer',
      pattern: String.raw`\b${OFFER}\b[^.!?;]{0,100}\b${CONDITION}\b[^.!?;]{0,30}\b${REVIEW_CHANGE}\b`,
      negatable: true,
      note: 'An offer, then a condition on the review in the same sentence.',
      examples: ['Wir bieten Ihnen eine kostenlose Nacht, wenn Sie Ihre Bewertung ändern.', 'Wir würden Sie gern entschädigen, falls Sie Ihre Bewertung anpassen.', 'Eine volle Erstattung gegen Änderung Ihrer Bewertung.'],
      counterExamples: ['Wir haben Ihnen die Nacht wie vereinbart erstattet. Danke für Ihre Bewertung.', 'Die Stornierung ist kostenlos, wenn Sie Ihre Reisedaten ändern.'],
    },
    {
      id: 'de.incentive.condition-then-offer',
      rule: 'conditional_incentive',
      kind: 'conditional_incentive.offer',
      pattern: String.raw`\b${CONDITION_FIRST}\b[^.!?;]{0,30}\b${REVIEW_CHANGE}\b[^.!?;]{0,100}\b${OFFER}`,
      negatable: true,
      note: 'A condition on the review, then an offer, in the same sentence.',
      examples: ['Wenn Sie Ihre Bewertung ändern, erstatten wir Ihnen den Aufenthalt.', 'Sobald die Bewertung gelöscht ist, erhalten Sie einen Gutschein.', 'Wenn die Bewertung entfernt wird, bekommen Sie 20 % Rabatt.'],
      counterExamples: ['Wenn Sie uns eine Bewertung schreiben, lesen wir sie aufmerksam.'],
    },
    {
      id: 'de.incentive.imperative',
      rule: 'conditional_incentive',
      kind: 'conditional_incentive.offer',
      pattern: String.raw`(?<=^|[.!?;:] )(?:(?:bitte )?)${CHANGE_VERB}\b[^.!?]{0,40}\b${REVIEW}\b[^.!?]{0,20}\b(?:und|dann)\b[^.!?]{0,60}\b${OFFER}`,
      negatable: true,
      note: 'An order to change the review, then an offer: "remove the review and we refund you".',
      examples: ['Löschen Sie Ihre Bewertung und wir erstatten Ihnen den Betrag.', 'Ändern Sie Ihre Sterne und das Abendessen geht auf uns.'],
      counterExamples: ['Danke, dass Sie Ihre Bewertung aktualisiert haben, und für Ihre Geduld.'],
    },
    {
      id: 'de.incentive.in-exchange',
      rule: 'conditional_incentive',
      kind: 'conditional_incentive.offer',
      pattern: String.raw`\b(?:(?:im austausch (?:fur|gegen)|als gegenleistung fur|gegen) (?:(?:eine|einen|ein|ihre|ihren|die|den|diese|gute|bessere|positive|neue|5-sterne|funf-sterne)[ \-]){0,3}(?:bewertung|rezension)(?:en)?\b|(?:im austausch (?:fur|gegen)|als gegenleistung fur|gegen|(?<!\b(?:dank|danke|danken)(?: ihnen)? )fur) (?:die |eine )?(?:anderung|loschung|entfernung|ruckname|anpassung|korrektur|aktualisierung) (?:ihrer|der|dieser|ihres|des|von) ${REVIEW})`,
      negatable: true,
      note: '„gegen Änderung Ihrer Bewertung“, „im Austausch für eine Bewertung“; „Wir gewähren keine Vorteile im Austausch für Bewertungen“ ist verneint. „Danke für Ihre Bewertung“ hat kein Substantiv der Änderung … aber „für eine Bewertung“ zählt.',
      examples: ['Ein Abendessen gegen Löschung der Bewertung.', 'ein Upgrade im Austausch für eine positive Bewertung', 'gegen Änderung Ihrer Bewertung'],
      counterExamples: ['Wir gewähren keine Vorteile im Austausch für Bewertungen.', 'Vielen Dank für Ihre Bewertung.'],
    },
    {
      id: 'de.incentive.post-and-get',
      rule: 'conditional_incentive',
      kind: 'conditional_incentive.offer',
      pattern: String.raw`\b(?:hinterlassen|schreiben|geben) sie (?:uns )?(?:eine |einen )?(?:(?:5|funf)[ \-]sterne[ \-]?|positive |gute )?(?:bewertung|rezension|kommentar)[^.!?]{0,60}\b(?:und (?:erhalten|bekommen|sichern|gewinnen|geniessen)|um [^.!?]{0,30}zu (?:erhalten|bekommen|sichern|gewinnen))\b`,
      negatable: true,
      note: 'Bewertungen kaufen: „Hinterlassen Sie eine 5-Sterne-Bewertung und erhalten Sie 10 %“.',
      examples: ['Hinterlassen Sie uns eine 5-Sterne-Bewertung und erhalten Sie 10 % Rabatt.', 'Schreiben Sie eine positive Bewertung, um einen Cocktail gratis zu erhalten'],
      counterExamples: ['Danke für Ihre Bewertung und genießen Sie den Sommer.'],
    },
  ],
};
