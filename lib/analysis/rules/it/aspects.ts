/** Italian aspect names (normalised text) so replies can speak of what the guest wrote about. */
import type { AspectLexicon } from '../types';

const r = String.raw;

const aspects: AspectLexicon = {
  lang: 'it',
  aspects: {
    cleanliness: [r`\b(?:pulizia|pulit[oaie]|pulitissim[oaie]|sporc[oa]|sporchi|sporche|sporcizia|polvere|macchi[ae]|igiene|capelli|peli)\b`],
    noise: [r`\b(?:rumor[ei]|rumoros[oaie]|silenzio(?:s[oaie])?|tranquill[oaie]|tranquillita|musica alta|discoteca)\b`],
    staff: [r`\b(?:personale|staff|dipendenti|receptionist|camerier[ei]|cameriera|titolar[ei]|proprietari[oa]?|gestor[ei]|host|padron[ei] di casa|animator[ei]|animatrici|signora|signor)\b`],
    breakfast: [r`\bcolazion[ei]\b`],
    food: [r`\b(?:cibo|cucina|piatt[oi]|cena|cene|pranzo|buffet|menu|ristorante|pesce|carne|pasta|pizza|dolci|dessert|antipast[oi]|primi|secondi|carbonara)\b`],
    room: [r`\b(?:camera|camere|stanza|stanze|suite|appartamento|alloggio)\b`],
    bed: [r`\b(?:lett[oi]|materass[oi]|cuscin[oi]|lenzuola)\b`],
    bathroom: [r`\b(?:bagno|bagni|doccia|docce|wc|lavandino|acqua calda|asciugamani)\b`],
    climate: [r`\b(?:aria condizionata|condizionatore|climatizzatore|riscaldamento|ventilatore)\b`],
    wifi: [r`\b(?:wifi|wi fi|wi-fi|internet|connessione)\b`],
    location: [r`\b(?:posizione|posizionat[oa]|ubicazione|zona|quartiere|centro|central[ei]|vicino a|lontan[oa]|lontanissim[oa])\b`],
    price: [r`\b(?:prezz[oi]|car[oa]|cari|care|economic[oa]|qualita prezzo|qualita-prezzo|tariffa|conto|fattura)\b`],
    check_in: [r`\b(?:check in|check-in|checkin|check out|check-out|reception|arrivo|accoglienza)\b`],
    parking: [r`\b(?:parcheggi[oa]?|garage|posto auto)\b`],
    pool: [r`\b(?:piscin[ae]|lettini|sdraio)\b`],
    view: [r`\b(?:vista|panorama|paesaggio|vista mare)\b`],
    service: [r`\b(?:servizio|assistenza|trattamento)\b`],
    wait: [r`\b(?:attesa|aspettare|aspettato|aspettiamo|coda|fila|ritardo)\b`],
    drinks: [r`\b(?:bevande|cocktail|drink|bar|birr[ae]|vin[oi]|caffe|spritz|succhi)\b`],
    spa: [r`\b(?:spa|massagg[io]|sauna|palestra|idromassaggio|centro benessere)\b`],
  },
};
export default aspects;
