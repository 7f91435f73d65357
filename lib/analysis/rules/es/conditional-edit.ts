/** Spanish: an offer to change, remove or keep a review depending on what the business gives. */
import type { RuleFamily } from '../types';

const r = String.raw;
const REVIEW = r`(?:resena|opinion|comentario|valoracion|critica|review|puntuacion|calificacion|nota|estrellas?)(?:e?s)?`;

const family: RuleFamily = {
  lang: 'es',
  family: 'conditional-edit',
  rules: [
    {
      id: 'es.conditional-edit.change-review',
      signal: 'conditional_edit',
      pattern: r`\b(?:replante\w{1,4}|reconsider\w{1,4}|revisare|cambiare|cambio|modificare|modifico|subire|subo|mejorare|quitare|quito|borrare|borro|eliminare|elimino|retirare|retiro|actualizare|corregire|rectificare|la quito|la borro|la retiro)\b[^.!?]{0,30}\b(?:${REVIEW}|la quito|la borro)\b|\b${REVIEW}\b[^.!?]{0,25}\b(?:subiria|mejoraria|cambiaria|seria otr[ao]|seria (?:mucho )?mejor|(?:esta|sigue) pendiente|(?:depende|dependen|dependera|dependeran) (?:mucho )?de (?:como|lo que|si|su|vuestr[ao]|la respuesta))\b|\b(?:mientras tanto|hasta entonces),? (?:esta es )?(?:esta|mi) ${REVIEW}\b|\b${REVIEW}\b[^.!?]{0,12}\bseria de (?:cinco|5|diez|10)\b|\blo haria innecesari[oa]\b|\b${REVIEW}\b[^.!?]{0,12}\btambien lo sera\b|\b(?:me|nos) (?:olvido|olvidamos|olvidare|olvidaremos) de (?:escribir|publicar|poner|contar|opinar)\b|\bse (?:quedan|quedaran|queda|quedara) en (?:mi movil|el cajon|borrador|privado)\b|\b(?:saldria|saldra|quedaria|quedara) (?:muy )?(?:bien|mal) parad[oa]\b|\b(?:puntuacion|nota|valoracion|resena|opinion) provisional\b`,
      weight: 0.7,
      examples: ['yo me olvido de escribir nada', 'si me hacen la rebaja, se quedan en mi móvil', 'su hotel saldría muy bien parado', 'Puntuación provisional: 2 estrellas', 'Me replantearé lo de las estrellas cuando vea algún gesto', 'Cambiaré mi puntuación cuando me devuelvan el dinero', 'Borraré mi comentario negativo de Google', 'subiré mi nota a cinco estrellas', 'mi valoración de Booking subiría bastante', 'mis 5 estrellas dependen de cómo se resuelva lo del cobro', 'mi opinión aún está pendiente', 'Mientras tanto, esta reseña se queda con una estrella', 'Hasta entonces, esta es mi nota', 'mi reseña sería de cinco estrellas', 'Un vale para una cena lo haría innecesario', 'Si la oferta es justa, mi opinión también lo será'],
      counterExamples: ['cambiamos de habitación', 'subimos a la terraza', 'la nota final la pongo mañana'],
      note: 'also an honest wish ("mi nota subiría con un buen colchón"): blackmail only beside a demand',
    },
    {
      id: 'es.conditional-edit.edit-until',
      signal: 'conditional_edit',
      pattern: r`\b${REVIEW}\b[^.!?]{0,40}\b(?:seguira|se quedara|se queda|quedara|mantendre|mantengo|dejare|permanecera|estara)\b[^.!?]{0,30}\b(?:hasta que|mientras no|mientras que no)\b|\bsi no,? se queda en (?:una|1)\b|\b(?:cuando|en cuanto|una vez|apenas|tan pronto como|cuando me|si me)\b[^.!?]{0,12}\b(?:me )?(?:devuelvan|reembolsen|reembolsad[oa]|paguen|compensen|pague|devuelva)\b[^.!?]{0,50}\b(?:${REVIEW}|la quito|la borro|la cambio|la retiro)\b`,
      weight: 0.9,
      examples: ['Mi reseña en Google seguirá ahí mientras no me devuelvan lo que pagué', 'Si no, se queda en una', 'en cuanto me reembolsen los 120 euros de la cena, borraré la reseña', 'Cuando me paguen, la quito'],
      counterExamples: ['la nota se queda corta para lo bien que nos trataron', 'cuando me devolvieron el pasaporte'],
    },
    {
      id: 'es.conditional-edit.keep-until',
      signal: 'conditional_edit',
      pattern: r`\b(?:mantendre|mantengo|dejare|no quitare|no borrare|no retirare)\b[^.!?]{0,40}\b(?:hasta que|mientras no)\b|\b(?:una|1|dos|2) estrellas? (?:hasta que|mientras no|mientras que no)\b|\bsi (?:me|nos) (?:lo |la |los |las )?(?:hubieran|hubiesen|hubiera)\b[^.!?]{0,40}\b(?:habria|hubiera|hubiese) (?:puesto|dado|escrito|dejado)\b`,
      weight: 0.85,
      examples: ['Mantendré esta valoración de una estrella hasta que me compensen', 'Una estrella hasta que el dueño me pague', 'Si me lo hubieran dado habría puesto cinco'],
      counterExamples: ['mantendré el recuerdo de este viaje', 'una estrella fugaz', 'si nos hubieran avisado habríamos venido antes'],
    },
    {
      id: 'es.conditional-edit.could-be-different',
      signal: 'conditional_edit',
      pattern: r`\b(?:podria|seria|sera|podrian|hubiera sido|habria sido)\b[^.!?]{0,20}\b(?:muy |bastante |totalmente |completamente )?(?:distint[ao]s?|diferentes?|otr[ao])\b[^.!?]{0,12}\bsi\b|\b${REVIEW}\b[^.!?]{0,20}\b(?:subira|cambiara|mejorara|pasara|sera de|se convertira en|quedara en)\b[^.!?]{0,40}\b(?:el dia (?:que|en que)|cuando|en cuanto|si|una vez|apenas)\b`,
      weight: 0.9,
      examples: ['esta reseña podría ser muy distinta si…', 'mi opinión sería otra si nos compensaran', 'Mi puntuación subirá a cinco estrellas el día que vea el reembolso'],
      counterExamples: ['la habitación era distinta a las fotos', 'la piscina subirá de temperatura cuando salga el sol'],
    },
    {
      id: 'es.conditional-edit.review-then-remove',
      signal: 'conditional_edit',
      pattern: r`\b${REVIEW}\b[^.!?]{0,40}\b(?:la|lo) (?:quito|quitare|borro|borrare|retiro|retirare|elimino|eliminare|cambio|cambiare|modifico|modificare)\b`,
      weight: 0.75,
      examples: ['la reseña de Google la quito sin problema'],
      counterExamples: ['la reseña la escribo mañana'],
    },
    {
      id: 'es.conditional-edit.depends-on-you',
      signal: 'conditional_edit',
      pattern: r`\b(?:de (?:ustedes|usted|vosotros) depende|depende de (?:ustedes|usted|vosotros)|esta en (?:sus|vuestras) manos)\b[^.!?]{0,40}\b(?:publi\w{1,6}|${REVIEW}|la quite|la borre|la retire|la suba)\b|\b(?:el|mi) tono\b[^.!?]{0,20}\b(?:depende|dependera)\b|\bdispuest[oa]s? a (?:cambiar|quitar|borrar|retirar|subir|modificar|eliminar|mejorar|revisar)\b[^.!?]{0,30}\b${REVIEW}\b|\b(?:estrellas|nota|puntuacion|valoracion)\b[^.!?]{0,10}\bpor (?:cinco|5|cuatro|4)\b`,
      weight: 0.9,
      examples: ['El tono dependerá bastante del trato que reciba', 'de ustedes depende que la publique o no', 'depende de usted que mi reseña sea buena', 'Estoy dispuesto a cambiar estas dos estrellas por cinco'],
      counterExamples: ['depende de ustedes mejorar el servicio', 'dispuesto a cambiar de habitación'],
    },
    {
      id: 'es.conditional-edit.no-need-to-post',
      signal: 'conditional_edit',
      pattern: r`\bno (?:tendre|tendria|habra|habria) (?:necesidad|por que|motivo para|que) (?:de )?(?:dejar|escribir|publicar|poner|subir)\b[^.!?]{0,30}\b${REVIEW}\b|\bno (?:vera|veran|veria|verian) la luz\b|\bno (?:sera|seria|hara|haria) (?:necesario|falta) (?:que )?(?:nadie (?:mas )?se enter\w{1,4}|cuente|publique|escriba|diga|deje|suba|contar|publicar|escribir|decir)\b`,
      weight: 0.9,
      examples: ['no tendré necesidad de dejar ninguna opinión negativa', 'no verán la luz', 'no haría falta que nadie más se enterase', 'no será necesario que cuente nada en internet'],
      counterExamples: ['no tendré necesidad de volver', 'no será necesario que traigan toallas'],
    },
    {
      id: 'es.conditional-edit.content-for-freebie',
      signal: 'conditional_edit',
      pattern: r`\bsi (?:me|nos) (?:invitan|regalan|dan|ofrecen|hacen)\b[^.!?]{0,40}\b(?:hago|hare|publico|publicare|subo|subire|escribo|escribire|pongo|pondre)\b[^.!?]{0,20}\b(?:video|post|publicacion|story|historia|reel|${REVIEW})\b|\b(?:mi|el|nuestro|nuestra) (?:articulo|post|publicacion|video|resena|opinion|critica|valoracion|cronica) (?:sera|saldra|sale|quedara)\b[^.!?]{0,20}\b(?:favorable|positiv[ao]|negativ[ao]|muy distint[ao]|otr[ao])\b`,
      weight: 0.75,
      examples: ['Si me invitan a la cena y al spa hago un video hablando bien', 'mi artículo será muy favorable', 'el vídeo sale con otro enfoque'],
      counterExamples: ['si nos dan la habitación temprano dejamos las maletas', 'el artículo será publicado el lunes'],
      note: 'a promise or threat about the content of a post; blackmail only beside a demand',
    },
    {
      id: 'es.conditional-edit.object-first',
      signal: 'conditional_edit',
      pattern: r`\b(?:la|lo) (?:cambiare|cambio|quito|quitare|borro|borrare|retiro|retirare|elimino|eliminare|subo|subire|modifico|modificare|mejorare|actualizare)\b`,
      weight: 0.55,
      examples: ['La cambiaré a cinco si me envían un vale', 'cuando me paguen lo borro'],
      counterExamples: ['la cambiamos de sitio', 'lo recomiendo'],
      note: 'only meaningful beside a demand; the engine weighs it with one',
    },
    {
      id: 'es.conditional-edit.remove-what-i-wrote',
      signal: 'conditional_edit',
      pattern: r`\b(?:borr|quit|retir|elimin|cambi|modific|actualiz|correg|revis|matiz|suaviz|edit)\w{0,5} (?:lo que (?:puse|escribi|publique|deje|subi|comente|opine)|mi (?:post|publicacion|comentario|foto|video))\b`,
      weight: 0.8,
      examples: ['borro lo que puse en google', 'me ayudaría a actualizar lo que escribí en Booking'],
      counterExamples: ['quito lo que sobra del plato'],
    },
    {
      id: 'es.conditional-edit.promise-for-freebie',
      signal: 'conditional_edit',
      pattern: r`\bsi (?:me|nos) (?:hacen|dan|regalan|invitan|ofrecen|ponen|cambian)\b[^.!?]{0,50}\b(?:prometo|prometemos|dejare|dejaremos|pondre|pondremos|escribire|escribiremos|publicare|publicaremos)\b[^.!?]{0,25}\b(?:${REVIEW}|cinco estrellas|5 estrellas)\b|\bsi (?:me|nos) (?:ofrecen|invitan|regalan|dan|hacen)\b[^.!?]{0,40}\b(?:la|mi|el|nuestra|nuestro|su) (?:publicacion|post|video|resena|opinion|story|reel|valoracion) sera\b`,
      weight: 0.85,
      examples: ['Si nos hacen un upgrade a la suite, les prometemos reseñas de cinco estrellas', 'Si nos ofrecen dos noches gratis, la publicación será muy positiva'],
      counterExamples: ['si nos dan la habitación pronto, dejaremos las maletas', 'si nos dan la llave, la entrada será rápida'],
    },
  ],
};
export default family;
