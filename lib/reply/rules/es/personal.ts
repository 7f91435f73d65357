/** Spanish: room numbers, booking references, card endings. */
import type { CheckRuleFamily } from '../types';

export const personal: CheckRuleFamily = {
  lang: 'es',
  family: 'personal',
  rules: [
    {
      id: 'es.personal.room',
      rule: 'personal_data',
      kind: 'personal_data.room',
      pattern: String.raw`\b(?:habitacion|hab\.|suite|apartamento|bungalow)(?: (?:n°|no\.?|numero|num\.?|nº|#))? ?#?\d{1,4}[a-z]?\b(?! ?(?:personas?|camas?|noches?|estrellas?|adultos?|ninos?|minutos?|horas?|%|m2|metros?|plantas?))`,
      note: 'Un número de habitación identifica al cliente.',
      examples: ['el ruido en la habitación 212', 'Habitación n° 14', 'la suite 5'],
      counterExamples: ['una habitación para 2 personas', 'nuestras 40 habitaciones', 'habitación 2 camas'],
    },
    {
      id: 'es.personal.booking',
      rule: 'personal_data',
      kind: 'personal_data.booking',
      pattern: String.raw`\b(?:reserva|localizador|confirmacion|referencia|ref|factura|pedido)(?: (?:n°|no\.?|numero|num\.?|nº|#))?(?: (?:es|era))?[ :#.]{0,3}(?=[a-z\-]{0,12}\d)[a-z0-9][a-z0-9\-]{4,20}\b`,
      validate: 'bookingCode',
      note: 'Números de reserva, localizadores.',
      examples: ['su reserva número 4829371', 'localizador HX72931', 'referencia: 1234-5678'],
      counterExamples: ['su reserva en 2024', 'una reserva para 2 personas'],
    },
    {
      id: 'es.personal.card-ending',
      rule: 'personal_data',
      kind: 'personal_data.card',
      pattern: String.raw`\b(?:terminada|terminado|que termina|acabada|que acaba) en \*{0,12}\d{4}\b|\b(?:cuatro|4) ultimos digitos[^.!?\d]{0,20}\d{4}\b`,
      note: 'Número de tarjeta parcial: «la tarjeta terminada en 4242».',
      examples: ['la tarjeta terminada en 4242', 'los 4 últimos dígitos: 1234'],
      counterExamples: ['la temporada terminada en mayo'],
    },
  ],
};
