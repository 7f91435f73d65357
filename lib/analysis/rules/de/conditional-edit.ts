/**
 * Conditional edit (German): an offer to change, remove or keep a review depending on what the business
 * does ("ich ändere meine Bewertung, sobald…", "die Bewertung bleibt stehen, solange…", "diese Bewertung
 * könnte ganz anders aussehen, wenn…"). Infinitive and present forms only: "ich habe meine Bewertung
 * geändert" reports a past edit. "andere" alone is "other", so the verb needs "ich/wir" next to it.
 */
import type { RuleFamily } from '../types';

const REVIEW = String.raw`(?:bewertung|rezension|review|sterne|kommentar|beitrag|artikel|text|eindrue?ck|eintrag)\w{0,2}`;

// the review does not depend on the condition ("so oder so"), or a past unreal one
const INDEPENDENT = String.raw`[^.!?]{0,150}\b(?:so oder so|trotzdem|unabhae?ngig|egal|ohnehin|sowieso|in jedem fall|gewesen wae?re|wae?re gewesen|hae?tte ich|koe?nnte)\b`;

const family: RuleFamily = {
  lang: 'de',
  family: 'conditional-edit',
  rules: [
    {
      id: 'de.conditional_edit.review_then_verb',
      signal: 'conditional_edit',
      pattern: String.raw`\b${REVIEW}\b(?:(?!\b(?:kein|nicht|nie)\w{0,2}\b)[^.!?]){0,40}?\b(?:ae?ndern|korrigieren|loe?schen|entfernen|zurue?cknehmen|zurue?ckziehen|anpassen|hochsetzen|nach oben korrigieren|ue?berarbeiten|revidieren|mildern|abmildern|entschae?rfen|abschwae?chen)\b`,
      weight: 0.7,
      negatable: true,
      examples: ['ich bin bereit, meine Google-Bewertung zu entfernen, wenn', 'Die Bewertung werde ich erst löschen, wenn das Geld da ist', 'meinen Text auf Google noch einmal zu überarbeiten', 'meinen Kommentar zu entschärfen'],
      counterExamples: ['Die Bewertung habe ich gestern geändert', 'Ich werde die Bewertung nicht löschen'],
    },
    {
      id: 'de.conditional_edit.verb_then_review',
      signal: 'conditional_edit',
      pattern: String.raw`\b(?:(?:ich|wir) (?:ae?ndere|ae?ndern|loe?schen?|entfernen?|korrigieren?)|aendere|(?:loe?sche?|entferne?|korrigiere?|ae?ndere?) (?:ich|wir))\b(?:(?!\b(?:kein|nicht|nie)\w{0,2}\b)[^.!?]){0,30}?\b${REVIEW}|\b(?:nehmen?|ziehen?) (?:ich |wir )?(?:die|meine|unsere|diese|den|meinen|das) (?:\w+ ){0,2}${REVIEW} (?:\w+ ){0,3}zurue?ck\b`,
      weight: 0.75,
      negatable: true,
      examples: ['dann loesch ich meinen kommentar bei google', 'Ich ändere meine Bewertung, sobald ich mein Geld zurück habe', 'Ich nehme meine negative Bewertung sofort zurück, wenn', 'Dann lösche ich den Kommentar'],
      counterExamples: ['andere Bewertungen behaupten das Gegenteil', 'anders als in anderen Bewertungen', 'nehme ich sie gern an, aber meine Bewertung schreibe ich ehrlich'],
    },
    {
      id: 'de.conditional_edit.could_look_different',
      signal: 'conditional_edit',
      pattern: String.raw`\b(?:koe?nnte|wue?rde|kann|due?rfte) (?:\w+ )?(?:ganz |voe?llig |auch |schnell )?anders (?:aussehen|ausfallen|lauten|klingen)\b|\b(?:lassen?) (?:ich |wir )?(?:die|meine|unsere|diese) ${REVIEW} (?:weg|sein|bleiben)\b|\b(?:poste|schreibe|veroe?ffentliche|stelle)\b[^.!?]{0,30}?${REVIEW}[^.!?]{0,15}?\berst,? (?:wenn|nachdem|sobald)\b|\bim gegenzug\b[^.!?]{0,50}?\b(?:erwae?hnung|bewertung|rezension|beitrag|post|artikel|story|video|empfehlung|sterne)\w{0,2}\b|\b${REVIEW}\b[^.!?]{0,20}?\b(?:wird|werden) (?:nie|niemals|nicht) (?:erscheinen|online gehen|veroe?ffentlicht werden|zu sehen sein)\b`,
      weight: 0.75,
      examples: ['diese Bewertung könnte ganz anders aussehen, wenn', 'meine Rezension würde auch anders ausfallen', 'ich lasse die Bewertung weg', 'Ich poste meine Google-Rezension erst, wenn ich weiß', 'im Gegenzug bekommt Ihr Restaurant eine schöne Erwähnung', 'und meine Rezension wird nie erscheinen'],
      counterExamples: ['das Zimmer sah anders aus als auf den Fotos', 'Ich schreibe die Bewertung erst heute, weil ich krank war', 'im Gegenzug haben wir gern mehr bezahlt', 'Die Bewertung wird morgen erscheinen'],
    },
    {
      id: 'de.conditional_edit.would_be_kinder',
      signal: 'conditional_edit',
      pattern: String.raw`\bfae?llt (?:der|die|mein|meine|unser|unsere) (?:\w+ )?(?:bericht|bewertung|rezension|artikel|beitrag|test)\w{0,2} (?:\w+ )?(?:kritisch|negativ|schlecht|anders)\w{0,2} aus\b|\b${REVIEW}\b[^.!?]{0,30}?\b(?:besser|freundlicher|positiver|milder|netter|gnae?diger|hoe?her|anders)\w{0,2} (?:ausfallen|aussehen|lauten)\b|\b(?:positiver|freundlicher|milder|netter|wohlwollender|gnae?diger) (?:zu )?(?:formulieren?|schreiben|darstellen|ausdrue?cken)\b`,
      weight: 0.75,
      examples: ['sonst fällt der Bericht eher kritisch aus', 'würde meine Bewertung deutlich freundlicher ausfallen', 'kann ich mir vorstellen, sie positiver zu formulieren'],
      counterExamples: ['Die Bewertungen fielen besser aus als erwartet'],
    },
    {
      id: 'de.conditional_edit.reconsider',
      signal: 'conditional_edit',
      pattern: String.raw`\b(?:ue?berlegen?|ue?berdenken?|denke (?:noch ?mal |nochmal )?ue?ber|sehen?)\b[^.!?]{0,30}?\b(?:mit (?:der|meiner|unserer) )?${REVIEW}\b[^.!?]{0,15}?\b(?:noch ?(?:ein)?mal|nochmal|neu|anders|erneut)\b|\b${REVIEW} (?:ue?berdenke|ue?berlege|ue?berarbeite|ue?berprue?fe) (?:ich|wir)\b`,
      weight: 0.7,
      examples: ['dann überlege ich mir das mit der Bewertung nochmal', 'dann sehe ich meine Bewertung neu', 'Meine Sterne überdenke ich gerne noch einmal'],
      counterExamples: ['Ich las die Bewertungen vorher'],
    },
    {
      id: 'de.conditional_edit.refrain',
      signal: 'conditional_edit',
      pattern: String.raw`\bauf (?:eine|meine|unsere|die|jede) (?:\w+ )?(?:${REVIEW}|darstellung|veroe?ffentlichung)\w{0,2} zu verzichten\b|\b(?:sehen?) (?:ich |wir )?(?:gern\w? |dann |auch )?von (?:einer|meiner|unserer|der|jeder) (?:\w+ )?${REVIEW} ab\b|\bvon (?:einer|meiner|unserer) (?:\w+ )?${REVIEW} absehen\b|\b(?:verzichten?) (?:ich |wir )?(?:gern\w? |dann |auch )?auf (?:eine|meinen?|unseren?|die|den) (?:\w+[ -])?${REVIEW}`,
      weight: 0.8,
      examples: ['auf eine öffentliche Darstellung zu verzichten', 'Ich verzichte auf meinen Google-Eintrag', 'dann sehe ich von einer öffentlichen Bewertung ab', 'dann verzichte ich auf eine negative Rezension'],
      counterExamples: ['Wir sehen von einer Reklamation ab'],
    },
    {
      id: 'de.conditional_edit.reward_stars',
      signal: 'conditional_edit',
      pattern: String.raw`\b(?:gibt(?:'?s| es)|dann gebe ich|bekommt ihr|bekommen sie) (?:auch |gerne |gern |dann |von mir )?(?:5|funf|fuenf|volle|4|vier)[- ]?sterne?\b`,
      weight: 0.6,
      examples: ["gibt's auch fünf Sterne von mir", 'dann gebe ich 5 Sterne'],
      counterExamples: ['Wir geben gern fünf Sterne'],
      note: 'only blackmail tied to a demand: a review bought with a gift',
    },
    {
      id: 'de.conditional_edit.depends_on_you',
      signal: 'conditional_edit',
      pattern: String.raw`\b(?:ob|wie|wann) (?:sie|er|es|diese|die bewertung|meine bewertung|die rezension|meine rezension|der bericht|mein bericht)\b[^.!?]{0,40}?\b(?:(?:hae?ngt|liegt)\b[^.!?]{0,20}?\b(?:von|an|bei) (?:ihrem|ihrer|ihnen|eurem|eurer|euch|dir|deinem|deiner)|(?:koe?nnen|koe?nnt|kannst) (?:sie|ihr|du)\b[^.!?]{0,60}?\bbeeinflussen|entscheide[nt]? (?:ihr|sie|du))\b|\bhae?ngt (?:meine|die|unsere) (?:\w+ )?(?:bewertung|rezension|sterne|kritik)\w{0,2} (?:ganz )?davon ab,? (?:ob|wie|was|wann) (?:\w+ )?(?:sie|ihr|du)\b|\b(?:sie haben|ihr habt|du hast) es (?:selbst |ganz )?in der hand,? (?:ob|wie|was)\b[^.!?]{0,40}?\b(?:sterne|bewertung|rezension|review|eintrag)|\bohne (?:ein\w{0,2} |den |das |die )?(?:upgrade|rabatt|nachlass|gutschein|erstattung|entschae?digung|gutschrift|entgegenkommen|geste|gratis\w{0,8}|kostenlos\w{0,3} \w+)\b[^.!?]{0,30}?\b(?:mache|schreibe|poste|drehe|wird|fae?llt|sieht|gibt)\b[^.!?]{0,30}?\b(?:nur anders|ganz anders|anders aus|weniger (?:nett|freundlich|positiv|schmeichelhaft)|die (?:ganze )?wahrheit|schlechter|negativ\w{0,2})\b`,
      weight: 0.85,
      examples: ['Ob sie online geht, entscheiden Sie', 'Wie diese ausfallen, können Sie mit einer Gutschrift beeinflussen', 'Ihr habt es in der Hand, ob da 5 Sterne stehen', 'hängt meine Bewertung davon ab, wie kulant Sie sind', 'Ob sie online geht, hängt ganz von Ihrem Angebot ab.', 'Wie meine Bewertung ausfällt, liegt ganz bei Ihnen.', 'Ohne Upgrade mache ich die Story – nur anders.', 'Ohne Entschädigung fällt meine Bewertung ganz anders aus'],
      counterExamples: ['Ob es regnet, hängt vom Wetter ab', 'Ohne Upgrade war das Zimmer ganz anders: toll'],
    },
    {
      id: 'de.conditional_edit.drop_it',
      signal: 'conditional_edit',
      pattern: String.raw`\bund (?:wir|ich) (?:reden|sprechen|schreiben) nicht mehr darue?ber\b|\b(?:und|dann) (?:wir|ich) vergesse\w? (?:das ganze|die sache|die geschichte|alles|google|tripadvisor|die bewertung|meine bewertung)\b|\bvergesse (?:ich|wir),? was (?:ich|wir) (?:\w+ ){0,3}(?:schreiben|posten|bewerten) wollte\w?\b|\bund es bleibt dabei\b|\b(?:liest|erfae?hrt|hoe?rt) (?:\w+ ){0,2}?(?:niemand|keiner|kein mensch)\b|\b(?:niemand|keiner|kein mensch) wird (?:etwas|was|davon) (?:lesen|erfahren|hoe?ren)\b|\bbleibt (?:das|es|alles) (?:unter uns|zwischen uns)\b|\bbehalte (?:ich |wir )?(?:das|es) fue?r (?:mich|uns)\b|\bund (?:die sache|das thema) ist (?:vom tisch|erledigt)\b`,
      weight: 0.55,
      examples: ['und wir reden nicht mehr darüber', 'Zwei Nächte gratis und wir vergessen das Ganze.', 'vergesse ich, was ich auf Google schreiben wollte', 'auf den Portalen liest niemand etwas', 'dann bleibt das unter uns', 'und ich behalte das für mich', '100 € in bar und ich vergesse Google'],
      counterExamples: ['Wir vergessen diesen Urlaub nie'],
      note: 'only blackmail next to a demand',
    },
    {
      id: 'de.conditional_edit.raise_stars',
      signal: 'conditional_edit',
      pattern: String.raw`\b(?:stelle|setze|korrigiere|drehe|schraube|hebe) (?:ich |wir )?(?:sie |es |ihn |die sterne |meine sterne |meine bewertung |die bewertung )?(?:gern\w? |dann |auch |sofort )?(?:wieder )?(?:hoch|nach oben|rauf|an)\b`,
      weight: 0.75,
      examples: ['Für einen Gutschein stelle ich sie gern wieder hoch.', 'dann setze ich die Sterne wieder rauf'],
      counterExamples: ['Ich stelle den Koffer ab'],
    },
    {
      id: 'de.conditional_edit.review_on_condition',
      signal: 'conditional_edit',
      // a review and a condition in one sentence; INDEPENDENT (slow) is checked only once both are found
      pattern: String.raw`\b(?:wenn|falls|sofern|solange|sobald|bevor|sonst|andernfalls|ansonsten|entweder)\b(?=[^.!?]{0,80}?\b${REVIEW}\b)(?!${INDEPENDENT})[^.!?]{0,80}?\b${REVIEW}\b|\b${REVIEW}\b(?=[^.!?]{0,80}?\b(?:wenn|falls|sofern|solange|sobald|sonst|andernfalls|ansonsten)\b)(?!${INDEPENDENT})[^.!?]{0,80}?\b(?:wenn|falls|sofern|solange|sobald|sonst|andernfalls|ansonsten)\b`,
      weight: 0.55,
      examples: ['oder wir checken mit einer Bewertung aus, falls Sie nicht zahlen', 'Sobald Sie zahlen, ändert sich auch die Bewertung'],
      counterExamples: ['Falls Sie eine Erstattung anbieten, nehme ich sie gern an, aber meine Bewertung schreibe ich so oder so ehrlich', 'Wenn ich könnte, würde ich zehn Sterne geben', 'Wenn das Zimmer sauber gewesen wäre, hätte ich fünf Sterne gegeben'],
      note: 'weak: blackmail only next to a demand',
    },
    {
      id: 'de.conditional_edit.stays_until',
      signal: 'conditional_edit',
      pattern: String.raw`\b${REVIEW}\b(?:(?!\b(?:kein|nicht|nie)\w{0,2}\b)[^.!?]){0,40}?\bbleib(?:t|en)\b[^.!?]{0,30}?\b(?:stehen|online|drin|sichtbar|bestehen|solange|bis)\b|\b${REVIEW}\b[^.!?]{0,20}?\b(?:wird|fae?llt|wae?re|wue?rde) (?:dann |auch )?(?:(?:positiv|gut|besser|freundlicher|milder)(?:er)?|(?:ihnen|euch|dir) gefallen)\b`,
      weight: 0.65,
      examples: ['die 1-Stern-Bewertung bleibt stehen, solange ich keine Entschädigung erhalte', 'Meine Rezension bleibt online, bis', 'Ein kostenloses Wochenende, und der Artikel wird positiv', 'und meine Bewertung wird euch gefallen'],
      counterExamples: ['Die Bewertungen bleiben für uns wichtig', 'das Frühstück wird besser'],
    },
    {
      id: 'de.conditional_edit.undecided',
      signal: 'conditional_edit',
      pattern: String.raw`\b(?:ue?berlegen?|weiss? (?:ich|wir) noch nicht|unschlue?ssig|entscheide)\b[^.!?]{0,25}?\b(?:wie viele|wieviele|welche|(?:was|ob|wie) (?:ich|wir|meine?))\b[^.!?]{0,35}?\b(?:${REVIEW}|erlebnisse|bewerte|vergebe|darstell\w{0,2})\b|\b${REVIEW}\b[^.!?]{0,50}?\b(?:noch offen|offen gelassen|noch nicht (?:abgeschickt|abgesendet|gepostet|veroe?ffentlicht|online|endgue?ltig|final|fertig))\b|\b${REVIEW}\b[^.!?]{0,20}?\b(?:kann|muss|wird) (?:auch )?noch warten\b|\bkommt (?:ganz )?(?:drauf|darauf) an,? (?:ob|wie|was) (?:sie|ihr|du)\b|\b${REVIEW},? die (?:ich|wir) noch (?:schreiben|abgeben|posten|verfassen)\b|\b(?:mich|uns) (?:noch )?(?:umstimmen|umzustimmen|milde stimmen|gnae?dig stimmen)\b|\b(?:dass|ob) (?:das|es|sie|die sterne|die bewertung|meine bewertung) (?:auch )?so bleib\w{0,2},? (?:liegt|hae?ngt) (?:ganz |allein )?(?:an|bei|von) (?:ihnen|euch|dir)\b`,
      weight: 0.6,
      examples: ['unschlüssig, wie ich unseren Aufenthalt öffentlich darstellen soll', 'ich überlege, ob meine Rezension vier Sterne bekommt', 'Wir überlegen noch, ob wir unsere Erlebnisse teilen', 'Meine Rezension kann noch warten', 'kommt drauf an, ob ihr', 'die Bewertung, die ich noch schreiben möchte', 'Ich überlege noch, wie viele Sterne ich vergebe', 'Die Bewertung habe ich offen gelassen', 'Meine Rezension ist noch nicht endgültig', 'Rezension ist fertig, ich habe sie noch nicht abgeschickt', 'was mich umstimmen könnte', 'Dass das so bleibt, liegt an Ihnen'],
      counterExamples: ['Ich überlege noch, ob ich wiederkomme', 'Die Bewertung ist seit gestern online'],
      note: 'only blackmail next to a demand',
    },
  ],
};
export default family;
