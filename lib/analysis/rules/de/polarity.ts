/**
 * German review-sentiment lexicon (hotel and restaurant register). Adjectives are listed once in their base
 * form and expanded to every ending; nouns, verbs and phrases are listed as they occur. Written with
 * umlauts, expanded to both "a" and "ae" spellings (forms.ts). Weights -4..+4.
 */
import type { PolarityLexicon } from '../types';
import { expandLexicon, spellings } from './forms';

const ADJECTIVES: Record<string, number> = {
  // praise
  gut: 1.5, super: 3, toll: 3, prima: 2, perfekt: 3, ideal: 2, exzellent: 3, hervorragend: 3, ausgezeichnet: 3,
  großartig: 3, grandios: 3, fantastisch: 3, phantastisch: 3, wunderbar: 3, wundervoll: 3, wunderschön: 3,
  schön: 2, herrlich: 3, traumhaft: 3, genial: 3, erstklassig: 3, einwandfrei: 3, tadellos: 3, makellos: 3,
  fabelhaft: 3, vorbildlich: 3, überragend: 3, sensationell: 3, spitzenmäßig: 3, himmlisch: 3, zauberhaft: 3,
  atemberaubend: 3, beeindruckend: 2, gelungen: 2, lobenswert: 2, empfehlenswert: 3, weiterzuempfehlen: 3,
  sauber: 2, blitzsauber: 3, picobello: 3, gepflegt: 2, ordentlich: 1, aufgeräumt: 1, hygienisch: 1,
  freundlich: 2, superfreundlich: 3, nett: 2, supernett: 3, herzlich: 3, hilfsbereit: 2, zuvorkommend: 3,
  aufmerksam: 2, höflich: 2, kompetent: 2, professionell: 2, engagiert: 2, bemüht: 1, sympathisch: 2,
  gastfreundlich: 2, charmant: 2, liebevoll: 2, lieb: 1, fröhlich: 2, geduldig: 1, flexibel: 1, kulant: 2,
  lecker: 2, köstlich: 3, schmackhaft: 2, delikat: 2, reichhaltig: 2, reichlich: 1, frisch: 1, vielfältig: 1,
  abwechslungsreich: 2, hausgemacht: 1, knusprig: 1, zart: 2, saftig: 2, aromatisch: 2, fein: 2,
  bequem: 2, gemütlich: 2, komfortabel: 2, kuschelig: 2, ruhig: 1, geräumig: 2, großzügig: 2, hell: 1,
  modern: 1, stilvoll: 2, elegant: 2, luxuriös: 2, schick: 2, hübsch: 2, edel: 2, gediegen: 1, geschmackvoll: 2,
  idyllisch: 2, malerisch: 2, zentral: 1, verkehrsgünstig: 2, günstig: 1, preiswert: 2, fair: 1, angemessen: 1,
  angenehm: 2, entspannt: 2, entspannend: 2, erholsam: 2, zufrieden: 2, hochzufrieden: 3, begeistert: 3,
  glücklich: 2, dankbar: 2, unkompliziert: 2, reibungslos: 2, problemlos: 2, schnell: 1, zügig: 1,
  kinderfreundlich: 2, familienfreundlich: 2, hundefreundlich: 1, cool: 2, klasse: 2, spitze: 3,
  persönlich: 1, individuell: 1, familiär: 1, authentisch: 1,
  // complaint
  schlecht: -2, schlimm: -3, furchtbar: -3, fürchterlich: -3, schrecklich: -3, katastrophal: -4, miserabel: -3,
  mies: -3, grottig: -3, grauenhaft: -4, grauenvoll: -4, entsetzlich: -3, inakzeptabel: -3, unzumutbar: -3,
  unmöglich: -2, unterirdisch: -4, desaströs: -4, armselig: -3, jämmerlich: -3, erbärmlich: -3,
  unverschämt: -3, frech: -2, dreist: -3, unfreundlich: -3, unhöflich: -3, arrogant: -3, mürrisch: -2,
  genervt: -2, gleichgültig: -2, desinteressiert: -2, lustlos: -2, inkompetent: -3, unprofessionell: -3,
  überfordert: -2, unfähig: -3, respektlos: -3, herablassend: -3, abweisend: -2, unaufmerksam: -2,
  ahnungslos: -2, unorganisiert: -2, chaotisch: -2, unzuverlässig: -2, nachlässig: -2, unseriös: -3,
  schmutzig: -3, dreckig: -3, verdreckt: -3, versifft: -3, schmuddelig: -3, ekelhaft: -4, eklig: -3, ekelig: -3,
  widerlich: -4, unsauber: -3, staubig: -2, fleckig: -2, verschmutzt: -3, klebrig: -2, muffig: -2, stickig: -2,
  modrig: -2, schimmelig: -3, verschimmelt: -3, ungepflegt: -2, verwahrlost: -3, vergammelt: -3, verraucht: -2,
  abgewohnt: -2, abgenutzt: -2, heruntergekommen: -3, renovierungsbedürftig: -2, veraltet: -2, marode: -3,
  baufällig: -2, schäbig: -3, kaputt: -2, defekt: -2, wackelig: -1, laut: -2, hellhörig: -2, unruhig: -1,
  eng: -1, winzig: -1, dunkel: -1, kalt: -1, eiskalt: -2, lauwarm: -1, zugig: -1, feucht: -1, unbequem: -2,
  durchgelegen: -2, ungemütlich: -2, hart: -1, teuer: -1, überteuert: -2.5, überzogen: -1, enttäuschend: -3,
  enttäuscht: -3, ärgerlich: -2, traurig: -2, peinlich: -2, lächerlich: -2, nervig: -2, störend: -2,
  zäh: -2, versalzen: -2, fad: -2, geschmacklos: -2, verbrannt: -2, ungenießbar: -4, verdorben: -3, trocken: -1,
  matschig: -2, labbrig: -2, pappig: -2, verkocht: -2, angebrannt: -2, abgestanden: -2, dürftig: -2, spärlich: -2,
  mager: -1, mangelhaft: -3, ungenügend: -3, mittelmäßig: -1, lieblos: -2, billig: -1, unbrauchbar: -3,
  ungeeignet: -2, überlaufen: -1, überfüllt: -2, unangenehm: -2, übel: -2, grässlich: -3, scheußlich: -3,
  ätzend: -3, nutzlos: -2, umständlich: -1, unübersichtlich: -1, unfair: -2, unverständlich: -1, wütend: -3,
  verärgert: -3, sauer: -1, unzureichend: -3, unerträglich: -3, unpersönlich: -2, steril: -1, gewöhnungsbedürftig: -1.5,
  grausam: -3, grausig: -3, sanierungsbedürftig: -2, verbesserungswürdig: -1.5, verbesserungsbedürftig: -1.5, ausbaufähig: -1,
  durchschnittlich: -0.5, überhitzt: -2, undicht: -2, verstopft: -2, karg: -1, spartanisch: -1, verwirrend: -1, niveaulos: -2,
  desolat: -3, trostlos: -2, deprimierend: -2, negativ: -1.5, fehlend: -1, mieserabel: -3,
  ausreichend: 0.5, praktisch: 1, bahnhofsnah: 1, stylish: 1, lässig: 1, ausgiebig: 1, hochwertig: 2, neuwertig: 1, renoviert: 1,
  modernisiert: 1, groß: 0.5, riesig: 1, leise: 1, überzeugt: 2, überzeugend: 2, beeindruckt: 2, umsichtig: 2, hilfreich: 1.5,
  witzig: 1, lustig: 1, originell: 1, ansprechend: 1.5, einladend: 1.5, chic: 2, prächtig: 2, sehenswert: 1, lohnenswert: 2,
  bezaubernd: 3, entzückend: 2, wohltuend: 2, deliziös: 3, vorzüglich: 3, exquisit: 3, heimelig: 2, behaglich: 2,
  hochmodern: 1, stimmig: 1.5, spektakulär: 3, harmonisch: 1.5, bemerkenswert: 2, überwältigend: 3, unvergesslich: 3, tiptop: 3,
  pünktlich: 1, flink: 1, üppig: 1.5, vielseitig: 1, erholt: 2, regional: 0.5,
  indiskutabel: -3, unakzeptabel: -3, skandalös: -3, haarsträubend: -3, dilettantisch: -3, stümperhaft: -3,
  amateurhaft: -2, lausig: -3, lahm: -1.5, träge: -1.5, langsam: -1, schleppend: -2, siffig: -3, ranzig: -3, verkeimt: -3,
  vergilbt: -2, verstaubt: -2, verkalkt: -1.5, rostig: -2, beschädigt: -1.5, zerrissen: -2, durchgesessen: -2,
  klapprig: -1.5, beengt: -1.5, düster: -1.5, trist: -2, miefig: -2, fettig: -2, wässrig: -2, halbgar: -2, verkohlt: -2,
  aufgewärmt: -2, patzig: -2.5, pampig: -2.5, schnippisch: -2, rotzig: -3, grimmig: -1.5, planlos: -2, aufdringlich: -2,
  abstoßend: -3, widerwärtig: -4, unhygienisch: -3, bedenklich: -2, fragwürdig: -2, empört: -3, entsetzt: -3,
  schockiert: -3, fassungslos: -3, lachhaft: -2,
  positiv: 1, kleinlich: -2, zufriedenstellend: 1.5, mäßig: -1.5, vergeblich: -1.5, gestresst: -1.5, gehetzt: -1.5, unzufrieden: -3, frustriert: -2, schwach: -1, schlampig: -3, ungeputzt: -3,
};

