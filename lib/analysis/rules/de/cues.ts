/**
 * German context cues (rules/types.ts "ContextCues" says how the engine applies each list).
 * Normalised text: ä→a, ß→ss; "ue?" accepts guests who type without umlauts.
 */
import type { ContextCues } from '../types';

const cues: ContextCues = {
  lang: 'de',
  negations: [
    String.raw`\bnicht\b(?! nur\b)(?! mal\b)`,
    String.raw`\bkein(?:e|en|er|es|em)?\b`,
    String.raw`\b(?:nie|niemals|nichts|niemand|niemanden|nirgends|nirgendwo|weder|kaum)\b`,
    String.raw`\bohne\b`,
    String.raw`\bfrei von\b`,
    // hearsay: "wegen der Bewertungen über Bettwanzen", "anders als in anderen Bewertungen"
    String.raw`\b(?:bewertung\w{0,2}|rezension\w{0,2}|berichte\w?|kommentare\w?) (?:ue?ber|von|zu|wegen)\b`,
    String.raw`\b(?:anders als|im gegensatz zu|entgegen)\b`,
    // fear or worry is not an accusation: "wir hatten Angst vor Bettwanzen"
    String.raw`\b(?:angst|sorgen?|bedenken|furcht|panik) (?:vor|wegen|um)\b`,
  ],
  reported: [
    // "sie haben uns (ohne Nachfrage) erstattet", "man hat uns ein Upgrade gegeben", "wurde uns erstattet"
    String.raw`\b(?:haben|hat|hatten?) (?:uns|mir) (?:(?!kein|nichts?|nie)\w+ ){0,4}(?:erstattet|zurue?ckerstattet|gegeben|geschenkt|angeboten|spendiert|gutgeschrieben|erlassen|upgegradet|geupgradet)\b`,
    String.raw`\b(?:wurden?|bekamen|bekam|erhielten|erhielt|haben wir|habe ich) (?:uns |mir )?(?:(?!kein|nichts?|nie|bis)\w+ ){0,4}(?:erstattet|zurue?ckerstattet|gutgeschrieben|erlassen|geschenkt|spendiert|bekommen|erhalten)\b`,
    String.raw`\b(?:wir|ich) (?:haben?|hatten?) (?:(?!kein|nichts?|nie)\w+ ){0,4}(?:erhalten|bekommen|gutgeschrieben|erstattet|zurue?ckerstattet)\b`,
    String.raw`\b(?:ohne (?:nachfrage|nachzufragen|dass wir (?:gefragt|gefordert|darum gebeten)|dass ich (?:gefragt|gefordert|darum gebeten))|unaufgefordert|von sich aus|ungefragt|spontan)`,
    String.raw`\b(?:(?:wir|ich) (?:bekamen|bekam|erhielten|erhielt)|(?:bekamen|erhielten) wir|(?:bekam|erhielt) ich|gab es (?:uns )?als|gab man (?:uns|mir))\b(?! (?:kein|nichts?|nie)\w{0,2}\b)`,
    // thanks for a gesture report it: "danke für das kostenlose Upgrade"
    String.raw`\b(?:danke?|vielen dank|herzlichen dank) (?:auch )?(?:fue?rs?)\b`,
    String.raw`\b(?:als (?:entschae?digung|entschuldigung|wiedergutmachung) (?:bekommen|erhalten|gab es|gab man|wurde))`,
    // eine abgelehnte frühere Bitte ist erledigt: "wir haben um eine Erstattung gebeten, das wurde abgelehnt"
    String.raw`\b(?:wir haben|ich habe|wir hatten|ich hatte|haben wir|habe ich) (?:schon |bereits )?(?:um|nach)\b[^.!?]{0,40}\b(?:gebeten|gefragt|verlangt)\b[^.!?]{0,30}\b(?:abgelehnt|verweigert|abgewiesen|vergeblich|ohne erfolg|erfolglos)`,
    String.raw`\b(?:bedanken|bedanke|bedankt)\b[^.!?]{0,40}\bfue?r\b`,
    // the verb of thanks comes last: "möchte ich dem Team für das kostenlose Upgrade danken"
    String.raw`\bfue?r (?:das|die|den|unser\w{0,2}|ihr\w{0,2}|euer\w{0,2}) [^.!?]{0,40}\b(?:danken|bedanken)\b`,
  ],
  positivePromise: [
    String.raw`\b(?=begeistert|positiv|gut|toll|super|top|hervorragend|glanzend|lobend)(?<!kein\w{0,2} )(?<!nicht )(?:begeistert\w{0,2}|positiv\w{0,2}|gut\w{0,2}|toll\w{0,2}|super|top|hervorragend\w{0,2}|glanzend\w{0,2}|tolle|lobend\w{0,2}) (?:bewertung|rezension|kritik|feedback)`,
    String.raw`\b(?:5|funf|fuenf)[- ]sterne?[- ]?(?:bewertung|rezension)`,
    String.raw`\b(?:5|funf|fuenf) sterne (?:geben|vergeben|gebe|bekommen|verdient)`,
    String.raw`\b(?:allen|jedem|freunden|bekannten|kollegen) (?:\w+ ){0,2}(?:weiter)?empfehlen`,
    String.raw`\bweiterempfehlen\b`,
  ],
  sarcasm: [
    String.raw`\bdanke fue?r (?:gar )?nichts\b`,
    String.raw`\b(?:vielen )?dank auch\b`,
    String.raw`\bna (?:toll|super|klasse|prima|bravo|herzlichen dank)\b`,
    String.raw`\b(?:ganz gross?es kino|gross?es kino)\b`,
    String.raw`\bherzlichen glue?ckwunsch\b(?! zu(?:m|r) (?:geburtstag|hochzeit|jubil))`,
    String.raw`\bbravo\b[^.!?]{0,40}\b(?:wirklich|echt|ganz|super)\b`,
    String.raw`\b(?:wirklich|echt) (?:toll|super|klasse) gemacht\b`,
    String.raw`\bwas fue?r ein (?:witz|service|erlebnis)\b`,
    String.raw`\bsoviel zu(?:m)? \w+\b`,
    String.raw`\b(?:ganz|echt|wirklich|einfach) (?:toll|super|klasse|gross?artig|prima|spitze),? dass (?:man|wir|ich|einem|uns)\b`,
    String.raw`\bwer (?:auf|gern\w?) [^.!?]{0,50}?(?:steht|mag|will|liebt),? (?:ist|wird) hier (?:genau )?(?:richtig|gut aufgehoben|bestens bedient)`,
  ],
  conditionals: [
    String.raw`\b(?:wenn|falls|sofern|sobald|solange|sonst|andernfalls|ansonsten|anderenfalls|es sei denn|entweder|passiert das nicht|wenn nicht|vorausgesetzt|unter der bedingung|sollten? (?:das|dies|es|sie|ich))\b`,
  ],
};

export default cues;
