/**
 * Word lists the computed detectors use in every language: capitals that are not shouting, first names
 * (a first name followed by a capitalised word is a full name), and capitalised words that are never names.
 */

/** Acronyms and brand-style capitals that are not shouting (compared upper-cased, without dots). */
export const ACRONYMS: string[] = [
  'WIFI', 'WI-FI', 'TV', 'TVS', 'SPA', 'VIP', 'USA', 'UK', 'EU', 'UE', 'GPS', 'PDF', 'SMS', 'ATM', 'BBQ', 'WC', 'AC', 'ID',
  'OK', 'CEO', 'GM', 'HR', 'DJ', 'PS', 'NB', 'USB', 'HDMI', 'LED', 'QR', 'CB', 'TVA', 'VAT', 'IVA', 'MWST', 'TTC', 'HT',
  'SNCF', 'TGV', 'RER', 'RATP', 'ICE', 'DB', 'BVG', 'RENFE', 'AVE', 'FS', 'ATAC', 'NYC', 'LA', 'SF', 'DC', 'CDG', 'ORY',
  'JFK', 'LHR', 'LGW', 'FCO', 'MXP', 'MAD', 'BCN', 'FRA', 'MUC', 'BER', 'NCE', 'LYS', 'COVID', 'UNESCO', 'HVAC', 'AI',
  'SARL', 'SAS', 'SA', 'SL', 'SRL', 'SPA', 'AG', 'GMBH', 'KG', 'BNB', 'B&B', 'PMR', 'SAMU', 'EDF', 'GDF', 'RGPD', 'GDPR',
  'DSGVO', 'SUV', 'BMW', 'VW', 'IKEA', 'TUI', 'ADAC', 'RAI', 'BBC', 'CNN', 'AM', 'PM', 'FAQ', 'IT', 'APP', 'SOS', 'XL',
  'XXL', 'UV', 'CV', 'PC', 'CO2', 'HD', 'DVD', 'CD', 'WWF', 'ONU', 'UN', 'NHS', 'NATO', 'FIFA', 'UEFA', 'MICE', 'KM',
  'KFC', 'VTC', 'TAXI', 'HOTEL', 'BIO', 'DOP', 'DOC', 'DOCG', 'IGP', 'AOC', 'AOP', 'IGT', 'WLAN', 'W-LAN', 'LAN',
  'ÖPNV', 'S-BAHN', 'U-BAHN', 'DJH', 'PKW', 'LKW', 'EC', 'IC', 'ZTL', 'DNI', 'NIE', 'EMT', 'TER', 'SNCB', 'NS', 'SBB',
  'ÖBB', 'TV-SENDER', 'MWST.', 'APT', 'SIM', 'ADSL', 'DSL', 'BB',
];

