/** Spanish aspect names (normalised text) so replies can speak of what the guest wrote about. */
import type { AspectLexicon } from '../types';

const r = String.raw;

const aspects: AspectLexicon = {
  lang: 'es',
  aspects: {
    cleanliness: [r`\b(?:limpieza|limpi[oa]s?|suci[oa]s?|suciedad|mugre|polvo|manchas?|higiene|pelos)\b`],
    noise: [r`\b(?:ruidos?|ruidos[oa]s?|silencio(?:s[oa]s?)?|tranquil[oa]s?|tranquilidad|musica alta|discoteca)\b`],
    staff: [r`\b(?:personal|emplead[oa]s?|recepcionistas?|camarer[oa]s?|meser[oa]s?|trabajadores|staff|equipo|anfitrion(?:a|es)?|duen[oa]s?|gerente|encargad[oa]|botones|animador(?:es|as?)?)\b`],
    breakfast: [r`\bdesayunos?\b`],
    food: [r`\b(?:comida|comidas|platos?|cena|almuerzo|buffet|bufet|cocina|menu|carta|restaurante(?:s)?|a la carta|marisco|langosta|pescado|carne|postres?|pizza)\b`],
    room: [r`\b(?:habitacion(?:es)?|cuarto|cuartos|suite|bungalow|apartamento|estancia)\b`],
    bed: [r`\b(?:camas?|colchon(?:es)?|almohadas?|sabanas)\b`],
    bathroom: [r`\b(?:bano|banos|ducha|duchas|aseos?|inodoro|lavabo|agua caliente|toallas?)\b`],
    climate: [r`\b(?:aire acondicionado|aire|climatizacion|calefaccion|ventilador|aa)\b`],
    wifi: [r`\b(?:wifi|wi fi|wi-fi|internet|conexion)\b`],
    location: [r`\b(?:ubicacion|ubicad[oa]|situacion|situad[oa]|localizacion|zona|barrio|centro|centrico|cerca de|lejos)\b`],
    price: [r`\b(?:precios?|car[oa]s?|barat[oa]s?|calidad precio|calidad-precio|tarifa|factura|cuenta|cobraron|economic[oa])\b`],
    check_in: [r`\b(?:check in|check-in|checkin|check out|check-out|recepcion|llegada|registro|entrada)\b`],
    parking: [r`\b(?:parking|aparcamiento|estacionamiento|aparcar|garaje|parqueo)\b`],
    pool: [r`\b(?:piscinas?|alberca|tumbonas|hamacas)\b`],
    view: [r`\b(?:vistas?|vista al mar|panorama|paisaje)\b`],
    service: [r`\b(?:servicio|atencion|trato)\b`],
    wait: [r`\b(?:espera|esperar|esperamos|esperando|tardaron|tardanza|colas?|demora)\b`],
    drinks: [r`\b(?:bebidas?|cocteles|cocktails?|mojitos?|bar|cervezas?|vinos?|cafe|ron|zumos?|jugos?)\b`],
    spa: [r`\b(?:spa|masajes?|sauna|gimnasio|jacuzzi)\b`],
  },
};
export default aspects;
