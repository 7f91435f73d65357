/** Spanish: third parties who say they were paid or ordered to post negative reviews (the opening move of a scam). */
import type { RuleFamily } from '../types';

const r = String.raw;

const family: RuleFamily = {
  lang: 'es',
  family: 'third-party-extortion',
  rules: [
    {
      id: 'es.third-party-extortion.paid-to-post',
      signal: 'third_party_extortion',
      pattern: r`\b(?:me|nos) (?:pagaron|han pagado|pagan|contrataron|han contratado|encargaron|han encargado|pidieron|ordenaron|han ordenado|mandaron|han mandado|obligan|(?:ha|han) (?:obligado|contratado|pagado))\b[^.!?]{0,30}\b(?:publicar|dejar|escribir|poner|subir)\b[^.!?]{0,30}\b(?:resenas|opiniones|comentarios|valoraciones|criticas)|\b(?:nos|me|alguien|un competidor) (?:ha|han) (?:contratado|encargado|pagado)\b[^.!?]{0,20}\bpara (?:hundir|destruir|arruinar|danar|atacar|desprestigiar)\b|\b(?:de parte de|en nombre de) (?:un|una) (?:cliente|competidor|competencia)\b|\b(?:recibimos|recibi|tenemos|tengo|hemos recibido|he recibido)\b[^.!?]{0,10}\b(?:la )?(?:orden|encargo|instrucciones|pedido)\b[^.!?]{0,40}\b(?:resenas|opiniones|valoraciones|estrellas|valorar|puntuar)\b|\b(?:hemos|he) (?:publicado|dejado|escrito|puesto|subido) (?:ya )?(?:\d+|varias|muchas|decenas de) (?:resenas|opiniones|valoraciones|criticas) (?:negativas|malas|de (?:una|1) estrellas?)|\b(?:eliminar|borrar|retirar|quitar|detener|frenar|parar)(?:las|los)?\b[^.!?]{0,30}\b(?:a cambio de (?:un )?(?:pago|dinero)|si paga|previo pago|por (?:una )?(?:pequena )?(?:tarifa|pago|cuota|comision))`,
      weight: 0.9,
      examples: ['nos ha contratado para publicar comentarios negativos', 'Me han ordenado publicar reseñas malas de tu restaurante', 'Hemos recibido el encargo de valorar negativamente su clínica', 'Me pagaron para publicar opiniones negativas sobre su restaurante', 'me contrataron para publicar opiniones negativas de su hotel', 'Nos ha contratado para hundir su reputación online', 'alguien ha pagado para hundir su puntuación', 'le escribo de parte de un cliente suyo descontento', 'Recibimos la orden de dejar 20 reseñas de 1 estrella en su ficha de Google', 'Hemos publicado 8 opiniones negativas de su hotel', 'Le puedo ofrecer eliminarlas a cambio de un pago', 'Puedo ayudarle a frenarlas por una pequeña tarifa'],
      counterExamples: ['nos pidieron dejar una opinión al salir', 'nos han contratado para la boda', 'recibimos el pedido a tiempo', 'eliminar las manchas a cambio de nada'],
    },
    {
      id: 'es.third-party-extortion.incoming-reviews',
      signal: 'third_party_extortion',
      pattern: r`\b(?:recibira|recibiran|va a recibir|van a recibir|le llegaran|les llegaran)\b[^.!?]{0,30}\b(?:malas|muchas|negativas|cientos de)\b[^.!?]{0,20}\b(?:resenas|opiniones|valoraciones|criticas)|\b(?:resenas|opiniones|valoraciones|criticas) (?:negativas|malas|de una estrella)\b[^.!?]{0,25}\b(?:apareceran|se publicaran|caeran|llegaran|saldran)\b|\b(?:inundad[oa]|llenara|llenaran) de (?:resenas|opiniones|valoraciones|criticas)\b`,
      weight: 0.8,
      examples: ['su ficha será inundada de valoraciones negativas', 'Tu restaurante recibirá muchas malas reseñas en los próximos días', '15 opiniones negativas que aparecerán en su ficha esta semana'],
      counterExamples: ['recibirá una buena atención'],
    },
    {
      id: 'es.third-party-extortion.professional-reviewer',
      signal: 'third_party_extortion',
      pattern: r`\b(?:resenador|resenadores|escritor de resenas) profesional(?:es)?\b`,
      weight: 0.6,
      examples: ['Soy reseñador profesional'],
      counterExamples: ['un servicio profesional'],
    },
    {
      id: 'es.third-party-extortion.to-stop',
      signal: 'third_party_extortion',
      pattern: r`\b(?:si quiere|si quieres|si quieren|para) que (?:paremos|nos detengamos|se detengan|las retire|las quitemos|las borremos|dejemos de)\b`,
      weight: 0.75,
      examples: ['Si quiere que paremos, contáctenos por Telegram', 'Para que se detengan y las retire'],
      counterExamples: ['para que descansemos'],
    },
    {
      id: 'es.third-party-extortion.account-farm',
      signal: 'third_party_extortion',
      pattern: r`\b(?:gestiona|gestionamos|controla|controlamos|manejamos|tenemos) (?:(?:cientos|miles|decenas|mas de \d+) de|\d+) (?:cuentas|perfiles)\b|\b(?:resenas|opiniones|valoraciones) nuestras\b|\bpara (?:borrarlas|quitarlas|eliminarlas|retirarlas|detenerla|detenerlas|pararla|pararlas|cancelarla|que desaparezcan)\b|\b(?:evitar|impedir) que (?:se publiquen|aparezcan|salgan a la luz)\b|\b(?:resenas|opiniones|valoraciones|criticas|comentarios)\b[^.!?]{0,40}\b(?:por encargo|encargadas por|pagadas por|compradas por|ordenadas por)\b|\bcampana de (?:resenas|opiniones|valoraciones|criticas|comentarios) (?:negativ|mal)|\b(?:podemos|puedo|podriamos) (?:subir o bajar|bajar|hundir|destrozar) (?:su|tu|vuestra) (?:nota|puntuacion|valoracion|reputacion|calificacion)\b|\bpara que no (?:bajemos|hundamos|publiquemos|sigamos)\b|\bred de (?:resenadores|cuentas|perfiles)\b|\b(?:podemos|puedo|podriamos) (?:hacer que (?:se detengan|paren|desaparezcan|las quiten|cesen)|detenerlas|eliminarlas|quitarlas|borrarlas|pararlas|frenarlas)\b`,
      weight: 0.85,
      examples: ['Somos un equipo que gestiona cientos de cuentas de Google', 'Tenemos 40 perfiles listos', 'ya tiene 12 reseñas nuestras', 'Para borrarlas, escríbanos', 'Para detenerla debe adquirir', 'podemos evitar que se publiquen', 'Su negocio está recibiendo reseñas de una estrella por encargo de un competidor', 'seleccionado para una campaña de opiniones negativas', 'podemos hacer que se detengan', 'puedo eliminarlas', 'Podemos subir o bajar su nota en Google', 'Para que no bajemos la suya, pague'],
      counterExamples: ['tenemos cientos de fotos del viaje', 'las opiniones de la competencia son peores', 'podemos hacer que la estancia sea mejor'],
    },
  ],
};
export default family;
