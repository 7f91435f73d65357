/** German: public accusations — Fake-Bewertung, Konkurrenz, Erpressung, Betrug. */
import type { CheckRuleFamily } from '../types';

export const accusation: CheckRuleFamily = {
  lang: 'de',
  family: 'accusation',
  rules: [
    {
      id: 'de.accusation.fake',
      rule: 'public_accusation',
      kind: 'public_accusation.fake',
      pattern: String.raw`\b(?:fake[ \-]?(?:bewertung|rezension|profil|account|konto|gast)\w{0,2}|(?:gefalscht|erfunden|ausgedacht|falsch|gekauft)\w{0,2} (?:bewertung|rezension|profil|kommentar|geschichte)\w{0,2}|(?:bewertung|rezension)\w{0,2}(?: \w{1,14}){0,2} (?:gefalscht|erfunden|fake|gekauft|erlogen) (?:ist|sei|war|wurde)|(?:diese|ihre) (?:bewertung|rezension|geschichte) ist (?:(?:offensichtlich|eindeutig|komplett|vollig|ganz|klar|ein|eine) ){0,2}(?:fake|gefalscht|erfunden|falsch)|sie (?:waren|haben) (?:nie|niemals|gar nicht) (?:bei uns|hier|in unserem)(?: \w{1,12}){0,2} (?:gewesen|ubernachtet|gegessen)|kein(?:en)? (?:eintrag|nachweis|hinweis) (?:uber|auf|zu) ihre(?:n)? (?:aufenthalt|buchung|besuch|reservierung))\b`,
      note: 'Die Bewertung als Fake bezeichnen oder sagen, der Gast sei nie dagewesen.',
      examples: ['Das ist eine Fake-Bewertung.', 'Ihre Bewertung ist offensichtlich erfunden.', 'Sie waren nie bei uns zu Gast gewesen', 'kein Eintrag über Ihren Aufenthalt'],
      counterExamples: ['Das ist kein aufgesetztes Lächeln: unser Team liebt seine Arbeit.', 'Wir konnten Ihre Buchung nicht finden; schreiben Sie uns.'],
    },
    {
      id: 'de.accusation.competitor',
      rule: 'public_accusation',
      kind: 'public_accusation.competitor',
      pattern: String.raw`\b(?:(?:geschrieben|verfasst|gepostet|bestellt|bezahlt|veroffentlicht) (?:von|durch) (?:der |einem |einen |unserer |einer )?(?:konkurrenz|konkurrent\w{0,2}|mitbewerber\w{0,2})|(?:ein|einer unserer|unsere?) (?:konkurrent|konkurrenten|mitbewerber)(?: \w{1,12}){0,4} (?:hat|haben|steckt|stecken) (?:dahinter|geschrieben|gepostet)|(?:von|durch) (?:der |einem |einen |unserer |einer )?(?:konkurrenz|konkurrent\w{0,2}|mitbewerber\w{0,2}) (?:geschrieben|verfasst|gepostet|bestellt|bezahlt|veroffentlicht|gekauft)|gekaufte bewertung\w{0,2}|konkurrenz steckt dahinter|konkurrenz\w{0,10} (?:steckt|stecken) (?:hinter|dahinter)|(?:steckt|stecken)(?: \w{1,14}){0,3} konkurren\w{0,10}|konkurrenzhotel\w{0,2}|konkurrenzbetrieb\w{0,2})\b`,
      note: 'Die Bewertung der Konkurrenz zuschreiben.',
      examples: ['Diese Bewertung wurde von der Konkurrenz geschrieben.', 'Ein Konkurrent steckt dahinter', 'gekaufte Bewertungen'],
      counterExamples: ['Unsere Preise liegen im Rahmen der Mitbewerber in der Stadt.'],
    },
    {
      id: 'de.accusation.blackmail',
      rule: 'public_accusation',
      kind: 'public_accusation.blackmail',
      pattern: String.raw`\b(?:erpress\w{0,14}|notigung|schutzgeld)\b`,
      note: 'Von Erpressung sprechen — öffentlich bleibt die Antwort neutral.',
      examples: ['Das ist Erpressung.', 'Ihr Erpressungsversuch ist gescheitert.', 'Sie wollten uns erpressen'],
      counterExamples: ['Wir gewähren keine Vorteile im Austausch für Bewertungen.'],
    },
    {
      id: 'de.accusation.fraud',
      rule: 'public_accusation',
      kind: 'public_accusation.fraud',
      pattern: String.raw`\b(?:sie sind (?:ein |eine )?(?:betruger\w{0,2}|schwindler\w{0,2}|dieb\w{0,2}|hochstapler\w{0,2})|betruger\w{0,2}|betrugsversuch|(?:versucht|wollten|wollen) (?:uns )?(?:zu )?(?:betrugen|abzocken|hereinlegen|uber den tisch ziehen)|uns (?:betrugen|abzocken) (?:wollen|wollten)|versicherungsbetrug|kreditkartenbetrug|betrugerisch\w{0,2})\b`,
      note: 'Dem Gast Betrug vorwerfen.',
      examples: ['Sie sind ein Betrüger.', 'Sie wollten uns betrügen.', 'ein klarer Betrugsversuch'],
      counterExamples: ['Wir verstehen, dass Ihnen der Preis hoch erschien.'],
    },
    {
      id: 'de.accusation.scam-claim',
      rule: 'public_accusation',
      kind: 'public_accusation.fraud',
      pattern: String.raw`\b(?:das|dies|es|ihre (?:bewertung|beschwerde|forderung)) ist (?:(?:reiner|glatter|klarer|ein|eine|eindeutig|offensichtlich|versuchter) ){0,3}(?:betrug|abzocke|schwindel|betrugsversuch|masche)\b`,
      negatable: true,
      note: 'Die Beschwerde Betrug nennen; verneinbar.',
      examples: ['Das ist Betrug, um einen kostenlosen Aufenthalt zu bekommen.', 'Ihre Forderung ist reiner Betrug.'],
      counterExamples: ['Unser Frühstückspreis ist keine Abzocke, sondern alles inklusive.'],
    },
  ],
};
