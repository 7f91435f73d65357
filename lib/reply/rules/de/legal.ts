/** German: legal threats — Anwalt, Klage, Polizei, Anzeige. */
import type { CheckRuleFamily } from '../types';

export const legal: CheckRuleFamily = {
  lang: 'de',
  family: 'legal',
  rules: [
    {
      id: 'de.legal.lawyer',
      rule: 'legal_threat',
      kind: 'legal_threat.lawyer',
      pattern: String.raw`\b(?:(?:unser|unsere|unserem|unseren|mein|meine|einen|einem) (?:anwalt|anwaltin|anwalte|anwalten|rechtsanwalt\w{0,4}|rechtsabteilung|justiziar\w{0,2}|kanzlei)|(?:anwalt|rechtsanwalt)\w{0,4} (?:ist|sind|wurde|wurden|wird) (?:bereits )?(?:eingeschaltet|informiert|beauftragt)|anwaltlich\w{0,2}|abmahnung\w{0,2}|unterlassungserklarung)\b`,
      note: 'Anwälte in einer Antwort wirken als Drohung (Seed 003).',
      examples: ['Unser Anwalt ist bereits eingeschaltet.', 'Wir haben einen Rechtsanwalt beauftragt.', 'Sie erhalten eine Abmahnung.'],
      counterExamples: ['Als unser Gast verdienen Sie das Beste.'],
    },
    {
      id: 'de.legal.lawsuit',
      rule: 'legal_threat',
      kind: 'legal_threat.lawsuit',
      pattern: String.raw`\b(?:verklagen|verklagt|klage (?:einreichen|erheben|gegen sie)|rechtliche (?:schritte|konsequenzen)|juristische (?:schritte|konsequenzen)|gerichtlich\w{0,2}|vor gericht|gerichtsverfahren|verleumdung|verleumderisch\w{0,2}|uble nachrede|rufschadigung|rufmord|schadenersatz\w{0,2})\b`,
      note: 'Klagen, rechtliche Schritte, Verleumdung.',
      examples: ['Wir werden rechtliche Schritte einleiten.', 'Das ist üble Nachrede.', 'Wir werden Sie verklagen.'],
      counterExamples: ['Unser Innenhof ist nachts ruhig.', 'Das Gericht des Tages war ein Risotto.'],
    },
    {
      id: 'de.legal.police',
      rule: 'legal_threat',
      kind: 'legal_threat.police',
      pattern: String.raw`\b(?:(?:anzeige|strafanzeige) (?:erstatten|erstattet|gegen sie|gestellt|stellen)|(?:erstatten|stellen) (?:wir )?(?:eine )?(?:anzeige|strafanzeige)|strafanzeige|(?:die )?polizei (?:rufen|gerufen|informieren|informiert|einschalten|eingeschaltet|verstandigt|verstandigen|alarmiert)|(?:rufen|informieren|verstandigen|alarmieren) (?:wir )?die polizei|(?:zur|bei der) polizei (?:gehen|melden|angezeigt)|(?:der|bei der) polizei (?:gemeldet|angezeigt|melden|anzeigen))\b`,
      note: 'Anzeige, Polizei; ein „Hotel Alte Polizeiwache“ trifft nicht.',
      examples: ['Wir werden Anzeige erstatten.', 'Wir haben die Polizei informiert.', 'eine Strafanzeige gegen Sie'],
      counterExamples: ['Unser Hotel Alte Polizeiwache ist ein Baudenkmal.', 'Die Polizeistation liegt gegenüber.'],
    },
  ],
};
