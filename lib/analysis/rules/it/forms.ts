/** Italian inflection for the lexicon: an adjective listed once (masculine singular) gets its gender and number forms. */

/** buono → buona, buoni, buone; gentile → gentili; ottimo → ottima, ottimi, ottime; sporco → sporca, sporchi, sporche. */
export function adjectiveForms(word: string): string[] {
  if (word.includes(' ')) return [word];
  if (word.endsWith('co') || word.endsWith('go')) {
    // sporco → sporca, sporchi, sporche; simpatico → simpatici (both plurals listed: lookups are exact)
    const stem = word.slice(0, -1);
    const soft = word.endsWith('co') ? 'ci' : 'gi';
    return [word, `${stem}a`, `${stem}hi`, `${stem}he`, `${word.slice(0, -2)}${soft}`];
  }
  if (word.endsWith('io')) return [word, `${word.slice(0, -1)}a`, `${word.slice(0, -1)}e`, word.slice(0, -1)];
  if (word.endsWith('o')) {
    const stem = word.slice(0, -1);
    return [word, `${stem}a`, `${stem}i`, `${stem}e`];
  }
  if (word.endsWith('e')) return [word, `${word.slice(0, -1)}i`];
  return [word];
}

/** Expand a base-form adjective table; explicit entries of `others` win. */
export function expandAdjectives(adjectives: Record<string, number>, others: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [word, weight] of Object.entries(adjectives)) for (const form of adjectiveForms(word)) if (!(form in out)) out[form] = weight;
  return { ...out, ...others };
}
