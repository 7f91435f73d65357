/** Spanish: what turns a complaint into a crisis (seed 004): legal threats, boycott calls, censorship claims, virality, contempt, proof. */
import type { RuleFamily } from '../types';

const r = String.raw;

const family: RuleFamily = {
  lang: 'es',
  family: 'crisis',
  rules: [
    {
      id: 'es.crisis.legal',
      signal: 'legal_threat',
      pattern: r`\b(?:abogad[oa]s?|denunci(?:a|ar|are|aremos|amos|ado|e)|demand(?:are|aremos|arles|arlos)|juicio|tribunal(?:es)?|juzgado|policia|guardia civil|fiscalia|(?:oficina|asociacion) (?:de|del) consum\w{1,6}|omic|facua|ocu|hoja de reclamaciones|libro de reclamaciones|profeco|accion legal|acciones legales|via judicial)\b`,
      weight: 0.6,
      negatable: true,
      examples: ['ya hablé con mi abogado', 'pedimos la hoja de reclamaciones', 'vamos a denunciarlo a la OMIC', 'presentaré una queja en Profeco'],
      counterExamples: ['la demanda de habitaciones era alta'],
    },
    {
      id: 'es.crisis.boycott',
      signal: 'boycott_call',
      pattern: r`\b(?:no (?:vayan|vayais|vaya|reserven|reserveis|reserve|vengan|vengais|se alojen|coman)\b(?! a perder)|eviten|evitad|eviten este|huyan|huid|no lo recomiendo a nadie|no se lo recomiendo a nadie|alejense|no pisen)\b`,
      weight: 0.5,
      examples: ['No vayan a este hotel', 'Huyan de este lugar', 'no lo recomiendo a nadie'],
      counterExamples: ['no vayan a perderse la playa'],
    },
    {
      id: 'es.crisis.censorship',
      signal: 'censorship_claim',
      pattern: r`\b(?:(?:borraron|eliminaron|quitaron|censuraron|retiraron|han borrado|han eliminado) (?:mi|nuestra|la|las|mis) (?:resena|opinion|comentario|valoracion)e?s?|censura\w{0,3}|solo (?:dejan|publican) (?:las )?(?:resenas|opiniones) (?:buenas|positivas))\b`,
      weight: 0.6,
      examples: ['Borraron mi reseña anterior', 'esto es censura', 'solo dejan las opiniones positivas'],
      counterExamples: ['borraron la pizarra'],
    },
    {
      id: 'es.crisis.virality',
      signal: 'virality',
      pattern: r`\b(?:\d{1,3}(?:[.,]\d{3}| ?mil| ?k)? seguidores|influencer\w{0,2}|bloguer[oa]s?|blogger|youtuber|tiktoker|instagramer|periodistas?|la prensa|los medios|television|viral\w{0,6}|en todas (?:partes|las redes)|en todas las plataformas|compartir(?:lo|e)? (?:en|por) (?:todas|mis) (?:las )?redes)\b`,
      weight: 0.5,
      examples: ['tengo 10 mil seguidores en instagram', 'soy bloguera de viajes', 'lo voy a hacer viral', 'en todas partes'],
      counterExamples: ['seguimos las indicaciones'],
    },
    {
      id: 'es.crisis.multi-channel',
      signal: 'multi_channel',
      pattern: r`\b(?:google|tripadvisor|booking|facebook|instagram|twitter|tiktok|expedia|yelp|airbnb)\b[^.!?]{0,25}\b(?:google|tripadvisor|booking|facebook|instagram|twitter|tiktok|expedia|yelp|airbnb)\b`,
      weight: 0.5,
      examples: ['en Booking, Google y TripAdvisor', 'dejaré cinco estrellas en Google y TripAdvisor'],
      counterExamples: ['reservamos por Booking'],
    },
    {
      id: 'es.crisis.contempt',
      signal: 'contempt_reported',
      pattern: r`\b(?:se (?:rieron|rio|burlaron|burlo)\b(?! mucho)|nos ignoraron|me ignoraron|ni (?:una|siquiera una) disculpa|ni (?:se )?disculparon|sin (?:pedir )?(?:ninguna )?disculpa|(?:nos|me) dijeron que (?:era|es) (?:nuestro|mi) problema|con desprecio|de malas maneras|nos colgaron el telefono|nos echaron|(?:me|nos) trataron como (?:basura|perros|delincuentes)|les dio igual|le dio igual|les importo un pepino|ni caso)\b`,
      weight: 0.55,
      examples: ['el recepcionista se burló', 'ni una disculpa', 'nos dijeron que era nuestro problema', 'les dio igual'],
      counterExamples: ['nos reímos mucho con el animador'],
    },
    {
      id: 'es.crisis.proof',
      signal: 'objective_fact',
      pattern: r`\b(?:tengo|tenemos|adjunto|adjuntamos|guarde|guardamos|hice|hicimos|con) (?:las |los |la |el |una |un )?(?:fotos|fotografias|videos|pruebas|capturas|factura|facturas|ticket|recibo|informe medico|parte medico|denuncia)\b|\b(?:informe|parte) (?:medico|de urgencias)\b`,
      weight: 0.5,
      examples: ['tengo fotos de todo', 'adjunto la factura', 'con el informe médico'],
      counterExamples: ['hicimos muchas fotos de la playa preciosa'],
      note: 'the counter-example shows the limit: "hicimos fotos" must be followed by evidence nouns, "muchas" breaks it',
    },
    {
      id: 'es.crisis.staff-named',
      signal: 'staff_named',
      pattern: r`\b(?:de nombre|gracias a|(?:senor|senora|sr|sra)\.?) (?!(?:todo|todos|todas|toda|la|el|los|las|usted|ustedes|ellos|ellas|dios|que|su|sus|mi|tu|ti|un|una|nuestro|nuestra|vosotros|este|esta|ese|esa|eso|esto|ella|el|por|tanto|tantos)\b)[a-z]{3,15}\b|\b[a-z]{3,15},? se llama\b|\bse llama [a-z]{3,15}\b`,
      weight: 0.4,
      examples: ['Gracias a Yanet por su atención', 'el encargado, Carlos se llama', 'la señora Mercedes'],
      counterExamples: ['gracias a todos', 'el camarero nos atendió'],
    },
  ],
};
export default family;
