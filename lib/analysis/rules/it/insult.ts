/** Italian: insults and slurs aimed at staff or owners (not at the food or the room). */
import type { RuleFamily } from '../types';

const r = String.raw;
const PEOPLE = r`(?:personale|gente|titolare|titolari|proprietari[oa]?|gestore|gestori|direttore|direttrice|responsabile|camerier[ei]|cameriera|receptionist|dipendenti|staff|ladri|cuoc[oh]i?|padrone|padrona)`;

const family: RuleFamily = {
  lang: 'it',
  family: 'insult',
  rules: [
    {
      id: 'it.insult.slur',
      signal: 'insult',
      pattern: r`\b(?:idiot[aie]|imbecill[ei]|cretin[oaie]|deficient[ei]|stupid[oaie](?! (?:errore|sbaglio|dettaglio|problema|malinteso))|coglion[ei]|stronz[oaie]|bastard[oaie]|figli[oa]? di puttana|figli di troia|vaffanculo|fanculo|testa di cazzo|teste di cazzo|pezzo di merda|pezzi di merda|cazzon[ei]|minchion[ei]|deficenti|ritardat[oaie]|mongoloid[ei]|trogloditi|buffon[ei]|pagliacci|pagliaccio|cialtron[ei]|gentaglia|feccia|zoccol[ae]|puttan[ae]|troi[ae]|maledett[oi] bastard[oi]|disgraziat[oaie]|farabutt[oi]|delinquent[ei])\b`,
      weight: 0.8,
      examples: ['La receptionist è un\'idiota', 'figli di puttana', 'il marito un coglione', 'Gentaglia.', 'maledetti bastardi'],
      counterExamples: ['un stupido errore di prenotazione nostro', 'la cena era squisita'],
    },
    {
      id: 'it.insult.you-are',
      signal: 'insult',
      pattern: r`\b(?:e|sono|sei|siete|un|una|dei|delle|come|quella|quel|quello|branco di|banda di|massa di|manica di|pezzo di)\s(?:(?:vecchia|vecchio|povero|povera)\s)?(?:incapaci|incompetenti|buffoni|pagliacci|animali|bestie|porci|maiali|strega|streghe|ignoranti|analfabeti|cretini|imbecilli|idioti|deficienti|cafon[aei]|maleducat[oa]|befan[ae]|megera|arpia|zoticon[ei]|cialtron[ei]|villan[oi])\b`,
      weight: 0.65,
      examples: ['Branco di incapaci', 'La proprietaria è una vecchia strega acida', 'ci ha trattati come porci'],
      counterExamples: ['gli animali della fattoria erano simpatici', 'i bagni sono schifosi'],
      note: '"come porci" is matched through "porci" after a determiner-like word only when written that way',
    },
    {
      id: 'it.insult.of-shit',
      signal: 'insult',
      pattern: r`\b${PEOPLE} di merda\b`,
      weight: 0.75,
      examples: ['Personale di merda', 'ladri di merda', 'Gente di merda'],
      counterExamples: ['hotel di merda con vista', 'cibo di merda'],
    },
    {
      id: 'it.insult.filthy-staff',
      signal: 'insult',
      pattern: r`\b(?:cameriere|cameriera|receptionist|titolare|proprietario|proprietaria)\b[^.!?]{0,15}\b(?:ciccione|ciccion[ae]|grass[oa]|brutt[oa])\b[^.!?]{0,20}\b(?:schifos[oa]|lurid[oa])\b`,
      weight: 0.6,
      examples: ['Il cameriere ciccione e schifoso'],
      counterExamples: ['il cameriere molto attento'],
    },
    {
      id: 'it.insult.you-are-one',
      signal: 'insult',
      pattern: r`\b(?:sei|e) (?:un'|una |un )?(?:incapace|idiota|cretin[oa]|imbecille|deficiente|stronz[oa]|scem[oa]|nullita|fallit[oa]|poveracci[oa]|verme)\b`,
      weight: 0.75,
      examples: ['sei un\'incapace', 'il direttore è un cretino'],
      counterExamples: ['è un posto incantevole'],
    },
  ],
};
export default family;