const WORDS: Record<string, number> = {
  // praise: nouns, verbs, phrases
  top: 3, hektisch: -1.5, spitze: 3, klasse: 2, bestens: 3, 'alles bestens': 3, beste: 3, besten: 3, bester: 3, bestes: 3,
  bestem: 3, optimal: 2, wow: 2, lob: 2, 'großes lob': 3, 'ein traum': 3, traum: 2, highlight: 2, genuss: 2,
  empfehlen: 2, empfehle: 2, empfehlung: 2, 'zu empfehlen': 2, 'sehr zu empfehlen': 3, weiterempfehlen: 3,
  weiterempfohlen: 3, 'nur empfehlen': 3, 'klare empfehlung': 3, 'absolute empfehlung': 3,
  'gerne wieder': 3, 'gern wieder': 3, 'jederzeit wieder': 3, 'immer wieder gerne': 3, 'kommen wieder': 2,
  'kommen gerne wieder': 3, wiederkommen: 2, 'wieder kommen': 2, 'wieder buchen': 2, 'wieder hier': 1,
  'wohl gefühlt': 3, wohlgefühlt: 3, wohlfühlen: 2, 'fühlten uns wohl': 3, 'fühlt sich wohl': 2,
  wohlfühlhotel: 3, wohlfühlatmosphäre: 3, wohlfühloase: 3, oase: 2, ruheoase: 2,
  gefallen: 2, gefiel: 2, gefällt: 2, genossen: 2, genießen: 2, genial: 3, begeisterung: 2, freude: 2,
  spaß: 2, zufriedenheit: 2, danke: 1, dank: 1, 'vielen dank': 2, 'herzlichen dank': 2, 'lieben dank': 2,
  'nichts auszusetzen': 3, 'keine beanstandungen': 3, 'keine wünsche offen': 3, 'an nichts gefehlt': 3,
  toplage: 3, traumlage: 3, superlage: 3, spitzenlage: 3, bestlage: 3, traumhotel: 3, spitzenhotel: 3,
  tophotel: 3, superhotel: 3, topservice: 3, spitzenservice: 3, superservice: 3, lieblingshotel: 3,
  lieblingsrestaurant: 3, geheimtipp: 3, traumurlaub: 3, traumblick: 3, superfrühstück: 3, topfrühstück: 3,
  'preis leistung stimmt': 3, 'preis-leistung stimmt': 3, 'jeden cent wert': 3, 'seinen preis wert': 2,
  perfektion: 2, gastfreundschaft: 2, herzlichkeit: 3, freundlichkeit: 2,
  sauberkeit: 1, 'alles sauber': 2, 'alles top': 3, 'alles super': 3, 'alles prima': 3, 'alles perfekt': 3, 'hat alles gepasst': 3,
  gepasst: 1, 'hat gepasst': 2, 'passt alles': 2, mmh: 1, lieben: 2, liebten: 2, 'wir kommen wieder': 3,
  // complaint: nouns, verbs, phrases
  enttäuschung: -3, katastrophe: -4, zumutung: -3, frechheit: -3, unverschämtheit: -3, ärger: -2, problem: -1,
  probleme: -1, mangel: -2, mängel: -2, beschwerde: -2, beschwerden: -2, reklamation: -2, reklamiert: -2,
  beschwert: -2, beschweren: -2, lärm: -2, krach: -2, baulärm: -2, straßenlärm: -2, verkehrslärm: -2,
  dreck: -3, schmutz: -3, gestank: -3, stinkt: -3, stank: -3, stinkend: -3, schimmel: -3, kakerlake: -3,
  kakerlaken: -3, ungeziefer: -3, wanzen: -3, abzocke: -4, abzocker: -4, nepp: -3, flop: -3, reinfall: -3,
  geldverschwendung: -4, horror: -3, albtraum: -4, alptraum: -4, desaster: -4, chaos: -2, frust: -2,
  bruchbude: -4, absteige: -3, drecksloch: -4, rattenloch: -4, servicewüste: -3, unfreundlichkeit: -3,
  'nie wieder': -4, 'nicht wieder': -3, 'nie mehr': -3, 'nicht mehr': -1, 'finger weg': -4, 'geht gar nicht': -4, 'never again': -4, 'no way': -2, 'epic fail': -3,
  'auf keinen fall': -2, 'ein witz': -3, 'zum davonlaufen': -3, 'nicht zu empfehlen': -3, 'nicht empfehlenswert': -3,
  'funktionierte nicht': -2, 'funktioniert nicht': -2, 'ging nicht': -1, 'nicht funktioniert': -2,
  'nicht sauber': -3, 'nicht gereinigt': -3, 'nicht geputzt': -3, 'hat gefehlt': -1, 'keine antwort': -2,
  'nicht wert': -3, 'das geld nicht wert': -4, 'nicht gut': -2, 'nicht so gut': -2, 'lässt zu wünschen übrig': -3,
  'zu wünschen übrig': -3, 'hätte besser sein können': -2, 'könnte besser sein': -2, 'luft nach oben': -2,
  leider: -1, schade: -2, bereuen: -2, bereut: -2, abraten: -3, abzuraten: -3, meiden: -3, gestört: -2,
  störte: -2, stört: -1, nervte: -2, ignoriert: -2, vergessen: -1, gewartet: -1, warten: -1,
  wartezeit: -1, fehlte: -1, fehlten: -1, fehlt: -1, vermisst: -1, haare: -1, flecken: -2, schimmelflecken: -3,
  verspätung: -1, überbucht: -2, 'kein wlan': -2, 'kein warmes wasser': -3, 'kein heißes wasser': -3,
  beleidigt: -2, angeschrien: -3, angemotzt: -3, 'keine entschuldigung': -2,
  'nicht einmal': -1, 'nicht mal': -1, mängeln: -2, problemen: -1, enttäuschungen: -3, unfassbar: -1.5, nogo: -3,
  'no go': -3, 'no-go': -3, grauen: -3, pech: -2, ärgern: -2, geärgert: -2, ärgerte: -2, naja: -1.5, 'na ja': -1.5,
  'in die jahre gekommen': -2, 'besseres erlebt': -2, 'schon besser': -1, 'gibt bessere': -2, 'es gibt bessere': -2,
  'mehr erwartet': -2, 'wäre schön gewesen': -2, 'wäre nett gewesen': -2, 'wäre toll gewesen': -2, 'wäre wünschenswert gewesen': -2, 'hätte gut getan': -1.5, 'nicht erfüllt': -2, 'entspricht nicht': -2, 'entsprachen nicht': -2, 'entsprechen nicht': -2,
  'nicht funktionierend': -2, ausgefallen: -1.5, minuspunkt: -1.5, minuspunkte: -1.5, kritikpunkt: -1, manko: -1.5,
  wermutstropfen: -1, überbuchung: -2, staub: -1.5, geruch: -1, gerüche: -1, baustelle: -1, bauarbeiten: -1, gespart: -1,
  'unter aller sau': -4, 'unter aller kanone': -4, 'unterste schublade': -3, dreistigkeit: -3, stundenlang: -1.5, ewig: -1,
  'herz gestohlen': 3, 'zum verlieben': 3, 'zum niederknien': 3, 'ein gedicht': 3, verweigert: -1.5, 'von uns fünf sterne': 3, 'von mir fünf sterne': 3, 'von uns 5 sterne': 3, 'von mir 5 sterne': 3,
  'doppelt abgebuchte': -2, 'doppelt abgebuchten': -2, 'doppelt berechneten': -2, ausfiel: -1, 'lieber woanders': -2.5, 'besser woanders': -2.5, 'leider nur': -2, 'nicht repariert': -2, 'nicht behoben': -2, behoben: 2, 'hier nicht': -1.5, 'gebe zwei sterne': -2, 'gar nicht gut genug': 2.5, 'fünf sterne von uns': 3, 'fünf sterne von mir': 3, 'stimmt etwas nicht': -2, 'stimmt was nicht': -2, 'so klein': -1.5, 'höflich um': 0, 'volle fünf sterne': 3, 'schwer zu erreichen': -2, 'schwer erreichbar': -2, 'wie bittsteller': -3, 'kleiner minuspunkt': -0.5, 'behoben ist': 0, 'behoben wird': 0, 'erstattet bekommen': 1.5, gewarnt: -1.5, gekümmert: 1.5, kümmerte: 1.5, freuen: 1.5, freue: 1.5, freuten: 1.5, abgelehnt: -1.5, übelkeit: -2, bauchschmerzen: -2, 'ganz gut': 1.2, 'ganz nett': 1.2, 'ganz ok': 0.5, 'ganz okay': 0.5,
  nervt: -2, fehlanzeige: -2, 'nichts besonderes': -1.5, 'nicht der rede wert': -2, 'kann man vergessen': -3,
  'kannst du vergessen': -3, 'vergiss es': -2, 'sparen können': -2, 'zum fenster hinaus': -3, 'unter aller kritik': -4,
  'unter aller würde': -3, 'weit entfernt von': -1.5, 'meilenweit entfernt': -2, 'hält nicht was es verspricht': -2.5,
  'hält nicht was sie verspricht': -2.5, 'mehr schein als sein': -3, 'innen pfui': -3, pfui: -3, igitt: -3, 'zum kotzen': -4,
  'zum heulen': -3, bodenlos: -3, übertrieben: -1.5,
  'auf ganzer linie': 2, 'wie zu hause': 2, 'wie daheim': 2, 'mit viel liebe': 2, 'daumen hoch': 3, 'sterne verdient': 3,
  'volle punktzahl': 3, '10 von 10': 3, 'ein muss': 2, 'hält was es verspricht': 2, 'hält was sie verspricht': 2,
  charme: 1.5, loben: 2, 'in den höchsten tönen': 3,
  // talking about reviews is not an opinion about the stay ("trotz der schlechten Bewertungen…")
  'schlechte bewertung': 0, 'schlechten bewertung': 0, 'schlechte bewertungen': 0, 'schlechten bewertungen': 0,
  'negative bewertung': 0, 'negativen bewertung': 0, 'negative bewertungen': 0, 'negativen bewertungen': 0,
  'gute bewertung': 0, 'guten bewertungen': 0, 'gute bewertungen': 0, 'positive bewertungen': 0, fehlgriff: -3, schande: -3, armutszeugnis: -3, trauerspiel: -3, durcheinander: -1.5,
  warteschlange: -1, verspätet: -1, übersehen: -1, mangelte: -1.5, 'klappte nicht': -2, 'hat nicht geklappt': -2,
  reklamieren: -2, reklamierten: -2, beschwerten: -2, stören: -1.5, wahnsinn: 2, weltklasse: 3, extraklasse: 3,
  willkommen: 1.5, mögen: 1, mochten: 1, gelohnt: 2, 'hat sich gelohnt': 2, dankeschön: 1, 'alles geklappt': 2,
  'hat alles geklappt': 2, geklappt: 1, 'große auswahl': 2, 'riesige auswahl': 2, 'gesalzene preise': -2, 'nicht vorhanden': -1.5, 'nicht möglich': -1.5, 'dann doch lieber': -2, 'doppelt berechnet': -2, 'doppelt berechnete': -2, 'doppelt abgebucht': -2, 'falsch berechnet': -2,
  'zu viel berechnet': -2, 'zu viel abgebucht': -2, riecht: -1, roch: -1, rauch: -1, zigarettenrauch: -2, rauchgeruch: -2, 'geht das gar nicht': -4, 'stimmt nix': -2, 'stimmt nichts': -2, 'stimmt nicht': -1.5,
  'sonst nichts': -1.5, 'nur die lage': -2, 'punktet nur': -1.5, erkrankt: -1.5, flexibilität: 1, 'nicht empfehlen': -3,
  'würde ich nicht': -1.5, 'nie wieder buchen': -4, 'nicht nochmal': -2.5, 'nicht noch einmal': -2.5, 'kein zweites mal': -3, fehlen: -1, getrübt: -2, trübt: -1.5, geschlossen: -1, 'funktionierte nur': -1.5,
  'funktioniert nur': -1.5, 'nicht informiert': -1.5, 'nicht buchen': -2, 'wach gelegen': -2, 'wach lag': -2, wachgehalten: -2,
  'nachts wach': -1.5, geschlafen: 0.5, 'nicht geschlafen': -2, 'schlecht geschlafen': -2.5,
  // greetings and sign-offs carry no opinion ("Guten Abend", "Mit freundlichen Grüßen")
  'guten tag': 0, 'guten abend': 0, 'guten morgen': 0, 'gute nacht': 0, 'mit freundlichen grüßen': 0, 'freundliche grüße': 0,
  'mit freundlichem gruß': 0, 'liebe grüße': 0, 'viele grüße': 0, 'beste grüße': 0, 'herzliche grüße': 0, 'schöne grüße': 0, kleinigkeiten: -0.5,
  'in ordnung': 1, 'i.o': 1, okay: 0.5, ok: 0.5, passt: 1, hammer: 2, 'der hammer': 3, luxus: 1, komfort: 1, gefreut: 1,
  'nichts zu meckern': 3, 'nichts zu bemängeln': 3, 'nichts zu beanstanden': 3, 'lohnt sich': 2, lohnt: 1, 'ist es wert': 2,
  'positiv überrascht': 3, stammgast: 1, aufmerksamkeit: 1, gerne: 0.5, gern: 0.5, mangelnd: -2, mangelnder: -2, mangelnde: -2, mangelnden: -2,
};