/** Common first names in the five languages (lower case, accents removed). */
export const FIRST_NAMES: string[] = [
  // en
  'james', 'john', 'robert', 'michael', 'william', 'david', 'richard', 'joseph', 'thomas', 'charles', 'christopher',
  'daniel', 'matthew', 'anthony', 'mark', 'donald', 'steven', 'paul', 'andrew', 'joshua', 'kevin', 'brian', 'george',
  'edward', 'ronald', 'timothy', 'jason', 'jeffrey', 'ryan', 'jacob', 'gary', 'nicholas', 'eric', 'jonathan', 'stephen',
  'larry', 'justin', 'scott', 'brandon', 'benjamin', 'samuel', 'peter', 'jack', 'harry', 'oliver', 'charlie', 'tom',
  'mike', 'chris', 'dave', 'steve', 'bob', 'bill', 'mary', 'patricia', 'jennifer', 'linda', 'elizabeth', 'barbara',
  'susan', 'jessica', 'sarah', 'karen', 'nancy', 'lisa', 'betty', 'margaret', 'sandra', 'ashley', 'kimberly', 'emily',
  'donna', 'michelle', 'dorothy', 'carol', 'amanda', 'melissa', 'deborah', 'stephanie', 'rebecca', 'sharon', 'laura',
  'cynthia', 'kathleen', 'amy', 'angela', 'helen', 'anna', 'emma', 'olivia', 'sophie', 'lucy', 'kate', 'jane', 'rachel',
  'hannah', 'grace', 'chloe', 'megan', 'jenny', 'alice', 'claire', 'julia', 'victoria', 'natalie', 'nicole', 'samantha',
  // fr
  'jean', 'pierre', 'michel', 'andre', 'philippe', 'alain', 'jacques', 'bernard', 'francois', 'christian', 'eric',
  'nicolas', 'patrick', 'christophe', 'frederic', 'laurent', 'stephane', 'olivier', 'julien', 'sebastien', 'guillaume',
  'antoine', 'maxime', 'alexandre', 'romain', 'vincent', 'thierry', 'benoit', 'mathieu', 'hugo', 'lucas', 'louis',
  'gabriel', 'arthur', 'jules', 'leo', 'raphael', 'marie', 'nathalie', 'isabelle', 'sylvie', 'catherine', 'francoise',
  'christine', 'monique', 'valerie', 'sandrine', 'celine', 'sophie', 'aurelie', 'camille', 'julie', 'manon', 'chloe',
  'lea', 'ines', 'louise', 'jade', 'elodie', 'emilie', 'caroline', 'helene', 'anne', 'martine', 'veronique', 'delphine',
  'virginie', 'stephanie', 'audrey', 'pauline', 'claire', 'margaux', 'agnes', 'brigitte', 'claude', 'dominique',
  // de
  'hans', 'peter', 'klaus', 'wolfgang', 'jurgen', 'juergen', 'dieter', 'uwe', 'gunter', 'horst', 'helmut', 'werner',
  'stefan', 'andreas', 'frank', 'markus', 'matthias', 'tobias', 'florian', 'jan', 'lukas', 'felix', 'maximilian',
  'sebastian', 'christoph', 'sven', 'jens', 'jorg', 'ralf', 'dirk', 'heinz', 'karl', 'fritz', 'ursula', 'monika',
  'petra', 'sabine', 'renate', 'karin', 'heike', 'gabriele', 'andrea', 'claudia', 'susanne', 'birgit', 'katrin',
  'stefanie', 'julia', 'lena', 'leonie', 'mia', 'lea', 'hannah', 'johanna', 'katharina', 'anja', 'jutta', 'ingrid',
  'greta', 'heidi', 'silke', 'tanja', 'nicole',
  // es
  'jose', 'antonio', 'manuel', 'francisco', 'juan', 'javier', 'carlos', 'jesus', 'miguel', 'rafael', 'pedro', 'angel',
  'alejandro', 'fernando', 'pablo', 'jorge', 'luis', 'sergio', 'alberto', 'diego', 'alvaro', 'adrian', 'raul', 'enrique',
  'ramon', 'vicente', 'ignacio', 'carmen', 'maria', 'josefa', 'isabel', 'dolores', 'pilar', 'teresa', 'ana', 'rosa',
  'cristina', 'lucia', 'marta', 'elena', 'paula', 'laura', 'sara', 'raquel', 'beatriz', 'rocio', 'nuria', 'silvia',
  'patricia', 'alba', 'irene', 'sofia', 'marina', 'andrea', 'mercedes', 'montserrat', 'concepcion',
  // it
  'giuseppe', 'giovanni', 'francesco', 'mario', 'luigi', 'roberto', 'stefano', 'marco', 'paolo', 'alessandro',
  'andrea', 'giorgio', 'massimo', 'luca', 'matteo', 'lorenzo', 'davide', 'simone', 'federico', 'riccardo', 'fabio',
  'claudio', 'sergio', 'salvatore', 'vincenzo', 'antonio', 'pietro', 'gianluca', 'enrico', 'maria', 'anna', 'giulia',
  'francesca', 'chiara', 'sara', 'paola', 'laura', 'valentina', 'elena', 'alessandra', 'federica', 'silvia', 'giovanna',
  'rosa', 'angela', 'lucia', 'teresa', 'martina', 'giorgia', 'aurora', 'alice', 'beatrice', 'elisa', 'serena', 'monica',
];

