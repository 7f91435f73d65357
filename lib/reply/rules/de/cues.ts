/** German: context cues and stopwords for the checker. */
import type { CheckLanguageCues } from '../types';

export const cues: CheckLanguageCues = {
  lang: 'de',
  negations: ['nicht', 'nie', 'niemals', 'keinerlei', 'keineswegs', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'keines', 'ohne', 'weder', 'nichts', 'niemandem', 'niemand', 'lehnen (?:es )?ab'],
  negationsAfter: ['nicht', 'nie', 'niemals', 'keinerlei', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'keines', 'nichts'],
  contrasts: ['aber', 'jedoch', 'allerdings', 'dennoch', 'trotzdem', 'ausser', 'sondern'],
  ownContact: ['kontaktieren sie uns', 'schreiben sie uns', 'rufen sie uns', 'erreichen sie uns', 'sie erreichen uns', 'uns (?:unter|per|telefonisch)', 'unsere (?:[a-z\\-]{1,14} )?(?:nummer|telefonnummer|adresse|e-?mail|rezeption|hotline)', 'unser (?:team|buro|empfang)', '(?:rezeption|empfang|kundenservice|gastebetreuung)', 'direkt (?:unter|an)', 'erreichbar unter'],
  closings: ['mit freundlichen grussen', 'freundliche grusse', 'herzliche grusse', 'viele grusse', 'beste grusse', 'liebe grusse', 'mfg', 'ihr team', 'ihre gastgeber', 'hochachtungsvoll', 'gruss'],
  roles: ['direktor', 'direktorin', 'geschaftsfuhrer\\w{0,2}', 'inhaber\\w{0,2}', 'leiter\\w{0,2}', 'gastgeber\\w{0,2}', 'chef\\w{0,2}', 'kuchenchef', 'rezeption', 'empfang', 'concierge', 'hausdame', 'kellner\\w{0,2}', 'sommelier', 'team', 'kolleg\\w{1,2}', 'ich bin', 'mein name ist', 'im namen', 'grunder\\w{0,2}', 'manager\\w{0,2}', 'hotel', 'restaurant', 'ristorante', 'albergo', 'gasthof', 'gasthaus', 'pension', 'auberge', 'brasserie', 'trattoria', 'osteria', 'hostal', 'posada', 'bistro', 'residence'],
  greetings: ['sehr geehrte\\w?', 'liebe\\w?', 'hallo', 'guten tag', 'guten morgen', 'guten abend', 'gruss gott', 'danke', 'vielen dank', 'herzlichen dank', 'servus', 'moin'],
  apologies: ['entschuldig\\w{0,4}', 'leid', 'bedauer\\w{0,4}', 'verzeih\\w{0,4}'],
  complaintCues: ['schmutzig\\w{0,2}', 'dreckig\\w{0,2}', 'laut\\w{0,2}', 'larm', 'enttausch\\w{0,4}', 'schrecklich\\w{0,2}', 'furchtbar\\w{0,2}', 'unfreundlich\\w{0,2}', 'kalt\\w{0,2}', 'inakzeptabel', 'nie wieder', 'gestank', 'kaputt\\w{0,2}', 'defekt\\w{0,2}', 'beschwer\\w{0,4}', 'gewartet', 'schlecht\\w{0,2}'],
  stopwords: ['der', 'die', 'das', 'und', 'ist', 'wir', 'sie', 'ihr', 'ihre', 'ihren', 'ihnen', 'unser', 'unsere', 'unseren', 'mit', 'fur', 'auf', 'ein', 'eine', 'einen', 'nicht', 'sehr', 'zu', 'den', 'dem', 'von', 'auch', 'es', 'uns', 'aber', 'wie', 'haben', 'hat', 'war', 'wurde', 'werden', 'bei', 'aufenthalt', 'dass', 'sich', 'noch', 'nach', 'vielen', 'dank', 'in', 'im', 'zum', 'zur', 'einem', 'einer', 'schon', 'wieder', 'alle'],
};
