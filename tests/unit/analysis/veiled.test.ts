/**
 * The veiled-blackmail hint (AnalysisResult.veiledBlackmail): set when the rules do not call a text blackmail but
 * the model (lib/analysis/model) reads an advantage tied to a review; never on a text the rules already call
 * blackmail, never on an ordinary complaint or praise.
 */
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../../../lib/analysis/index';
import { normalize } from '../../../lib/analysis/normalize';
import { veiledBlackmailProbability } from '../../../lib/analysis/model/blackmail';
import { corpusLanguages, loadCorpus } from '../../../scripts/eval/analysis';

describe('veiled blackmail hint', () => {
  // wordings the rules do not (yet) call blackmail: if a rule learns one, replace it with a new veiled wording
  it.each([
    'My blog post about your place is half written; how it ends could depend on a little goodwill on the minibar bill.',
    // (the structural tie of engine/structures.ts now calls 'Meine Bewertung hängt davon ab, ob Sie uns bei der Rechnung entgegenkommen.' blackmail)
    'Meine Bewertung schreibe ich heute Abend. Ein Entgegenkommen bei der Rechnung fände ich fair.',
    'Le stelle che vi darò dipendono dallo sconto sul conto.',
  ])('flags a veiled demand the rules do not call blackmail: %s', (text) => {
    const result = analyzeReview({ text });
    expect(result.category).not.toBe('blackmail');
    expect(result.veiledBlackmail?.probability).toBeGreaterThanOrEqual(0.5);
    expect(result.veiledBlackmail?.probability).toBeLessThanOrEqual(1);
  });

  it('is absent when the rules already call it blackmail', () => {
    const result = analyzeReview({ text: 'Refund my stay by Friday or I will post a one-star review on TripAdvisor and Google.' });
    expect(result.category).toBe('blackmail');
    expect(result.veiledBlackmail).toBeUndefined();
  });

  it.each([
    'The room was noisy and the breakfast cold; the price was too high for what you get. Two stars.',
    'Lovely stay, spotless room and a warm welcome. Five stars without hesitation!',
    'Le petit-déjeuner était froid et le personnel débordé. Je mets deux étoiles, sans rien demander.',
  ])('is absent on an honest review: %s', (text) => {
    expect(analyzeReview({ text }).veiledBlackmail).toBeUndefined();
  });

  it('skips the model only where its own review test would refuse: same answer with and without the quick regex', () => {
    let flagged = 0;
    for (const lang of corpusLanguages()) {
      for (const entry of loadCorpus(lang)) {
        const result = analyzeReview({ text: entry.text });
        const full = veiledBlackmailProbability(result.analysedText, result.language, result.signals);
        const quick = veiledBlackmailProbability(result.analysedText, result.language, result.signals, normalize(result.analysedText).text);
        expect(quick, entry.id).toBe(full);
        if (full !== null) flagged++;
      }
    }
    expect(flagged).toBeGreaterThan(50);
  });
});