/**
 * Capitalised words that are never a surname or a first name after a greeting: titles, generic addressees,
 * places and brands that often follow a first name.
 */
export const NOT_NAMES: string[] = [
  'guest', 'guests', 'valued', 'sir', 'madam', 'mr', 'mrs', 'ms', 'miss', 'dr', 'customer', 'customers', 'traveller',
  'traveler', 'friend', 'friends', 'team', 'reviewer', 'client', 'cliente', 'clienti', 'clients', 'voyageur', 'voyageuse',
  'monsieur', 'madame', 'mademoiselle', 'herr', 'frau', 'gast', 'gaste', 'senor', 'senora', 'signor', 'signora',
  'signore', 'ospite', 'ospiti', 'huesped', 'amigo', 'amiga', 'all', 'everyone', 'hotel', 'restaurant', 'ristorante',
  'restaurante', 'hostel', 'inn', 'bar', 'cafe', 'spa', 'street', 'road', 'avenue', 'rue', 'strasse', 'calle', 'via',
  'manager', 'management', 'director', 'directeur', 'directrice', 'general', 'front', 'office', 'desk', 'reception',
  'chef', 'owner', 'google', 'tripadvisor', 'booking', 'airbnb', 'paris', 'london', 'lyon', 'rome', 'roma', 'berlin',
  'madrid', 'barcelona', 'milano', 'milan', 'venezia', 'munchen', 'wien', 'the', 'and', 'et', 'und', 'e', 'y',
  // places and institutions named after people ("Thomas College", "José Martí Airport")
  'college', 'church', 'tours', 'tour', 'airport', 'aeroport', 'aeropuerto', 'aeroporto', 'flughafen', 'park', 'parc',
  'parque', 'parco', 'square', 'place', 'plaza', 'piazza', 'platz', 'station', 'gare', 'bahnhof', 'estacion', 'stazione',
  'museum', 'musee', 'museo', 'university', 'universite', 'universidad', 'universita', 'hospital', 'hopital', 'ospedale',
  'center', 'centre', 'centro', 'zentrum', 'beach', 'plage', 'playa', 'spiaggia', 'strand', 'bay', 'island', 'lake',
  'lac', 'lago', 'see', 'river', 'hall', 'tower', 'bridge', 'pont', 'ponte', 'brucke', 'market', 'marche', 'mercado',
  'mercato', 'markt', 'mall', 'gallery', 'galerie', 'theatre', 'theater', 'teatro', 'stadium', 'stade', 'stadion',
  'boulevard', 'allee', 'gasse', 'weg', 'corso', 'viale', 'paseo', 'quai', 'champagne', 'winery', 'cellar', 'cave',
];

/**
 * Local parts of an establishment's role mailboxes (folded): "direction@…", "recepcion@…" is the house's own
 * address, never a guest's personal data, even when the settings do not list it.
 */
export const ROLE_MAILBOXES: string[] = [
  'info', 'contact', 'kontakt', 'contatti', 'contacto', 'hello', 'hola', 'ciao', 'bonjour', 'welcome', 'office', 'team', 'equipe',
  'reception', 'recepcion', 'rezeption', 'ricevimento', 'accueil', 'frontdesk', 'front', 'desk', 'concierge', 'portier',
  'booking', 'bookings', 'reservation', 'reservations', 'reservas', 'reserva', 'reservierung', 'prenotazioni', 'prenotazione', 'resa',
  'direction', 'direccion', 'direktion', 'direzione', 'management', 'manager', 'gerencia', 'gm', 'admin', 'amministrazione', 'administration', 'verwaltung',
  'events', 'event', 'eventi', 'eventos', 'evenements', 'veranstaltungen', 'groups', 'groupes', 'gruppi', 'grupos', 'sales', 'commercial', 'ventas', 'vertrieb',
  'service', 'guest', 'guests', 'guestrelations', 'feedback', 'qualite', 'quality', 'calidad', 'qualita', 'restaurant', 'ristorante', 'restaurante', 'spa', 'hotel',
];
