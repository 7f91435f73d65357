/** Italian: context cues and stopwords for the checker. */
import type { CheckLanguageCues } from '../types';

export const cues: CheckLanguageCues = {
  lang: 'it',
  negations: ['non', 'mai', 'nessun', 'nessuna', 'nessuno', 'alcun', 'alcuna', 'senza', 'ne', 'niente', 'nulla', 'rifiutiamo di', 'affatto'],
  contrasts: ['ma', 'pero', 'tuttavia', 'eppure', 'invece', 'tranne', 'salvo'],
  ownContact: ['ci contatti', 'ci scriva', 'ci chiami', 'contattarci', 'scriverci', 'chiamarci', 'il nostro (?:numero|telefono|indirizzo|ufficio|staff)', 'la nostra (?:e-?mail|reception|email)', '(?:reception|servizio clienti|centralino)', 'direttamente (?:al|a)'],
  closings: ['cordiali saluti', 'distinti saluti', 'un caro saluto', 'un saluto', 'saluti', 'cordialmente', 'a presto', 'lo staff', 'la direzione', 'con i migliori saluti'],
  roles: ['direttore', 'direttrice', 'gestore', 'titolare', 'responsabile', 'proprietari[oa]', 'chef', 'reception', 'receptionist', 'concierge', 'governante', 'cameriere', 'cameriera', 'sommelier', 'staff', 'collega', 'sono', 'mi chiamo', 'a nome di', 'fondatore', 'fondatrice', 'manager', 'hotel', 'restaurant', 'ristorante', 'albergo', 'gasthof', 'gasthaus', 'pension', 'auberge', 'brasserie', 'trattoria', 'osteria', 'hostal', 'posada', 'bistro', 'residence'],
  greetings: ['gentile', 'gentilissim[oa]', 'car[oa]', 'buongiorno', 'buonasera', 'salve', 'ciao', 'grazie', 'egregi[oa]'],
  apologies: ['scus\\w{0,6}', 'dispiac\\w{0,5}', 'spiace', 'rammaric\\w{0,5}', 'perdon\\w{0,4}'],
  complaintCues: ['sporc\\w{1,3}', 'sporcizia', 'rumor\\w{1,3}', 'delus\\w{1,3}', 'deludente', 'pessim\\w{1,2}', 'orribile', 'scortes\\w{1,2}', 'maleducat\\w{1,2}', 'fredd\\w{1,2}', 'inaccettabile', 'mai piu', 'puzza', 'rott\\w{1,2}', 'guast\\w{1,2}', 'lamentel\\w{1,2}', 'aspettato', 'brutt\\w{1,2}'],
  stopwords: ['il', 'lo', 'gli', 'della', 'del', 'di', 'che', 'per', 'con', 'una', 'sono', 'non', 'nel', 'nella', 'alla', 'al', 'ci', 'si', 'lei', 'sua', 'suo', 'nostro', 'nostra', 'nostri', 'molto', 'ma', 'anche', 'come', 'questo', 'questa', 'abbiamo', 'ha', 'soggiorno', 'grazie', 'siamo', 'stato', 'stata', 'delle', 'dei', 'le', 'ed', 'la', 'e', 'in', 'un', 'da', 'a', 'i', 'piu', 'ogni', 'tutto', 'tutti', 'ancora', 'gia'],
};
