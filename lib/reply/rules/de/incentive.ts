/** German: anything offered for changing, removing or posting a review. */
import type { CheckRuleFamily } from '../types';

const OFFER = String.raw`(?:erstatt\w{0,5}|ruckerstatt\w{0,5}|zuruckerstatt\w{0,5}|geld zuruck|kostenlos\w{0,2}|gratis|umsonst|gutschein\w{0,2}|rabatt\w{0,2}|nachlass|preisnachlass|ermassigung|upgrade|geschenk\w{0,2}|entschadigung|freie nacht|gratisnacht|\d{1,3} ?% (?:rabatt|nachlass)|wir (?:erstatten|schenken|geben|bieten|spendieren|laden) (?:ihnen )?)`;
const CHANGE = String.raw`(?:andern|andert|anderten|geandert|abander\w{0,4}|losch\w{0,4}|geloscht|entfern\w{0,4}|zuruckzieh\w{0,4}|zuruckgezogen|anpass\w{0,4}|angepasst|korrigier\w{0,4}|verbesser\w{0,4}|aktualisier\w{0,4}|uberarbeit\w{0,4}|herunternehm\w{0,4}|anheb\w{0,4})`;
const REVIEW = String.raw`(?:bewertung\w{0,2}|rezension\w{0,2}|kommentar\w{0,2}|beitrag|sterne\w?|eintrag|kritik)`;

export const incentive: CheckRuleFamily = {
  lang: 'de',
  family: 'incentive',
  rules: [
    {
      id: 'de.incentive.offer-then-condition',
      rule: 'conditional_incentive',
      kind: 'conditional_incentive.offer',
      pattern: String.raw`\b${OFFER}\b[^.!?]{0,80}\b(?:gegen|fur|als gegenleistung fur|im austausch (?:fur|gegen)) (?:die |eine )?(?:anderung|loschung|entfernung|ruckname|anpassung|korrektur|aktualisierung) (?:ihrer|der|dieser|ihres|des|von) ${REVIEW}|\b${OFFER}\b[^.!?]{0,80}\b(?:wenn|falls|sobald|sofern) sie\b[^.!?]{0,40}\b${REVIEW}\b[^.!?]{0,30}\b${CHANGE}`,
      negatable: true,
      note: 'Ein Angebot und eine Bedingung an der Bewertung: „Gratisnacht, wenn Sie Ihre Bewertung ändern“, „Erstattung gegen Änderung Ihrer Bewertung“.',
      examples: ['Wir bieten Ihnen eine kostenlose Nacht, wenn Sie Ihre Bewertung ändern.', 'Eine volle Erstattung gegen Änderung Ihrer Bewertung.', 'Ein Gutschein, sobald Sie den Kommentar gelöscht haben'],
      counterExamples: ['Wir haben Ihnen die Nacht wie vereinbart erstattet. Danke für Ihre Bewertung.', 'Die Stornierung ist kostenlos, wenn Sie Ihre Reisedaten ändern.'],
    },
    {
      id: 'de.incentive.condition-then-offer',
      rule: 'conditional_incentive',
      kind: 'conditional_incentive.offer',
      pattern: String.raw`\b(?:wenn|falls|sobald|sofern) sie\b[^.!?]{0,40}\b${REVIEW}\b[^.!?]{0,30}\b(?:${CHANGE}|hinterlass\w{0,4}|schreib\w{0,4}|veroffentlich\w{0,4}|abgeben|geben)\b[^.!?]{0,80}\b${OFFER}`,
      negatable: true,
      note: '„Wenn Sie Ihre Bewertung ändern, erstatten wir …“.',
      examples: ['Wenn Sie Ihre Bewertung ändern, erstatten wir Ihnen den Aufenthalt.', 'Sobald Sie den Kommentar löschen, bekommen Sie einen Gutschein.', 'Falls Sie eine 5-Sterne-Bewertung schreiben, ist das Dessert gratis'],
      counterExamples: ['Wenn Sie uns eine Bewertung schreiben, lesen wir sie aufmerksam.'],
    },
    {
      id: 'de.incentive.in-exchange',
      rule: 'conditional_incentive',
      kind: 'conditional_incentive.offer',
      pattern: String.raw`\b(?:(?:im austausch (?:fur|gegen)|als gegenleistung fur|gegen) (?:(?:eine|einen|ein|ihre|ihren|die|den|diese|gute|bessere|positive|neue|5-sterne|funf-sterne)[ \-]){0,3}(?:bewertung|rezension)(?:en)?\b|(?:im austausch (?:fur|gegen)|als gegenleistung fur|gegen|fur) (?:die |eine )?(?:anderung|loschung|entfernung|ruckname|anpassung|korrektur|aktualisierung) (?:ihrer|der|dieser|ihres|des|von) ${REVIEW})`,
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