const INTENSIFIERS: Record<string, number> = {
  sehr: 1.5, extrem: 1.8, total: 1.5, absolut: 1.8, wirklich: 1.3, echt: 1.3, besonders: 1.4, ausgesprochen: 1.5,
  äußerst: 1.8, überaus: 1.6, richtig: 1.3, ziemlich: 1.2, ganz: 1, so: 1.2, zu: 1.2, unglaublich: 1.8,
  mega: 1.6, voll: 1.3, einfach: 1.2, rundum: 1.3, durchweg: 1.3, durchwegs: 1.3, höchst: 1.6, wahnsinnig: 1.7,
  unheimlich: 1.5, enorm: 1.5, außerordentlich: 1.7, sowas: 1.2, recht: 1.1, 'viel zu': 1.6,
  mörderisch: 1.5, verdammt: 1.5, völlig: 1.5, komplett: 1.4, schlichtweg: 1.3, 'sowas von': 1.6, 'so was von': 1.6, 'bis auf': 0.5, einzige: 1.3, nahezu: 0.9, fast: 0.9, eigentlich: 0.5, grundsätzlich: 0.7, zwar: 0.6, 'an sich': 0.6, viele: 1.3, vielen: 1.3, etliche: 1.3, zahlreiche: 1.3,
  etwas: 0.6, bisschen: 0.6, kleine: 0.5, kleinen: 0.5, kleinere: 0.5, kleineren: 0.5, minimale: 0.4, minimalen: 0.4, leichte: 0.6, leichten: 0.6, 'ein bisschen': 0.6, 'ein wenig': 0.6, leicht: 0.7, eher: 0.7, relativ: 0.8,
  teilweise: 0.7, manchmal: 0.7,
};

