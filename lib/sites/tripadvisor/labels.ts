/**
 * TripAdvisor's visible words Tact recognises, per UI language (fr, en, de, es, it). Text hooks, not
 * selectors: used only to confirm or pick among elements the selectors found. Anchored, no nested quantifiers.
 */
// the "Read more" control under a clamped review body (V-html en "Read more"; fr/de/es/it from the localized sites)
export const READ_MORE = /^\s*(?:read more|more|plus|lire la suite|voir plus|mehr|weiterlesen|mehr anzeigen|leer más|más|altro|leggi di più|mostra di più)\s*$/i;
// "Written September 22, 2026" (V-html en); localized forms of the same line
export const WRITTEN = /^\s*(?:written|écrit le|écrit en|geschrieben am|geschrieben im|escrita el|escrito el|scritta il|scritto il|recensione scritta il)\b/i;
// "Translated from French" (V-html en)
export const TRANSLATED = /^\s*(?:translated from|traduit de|traduit du|traduit de l'|übersetzt aus|übersetzt von|traducido del|traducida del|tradotto da|tradotta da)/i;
// heading of the owner's public answer ("Response from Marie, General Manager")
export const OWNER_RESPONSE = /^\s*(?:response from|réponse de|antwort von|respuesta de|risposta di|risposta da)\b/i;
// the owner-side submit button (DOM-NOTES §2: submit|post|publish|soumettre|publier|envoyer|…)
export const SUBMIT = /^\s*(?:submit|post|publish|soumettre|publier|envoyer|veröffentlichen|absenden|senden|invia|pubblica|enviar|publicar)\b/i;
// the owner-side control that opens the response form
export const OPEN_REPLY = /^\s*(?:write a response|respond|reply|répondre|rédiger une réponse|antworten|antwort schreiben|responder|escribir una respuesta|rispondi|scrivi una risposta)\b/i;
