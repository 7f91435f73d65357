/** Spanish: legal threats — abogados, demanda, policía, denuncia. */
import type { CheckRuleFamily } from '../types';

export const legal: CheckRuleFamily = {
  lang: 'es',
  family: 'legal',
  rules: [
    {
      id: 'es.legal.lawyer',
      rule: 'legal_threat',
      kind: 'legal_threat.lawyer',
      pattern: String.raw`\b(?:(?:nuestro|nuestros|nuestra|mi) (?:abogad[oa]s?|asesor\w{0,2} (?:legal|juridic[oa])|departamento (?:legal|juridico)|equipo (?:legal|juridico))|(?:abogad[oa]s?) (?:ya )?(?:ha|han|esta|estan|se pondra)|(?:consultado|contactado|contratado|consultar|contactar|contratar) (?:a )?(?:un |una |nuestro |nuestros )?(?:abogad[oa]s?|bufete)|burofax)\b`,
      note: 'Mencionar abogados suena a amenaza; «aguacate» no es «abogado».',
      examples: ['Nuestros abogados ya están informados.', 'Hemos contactado a un abogado.', 'le enviaremos un burofax'],
      counterExamples: ['Como nuestro huésped, merece lo mejor.'],
    },
    {
      id: 'es.legal.lawsuit',
      rule: 'legal_threat',
      kind: 'legal_threat.lawsuit',
      pattern: String.raw`\b(?:demanda judicial|(?:interponer|presentar|presentaremos|interpondremos) (?:una )?demanda|demandarle|le demandaremos|demandaremos|acciones? (?:legales|judiciales)|medidas legales|via judicial|(?:llevar|llevaremos|iremos) (?:esto |el asunto )?(?:a los tribunales|a juicio)|tribunales|difamacion|difamatori[oa]s?|calumnia\w{0,2}|injuria\w{0,2})\b`,
      note: 'Demandas, acciones legales, difamación.',
      examples: ['Emprenderemos acciones legales.', 'Esta reseña es difamatoria.', 'Iremos a los tribunales.'],
      counterExamples: ['La demanda de habitaciones es alta en verano, gracias por su paciencia.'],
    },
    {
      id: 'es.legal.police',
      rule: 'legal_threat',
      kind: 'legal_threat.police',
      pattern: String.raw`\b(?:(?:poner|pondremos|presentar|presentaremos|hemos puesto|hemos presentado|interpuesto|interponer) (?:una )?denuncia|denuncia (?:contra usted|ante la policia|presentada)|(?:llamar|llamaremos|hemos llamado|avisar|avisaremos|hemos avisado|informar|informaremos|hemos informado|contactar|contactaremos) (?:a )?(?:la )?(?:policia|guardia civil|autoridades|mossos)|denunciarle|le denunciaremos|denunci\w{1,6}(?: \w{1,14}){0,3} (?:a|ante) (?:la )?(?:policia|guardia civil|autoridades|mossos))\b`,
      note: 'Denuncias, policía; la «Calle de la Policía» no coincide.',
      examples: ['Vamos a poner una denuncia.', 'Hemos avisado a la policía.', 'una denuncia contra usted'],
      counterExamples: ['El hotel está junto a la antigua Comisaría de Policía, hoy museo.'],
    },
  ],
};
