/** French aspect vocabulary (hotel and restaurant): patterns on normalised text naming each aspect. */
import type { AspectLexicon } from '../types';

const aspects: AspectLexicon = {
  lang: 'fr',
  aspects: {
    cleanliness: [String.raw`\b(?:proprete|propres?|sales?|salete|menage|nettoyage|hygiene|crasse|crasseu\w{1,3}|poussiere\w{0,4}|taches?|tache|impeccable\w{0,1}|nickel)\b`],
    noise: [String.raw`\b(?:bruit\w{0,2}|bruyant\w{0,2}|calme|silencieu\w{1,3}|insonoris\w{1,6}|vacarme|musique trop forte|tapage|nuit agitee)\b`],
    staff: [String.raw`\b(?:personnel|equipe|staff|employee?s?|serveur\w{0,2}|serveuse\w{0,1}|receptionnistes?|barman|barmaid|gerante?s?|patronn?e?s?|proprio|proprietaires?|hote\w{0,3}|direction|accueil|concierge|voiturier|femme de chambre)\b`],
    breakfast: [String.raw`\b(?:petits?[- ]dejeuners?|petit[- ]dej|buffet du matin|brunch|viennoiseries|croissants?)\b`],
    food: [String.raw`\b(?:cuisine|plats?|repas|nourriture|bouffe|menu|carte|entrees?|desserts?|viandes?|poissons?|pizzas?|burgers?|frites|pates|salades?|assiettes?|portions?|cuisson|saveurs?|gouts?|chef|diner|(?<!petit[- ])(?<!petits[- ])dejeuner|degustation|fromages?|quenelles?|andouillette)\b`],
    room: [String.raw`\b(?:chambres?|suite|studio|appartement|logement|decoration|deco|balcon|moquette|placards?|rangements?)\b`],
    bed: [String.raw`\b(?:lits?|literie|matelas|oreillers?|draps|couette|canape[- ]lit)\b`],
    bathroom: [String.raw`\b(?:salle de bains?|salle d'eau|douche|baignoire|toilettes|wc|lavabo|serviettes|eau chaude|pression de l'eau)\b`],
    climate: [String.raw`\b(?:climatisation|clim|chauffage|radiateur|ventilateur|trop chaud|trop froid|il faisait froid|il faisait chaud|temperature)\b`],
    wifi: [String.raw`\b(?:wi-?fi|internet|connexion|reseau)\b`],
    location: [String.raw`\b(?:emplacement|situation|situee?s?|quartier|centre[- ]ville|proche de|a deux pas|acces|localisation|vue sur|gare|metro|plage)\b`],
    price: [String.raw`\b(?:prix|tarifs?|addition|note salee|chere?s?|rapport qualite[- ]prix|facture|facturee?s?|supplement|hors de prix|abordable|euros?|€)\b`],
    check_in: [String.raw`\b(?:check[- ]?in|check[- ]?out|arrivee|depart|enregistrement|remise des cles|cles|reception)\b`],
    parking: [String.raw`\b(?:parking|stationnement|garer|se garer|voiturier|garage)\b`],
    pool: [String.raw`\b(?:piscine|bassin|transats?|jacuzzi)\b`],
    view: [String.raw`\b(?:vue|panorama|terrasse avec vue|vue mer|vue sur)\b`],
    service: [String.raw`\b(?:service|servis?|servie|accueillis?|prise en charge|commande)\b`],
    wait: [String.raw`\b(?:attente|attendu|attendre|patienter|lent\w{0,2}|lenteur|retard|minutes|une heure|rapidement|rapide)\b`],
    drinks: [String.raw`\b(?:vins?|bieres?|cocktails?|boissons?|cafe|the|bouteille|carte des vins|aperitif|digestif|champagne|jus)\b`],
    spa: [String.raw`\b(?:spa|hammam|sauna|massages?|soins?|bien-etre)\b`],
  },
};
export default aspects;