/** Stems matching any word that starts with them: German compounds ("Traumhotel", "Schimmelbefall"). */
const PREFIXES: Record<string, number> = {
  traum: 2, spitze: 3, super: 2, wohlfühl: 2, lieblings: 2, hervorrag: 3, ausgezeichn: 3, fantast: 3, phantast: 3,
  gemütlich: 2, herzlich: 3, erstklass: 3, empfehlens: 3, weiterempfehl: 3,
  katastroph: -4, enttäusch: -3, ekelhaft: -4, schimmel: -3, schmutz: -3, dreck: -3, horror: -3, lärm: -2, abzock: -4,
  wucher: -3, unfreundlich: -3, unverschämt: -3, unhöflich: -3, verschmutz: -3, abgewohn: -2, heruntergekomm: -3,
  renovierungsbed: -2, überteuer: -3, unzumutbar: -3, inakzeptab: -3, grauenhaft: -4, schrecklich: -3, furchtbar: -3,
};

/** Words the stems above would misread ("Supermarkt" is not praise, "Lärmschutzfenster" is not noise). */
const STEM_EXCEPTIONS: Record<string, number> = {
  supermarkt: 0, supermärkte: 0, superior: 0, supermarkts: 0, lärmschutz: 0, lärmschutzfenster: 0, lärmschutzfenstern: 0,
  dreckwäsche: 0, traumatisch: -2, schimmelfrei: 1,
};

