/**
 * Retaliation (German): a review posted because a demand was refused ("Man hat abgelehnt, also bitte sehr:
 * ein Stern"). A refusal alone is a complaint; the rule needs the refusal and the review in one stretch.
 */
import type { RuleFamily } from '../types';

const REFUSED = String.raw`(?:abgelehnt|verweigert|ablehnte|verweigerte|weigerte\w{0,2}|geweigert|abgeschmettert|abgewimmelt|(?:meinte|sagte|hiess? es) (?:nur )?nein|nein gesagt|lehnte\w{0,2} ab|abgewiesen|abgeblitzt|nicht bereit|antwort:? nein|wollte(?:n)? nicht|wollte\w? (?:uns |mir )?(?:[\w-]+ ){0,4}?nichts? (?:vom preis |gratis |kostenlos |umsonst )?(?:geben|gewae?hren|erstatten|erlassen|nachlassen)|kam nichts|nichts\.|fehlanzeige|keine chance)`;

const ASKED = String.raw`(?:rabatt|nachlass|erstattung|gutschrift|gutschein|upgrade|entschae?digung|preisnachlass|kulanz|entgegenkommen|geste)`;

const family: RuleFamily = {
  lang: 'de',
  family: 'retaliation',
  rules: [
    {
      id: 'de.retaliation.refused_so_review',
      signal: 'retaliation',
      pattern: String.raw`\b${REFUSED}[^!?]{0,60}?\b(?:deshalb|deswegen|daher|darum|also|dann|dafue?r|jetzt|bitte sehr|bitteschon|bitteschoen|dann eben|tja|na dann|nun)\b[^.!?]{0,40}?\b(?:bewertung|rezension|review|(?:ehrliche )?meinung|(?:ganze )?geschichte|(?:ein|1|einen) stern|(?:ganze )?wahrheit|leser)`,
      weight: 0.85,
      examples: ['Preisnachlass gebeten. Die Antwort: Nein. Deshalb jetzt hier die ganze Geschichte', 'wollte uns nichts vom Preis nachlassen. Bitte sehr, hier ist meine ehrliche Meinung', 'wollte uns den Check-out nicht gratis geben. Dann gibt es einen Stern', 'Meine Bitte um einen kleinen Preisnachlass wurde abgeschmettert. Tja, dann bekommt eben jeder Leser hier die ganze Wahrheit.', 'Weil sich die Direktion weigerte, uns die Parkgebühren zu erlassen, schreibe ich nun diese ehrliche Bewertung.', 'die Chefin meinte nein. Tja, dann eben 1 Stern für alle sichtbar.', 'Man hat abgelehnt, also bitte sehr: ein Stern.', 'Der Manager hat abgelehnt. Deshalb schreibe ich jetzt diese Bewertung', 'Nichts. Also gibt es von mir die Bewertung, die Sie verdienen.'],
      counterExamples: ['Ich habe eine Erstattung verlangt, abgelehnt. Schade, wir kommen nicht wieder.'],
    },
    {
      id: 'de.retaliation.since_refusal',
      signal: 'retaliation',
      pattern: String.raw`\b(?:seit|nach|wegen) (?:ihrer|der|eurer|dieser) (?:absage|ablehnung|weigerung)\b[^.!?]{0,60}?\b(?:bewertung\w{0,2}|rezension\w{0,2}|portal\w{0,2}|geteilt|gepostet|geschrieben|veroe?ffentlicht)\b`,
      weight: 0.8,
      examples: ['Seit Ihrer Absage der Gutschrift habe ich auf drei Portalen meine Erfahrungen geteilt'],
      counterExamples: ['Nach der Absage des Konzerts haben wir das Hotel genossen'],
    },
    {
      id: 'de.retaliation.deserved_review',
      signal: 'retaliation',
      pattern: String.raw`\b(?:die|eine|diese) (?:bewertung|rezension|sterne?)\w{0,2},? (?:die|den) (?:sie|ihr|du) verdien\w{0,3}`,
      weight: 0.6,
      examples: ['Also gibt es von mir die Bewertung, die Sie verdienen'],
      counterExamples: ['Sie verdienen eine gute Bewertung'],
      note: 'only blackmail with a demand in the same text',
    },
    {
      id: 'de.retaliation.because_no_gesture',
      signal: 'retaliation',
      pattern: String.raw`\b(?:weil|da) (?:man |sie |der \w+ |die \w+ |das \w+ )?(?:mir |uns )?(?:keine?n? ${ASKED}|nichts erstatte\w{0,2}|nicht erstatte\w{0,2})\b[^.!?]{0,60}?\b(?:bewertung|rezension|(?:ein|1|einen) stern|warne ich|warnen wir|hiermit)|\b(?:nachdem|weil|da|als)\b[^.!?]{0,50}?\b${ASKED}\w{0,2}\b[^.!?]{0,30}?(?:${REFUSED}|ignoriert)[^.!?]{0,80}?\b(?:bewertung|rezension|review|stern)|${ASKED}\w{0,2}\b[^!?]{0,60}?\b(?:keine (?:reaktion|antwort)|ignoriert|vertroe?stet|hingehalten)\b[^!?]{0,10}?\b(?:also|deshalb|daher|dann|jetzt|darum)\b[^.!?]{0,50}?\b(?:bewertung|rezension|stern|quittung)`,
      weight: 0.8,
      examples: ['nach einer Gutschrift gefragt, vertröstet. Dann gibt es jetzt die Rechnung in Form dieser Rezension', 'Da das Hotel keine Entschädigung für den Wasserschaden zahlen wollte, warne ich hiermit alle anderen Gäste.', 'Weil man mir keinen Rabatt geben wollte, gibt es jetzt diese Bewertung', 'Da Sie nichts erstatten, bekommen Sie einen Stern', 'Da man meine Bitte um Nachlass ignoriert hat, habe ich die Bewertung gesenkt', 'um Erstattung gebeten. Keine Reaktion. Also die Quittung in Sternen', 'Nachdem man den Rabatt verweigert hat, gab es einen Stern'],
      counterExamples: ['Weil das Frühstück gut war, gibt es eine gute Bewertung', 'Nachdem man das Upgrade verweigert hat, waren wir sauer. Bewertungen logen.'],
    },
  ],
};
export default family;
