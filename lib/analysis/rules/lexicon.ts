/**
 * Lexicons are easier to read and review grouped by weight; this turns `{ '3': ['excellent', …] }` into
 * the `Record<word, weight>` of PolarityLexicon. A word listed twice keeps its first weight and is
 * recorded in `lexiconDuplicates`, which the rule-data tests require to stay empty.
 */
export const lexiconDuplicates: string[] = [];

export function byWeight(groups: Record<string, readonly string[]>): Record<string, number> {
  const words: Record<string, number> = {};
  for (const [weight, entries] of Object.entries(groups)) {
    for (const entry of entries) {
      if (entry in words) lexiconDuplicates.push(entry);
      else words[entry] = Number(weight);
    }
  }
  return words;
}
