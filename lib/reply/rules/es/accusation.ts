/** Spanish: public accusations — reseña falsa, competencia, chantaje, fraude. */
import type { CheckRuleFamily } from '../types';

export const accusation: CheckRuleFamily = {
  lang: 'es',
  family: 'accusation',
  rules: [
    {
      id: 'es.accusation.fake',
      rule: 'public_accusation',
      kind: 'public_accusation.fake',
      pattern: String.raw`\b(?:(?:resena|opinion|valoracion|comentario|perfil|cuenta|cliente|historia) (?:falsa|falso|inventad[oa]|fictici[oa]|fabricad[oa]|fraudulent[oa])|(?:su|esta|este) (?:resena|opinion|comentario|historia) (?:es|parece) (?:(?:claramente|totalmente|completamente|evidentemente|una|un) ){0,2}(?:falsa|falso|inventad[oa]|fictici[oa]|mentira)|usted nunca (?:se ha alojado|se alojo|ha estado|estuvo|ha comido|comio|ha pisado|piso)|nunca (?:se ha alojado|se alojo|ha pisado|piso) (?:aqui|en nuestro|con nosotros)|no (?:hay|tenemos|consta) (?:ningun )?registro de su (?:estancia|reserva|visita))\b`,
      note: 'Llamar falsa a la reseña o decir que el autor nunca vino.',
      examples: ['Esta es una reseña falsa.', 'Su opinión es claramente inventada.', 'Usted nunca se ha alojado aquí.', 'no consta registro de su estancia'],
      counterExamples: ['Esta no es una sonrisa falsa: a nuestro equipo le encanta su trabajo.', 'No hemos encontrado su reserva; escríbanos.', 'La habitación nunca estuvo sin limpiar más de un día.'],
    },
    {
      id: 'es.accusation.competitor',
      rule: 'public_accusation',
      kind: 'public_accusation.competitor',
      pattern: String.raw`\b(?:(?:escrit[oa]|publicad[oa]|encargad[oa]|pagad[oa]) por (?:la |un |una |nuestra |algun )?competencia|(?:escrit[oa]|publicad[oa]|encargad[oa]|pagad[oa]) por (?:un |una |algun )?competidor\w{0,2}|(?:un|algun|nuestro) competidor(?: \w{1,12}){0,4} (?:ha escrito|escribio|esta detras|publico)|resenas? (?:pagadas?|compradas?)|(?:campana|ataque) de (?:la|un) competencia)\b`,
      note: 'Atribuir la reseña a la competencia.',
      examples: ['Esta reseña fue escrita por la competencia.', 'Algún competidor está detrás de esto', 'reseñas pagadas'],
      counterExamples: ['Nuestros precios están en línea con la competencia.'],
    },
    {
      id: 'es.accusation.blackmail',
      rule: 'public_accusation',
      kind: 'public_accusation.blackmail',
      pattern: String.raw`\b(?:chantaje\w{0,2}|chantajista\w?|chantajear\w{0,2}|extorsion\w{0,3}|extorsionar\w{0,2}|extorsionador\w{0,2})\b`,
      note: 'Hablar de chantaje en público.',
      examples: ['Esto es un chantaje.', 'Su intento de extorsión ha fracasado.'],
      counterExamples: ['No concedemos ninguna ventaja a cambio de reseñas.'],
    },
    {
      id: 'es.accusation.fraud',
      rule: 'public_accusation',
      kind: 'public_accusation.fraud',
      pattern: String.raw`\b(?:(?:usted )?es (?:un |una )?(?:estafador\w{0,2}|timador\w{0,2}|ladr[oó]n\w{0,2}|tramposo\w?|farsante)|estafador\w{0,2}|timador\w{0,2}|(?:intento|intentaba|quiso|quería) (?:estafarnos|timarnos|enganarnos|robarnos)|fraude (?:con la tarjeta|al seguro|en el reembolso)|reclamacion fraudulenta)\b`,
      note: 'Acusar al cliente de fraude o estafa.',
      examples: ['Usted es un estafador.', 'Intentó estafarnos.', 'una reclamación fraudulenta'],
      counterExamples: ['Entendemos que el precio le pareciera alto.'],
    },
    {
      id: 'es.accusation.scam-claim',
      rule: 'public_accusation',
      kind: 'public_accusation.fraud',
      pattern: String.raw`\b(?:es|se trata de|su (?:resena|queja|opinion) es) (?:(?:una|un|claramente|simplemente|pura|un intento de) ){0,3}(?:estafa|timo|fraude|engano)\b|\b(?:(?:un|otro) )?(?:hotel|restaurante|establecimiento|negocio) (?:rival|competidor)\b|\b(?:competencia|competidor\w{0,2}|rival\w{0,2}) (?:esta|estan) detras\b`,
      negatable: true,
      note: 'Calificar la queja de estafa o atribuirla a un rival; negable («no es una estafa»).',
      examples: ['Es una estafa para conseguir una estancia gratis.', 'Está claro que un hotel rival está detrás de esta reseña.'],
      counterExamples: ['Nuestro precio no es una estafa: todo está incluido.'],
    },
  ],
};
