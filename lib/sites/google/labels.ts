/**
 * Google's visible words Tact recognises (fr, en, de, es, it). Text hooks only: they confirm elements the
 * selectors found, or find a block no selector knows. Anchored, no nested quantifiers.
 */
// heading of an existing owner reply on Maps ("Response from the owner", V-code revcli 2026) and in the
// merchant iframe ("Business reply", DOM-NOTES §4)
export const OWNER_REPLY = /^\s*(?:response from the owner|business reply|your reply|réponse du propriétaire|réponse de l'établissement|votre réponse|antwort vom inhaber|antwort des inhabers|ihre antwort|respuesta del propietario|tu respuesta|risposta del proprietario|la tua risposta)\b/i;
// Maps marks Google-translated reviews ("Translated by Google")
export const TRANSLATED = /^\s*(?:translated by google|traduit par google|von google übersetzt|traducido por google|tradotto da google)\b/i;
// the reply/post button (Material, jsname hrGhad: "Reply"/"Responder"/"Rispondi", §4–5) and publish ("Post", "Publicar respuesta", "Pubblica risposta")
export const SUBMIT = /^\s*(?:reply|post|publish|post reply|répondre|publier|antworten|veröffentlichen|posten|responder|publicar|rispondi|pubblica)\b/i;
// the per-review control that opens the reply box (§4: button with span "Reply"; §5 aria-label "Reply")
export const OPEN_REPLY = /^\s*(?:reply|répondre|antworten|responder|rispondi)\s*$/i;
// "More" on a truncated Maps review (checked only on buttons the jsaction selector found)
export const MORE = /^\s*(?:more|plus|mehr|más|altro|see more|voir plus)\s*$/i;
