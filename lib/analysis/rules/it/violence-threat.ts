/** Italian: threats of violence, stalking and doxxing. */
import type { RuleFamily } from '../types';

const r = String.raw;

const family: RuleFamily = {
  lang: 'it',
  family: 'violence-threat',
  rules: [
    {
      id: 'it.violence-threat.violence',
      signal: 'violence_threat',
      pattern: r`\b(?:vi|ti|gli|le) (?:spacco|spaccher[oe]|rompo|rompero|ammazzo|ammazzero|uccido|uccidero|picchio|picchiero|brucio|brucero|faccio del male|faro del male)\b|\bvedr(?:a|ai|ete|anno) (?:cosa (?:gli|ti|vi) (?:succede|succedera|capita)|che fine)\b|\bti aspett(?:o|iamo) (?:all'uscita|fuori|sotto casa)\b|\bme la pagherete\b|\b(?:stai|state|stia) attent[oaie]\b[^.!?]{0,25}\bquando (?:chiudi|chiudete|esci|uscite|torni|tornate|rientri|finisci)\b|\bguardar(?:ti|vi|gli|le) le spalle\b|\bprima che qualcuno (?:glielo|te lo|ve lo|gli|ti|vi) (?:faccia|insegni)\b|\bti (?:vengo|veniamo) a (?:cercare|prendere|trovare)\b|\bvedrai chi sono\b|\bla pagherete cara\b`,
      weight: 0.8,
      examples: ['vi spacco la faccia a tutti', 'Vedrà cosa gli succede quando esce dal lavoro', 'Ti aspetto all\'uscita del ristorante'],
      counterExamples: ['vedrete che bella spiaggia', 'ti consiglio questo posto'],
    },
    {
      id: 'it.violence-threat.wish-harm',
      signal: 'violence_threat',
      pattern: r`\b(?:ti|vi) auguro di (?:fallire|morire|chiudere)\b|\b(?:spero che|speriamo che|che) (?:vi|ti|gli|le)?\s?(?:bruci|brucino|muoia|muoiano|crepi|crepino|crepiate|fallisca|falliscano|venga un accidente)\b`,
      weight: 0.7,
      examples: ['spero che vi bruci il locale con voi dentro', 'che crepiate', 'ti auguro di fallire'],
      counterExamples: ['spero che vi vada tutto bene'],
    },
    {
      id: 'it.violence-threat.stalking',
      signal: 'violence_threat',
      pattern: r`\b(?:so|sappiamo|conosco) dove (?:abita|abiti|abitate|vive|vivi|vivete)\b|\b(?:pubblichero|pubblicare|diffondero|diffondere|daro|dare)\b[^.!?]{0,30}\b(?:indirizzo|telefono|numero|targa)\b[^.!?]{0,30}\b(?:casa|figli[oa]?|famiglia|moglie|marito|personale|privato)\b`,
      weight: 0.7,
      examples: ['So dove abita il direttore', 'Pubblicherò l\'indirizzo di casa vostra e il numero di vostra figlia'],
      counterExamples: ['pubblicherò le foto dell\'hotel', 'l\'indirizzo dell\'hotel è facile da trovare'],
    },
    {
      id: 'it.violence-threat.knows-family',
      signal: 'violence_threat',
      pattern: r`\bso (?:in che|a che|quale|dove)\b[^.!?]{0,10}\b(?:scuola|casa|via|macchina|quartiere|lavora|lavorano|vive|vivono|studia|studiano|vanno)\b|\b(?:ho|abbiamo) (?:le )?foto (?:della casa|della sua casa|dei suoi figli|della sua famiglia|di sua moglie|di suo marito|della sua macchina)\b`,
      weight: 0.75,
      examples: ['so in che scuola vanno i suoi figli', 'Ho le foto della casa del direttore'],
      counterExamples: ['so dove si trova la spiaggia', 'ho le foto della camera'],
    },
    // strutture (classi di parole): intenzione + danno al corpo; «avvertimento» a un dipendente; pubblicare i dati
    {
      id: 'it.violence-threat.harm_structure',
      signal: 'violence_threat',
      pattern: r`\b(?:gli|le|ti|vi) (?:spacco|spacchero|rompo|rompero|spezzo|spezzero|faccio saltare|faro saltare|rompiamo|spacchiamo) (?:la|le|il|i|tutti i|tutte le) (?:faccia|mascella|naso|denti|gambe|braccia|testa|costole|dita|ossa|muso)\b|\b(?:vado a|andiamo a) (?:spaccar|romper|spezzar)(?:gli|le|ti|vi) (?:la|le|il|i) (?:faccia|mascella|naso|denti|gambe|braccia|testa|costole|dita|ossa|muso)\b`,
      weight: 0.9,
      examples: ['al proprietario gli spacco i denti', 'gli spezzo le gambe'],
      counterExamples: ['gli rompo le scatole con le mie domande'],
    },
    {
      id: 'it.violence-threat.safety_warning',
      signal: 'violence_threat',
      pattern: r`\b(?:dite|di'|dica|avvisate|avvisa|avverta|avvertite) (?:al|alla|ai|alle) (?:vostro |vostra |tuo |tua |suo |sua )?(?:cuoco|cuoca|cameriere|cameriera|receptionist|portiere|buttafuori|titolare|proprietario|proprietaria|gestore|gestrice|dipendente|barista|ragazzo|ragazza)\b[^.!?]{0,80}\b(?:da sol[oa]|al buio|di notte|tornando a casa|stia attent[oa]|guardarsi le spalle)\b`,
      weight: 0.8,
      examples: ['Dica al suo barista di non tornare a piedi da solo stanotte', 'avvisate alla cameriera che stia attenta tornando a casa'],
      counterExamples: ['dite al receptionist che arrivate tardi e vi lascia la chiave'],
    },
    {
      id: 'it.violence-threat.publish_details',
      signal: 'violence_threat',
      pattern: r`\b(?:pubblichero|pubblicheremo|diffondero|postero|mettero online|voglio pubblicare|vado a pubblicare) (?:il suo|i suoi|il tuo|il vostro|l'|la sua) ?(?:indirizzo|numero|telefono|dati)\b|\b(?:so|sappiamo) in (?:che|quale) (?:via|strada|quartiere|paese|palazzo) (?:abita|abiti|vive|vivi|abitano)\b`,
      weight: 0.9,
      examples: ["pubblicherò il suo indirizzo", 'so in che via abita'],
      counterExamples: ['pubblicherò le mie foto', 'so in che via si trova il mercato'],
    },
  ],
};
export default family;