const NEGATORS = ['nicht', 'nix', 'niemand', 'wenig', 'kein', 'keine', 'keinen', 'keiner', 'keines', 'keinem', 'nie', 'niemals', 'nichts', 'ohne', 'weder', 'kaum', 'nirgends', 'nirgendwo'];
const CONTRAST = ['aber', 'doch', 'jedoch', 'allerdings', 'dennoch', 'trotzdem', 'sondern', 'dafür', 'nur leider'];

function expandKeys(map: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(map)) for (const form of spellings(k)) out[form] = v;
  return out;
}

const polarity: PolarityLexicon = {
  lang: 'de',
  discourse: {
    resolution: [
      'ruckerstattet', 'zuruckerstattet', 'gutgeschrieben', 'zuruckgezahlt', 'zuruckuberwiesen', 'entschuldigt', 'behoben', 'repariert',
      'ausgetauscht', 'ersetzt', 'eingebaut', 'umgebucht', 'umquartiert', 'aufs haus', 'nicht berechnet', 'nicht in rechnung gestellt',
      'nachgebessert', 'beseitigt', 'gelost', 'erlassen', 'entschadigt', 'kostenlos upgrade', 'upgrade bekommen', 'ein anderes zimmer gegeben',
    ],
    unprompted: [
      'von sich aus', 'ohne dass', 'ohne zu fragen', 'ohne nachfrage', 'unaufgefordert', 'ungefragt', 'sofort', 'umgehend', 'unverzuglich',
      'ohne aufforderung', 'auf eigene initiative', 'kulant', 'unkompliziert',
    ],
    update: ['update', 'nachtrag', 'edit', 'erganzung', 'aktualisierung'],
    hearsay: ['gelesen', 'gehort', 'bewertungen', 'rezensionen', 'angeblich', 'geruchte', 'hiess es', 'laut bewertungen'],
    contradiction: ['im gegenteil', 'ganz im gegenteil', 'stattdessen', 'entgegen', 'anders als'],
    reservation: [
      'einziger nachteil', 'einziges manko', 'kleines manko', 'einziger kritikpunkt', 'kleiner kritikpunkt', 'einziges minus', 'kleines minus',
      'einziger minuspunkt', 'kleiner minuspunkt', 'kleiner wermutstropfen', 'einziger wermutstropfen', 'einziges problem', 'kleiner makel',
      'einziger makel', 'einziges aber', 'kleines aber', 'einziger negativpunkt', 'kleiner negativpunkt', 'jammern auf hohem niveau',
      'meckern auf hohem niveau', 'einziger schwachpunkt', 'kleiner schonheitsfehler', 'einziger schonheitsfehler',
    ],
    // German puts the praise inside the unreal past ('wäre schön gewesen'): those are lexicon phrases; these open it
    counterfactual: ['ware es'],
    balance: ['zwiegespalten', 'gemischte gefuhle', 'gemischten gefuhlen', 'gemischter eindruck', 'licht und schatten', 'hin und hergerissen', 'geteilter meinung', 'durchwachsen'],
    simile: ['wie'],
    lowComparison: ['schuhsohle', 'schuhsohlen', 'gummi', 'pappe', 'karton', 'beton', 'stein', 'ziegelstein', 'backstein', 'gefangnis', 'gefangniszelle', 'zelle', 'sauna', 'kuhlschrank', 'gefriertruhe', 'backofen', 'iglu', 'schuhkarton', 'besenkammer', 'abstellkammer', 'spulwasser', 'schwamm', 'krankenhaus', 'baustelle', 'bahnhofshalle', 'autobahn', 'zoo', 'sardinenbuchse', 'kantine', 'kleister', 'plastik', 'kerker', 'kriegsgebiet', 'leder'],
    concession: ['zugegeben', 'zugegebenermassen', 'fairerweise', 'ich verstehe', 'verstandlich', 'schon klar', 'regeln sind regeln', 'zu ihrer verteidigung', 'das mag sein'],
    loss: ['verloren', 'einbehalten', 'abgebucht', 'kassiert', 'trotzdem berechnet', 'voll berechnet'],
    money: ['euro', 'cent', 'franken'],
  },
  words: { ...expandLexicon(WORDS, ADJECTIVES), ...expandKeys(STEM_EXCEPTIONS) },
  prefixes: expandKeys(PREFIXES),
  intensifiers: expandKeys(INTENSIFIERS),
  negators: [...new Set(NEGATORS.flatMap(spellings))],
  contrast: [...new Set(CONTRAST.flatMap(spellings))],
};

export default polarity;
