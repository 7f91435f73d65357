/** Spanish: threats of violence, stalking and doxxing. */
import type { RuleFamily } from '../types';

const r = String.raw;

const family: RuleFamily = {
  lang: 'es',
  family: 'violence-threat',
  rules: [
    {
      id: 'es.violence-threat.violence',
      signal: 'violence_threat',
      pattern: r`\b(?:os|les|te|le|lo|la|los) (?:voy|vamos) a (?:partir|romper|matar|reventar|pegar|dar una paliza|quemar|destrozar|joder|buscar)\b|\b(?:ya (?:va|vas|van|veras|vera|veran) (?:a ver|lo que)|ya (?:veras|vera|veran)\b)|\b(?:te|lo|la|os|los|les) (?:voy a |vamos a )?(?:estar )?esper(?:ar|ando|o|amos) (?:a la salida|fuera)\b|\b(?:os|te|le|les) (?:parto|rompo|reviento) (?:la cara|las piernas|la boca|los dientes)\b|\bte vas a enterar de quien soy\b|\b(?:darle|darles|darte|daros|pegarle|meterle|meterles|arrearle) (?:un par de |una )?(?:hostias|ostias|paliza|tortas|bofetadas|guantazos|leches)\b|\bque (?:vaya|vayan|ande|anden|tenga|tengan) (?:con )?cuidado\b|\bque no se (?:confie|confien)\b`,
      weight: 0.8,
      examples: ['os voy a partir la cara a todos', 'Ya va a ver lo que le pasa', 'Te voy a esperar a la salida del restaurante, ya verás', 'habría que darle un par de hostias', 'lo voy a estar esperando fuera', 'le parto las piernas', 'Que vaya con cuidado cuando vuelva a casa', 'Que no se confíe'],
      counterExamples: ['ya veremos si volvemos', 'te voy a recomendar este sitio'],
    },
    {
      id: 'es.violence-threat.wish-harm',
      signal: 'violence_threat',
      pattern: r`\bojala (?:se|les|le|te|os)\b[^.!?]{0,30}\b(?:queme|quemen|muera|mueran|mueras|pase algo|caiga|caigan|hunda|cierren y se pudran|pudran)\b`,
      weight: 0.7,
      examples: ['ojala se les queme el local con ustedes adentro'],
      counterExamples: ['ojalá les vaya muy bien', 'ojala volvamos pronto'],
    },
    {
      id: 'es.violence-threat.stalking',
      signal: 'violence_threat',
      pattern: r`\b(?:se|sabemos|conozco) donde vive(?:s|n)?\b|\b(?:publicare|publicar|difundire|difundir|voy a publicar|voy a difundir|dare|dar)\b[^.!?]{0,30}\b(?:direccion|telefono|domicilio|matricula)\b[^.!?]{0,20}\b(?:casa|hij[oa]s?|familia|mujer|marido|esposa|particular|personal)\b`,
      weight: 0.7,
      examples: ['Sé dónde vive el gerente', 'Voy a publicar la dirección de su casa y el teléfono de su hija'],
      counterExamples: ['publicaré fotos del hotel', 'la dirección del hotel es fácil de encontrar'],
    },
    {
      id: 'es.violence-threat.death-threat',
      signal: 'violence_threat',
      pattern: r`\b(?:os|les|te|lo|la|los) (?:mato|matare|matamos|mataremos)\b|\bvais a (?:morir|pagarlo caro)\b|\bme las (?:van|vas) a pagar\b`,
      weight: 0.85,
      examples: ['te mato', 'me las van a pagar'],
      counterExamples: ['el calor nos mató'],
    },
    {
      id: 'es.violence-threat.knows-family',
      signal: 'violence_threat',
      pattern: r`\b(?:se|sabemos|conozco) (?:a que|en que|donde|cual es (?:el|la)|por donde)\b[^.!?]{0,10}\b(?:colegio|escuela|casa|calle|coche|barrio|trabajan?|viven?|estudian?)\b|\b(?:tengo|tenemos) fotos de (?:la casa|su casa|sus hijos|su familia|su mujer|su marido|su coche)\b`,
      weight: 0.75,
      examples: ['sé a qué colegio van sus hijos', 'Tengo fotos de la casa del gerente'],
      counterExamples: ['sé dónde está la playa', 'tengo fotos de la habitación'],
    },
    // estructuras (clases de palabras): intención + daño al cuerpo; «aviso» a un empleado; publicar sus datos
    {
      id: 'es.violence-threat.harm_structure',
      signal: 'violence_threat',
      pattern: r`\b(?:le|les|te|os) (?:voy a|vamos a) (?:romper|partir|reventar|destrozar|arrancar) (?:la|las|los|el) (?:cara|mandibula|nariz|dientes|piernas|brazos|cabeza|boca|costillas|dedos|craneo)\b|\b(?:le|les|te|os) (?:rompere|partire|reventare|romperemos|partiremos) (?:la|las|los|el) (?:cara|mandibula|nariz|dientes|piernas|brazos|cabeza|boca|costillas|dedos|craneo)\b`,
      weight: 0.9,
      examples: ['al encargado le voy a romper los dientes', 'le partiré la cara'],
      counterExamples: ['le voy a dar la cara al problema', 'se me rompió la cara del reloj'],
    },
    {
      id: 'es.violence-threat.safety_warning',
      signal: 'violence_threat',
      pattern: r`\b(?:dile|digale|decidle|diganle|avisa|avise|avisad|adviertale|advierte) (?:a|al) (?:tu |su |vuestro |vuestra |la |el )?(?:cocinero|cocinera|camarero|camarera|recepcionista|portero|dueno|duena|encargado|encargada|gerente|empleado|empleada|chico|chica|barman)\b[^.!?]{0,80}\b(?:sol[oa]s?|a oscuras|de noche|camino a casa|cuidado|se ande con ojo)\b`,
      weight: 0.8,
      examples: ['Decidle al camarero que mejor no salga solo de noche', 'Avisa a la camarera de que tenga cuidado camino a casa'],
      counterExamples: ['dígale al recepcionista que llegan tarde y le guardan la llave'],
    },
    {
      id: 'es.violence-threat.publish_details',
      signal: 'violence_threat',
      pattern: r`\b(?:voy a|vamos a|pienso) (?:publicar|difundir|colgar|compartir|poner) (?:su|sus|tu|vuestra) (?:direccion|telefono|numero|datos)\b|\b(?:se|sabemos) en (?:que|cual) (?:calle|barrio|urbanizacion|portal|piso|pueblo) (?:vive|vives|viven)\b`,
      weight: 0.9,
      examples: ['voy a publicar su dirección', 'sé en qué calle vive'],
      counterExamples: ['voy a publicar mis fotos', 'sé en qué calle está el mercado'],
    },
  ],
};
export default family;
