/** Legal threat (German): lawyers, lawsuits, police, authorities (Gesundheitsamt, Verbraucherzentrale). */
import type { RuleFamily } from '../types';

const family: RuleFamily = {
  lang: 'de',
  family: 'legal-threat',
  rules: [
    {
      id: 'de.legal_threat.sue',
      signal: 'legal_threat',
      pattern: String.raw`\b(?:(?:mein\w{0,2} |unser\w{0,2} )?(?:rechts)?anwae?lt(?:in)?\w{0,2}|anwaltlich\w{0,2}|verklagen?|klage einreichen|klage erheben|vor gericht|gerichtlich\w{0,2}|rechtliche (?:schritte|konsequenzen)|juristisch\w{0,2} (?:schritte|vorgehen)|abmahnung|schadensersatzklage|mahnverfahren)\b`,
      weight: 0.8,
      examples: ['Mein Anwalt wird sich bei Ihnen melden', 'Wir werden Sie verklagen', 'Ich behalte mir rechtliche Schritte vor'],
      counterExamples: ['Das Gericht war lecker', 'Das Hauptgericht kam schnell'],
    },
    {
      id: 'de.legal_threat.authorities',
      signal: 'legal_threat',
      pattern: String.raw`\b(?:(?:straf)?anzeige (?:erstattet|erstatten|gestellt|stellen|bei der polizei)|polizei (?:gerufen|eingeschaltet|informiert|verstae?ndigt)|gesundheitsamt|ordnungsamt|gewerbeaufsicht\w{0,3}|lebensmittelkontrolle\w?|lebensmittelue?berwachung|verbraucherzentrale|kreditkarten(?:firma|gesellschaft|unternehmen)|rue?ckbuchung|chargeback|verbraucherschutz|staatsanwaltschaft)\b`,
      weight: 0.75,
      examples: ['Ich habe bereits Anzeige bei der Polizei erstattet.', 'Das Gesundheitsamt ist informiert.', 'ein Fall fürs Ordnungsamt'],
      counterExamples: ['Die Polizeistation ist gleich um die Ecke'],
    },
  ],
};
export default family;
