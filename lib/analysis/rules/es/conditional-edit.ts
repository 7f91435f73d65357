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
      pattern: r`\b(?:cambiare|cambio|modificare|modifico|subire|subo|mejorare|quitare|quito|borrare|borro|eliminare|elimino|retirare|retiro|actualizare|corregire|rectificare|la quito|la borro|la retiro)\b[^.!?]{0,30}\b(?:${REVIEW}|la quito|la borro)\b`,
      weight: 0.7,
      examples: ['Cambiaré mi puntuación cuando me devuelvan el dinero', 'Borraré mi comentario negativo de Google', 'subiré mi nota a cinco estrellas'],
      counterExamples: ['cambiamos de habitación', 'subimos a la terraza'],
    },
    {
      id: 'es.conditional-edit.edit-until',
      signal: 'conditional_edit',
      pattern: r`\b${REVIEW}\b[^.!?]{0,40}\b(?:seguira|se quedara|se queda|quedara|mantendre|mantengo|dejare|permanecera|estara)\b[^.!?]{0,30}\b(?:hasta que|mientras no|mientras que no)\b|\bsi no,? se queda en (?:una|1)\b`,
      weight: 0.9,
      examples: ['Mi reseña en Google seguirá ahí mientras no me devuelvan lo que pagué', 'Si no, se queda en una'],
      counterExamples: ['la nota se queda corta para lo bien que nos trataron'],
    },
    {
      id: 'es.conditional-edit.keep-until',
      signal: 'conditional_edit',
      pattern: r`\b(?:mantendre|mantengo|dejare|no quitare|no borrare|no retirare)\b[^.!?]{0,40}\b(?:hasta que|mientras no)\b`,
      weight: 0.85,
      examples: ['Mantendré esta valoración de una estrella hasta que me compensen'],
      counterExamples: ['mantendré el recuerdo de este viaje'],
    },
    {
      id: 'es.conditional-edit.could-be-different',
      signal: 'conditional_edit',
      pattern: r`\b(?:podria|seria|sera|podrian|hubiera sido|habria sido)\b[^.!?]{0,20}\b(?:muy |bastante |totalmente |completamente )?(?:distint[ao]s?|diferentes?|otr[ao])\b[^.!?]{0,12}\bsi\b`,
      weight: 0.9,
      examples: ['esta reseña podría ser muy distinta si…', 'mi opinión sería otra si nos compensaran'],
      counterExamples: ['la habitación era distinta a las fotos'],
    },
    {
      id: 'es.conditional-edit.would-have-given',
      signal: 'conditional_edit',
      pattern: r`\bsi (?:me|nos) (?:lo |la |los |las )?(?:hubieran|hubiesen|hubiera)\b[^.!?]{0,40}\b(?:habria|hubiera|hubiese) (?:puesto|dado|escrito|dejado)\b`,
      weight: 0.85,
      examples: ['Si me lo hubieran dado habría puesto cinco'],
      counterExamples: ['si nos hubieran avisado habríamos venido antes'],
    },
    {
      id: 'es.conditional-edit.once-refunded',
      signal: 'conditional_edit',
      pattern: r`\b(?:cuando|en cuanto|una vez|apenas|tan pronto como|cuando me|si me)\b[^.!?]{0,12}\b(?:me )?(?:devuelvan|reembolsen|reembolsad[oa]|paguen|compensen|pague|devuelva)\b[^.!?]{0,50}\b(?:${REVIEW}|la quito|la borro|la cambio|la retiro)\b`,
      weight: 0.9,
      examples: ['en cuanto me reembolsen los 120 euros de la cena, borraré la reseña', 'Cuando me paguen, la quito'],
      counterExamples: ['cuando me devolvieron el pasaporte'],
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
      id: 'es.conditional-edit.score-will-rise',
      signal: 'conditional_edit',
      pattern: r`\b${REVIEW}\b[^.!?]{0,20}\b(?:subira|cambiara|mejorara|pasara|sera de|se convertira en|quedara en)\b[^.!?]{0,40}\b(?:el dia (?:que|en que)|cuando|en cuanto|si|una vez|apenas)\b`,
      weight: 0.9,
      examples: ['Mi puntuación subirá a cinco estrellas el día que vea el reembolso'],
      counterExamples: ['la piscina subirá de temperatura cuando salga el sol'],
    },
    {
      id: 'es.conditional-edit.depends-on-you',
      signal: 'conditional_edit',
      pattern: r`\b(?:de (?:ustedes|usted|vosotros) depende|depende de (?:ustedes|usted|vosotros)|esta en (?:sus|vuestras) manos)\b[^.!?]{0,40}\b(?:publi\w{1,6}|${REVIEW}|la quite|la borre|la retire|la suba)\b`,
      weight: 0.9,
      examples: ['de ustedes depende que la publique o no', 'depende de usted que mi reseña sea buena'],
      counterExamples: ['depende de ustedes mejorar el servicio'],
    },
    {
      id: 'es.conditional-edit.no-need-to-post',
      signal: 'conditional_edit',
      pattern: r`\bno (?:tendre|tendria|habra|habria) (?:necesidad|por que|motivo para|que) (?:de )?(?:dejar|escribir|publicar|poner|subir)\b[^.!?]{0,30}\b${REVIEW}\b`,
      weight: 0.9,
      examples: ['no tendré necesidad de dejar ninguna opinión negativa'],
      counterExamples: ['no tendré necesidad de volver'],
    },
    {
      id: 'es.conditional-edit.content-for-freebie',
      signal: 'conditional_edit',
      pattern: r`\bsi (?:me|nos) (?:invitan|regalan|dan|ofrecen|hacen)\b[^.!?]{0,40}\b(?:hago|hare|publico|publicare|subo|subire|escribo|escribire|pongo|pondre)\b[^.!?]{0,20}\b(?:video|post|publicacion|story|historia|reel|${REVIEW})\b`,
      weight: 0.75,
      examples: ['Si me invitan a la cena y al spa hago un video hablando bien'],
      counterExamples: ['si nos dan la habitación temprano dejamos las maletas'],
    },
  ],
};
export default family;
