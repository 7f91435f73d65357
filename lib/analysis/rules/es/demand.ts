/** Spanish: what a guest asks for (refund, freebie, discount, upgrade, money). Alone it is never blackmail. */
import type { RuleFamily } from '../types';

const r = String.raw;

const family: RuleFamily = {
  lang: 'es',
  family: 'demand',
  rules: [
    {
      id: 'es.demand.explicit',
      signal: 'demand',
      pattern: r`\b(?:exijo|exigimos|exigo|quiero|queremos|pido|pedimos|solicito|solicitamos|reclamo|reclamamos|espero)\b[^.!?]{0,40}\b(?:reembolso|devolucion|descuento|compensacion|indemnizacion|noche gratis|upgrade|rebaja|bonificacion|cena gratis|habitacion gratis)`,
      weight: 0.8,
      reportable: true,
      examples: ['Exijo el reembolso íntegro de la noche', 'Quiero un reembolso completo', 'pedimos una compensación por las molestias'],
      counterExamples: ['El reembolso llegó a los dos días', 'quiero volver el año que viene'],
    },
    {
      id: 'es.demand.refund',
      signal: 'demand',
      pattern: r`\b(?:reembols\w{0,8}|(?:me|nos) (?:devuelvan|devuelven|devolvieran|reembolsan|reintegren|compensen|compensaran|indemnicen|paguen)|devolver(?:me|nos)|devuelvan(?:me|nos)|devuelvame|devolucion del dinero|(?:mi|el|nuestro) dinero de vuelta)\b`,
      weight: 0.65,
      reportable: true,
      examples: ['cuando me devuelvan el dinero', 'en cuanto me reembolsen los 120 euros', 'Un reembolso parcial lo solucionaría todo', 'si no me devuelvan la fianza'],
      counterExamples: ['la devolución de llamada fue rápida', 'nos devolvieron la sonrisa'],
      note: 'reportable: "nos reembolsaron sin pedirlo" is a gesture, not a demand',
    },
    {
      id: 'es.demand.free',
      signal: 'demand',
      pattern: r`\b(?:(?:noche|cena|comida|desayuno|habitacion|estancia|excursion|copa|botella)s? (?:gratis|gratuit[oa]s?)|sin (?:coste|costo|cargo)|gratis|(?:nos|me) (?:regal(?:en|aran|asen)|invit(?:en|aran|asen)|bonifiqu(?:en|e))|(?:regalen|regalaran|invitaran|bonifiquen)(?:me|nos)?)\b`,
      weight: 0.5,
      reportable: true,
      examples: ['que nos regalaran el desayuno', 'compensarnos con una noche gratis', 'cambian a una suite sin coste'],
      counterExamples: ['el aparcamiento es de pago', 'regalamos flores a la dueña'],
    },
    {
      id: 'es.demand.bonus-verb',
      signal: 'demand',
      pattern: r`\b(?:me|nos) (?:bonifican|regalan|invitan a|hacen un \d{1,2} ?% de descuento|hacen un descuento|rebajan|compensan)\b`,
      weight: 0.55,
      reportable: true,
      examples: ['o me bonifican el estacionamiento', 'o me hacen un 50% de descuento', 'o nos compensan o'],
      counterExamples: ['la cena fue bonita'],
    },
    {
      id: 'es.demand.discount',
      signal: 'demand',
      pattern: r`\b(?:descuento|rebaj(?:a|ar|arme|arnos|en|aran)|bajar(?:me|nos) la cuenta|\d{1,2} ?% de descuento)\b`,
      weight: 0.5,
      reportable: true,
      examples: ['un 50% de descuento en la factura', 'no quisieron rebajarme la cuenta', 'pedí un descuento'],
      counterExamples: ['precio razonable'],
    },
    {
      id: 'es.demand.upgrade',
      signal: 'demand',
      pattern: r`\b(?:upgrade|(?:cambi\w{0,4}|pas\w{0,4}) a una suite|mejora de (?:habitacion|categoria)|habitacion (?:superior|con vista al mar) gratis)\b`,
      weight: 0.5,
      reportable: true,
      examples: ['quiero upgrade gratis', 'o nos cambian a una suite sin coste'],
      counterExamples: ['la suite era enorme'],
    },
    {
      id: 'es.demand.pay-me',
      signal: 'demand',
      pattern: r`\b(?:paga|pague|paguen|envie|envia|envien|transfiera|transfieran|deposite)\b[^.!?]{0,30}\b\d{2,6} ?(?:euros?|eur|dolares|usd|cuc|pesos|€|\$)`,
      weight: 0.8,
      examples: ['paga 50 dólares en tarjetas', 'envíe 300 USD en tarjetas regalo'],
      counterExamples: ['pagamos 50 euros por la habitación'],
    },
  ],
};
export default family;
