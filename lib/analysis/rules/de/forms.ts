/**
 * German spelling variants for lexicon keys. Keys are written with umlauts for readability; the engine
 * matches normalised text where "ä" became "a", while many guests type "ae" on foreign keyboards, so each
 * key yields both forms. Adjectives also yield their inflected, comparative and superlative forms,
 * because German puts an ending on every attributive adjective ("saubere Zimmer", "freundlichstes Personal").
 */

const UMLAUT_FOLD: Record<string, [string, string]> = { ä: ['a', 'ae'], ö: ['o', 'oe'], ü: ['u', 'ue'], ß: ['ss', 'ss'] };

/** Folded forms that collide with a frequent neutral word: "schön" → "schon" (already). Only the "oe" form is kept. */
const COLLISIONS = new Set(['schon']);

/** "schäbig" → ["schabig", "schaebig"] (lower case, ß → ss, as normalize.ts does). */
export function spellings(word: string): string[] {
  const lower = word.toLowerCase();
  const plain = lower.replace(/[äöüß]/g, (c) => UMLAUT_FOLD[c]?.[0] ?? c);
  const typed = lower.replace(/[äöüß]/g, (c) => UMLAUT_FOLD[c]?.[1] ?? c);
  const out = COLLISIONS.has(plain) ? [typed] : [plain, typed];
  return [...new Set(out)];
}

/** Adjective endings: declension (-e, -er, -es, -en, -em), comparative (-er…) and superlative (-st…). */
export function adjectiveForms(base: string): string[] {
  const stem = base.endsWith('e') ? base.slice(0, -1) : base;
  const forms = new Set<string>([base]);
  for (const ending of ['e', 'er', 'es', 'en', 'em']) forms.add(stem + ending);
  for (const ending of ['ere', 'erer', 'eres', 'eren']) forms.add(stem + ending);
  // superlative: -est after s/ß/z/t/d/sch ("heißeste", "lauteste"), -st otherwise ("sauberste")
  const sup = /(?:s|ß|z|t|d|sch)$/.test(stem) ? `${stem}est` : `${stem}st`;
  for (const ending of ['e', 'en', 'er', 'es']) forms.add(sup + ending);
  return [...forms];
}

/** Expand a lexicon written with umlauts into normalised keys; the stronger weight wins on a clash. */
export function expandLexicon(words: Record<string, number>, adjectives: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  const put = (key: string, weight: number): void => {
    for (const form of spellings(key)) {
      const prev = out[form];
      if (prev === undefined || Math.abs(weight) > Math.abs(prev)) out[form] = weight;
    }
  };
  for (const [base, weight] of Object.entries(adjectives)) for (const form of adjectiveForms(base)) put(form, weight);
  for (const [key, weight] of Object.entries(words)) put(key, weight);
  return out;
}
