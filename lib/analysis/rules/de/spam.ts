/**
 * Off-topic (German): advertising, links, wrong business, unrelated rants. Gibberish is detected by the
 * engine (no language rule can list it).
 */
import type { RuleFamily } from '../types';

const family: RuleFamily = {
  lang: 'de',
  family: 'spam',
  rules: [
    {
      id: 'de.spam.link',
      signal: 'spam',
      // bare domains open at their dot or dash (lookbehind: name): a scan from each word start was slow
      pattern: String.raw`\b(?:https?://\S{2,80}|www\.[a-z0-9-]{2,40}\.[a-z]{2,6}\S{0,40}|bit\.ly/\S{1,20}|(?:infos?|mehr|details|buchung|jetzt buchen|angebote) (?:unter|auf|bei) [a-z0-9-]{3,40}\.(?:de|com|net|org|at|ch|eu|info)\b|\.(?<=[a-z0-9-]{3}\.)(?:shop|xyz|biz|online|store|top|click|ru|cn)\b|-(?<=[a-z0-9]{3}-)(?:kaufen|deals|shop|angebote)\w{0,4}\.(?:com|de|net|org)\b)`,
      weight: 0.7,
      examples: ['Infos unter ostsee-traum.de', 'Jetzt bestellen auf www.super-deals24.shop', 'Klicken Sie hier: http://bit.ly/xyz123', 'Kontakt: bewertungen-kaufen.net'],
      counterExamples: ['Das Hotel liegt an der Zeil.', 'Buchung über die Website des Hotels'],
    },
    {
      id: 'de.spam.advertising',
      signal: 'spam',
      pattern: String.raw`\b(?:jetzt (?:bestellen|kaufen|zugreifen|anmelden|registrieren)|solange der vorrat reicht|jetzt neu|rae?umungsverkauf|schlussverkauf|ausverkauf|alles muss raus|nur noch diese woche|sonderangebot|folgt mir|folge mir|follow me|link in (?:der |meiner )?bio|abonniert meinen kanal|rabattcode|gutscheincode|klicken sie hier|hier klicken|verdienen sie|geld verdienen|von zu hause (?:aus )?(?:arbeiten|verdienen)|krypto[- ]?trading|trading[- ]?bot|ohne risiko|gewinnspiel|mega[- ]?angebot|(?:nachricht|sms|whatsapp) an (?:\+|0)\d|sie haben gewonnen|seo[- ]?(?:dienstleistung|agentur|optimierung)\w{0,3}|platz (?:1|eins) (?:bei|auf) google|(?:google[- ]?)?bewertungen kaufen|kaufen sie (?:echte )?(?:google[- ]?)?bewertungen|follower kaufen|\d{2} ?% reduziert|gue?nstige (?:sonnenbrillen|uhren|handtaschen|medikamente|potenzmittel))\b`,
      weight: 0.8,
      examples: ['Großer Räumungsverkauf bei Möbel Krause! Alles muss raus!', 'folgt mir auf Instagram für mehr Reisetipps! Link in der Bio.', 'Günstige Sonnenbrillen und Uhren nur heute 80 % reduziert!', 'Verdienen Sie 5000 Euro im Monat von zu Hause!', 'Kaufen Sie echte Google-Bewertungen!', 'wir bieten SEO-Dienstleistungen an und bringen Ihre Website auf Platz 1 bei Google'],
      counterExamples: ['Das Frühstück gab es nur heute im Garten', 'Das Zimmer war ohne Makel'],
    },
    {
      id: 'de.spam.classified_ad',
      signal: 'spam',
      pattern: String.raw`\b(?:suche (?:einen? )?nachmieter|nachmieter gesucht|zu vermieten|zu verkaufen|bei interesse (?:bitte )?(?:melden|kontaktieren|anrufen|pn|schreiben)|meldet euch (?:unter|bei) \+?\d{3,}|biete (?:gue?nstig )?\w+ an)\b|@(?<=[a-z0-9._-]{2}@)[a-z0-9-]{2,40}\.[a-z]{2,6}\b`,
      weight: 0.8,
      examples: ['Meldet euch unter 0157 9876543', 'Suche Nachmieter für meine Wohnung, bei Interesse bitte melden unter wohnung-ffm@example.com'],
      counterExamples: ['Wir suchen bald wieder ein Hotel hier'],
    },
    {
      id: 'de.spam.wrong_business',
      signal: 'spam',
      pattern: String.raw`\b(?:falsche[sn]? (?:lokal|hotel|restaurant|laden|geschae?ft|eintrag|seite|adresse)|ich meinte (?:die|das|den|eigentlich)\b|(?:mit (?:einem|dem) (?:anderen )?\w+ )?verwechselt|(?:ich war|wir waren|war) (?:noch )?nie (?:in|bei|im|dort|hier|drin)\b|nie (?:drin|dort|hier) gewesen|ich bewerte (?:hier )?eigentlich|(?:bewertung|rezension) (?:ist )?fue?r (?:das|den|die) \w+ (?:nebenan|gegenue?ber|daneben)|nicht fue?r (?:das|dieses|den) (?:hotel|restaurant|lokal|laden)\b|(?:das|dieses|den|die) (?:hotel|restaurant|lokal|haus|laden|geschae?ft) kenne ich (?:gar |ue?berhaupt )?nicht|(?:bewertung|rezension) (?:gilt|betrifft|ist fue?r|bezieht sich auf) [^.!?]{0,40}?,? nicht (?:dem|das|den|der|fue?r das) (?:hotel|restaurant|lokal|laden|geschae?ft)\b|nur (?:einmal |mal |kurz )?(?:geparkt|vorbeigefahren|vorbeigelaufen|vorbeigegangen|durchgefahren|auf (?:den|meinen) bus gewartet))`,
      weight: 0.8,
      examples: ['Dies ist eine Bewertung für das Kino nebenan, nicht für das Hotel.', 'Ich bewerte hier eigentlich die Bäckerei nebenan. Das Hotel kenne ich nicht.', 'Falsches Lokal, sorry – ich meinte die Pizzeria am Bahnhof', 'Ich war nie in diesem Hotel, aber', 'Ich habe hier nur geparkt, um auf meinen Bus zu warten', 'Diese Bewertung gilt der Werkstatt, nicht dem Hotel.'],
      counterExamples: ['Wir waren schon oft hier', 'nie wieder'],
    },
    {
      id: 'de.spam.unrelated_rant',
      signal: 'spam',
      pattern: String.raw`\b(?:wae?hlt (?:endlich )?(?:anders|die|afd|spd|cdu|csu|grue?n)|lue?genpresse|die medien lue?gen|wacht (?:endlich )?auf|impfungen sind|chemtrails|corona[- ]?lue?ge|wer hat (?:gestern |heute )?das (?:fuss?ball)?spiel gesehen|der schiedsrichter (?:war|ist)|jesus liebt|tut buss?e|(?:die|diese) regierung (?:ruiniert|zerstoe?rt|ist schuld))\b`,
      weight: 0.8,
      examples: ['die Regierung in Berlin ruiniert dieses Land. Wählt endlich anders!', 'Impfungen sind Gift und die Medien lügen. Wacht auf, Leute!', 'Wer hat gestern das Fußballspiel gesehen?'],
      counterExamples: ['Das Personal war aufmerksam', 'Wir waren zum Fußballspiel in der Stadt'],
    },
    {
      id: 'de.spam.politics_sport',
      signal: 'spam',
      pattern: String.raw`\b(?:regierung|bundesregierung|kanzler(?:in)?|bundesliga|politiker\w{0,2}|flue?chtlinge|migranten)\b`,
      weight: 0.5,
      examples: ['Die Regierung ist an allem schuld', 'Bundesliga am Wochenende'],
      counterExamples: ['Wir waren zum Fußballspiel in der Stadt'],
      note: 'weak: off-topic only when the text says little about a stay',
    },
    {
      id: 'de.spam.question_to_public',
      signal: 'spam',
      pattern: String.raw`\b(?:weiss? (?:jemand|einer|wer)|kann mir (?:jemand|einer|wer) sagen|hat (?:jemand|einer) (?:eine )?ahnung|wer hat lust auf|bitte um (?:antwort|rue?ckmeldung|infos?)|kann man (?:hier )?(?:in der nae?he )?irgendwo)\b`,
      weight: 0.6,
      examples: ['Wer hat Lust auf eine Fahrgemeinschaft?', 'weiß jemand, ob die Sparkasse gegenüber am Samstag geöffnet hat?', 'Kann man hier irgendwo Räder leihen? Bitte um Antwort.'],
      counterExamples: ['Niemand wusste Bescheid'],
      note: 'off-topic only when the text says little about a stay',
    },
    {
      id: 'de.spam.test_post',
      signal: 'spam',
      pattern: String.raw`^(?:test ?){2,5}\d{0,4}$|\btest test\b`,
      weight: 0.8,
      examples: ['Test test 123 test'],
      counterExamples: ['Wir haben den Pool getestet'],
    },
    // Wortklassen anderer Themen: eine Dienstleistung, die nicht dieser Ort ist; Politik. Allein schwach (category.ts)
    {
      id: 'de.spam.other_service',
      signal: 'spam',
      pattern: String.raw`\b(?:empfehlen|kennt jemand|suche|suchen) (?:einen |eine |ein )?(?:guten |gute |gutes |zuverlae?ssigen |gue?nstigen )?(?:zahnarzt|zahnae?rztin|hausarzt|arzt|ae?rztin|anwalt|anwae?ltin|klempner|installateur|elektriker|mechaniker|werkstatt|friseur|friseurin|tierarzt|babysitter|fahrlehrer|steuerberater|schlue?sseldienst|makler)\b`,
      weight: 0.5,
      examples: ['Kennt jemand einen guten Zahnarzt in der Nähe?', 'Wir suchen einen zuverlässigen Elektriker'],
      counterExamples: ['wir können das Restaurant empfehlen'],
    },
    {
      id: 'de.spam.public_affairs',
      signal: 'spam',
      pattern: String.raw`\b(?:die regierung|die politiker|(?:die )?steuern|das finanzamt|die inflation|die wirtschaft|der bundestag|die wahlen?|dieses land|die gemeinde)\b`,
      weight: 0.4,
      examples: ['Die Regierung erhöht ständig die Steuern'],
      counterExamples: ['die Steuerung der Klimaanlage war einfach'],
    },
  ],
};
export default family;
