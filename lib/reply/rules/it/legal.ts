/** Italian: legal threats — avvocato, querela, polizia, denuncia. */
import type { CheckRuleFamily } from '../types';

export const legal: CheckRuleFamily = {
  lang: 'it',
  family: 'legal',
  rules: [
    {
      id: 'it.legal.lawyer',
      rule: 'legal_threat',
      kind: 'legal_threat.lawyer',
      pattern: String.raw`\b(?:(?:il nostro|i nostri|il mio|un) (?:avvocat[oi]|legale|legali|ufficio legale|studio legale)|(?:avvocat[oi]|legale) (?:e|sono|e stato|sono stati|ha|hanno) (?:gia )?(?:stat[oi] )?(?:informat[oi]|incaricat[oi]|contattat[oi])|(?:contattato|consultato|incaricato|contattare|consultare|incaricare) (?:un |il nostro |i nostri )?(?:avvocat[oi]|legale|studio legale)|diffida)\b`,
      note: 'Citare avvocati suona come una minaccia; «avocado» non è «avvocato».',
      examples: ['Il nostro avvocato è già stato informato.', 'Abbiamo contattato un legale.', 'le invieremo una diffida'],
      counterExamples: ['Come nostro ospite merita il meglio.', 'Toast all’avocado a colazione.'],
    },
    {
      id: 'it.legal.lawsuit',
      rule: 'legal_threat',
      kind: 'legal_threat.lawsuit',
      pattern: String.raw`\b(?:querel\w{1,4}|fare causa|faremo causa|causa legale|azion[ei] legal[ei]|vie legali|per vie legali|(?:in|al) tribunale|davanti al giudice|diffamazione|diffamatori[oaie]|calunni\w{1,4}|risarcimento (?:dei )?danni)\b`,
      note: 'Querele, azioni legali, diffamazione.',
      examples: ['Procederemo per vie legali.', 'Questa recensione è diffamatoria.', 'Le faremo causa.'],
      counterExamples: ['A causa del traffico la colazione è arrivata tardi, ci scusiamo.'],
    },
    {
      id: 'it.legal.police',
      rule: 'legal_threat',
      kind: 'legal_threat.police',
      pattern: String.raw`\b(?:(?:sporgere|sporgeremo|abbiamo sporto|presentare|presenteremo|abbiamo presentato|fare|faremo) (?:una )?denuncia|denuncia (?:contro di lei|nei suoi confronti|alla polizia|ai carabinieri)|(?:chiamare|chiameremo|abbiamo chiamato|avvisare|avviseremo|abbiamo avvisato|informare|informeremo|abbiamo informato|contattare|contatteremo) (?:la )?(?:polizia|carabinieri|i carabinieri|le autorita)|denunciarla|la denunceremo|segnal\w{1,6}(?: [\w']{1,14}){0,3} (?:alla (?:polizia|questura)|ai carabinieri))\b`,
      note: 'Denunce e polizia; «Hotel Questura Vecchia» non corrisponde.',
      examples: ['Sporgeremo denuncia.', 'Abbiamo avvisato i carabinieri.', 'una denuncia contro di lei'],
      counterExamples: ['L’hotel si trova accanto alla vecchia Questura, oggi museo.'],
    },
  ],
};
