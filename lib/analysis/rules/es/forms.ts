/** Spanish inflection for the lexicon: an adjective listed once (masculine singular) gets its gender and number forms. */

/** bueno → buena, buenos, buenas; amable → amables; genial → geniales; encantador → encantadora(s), encantadores; feliz → felices. */
export function adjectiveForms(word: string): string[] {
  if (word.includes(' ')) return [word];
  if (word.endsWith('o')) {
    const stem = word.slice(0, -1);
    return [word, `${stem}a`, `${stem}os`, `${stem}as`];
  }
  if (word.endsWith('or')) return [word, `${word}a`, `${word}as`, `${word}es`];
  if (word.endsWith('z')) return [word, `${word.slice(0, -1)}ces`];
  if (/[aeiu]$/.test(word)) return [word, `${word}s`];
  if (/[lnrsdj]$/.test(word)) return [word, `${word}es`];
  return [word];
}

/** Expand a base-form adjective table; explicit entries of `others` win. */
export function expandAdjectives(adjectives: Record<string, number>, others: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [word, weight] of Object.entries(adjectives)) for (const form of adjectiveForms(word)) out[form] = weight;
  return { ...out, ...others };
}
