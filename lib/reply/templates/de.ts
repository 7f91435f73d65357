/**
 * German reply templates (Sie-Form). Aspect phrases and {visit} are in the ACCUSATIVE ("den Lärm",
 * "Ihren Aufenthalt"); wordings put them only in accusative slots: direct object, "über", "für", "auf",
 * "an", "rund um", "betreffend", "was … angeht/betrifft". Sign-offs carry no comma, as in German letters.
 */
import type { LanguageTemplates } from './types';

export const de: LanguageTemplates = {
  lang: 'de',
  and: ' und ',
  visit: { hotel: 'Ihren Aufenthalt', restaurant: 'Ihren Besuch', unknown: 'Ihren Besuch' },
  team: { withEstablishment: 'Das Team von {establishment}', alone: 'Ihr Gastgeberteam' },
  aspects: {
    cleanliness: { positive: ['die Sauberkeit', 'die Sorgfalt unseres Housekeepings'], negative: ['die Sauberkeit', 'den Zustand der Räumlichkeiten'] },
    noise: { positive: ['die ruhige Lage', 'die Ruhe im Haus'], negative: ['den Lärm', 'die Lärmbelästigung'] },
    staff: { positive: ['unser Team', 'die Freundlichkeit unseres Teams'], negative: ['das Verhalten unseres Teams', 'den Empfang durch unser Team'] },
    breakfast: { positive: ['unser Frühstück', 'das Frühstück'], negative: ['das Frühstück', 'unser Frühstück'] },
    food: { positive: ['unsere Küche', 'die Gerichte unseres Küchenteams'], negative: ['das Essen', 'die servierten Gerichte'] },
    room: { positive: ['Ihr Zimmer', 'den Komfort Ihres Zimmers'], negative: ['Ihr Zimmer', 'den Zustand des Zimmers'] },
    bed: { positive: ['das Bett', 'den Schlafkomfort'], negative: ['das Bett', 'den Schlafkomfort'] },
    bathroom: { positive: ['das Badezimmer'], negative: ['das Badezimmer', 'den Zustand des Badezimmers'] },
    climate: { positive: ['die Klimaanlage', 'die Raumtemperatur'], negative: ['die Raumtemperatur', 'Heizung und Klimaanlage'] },
    wifi: { positive: ['das WLAN'], negative: ['das WLAN', 'die Internetverbindung'] },
    location: { positive: ['unsere Lage', 'die Lage des Hauses'], negative: ['die Lage', 'unsere Lage'] },
    price: { positive: ['das Preis-Leistungs-Verhältnis', 'unsere Preise'], negative: ['das Preis-Leistungs-Verhältnis', 'unsere Preise'] },
    check_in: { positive: ['den Empfang bei Ihrer Ankunft', 'den Check-in'], negative: ['Ihre Ankunft', 'den Check-in'] },
    parking: { positive: ['die Parkmöglichkeiten'], negative: ['die Parksituation', 'die Parkmöglichkeiten'] },
    pool: { positive: ['den Pool'], negative: ['den Pool', 'den Poolbereich'] },
    view: { positive: ['die Aussicht'], negative: ['die Aussicht'] },
    service: { positive: ['unseren Service', 'den Service'], negative: ['den Service', 'die Servicequalität'] },
    wait: { positive: ['den schnellen Service'], negative: ['die Wartezeit', 'die Wartezeiten'] },
    drinks: { positive: ['unsere Getränke', 'die Getränkekarte'], negative: ['die Getränke'] },
    spa: { positive: ['unseren Spa', 'den Wellnessbereich'], negative: ['den Spa', 'den Wellnessbereich'] },
  },
  allegations: {
    fraud_accusation: 'die Abrechnung',
    theft_accusation: 'Ihre persönlichen Gegenstände',
    health_hazard: 'die Hygiene',
    discrimination: 'die Gleichbehandlung aller Gäste',
  },
  shared: {
    greeting: {
      warm: ['Hallo {name},', 'Guten Tag {name},', 'Hallo und guten Tag, {name},'],
      formal: ['Guten Tag {name},', 'Guten Tag, {name},'],
    },
    greetingNeutral: {
      warm: ['Hallo,', 'Guten Tag,'],
      formal: ['Sehr geehrte Damen und Herren,', 'Sehr geehrter Gast,'],
    },
    signOff: {
      warm: ['Herzliche Grüße', 'Viele Grüße', 'Beste Grüße', 'Freundliche Grüße'],
      formal: ['Mit freundlichen Grüßen', 'Freundliche Grüße', 'Mit besten Grüßen', 'Mit freundlichem Gruß'],
    },
    thanksFeedback: {
      warm: [
        '[Vielen Dank|Herzlichen Dank|Danke], dass Sie sich die Zeit genommen haben, über {visit} zu [schreiben|berichten].',
        'Herzlichen Dank für Ihre [ausführliche|detaillierte|offene] Bewertung, die wir [aufmerksam|sehr aufmerksam|sorgfältig] gelesen haben.',
        '[Danke|Vielen Dank], dass Sie Ihre [Erfahrungen|Eindrücke] mit uns teilen.',
        'Vielen Dank für Ihre offenen Worte – solche Rückmeldungen sind für unser [ganzes Team|gesamtes Team|Team] [wertvoll|wichtig|sehr hilfreich].',
        'Danke, dass Sie sich die Mühe gemacht haben, {establishment} zu bewerten.',
        'Danke, dass Sie Ihre [Erfahrungen|Eindrücke] für uns in Worte gefasst haben.',
        'Ihre [Nachricht|Bewertung] ist bei uns angekommen – danke, dass Sie [sie geschrieben haben|sich die Zeit genommen haben].',
        'Danke für Ihre [Zeilen|Nachricht|Rückmeldung]: Jede Bewertung [zählt für uns|ist uns wichtig|hilft uns weiter].',
        'Wir wissen die Zeit [zu schätzen|sehr zu schätzen], die Sie sich für [diese Bewertung|Ihre Zeilen] genommen haben.',
      ],
      formal: [
        'Wir danken Ihnen, dass Sie sich die Zeit genommen haben, Ihre Erfahrungen mit uns zu teilen.',
        'Vielen Dank für Ihre Bewertung, die wir mit großer Aufmerksamkeit gelesen haben.',
        'Wir bedanken uns für Ihre Rückmeldung über {visit}.',
        'Wir haben Ihre Nachricht erhalten und danken Ihnen dafür.',
        'Vielen Dank, dass Sie sich einige Minuten Zeit genommen haben, um {establishment} zu bewerten.',
        "Wir bestätigen den Eingang Ihres Kommentars und danken Ihnen dafür.",
        "Wir danken Ihnen für die Zeit, die Sie dieser Bewertung gewidmet haben.",
      ],
    },
    praise: {
      warm: [
        'Es freut uns [sehr|riesig|ganz besonders], dass Sie {praised} [genossen haben|so geschätzt haben].',
        'Ihr Lob für {praised} geben wir [sehr gern|mit Freude|gern] an das [ganze Team|gesamte Team] weiter.',
        'Ihre [freundlichen|netten|lobenden] Worte über {praised} haben uns [sehr gefreut|den Tag versüßt|wirklich gefreut].',
        '[Schön|Wunderbar] zu lesen, dass Sie {praised} so gelungen fanden.',
        'Dass Sie {praised} in so [guter|schöner] Erinnerung behalten, bedeutet uns [sehr viel|wirklich viel].',
        'Ihre Worte über {praised} geben wir mit Freude an [die Verantwortlichen|die Kolleginnen und Kollegen] weiter.',
      ],
      formal: [
        'Es freut uns, dass Sie {praised} zu schätzen wussten.',
        'Ihr Lob für {praised} leiten wir an das Team weiter.',
        'Mit Freude lesen wir Ihre Anerkennung für {praised}.',
        'Für Ihre lobenden Worte über {praised} danken wir Ihnen herzlich.',
        "Ihre Anerkennung für {praised} teilen wir mit dem gesamten Personal.",
        "Ihr positives Urteil über {praised} ehrt uns.",
      ],
    },
    private: {
      warm: [
        'Wenn Sie möchten, schreiben Sie uns gern an {contact}, dann können wir [ausführlicher|in Ruhe|persönlich] darüber sprechen.',
        'Melden Sie sich gern direkt unter {contact}, damit wir [alles|jeden Punkt] gemeinsam besprechen können.',
        'Wir würden uns freuen, [mit Ihnen darüber zu sprechen|das mit Ihnen zu besprechen]: Sie erreichen uns unter {contact}.',
        'Am einfachsten besprechen wir das direkt – unter {contact}.',
      ],
      formal: [
        'Wir laden Sie ein, uns direkt unter {contact} zu kontaktieren, um dies ausführlicher zu besprechen.',
        'Für weitere Details ist unsere Direktion unter {contact} erreichbar.',
        'Unter {contact} stehen wir Ihnen gern zur Verfügung, um diese Punkte mit Ihnen zu klären.',
        'Schreiben Sie uns gern an {contact}; wir antworten Ihnen persönlich.',
      ],
    },
    privateGeneric: {
      warm: [
        'Wenn Sie möchten, melden Sie sich gern direkt bei uns, dann können wir [ausführlicher|in Ruhe|persönlich] darüber sprechen.',
        '[Kontaktieren Sie uns|Schreiben Sie uns] gern direkt, damit wir [alles|jeden Punkt] gemeinsam besprechen können.',
        'Wir würden uns freuen, [persönlich|direkt|in Ruhe] mit Ihnen darüber zu sprechen.',
        'Am einfachsten besprechen wir das direkt – unsere Tür steht Ihnen [offen|jederzeit offen].',
        'Unser [ganzes|gesamtes] Team ist gern für Sie da, wenn Sie [darüber sprechen|das besprechen] möchten.',
      ],
      formal: [
        'Wir laden Sie ein, sich direkt an unsere Direktion zu wenden, um dies ausführlicher zu besprechen.',
        'Für ein persönliches Gespräch über diese Punkte stehen wir Ihnen gern zur Verfügung.',
        'Für weitere Details kontaktieren Sie uns bitte direkt; wir antworten Ihnen persönlich.',
        'Wir würden dieses Gespräch gern direkt fortsetzen und bitten Sie, sich bei uns zu melden.',
      ],
    },
    closingWelcome: {
      warm: [
        'Wir hoffen, Sie [bald|schon bald|recht bald] wieder bei uns begrüßen zu dürfen.',
        'Wir freuen uns schon [auf ein Wiedersehen|auf Ihren nächsten Besuch|jetzt auf ein Wiedersehen].',
        'Es wäre uns eine Freude, Sie wieder bei uns willkommen zu heißen.',
        'Hoffentlich sehen wir uns [bald|schon bald|recht bald] wieder.',
        'Bis hoffentlich [bald|ganz bald]!',
        'Wir freuen uns, Sie wiederzusehen, wann immer Sie [möchten|Lust haben|in der Gegend sind].',
        'Schauen Sie gern wieder vorbei, [wann immer Ihnen danach ist|sobald es Ihnen passt|wenn Sie wieder in der Gegend sind]!',
        'Unsere Tür steht Ihnen [immer|jederzeit] offen, und wir [hoffen|würden uns freuen], Sie [bald|eines Tages] wieder [begrüßen zu dürfen|bei uns zu sehen].',
      ],
      formal: [
        'Wir würden uns freuen, Sie erneut bei uns begrüßen zu dürfen.',
        'Wir hoffen, Sie bei einem nächsten Besuch wieder willkommen heißen zu dürfen.',
        'Gern heißen wir Sie in Zukunft wieder bei uns willkommen.',
        'Wir würden uns über die Gelegenheit freuen, Sie erneut bei uns zu empfangen.',
        "Es wird uns eine Freude sein, Sie bei einer nächsten Gelegenheit zu empfangen.",
        "Für Ihren nächsten Besuch stehen wir Ihnen gern zur Verfügung.",
      ],
    },
    closingNeutral: {
      warm: [
        'Nochmals vielen Dank für Ihre [Nachricht|Zeilen].',
        'Danke nochmals, dass Sie uns [geschrieben haben|diese Nachricht geschickt haben].',
        'Wir wünschen Ihnen [alles Gute|alles Gute für die Zukunft].',
        'Einen [schönen|angenehmen] [Tag|Abend|Wochenstart] wünschen wir Ihnen.',
        'Genießen Sie den [restlichen Tag|Rest der Woche].',
        'Nochmals danke für Ihre [Rückmeldung|Nachricht|Zeit].',
        'Passen Sie gut auf sich auf[| und bis bald].',
        'Danke für Ihre [Aufmerksamkeit|Geduld|Nachsicht].',
      ],
      formal: [
        'Vielen Dank für Ihr Verständnis.',
        'Wir danken Ihnen nochmals für Ihre Nachricht.',
        'Wir wünschen Ihnen [alles Gute|alles Gute für die Zukunft].',
        'Wir danken Ihnen für Ihre Geduld.',
        "Mit unseren besten Wünschen.",
        "Wir danken Ihnen für die Aufmerksamkeit, die Sie dieser Antwort schenken.",
        "Wir verbleiben mit bestem Dank für Ihre Aufmerksamkeit.",
      ],
    },
  },
  strategies: {
    thank: {
      // the praise slot when no aspect was found: glad they enjoyed the visit, without naming anything
      praiseGeneric: {
        warm: [
          'Es freut uns [sehr|riesig|ganz besonders], dass Sie {visit} so genossen haben.',
          'Zu wissen, dass Sie {visit} genossen haben, bedeutet unserem [ganzen|gesamten] Team [viel|sehr viel].',
          'Nichts freut uns mehr als Gäste, die [zufrieden|glücklich|rundum zufrieden] nach Hause gehen.',
          'Ihre Zufriedenheit ist [unsere schönste Belohnung|unser größter Ansporn|das, wofür unser Team jeden Tag arbeitet].',
        ],
        formal: [
          'Es freut uns [sehr|außerordentlich], dass Sie {visit} als angenehm empfunden haben.',
          'Ihre Zufriedenheit ist [für uns die schönste Anerkennung|der beste Lohn für unser Team].',
          'Wir freuen uns [sehr|aufrichtig], dass Sie {visit} geschätzt haben.',
          'Nichts ist für unser Team [erfreulicher|wertvoller] als die Zufriedenheit unserer Gäste.',
        ],
      },
      thanksPraise: {
        warm: [
          'Ganz herzlichen Dank für diese [wunderbare|schöne|großartige] Bewertung – sie hat unser ganzes Team [zum Lächeln gebracht|sehr gefreut].',
          '[Vielen Dank|Herzlichen Dank|Tausend Dank], dass Sie sich die Zeit genommen haben, so [positiv|begeistert|freundlich] über {visit} zu berichten.',
          'Was für eine Freude, Ihre [Zeilen|Bewertung|netten Worte] zu lesen! Herzlichen Dank von [uns allen|unserem ganzen Team].',
          'Tausend Dank für Ihre [herzlichen|freundlichen|lieben] Worte über {visit}.',
          'Ihre Bewertung hat uns den Tag [versüßt|verschönert] – danke, dass Sie sich die Zeit genommen haben.',
          'Danke für diese [schöne|herzliche|tolle] Rückmeldung, die für unser Team genau zur richtigen Zeit kommt.',
          'Eine Bewertung wie Ihre ist die schönste Belohnung[| für uns| für unser Team] – danke!',
          'Von Herzen danke, dass Sie eine so [schöne|positive] Erinnerung an {visit} mit uns teilen.',
          'Ihr Lob geben wir [sehr gerne|mit Freude] an das [ganze|gesamte] Team weiter – vielen Dank!',
          'Über Ihre [freundlichen|herzlichen] Zeilen haben wir uns ganz besonders gefreut.',
          "Solche Rückmeldungen lesen wir besonders gern. Haben Sie vielen Dank!",
          'Danke, dass Sie Ihre [Begeisterung|Freude] mit anderen Gästen teilen.',
        ],
        formal: [
          'Wir danken Ihnen herzlich für Ihre ausgezeichnete Bewertung.',
          'Vielen Dank, dass Sie sich die Zeit genommen haben, eine so positive Bewertung über {visit} zu schreiben.',
          'Mit großer Freude haben wir Ihre Bewertung gelesen und danken Ihnen dafür.',
          'Ihre Anerkennung ehrt uns, und wir danken Ihnen sehr.',
          "Wir danken Ihnen sehr für diese äußerst positive Rückmeldung.",
          "Mit großer Zufriedenheit haben wir Ihre Bewertung zur Kenntnis genommen.",
          "Vielen Dank, dass Sie sich die Mühe gemacht haben, Ihre Eindrücke über {visit} zu teilen.",
        ],
      },
      reservation: {
        warm: [
          'Ihren Hinweis auf {concerns} haben wir ebenfalls notiert und an das Team weitergegeben.',
          'Danke auch für Ihre Anmerkung über {concerns} – wir haben sie an die zuständigen Kollegen weitergeleitet.',
          'Ihre kleine Einschränkung betreffend {concerns} haben wir gern mit dem Team geteilt.',
          'Und danke für Ihre offenen Worte über {concerns} – wir haben im Team darüber gesprochen.',
        ],
        formal: [
          'Ihren Hinweis auf {concerns} haben wir ebenfalls zur Kenntnis genommen und an die zuständige Abteilung weitergeleitet.',
          'Ihre Anmerkung über {concerns} wurde an das zuständige Team weitergegeben.',
          'Auch Ihren Kommentar über {concerns} haben wir aufmerksam notiert.',
          'Ihre Anmerkung betreffend {concerns} hat ebenfalls unsere Aufmerksamkeit gefunden.',
        ],
      },
    },
    acknowledge_and_fix: {
      acknowledge: {
        warm: [
          'Wir haben gelesen, was Sie über {concerns} schreiben, und verstehen Ihre Enttäuschung[| sehr gut| voll und ganz].',
          'Ihre Anmerkungen über {concerns} haben uns nachdenklich gemacht, und wir nehmen sie sehr ernst.',
          'Was Sie über {concerns} berichten, entspricht nicht dem, was wir unseren Gästen bieten möchten.',
          'Ihre Rückmeldung über {concerns} ist [wertvoll|wichtig] für uns, auch wenn sie nicht angenehm zu lesen ist.',
        ],
        formal: [
          'Ihre Hinweise auf {concerns} haben wir zur Kenntnis genommen, und wir verstehen Ihre Unzufriedenheit.',
          'Ihre Anmerkungen über {concerns} haben unsere volle Aufmerksamkeit.',
          'Was Sie über {concerns} schildern, entspricht nicht dem Standard, den wir bieten möchten.',
          'Wir nehmen Ihre Kommentare über {concerns} sehr ernst.',
        ],
      },
      acknowledgeGeneric: {
        warm: [
          'Wir verstehen Ihre Enttäuschung, nachdem wir Ihre Zeilen gelesen haben.',
          'Ihre Anmerkungen haben uns nachdenklich gemacht, und wir nehmen sie sehr ernst.',
          'Was Sie beschreiben, entspricht nicht dem, was wir unseren Gästen bieten möchten.',
          'Ihre Rückmeldung ist nicht angenehm zu lesen, aber sie ist wertvoll für uns.',
        ],
        formal: [
          'Ihre Hinweise haben wir zur Kenntnis genommen, und wir verstehen Ihre Unzufriedenheit.',
          'Ihre Anmerkungen haben unsere volle Aufmerksamkeit.',
          'Was Sie schildern, entspricht nicht dem Standard, den wir bieten möchten.',
          'Wir nehmen jeden einzelnen Punkt, den Sie ansprechen, sehr ernst.',
        ],
      },
      apology: {
        warm: [
          'Es tut uns [aufrichtig|wirklich] leid, dass wir Ihre Erwartungen nicht erfüllen konnten.',
          'Bitte entschuldigen Sie diese Enttäuschung.',
          'Für die Unannehmlichkeiten möchten wir uns entschuldigen.',
          'Wir bedauern [sehr|aufrichtig], dass Sie diesen Eindruck mitgenommen haben.',
        ],
        formal: [
          'Bitte nehmen Sie unsere aufrichtige Entschuldigung für diese Enttäuschung an.',
          'Wir bedauern sehr, dass wir Ihre Erwartungen an {visit} nicht erfüllt haben.',
          'Wir entschuldigen uns für die Unannehmlichkeiten, die Sie erlebt haben.',
          'Es tut uns leid, dass Ihre Erfahrung nicht unserem Anspruch entsprochen hat.',
        ],
      },
      action: {
        warm: [
          'Wir haben Ihre Anmerkungen an das zuständige Team weitergegeben, damit sie [genau|sorgfältig] geprüft werden.',
          'Ihre Rückmeldung haben wir mit dem Team geteilt, um daraus zu lernen.',
          'Wir haben mit den [betreffenden|zuständigen] Kollegen darüber gesprochen, um zu sehen, was sich verbessern lässt.',
          'Ihre Nachricht wurde intern weitergeleitet und hilft uns, besser zu werden.',
        ],
        formal: [
          'Ihre Hinweise wurden zur Prüfung an die zuständigen Abteilungen weitergeleitet.',
          'Wir haben Ihre Rückmeldung mit dem zuständigen Team geteilt, um die nötigen Schlüsse zu ziehen.',
          'Diese Punkte werden mit den zuständigen Teams sorgfältig geprüft.',
          'Ihre Nachricht wurde intern weitergegeben, um mögliche Verbesserungen zu ermitteln.',
        ],
      },
    },
    investigate_then_reply: {
      acknowledge: {
        warm: [
          'Was Sie über {concerns} [berichten|schildern], ist ernst, und so behandeln wir es auch.',
          'Wir nehmen [sehr|äußerst] ernst, was Sie über {concerns} schildern.',
          'Was Sie über {concerns} schreiben, verdient unsere [volle|ganze] Aufmerksamkeit.',
          'Ihren Bericht über {concerns} haben wir mit [größter|großer] Aufmerksamkeit gelesen.',
        ],
        formal: [
          'Die Vorgänge, die Sie in Bezug auf {concerns} schildern, sind ernst, und wir behandeln sie entsprechend.',
          'Wir messen Ihrem Hinweis auf {concerns} größte Bedeutung bei.',
          'Ihre Schilderung betreffend {concerns} hat unsere volle Aufmerksamkeit.',
          'Die Punkte, die Sie über {concerns} ansprechen, nehmen wir sehr ernst.',
        ],
      },
      acknowledgeGeneric: {
        warm: [
          'Was Sie [berichten|schildern], ist ernst, und so behandeln wir es auch.',
          'Wir nehmen [sehr|äußerst] ernst, was Sie schildern.',
          'Ihren Bericht haben wir mit [größter|großer] Aufmerksamkeit gelesen.',
          'Ihre Nachricht hat uns aufhorchen lassen, und wir nehmen sie [nicht auf die leichte Schulter|sehr ernst].',
        ],
        formal: [
          'Die Vorgänge, die Sie schildern, sind ernst, und wir behandeln sie entsprechend.',
          'Wir messen Ihrem Hinweis größte Bedeutung bei.',
          'Ihre Schilderung hat unsere volle Aufmerksamkeit.',
          'Die Punkte, die Sie ansprechen, nehmen wir nicht auf die leichte Schulter.',
        ],
      },
      apology: {
        warm: [
          'Es tut uns [leid|aufrichtig leid], dass Sie mit einem solchen Gefühl auf {visit} zurückblicken.',
          'Wir bedauern [aufrichtig|sehr], dass Sie es so erlebt haben.',
          'Mit einem solchen Eindruck zu gehen, ist sehr unangenehm, und das tut uns [leid|wirklich leid].',
          'Es betrübt uns [wirklich|sehr], dass Sie {visit} so in Erinnerung behalten.',
        ],
        formal: [
          'Wir bedauern aufrichtig, dass Sie {visit} in dieser Weise erlebt haben.',
          'Es tut uns leid, dass Ihre Erfahrung ein solches Gefühl bei Ihnen hinterlassen hat.',
          'Wir verstehen, dass diese Situation Sie belastet haben mag, und bedauern das.',
          'Das Unbehagen, das Sie zum Ausdruck bringen, bedauern wir aufrichtig.',
        ],
      },
      action: {
        warm: [
          'Wir prüfen jeden Punkt mit den [beteiligten Personen|Beteiligten], um genau zu verstehen, was geschehen ist.',
          'Wir gehen der [Sache|Angelegenheit] gerade Punkt für Punkt nach.',
          'Wir prüfen den Vorgang im Detail, bevor wir Ihnen eine [vollständige|genaue] Antwort geben.',
          'Wir sprechen mit den Beteiligten, denn wir möchten [verstehen|genau verstehen], was passiert ist.',
        ],
        formal: [
          'Eine interne Prüfung ist eingeleitet, um den Sachverhalt genau festzustellen.',
          'Wir prüfen derzeit jeden Punkt mit den zuständigen Teams.',
          'Wir nehmen die nötigen Überprüfungen vor, bevor wir Ihnen eine ausführliche Antwort geben.',
          'Diese Punkte werden von uns sorgfältig untersucht.',
        ],
      },
      private: {
        warm: [
          'Damit wir der Sache auf den Grund gehen können: Würden Sie uns unter {contact} die Einzelheiten über {visit} schreiben?',
          'Damit wir gemeinsam weiterkommen, melden Sie sich bitte unter {contact}.',
          'Schreiben Sie uns an {contact} – jedes Detail hilft uns zu verstehen, was passiert ist.',
          'Wir würden das gern direkt mit Ihnen besprechen: Sie erreichen uns unter {contact}.',
        ],
        formal: [
          'Damit wir dies mit der gebotenen Sorgfalt prüfen können, bitten wir Sie, uns unter {contact} zu kontaktieren.',
          'Wir wären Ihnen dankbar, wenn Sie uns alle hilfreichen Angaben an {contact} senden könnten.',
          'Wir laden Sie ein, sich unter {contact} an unsere Direktion zu wenden, um den Sachverhalt zu besprechen.',
          'Jede Angabe, die Sie uns an {contact} schicken, ist uns eine Hilfe.',
        ],
      },
      privateGeneric: {
        warm: [
          'Damit wir der Sache auf den Grund gehen können, melden Sie sich bitte direkt mit den Einzelheiten über {visit} bei uns.',
          'Damit wir gemeinsam weiterkommen, [schreiben Sie uns|kontaktieren Sie uns] bitte direkt.',
          'Melden Sie sich gern direkt bei uns – jedes Detail hilft uns [zu verstehen, was passiert ist|weiter].',
          'Wir würden das gern direkt mit Ihnen besprechen, [außerhalb dieser Seite|ganz persönlich].',
        ],
        formal: [
          'Damit wir dies mit der gebotenen Sorgfalt prüfen können, bitten wir Sie, sich direkt an unsere Direktion zu wenden.',
          'Wir wären Ihnen dankbar, wenn Sie uns alle hilfreichen Angaben direkt zukommen ließen.',
          'Wir laden Sie ein, sich an unsere Direktion zu wenden, um den Sachverhalt zu besprechen.',
          'Jede Angabe, die Sie uns direkt zukommen lassen, ist uns eine Hilfe.',
        ],
      },
    },
    firm_and_factual: {
      facts: {
        warm: [
          'Damit alle Leser das vollständige Bild haben, hier unsere Feststellungen: {facts}',
          'Wir möchten lediglich einige sachliche Punkte ergänzen: {facts}',
          'Aus Fairness gegenüber künftigen Gästen hier die Fakten, wie sie uns vorliegen: {facts}',
        ],
        formal: [
          'Der Richtigkeit halber möchten wir Folgendes klarstellen: {facts}',
          'Damit sich die Leser ein vollständiges Bild machen können, hier der Sachverhalt aus unserer Sicht: {facts}',
          'Erlauben Sie uns, folgende Fakten festzuhalten: {facts}',
        ],
      },
      wayOut: {
        warm: [
          'Wir [verstehen|können verstehen], dass die Situation für Sie in dem Moment anders ausgesehen haben mag.',
          'Ein Missverständnis ist immer möglich, und wir zweifeln nicht daran, dass Ihr [Eindruck aufrichtig war|Ärger echt war].',
          'Wir können [nachvollziehen|verstehen], dass sich die Dinge aus Ihrer Sicht anders angefühlt haben.',
          '[Jeder|Jeder Mensch] kann dieselbe Situation [unterschiedlich|anders] erleben, und wir respektieren Ihre [Sichtweise|Meinung].',
          'Wir akzeptieren [gern|ohne Weiteres], dass Sie die Situation anders [wahrgenommen|erlebt] haben.',
        ],
        formal: [
          'Wir verstehen, dass sich die Umstände für Sie anders dargestellt haben mögen.',
          'Es ist gut möglich, dass ein Missverständnis hinter dieser unterschiedlichen Sichtweise steht.',
          'Die Aufrichtigkeit Ihres Eindrucks stellen wir nicht in Frage.',
        ],
      },
      closingFirm: {
        warm: [
          'Öffentlich möchten wir es dabei belassen, doch unsere Tür [bleibt|steht weiterhin] offen.',
          'Für uns ist die [Angelegenheit|Sache] damit [geklärt|erledigt].',
          'Wir werden [den Austausch|die Diskussion] [auf dieser Seite|hier|öffentlich] nicht fortsetzen.',
          'Mehr [möchten|wollen] wir öffentlich zu diesem Thema nicht [sagen|ergänzen].',
          'Wir ziehen es vor, diesen Austausch nicht öffentlich [fortzuführen|zu verlängern|weiterzuführen].',
        ],
        formal: [
          'Wir betrachten diese Angelegenheit hiermit an dieser Stelle als abgeschlossen.',
          'Öffentlich werden wir dem nichts weiter hinzufügen.',
          'Mit diesen Klarstellungen schließen wir den öffentlichen Austausch hier ab.',
        ],
      },
    },
    defuse_with_humor: {
      humor: {
        warm: [
          'Wir geben es zu: Was {concerns} angeht, waren wir offensichtlich nicht in [Bestform|Hochform|Topform].',
          'Was {concerns} betrifft, bekennen wir uns schuldig – [ganz ohne Ausreden|ohne mildernde Umstände].',
          'Für {concerns} gilt: Das war nicht unsere [Glanzleistung|Sternstunde], und das ärgert uns selbst am meisten.',
          'Für {concerns} haben wir offensichtlich noch ein [kleines|gutes] Stück Weg bis zur Perfektion vor uns.',
          'Was {concerns} angeht, war das [offensichtlich|eindeutig] nicht unser Tag, und das geben wir [gern|offen] zu.',
        ],
        formal: [
          'Was {concerns} betrifft, müssen wir einräumen, dass wir nicht in Bestform waren.',
          'Was {concerns} angeht, gestehen wir mit einem Augenzwinkern ein, dass wir das Ziel verfehlt haben.',
          'Für {concerns} gilt: Die Perfektion ist uns diesmal sichtlich entwischt.',
        ],
      },
      humorGeneric: {
        warm: [
          'Wir geben es zu: Diesmal waren wir offensichtlich nicht in [Bestform|Hochform|Topform].',
          'Wir bekennen uns schuldig – [ganz ohne Ausreden|ohne mildernde Umstände].',
          'Sagen wir so: Das war nicht unsere [Glanzleistung|Sternstunde], und das ärgert uns selbst am meisten.',
          'Das war [offensichtlich|eindeutig] nicht unser Tag, und das geben wir [gern|offen] zu.',
        ],
        formal: [
          'Wir müssen einräumen, dass wir diesmal nicht in Bestform waren.',
          'Wir gestehen mit einem Augenzwinkern ein, dass wir das Ziel verfehlt haben.',
          'Die Perfektion ist uns diesmal sichtlich entwischt.',
        ],
      },
      action: {
        warm: [
          '[Aber im Ernst|Spaß beiseite|Ernsthaft gesagt]: Ihre Anmerkungen haben wir an das [zuständige Team|ganze Team] weitergegeben.',
          '[Spaß beiseite|Scherz beiseite], wir haben Ihre Rückmeldung mit dem [Team|ganzen Team] geteilt.',
          'Ganz im Ernst: Ihre Nachricht wurde intern weitergeleitet, damit wir es [besser machen|künftig besser machen].',
          '[Humor beiseite|Bei allem Humor]: Wir nehmen Ihre Anmerkungen ernst und [haben im Team darüber gesprochen|besprechen sie im Team].',
        ],
        formal: [
          'Im Ernst: Ihre Hinweise wurden an die zuständigen Abteilungen weitergeleitet.',
          'Spaß beiseite, Ihre Rückmeldung wurde mit dem Team geteilt, damit wir daraus lernen.',
          'Jenseits des Augenzwinkerns werden Ihre Anmerkungen sorgfältig geprüft.',
        ],
      },
    },
    blackmail_protocol: {
      policy: {
        warm: [
          '[Wie bei allen unseren Gästen|Wie bei jedem Gast] möchten wir klarstellen, dass wir keinerlei Vorteile im Austausch für eine Bewertung gewähren, ganz gleich, wie sie ausfällt.',
          '[Grundsätzlich|Aus Prinzip] bieten wir weder Gesten noch Vorteile als Gegenleistung für eine Bewertung an, ob positiv oder negativ.',
          'Unsere Regel gilt für [alle|jeden Gast]: Im Zusammenhang mit dem Veröffentlichen, Ändern oder Entfernen einer Bewertung wird kein Vorteil gewährt.',
          'Wir weisen lediglich darauf hin, dass Bewertungen bei uns nie mit Gegenleistungen verbunden sind.',
          "Bei uns ist eine Bewertung einfach eine Bewertung: Sie begründet keinen Vorteil, und ihr Löschen auch nicht.",
          'Uns ist wichtig, dass die Bewertungen hier [frei|frei und ehrlich|unabhängig] bleiben – deshalb ist nie etwas daran geknüpft.',
          'Was auch immer in einer Bewertung steht, sie führt [zu keiner|niemals zu einer] besonderen Geste unsererseits.',
          "Ganz einfach gesagt: Bei uns wird eine Bewertung gegen nichts getauscht, in keine Richtung.",
          '[Unsere Gäste wissen es|Wie unsere Gäste wissen]: Bewertungen sind frei, und kein Vorteil hängt von ihnen ab.',
        ],
        formal: [
          'Im Einklang mit unseren Grundsätzen und den Regeln der Bewertungsplattformen gewähren wir keine Vorteile im Austausch für Bewertungen.',
          'Wir weisen darauf hin, dass unser Haus für das Veröffentlichen, Ändern oder Entfernen einer Bewertung keinerlei Gegenleistung gewährt.',
          'Grundsätzlich sind die Bewertungen unserer Gäste mit keinerlei Vorteil oder Gegenleistung verbunden.',
          'Wir gewähren keinerlei Vorteile im Austausch für eine Bewertung, unabhängig von ihrem Inhalt.',
          "Um die Aufrichtigkeit von Bewertungen zu wahren, ist mit ihrer Veröffentlichung oder Rücknahme keinerlei Gegenleistung verbunden.",
          "Unser Haus folgt einer festen Regel: Keine Bewertung begründet einen Vorteil, gleich welchen Inhalts.",
          "Das Veröffentlichen einer Bewertung ist, ebenso wie ihre Änderung, niemals Gegenstand einer Gegenleistung.",
          "Bei uns gilt: Keine Bewertung, ob positiv oder nicht, begründet eine Gegenleistung.",
        ],
      },
      private: {
        warm: [
          'Fragen rund um {visit} können Sie uns gern direkt an {contact} [senden|schicken|schreiben].',
          'Falls etwas rund um {visit} noch zu [klären|besprechen] ist, schreiben Sie uns an {contact}.',
          'Für Fragen über {visit} sind wir unter {contact} erreichbar.',
          "Unser Team ist unter {contact} gern für alles rund um {visit} für Sie da.",
          'Um über {visit} zu sprechen, schreiben Sie uns am [einfachsten|besten] an {contact}.',
          "Möchten Sie noch einmal auf {visit} zurückkommen, erreichen Sie uns unter {contact}.",
          "Für alles rund um {visit} genügt eine Nachricht an {contact}.",
          "Über {visit} sprechen wir am besten, wenn Sie uns an {contact} schreiben.",
        ],
        formal: [
          'Fragen rund um {visit} können Sie an unsere Direktion unter {contact} richten.',
          'Für Fragen über {visit} stehen wir Ihnen unter {contact} zur Verfügung.',
          'Für ein Gespräch über {visit} laden wir Sie ein, uns an {contact} zu schreiben.',
          "Unsere Direktion bleibt unter {contact} für alle Fragen rund um {visit} erreichbar.",
          "Jedes Anliegen rund um {visit} wird geprüft, wenn Sie es an {contact} richten.",
          "Für Fragen über {visit} bitten wir Sie, {contact} zu nutzen.",
          "Fragen über {visit} können Sie an {contact} richten.",
        ],
      },
      privateGeneric: {
        warm: [
          'Fragen rund um {visit} können Sie uns gern direkt [stellen|schicken|schreiben].',
          'Falls etwas rund um {visit} noch zu [klären|besprechen] ist, [melden Sie sich gern direkt bei uns|wenden Sie sich gern direkt an uns].',
          'Für Fragen über {visit} sind wir [auf den üblichen Wegen|direkt|jederzeit] erreichbar.',
          'Unser Team ist [gern|jederzeit gern] für alles rund um {visit} für Sie da.',
          'Um über {visit} zu sprechen, melden Sie sich am [einfachsten|besten] direkt bei uns.',
          'Möchten Sie noch einmal auf {visit} zurückkommen, steht Ihnen unsere Tür [offen|jederzeit offen].',
          'Für alles rund um {visit} genügt eine [direkte Nachricht|kurze Nachricht an uns].',
          'Über {visit} sprechen wir am besten, wenn Sie uns direkt [schreiben|kontaktieren].',
        ],
        formal: [
          'Fragen rund um {visit} können Sie direkt an unsere Direktion richten.',
          'Für Fragen über {visit} stehen wir Ihnen auf den üblichen Wegen zur Verfügung.',
          'Für ein Gespräch über {visit} laden wir Sie ein, sich direkt an uns zu wenden.',
          "Unsere Direktion bleibt für alle Fragen rund um {visit} direkt erreichbar.",
          "Jedes Anliegen rund um {visit} wird geprüft, wenn Sie es direkt an uns richten.",
          "Für Fragen über {visit} wenden Sie sich bitte direkt an unsere Rezeption.",
          "Fragen über {visit} richten Sie bitte direkt an unsere Rezeption.",
        ],
      },
    },
    report_and_ignore: {
      minimal: {
        warm: [
          '[Vielen Dank|Danke] für Ihre [Nachricht|Zeilen].',
          'Wir haben [diese Nachricht|Ihren Beitrag|diesen Kommentar] gelesen.',
          '[Ihr Beitrag|Ihr Kommentar|Dieser Beitrag] ist bei uns angekommen.',
          'Danke, dass Sie sich die Zeit zum Schreiben genommen haben[| – wir haben es gelesen].',
          'Wir haben [diese Nachricht|Ihren Beitrag|diese Zeilen] zur Kenntnis genommen.',
          'Wir bestätigen den Eingang [dieser Nachricht|Ihres Beitrags|Ihres Kommentars].',
          '[Ihre Nachricht hat|Ihre Zeilen haben] uns erreicht.',
          'Danke für [diese Zeilen|Ihren Beitrag|diese Worte].',
          '[Ihre Nachricht ist|Ihr Kommentar ist|Ihre Zeilen sind] bei uns eingegangen.',
          'Wir haben Ihre [Nachricht|Zeilen|Worte] [erhalten|aufmerksam gelesen].',
        ],
        formal: [
          "Wir haben diese Nachricht zur Kenntnis genommen.",
          "Wir nehmen diesen Beitrag zur Kenntnis.",
          "Diese Nachricht wurde gelesen.",
          "Wir bestätigen den Eingang dieser Nachricht.",
          "Dieser Kommentar wurde gelesen.",
          "Wir haben diese Zeilen zur Kenntnis genommen.",
          "Ihr Beitrag ist uns aufgefallen.",
          "Wir haben diesen Kommentar vermerkt.",
        ],
      },
      minimalChannel: {
        warm: [
          'Für alle Anliegen rund um [einen Besuch|einen Aufenthalt oder ein Essen] bei uns ist [unser Team|das Team|unser Personal] direkt erreichbar.',
          'Für [unsere Gäste|alle|alle Gäste] sind wir weiterhin [auf den üblichen Wegen|wie gewohnt] erreichbar.',
          'Fragen rund um [einen Besuch|einen Aufenthalt oder ein Essen] können Sie uns gern direkt stellen.',
          'Unser Team beantwortet Fragen rund um [einen Besuch|einen Aufenthalt oder ein Essen] [gern|jederzeit gern|gerne] direkt.',
          '[Fragen|Anliegen] rund um einen Besuch bei uns können Sie jederzeit direkt [stellen|an uns richten].',
          'Für alles rund um [einen Besuch|einen Aufenthalt oder ein Essen] steht Ihnen unsere Tür [offen|jederzeit offen].',
          'Geht es um [einen Besuch|einen Aufenthalt] bei uns, sprechen wir am besten [direkt|persönlich] darüber.',
          '[Unsere Gäste|Alle, die bei uns waren,] erreichen uns wie [gewohnt|immer] jederzeit direkt.',
          '[Bei Fragen zu einem Besuch sind wir|Für Fragen zu einem Besuch ist unser Team] [direkt|jederzeit direkt] für Sie da.',
          'Wer bei uns zu Gast war, erreicht uns [jederzeit|wie gewohnt] direkt.',
        ],
        formal: [
          "Unsere Direktion ist für Fragen rund um einen Besuch direkt erreichbar.",
          "Wir stehen unseren Gästen weiterhin auf den üblichen Wegen zur Verfügung.",
          "Für Fragen rund um einen Aufenthalt oder ein Essen bitten wir Sie, uns direkt zu kontaktieren.",
          "Fragen rund um einen Besuch können Sie direkt an unsere Direktion richten.",
          "Für Anliegen rund um einen Besuch in unserem Haus sind wir direkt erreichbar.",
          "Unser Team bleibt für seine Gäste auf den üblichen Wegen erreichbar.",
          "Jedes Anliegen rund um einen Besuch wird bearbeitet, wenn es direkt an uns gerichtet wird.",
          "Unsere Rezeption steht allen für Fragen rund um einen Besuch zur Verfügung.",
        ],
      },
    },
  },
  advice: {
    thank: 'Positive Bewertung: kurz und persönlich danken und aufgreifen, was dem Gast gefallen hat.',
    acknowledge_and_fix:
      'Kritik in gutem Glauben: für die Enttäuschung entschuldigen, sagen, was getan wird, ohne etwas zu versprechen, das Sie nicht tun, und das Gespräch privat fortsetzen.',
    investigate_then_reply:
      'Schwerer Vorwurf: zuerst die Fakten prüfen, schnell antworten, ohne zu bestreiten oder einzuräumen, und privat weitermachen.',
    firm_and_factual:
      'Sie haben Fakten, die der Bewertung widersprechen: ruhig darlegen, dem Gast einen ehrenvollen Ausweg lassen, dann den Austausch beenden.',
    defuse_with_humor: 'Leichte Kritik ohne Risiko: ein wenig Selbstironie kann entschärfen, nie auf Kosten des Gastes.',
    blackmail_protocol:
      'Erpressungsversuch: nichts gewähren, Beweise sichern und der Plattform melden; die öffentliche Antwort bleibt neutral, ohne Vorwurf und ohne Zugeständnis.',
    report_and_ignore:
      'Beleidigender oder themenfremder Inhalt: besser der Plattform melden als antworten, denn eine öffentliche Antwort verschafft ihm Sichtbarkeit. Wenn Sie antworten möchten, verwenden Sie die minimale, neutrale Antwort.',
  },
};
