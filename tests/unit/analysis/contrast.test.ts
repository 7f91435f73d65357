/**
 * Contrast across sentences: a sentence opened by "But" / "Mais" / "Aber" / "Pero" / "Ma" turns against the sentence
 * before it, like a "but" inside one sentence (engine/polarity.ts). Texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../../../lib/analysis';

const category = (text: string, lang: string): string => analyzeReview({ text, lang }).category;

describe('a sentence opened by a contrast weighs the praise before it down', () => {
  it.each([
    ['en', 'The lamb was excellent. But we waited forty minutes for our table and the service was slow.'],
    ['de', 'Der Zander war wirklich hervorragend. Aber der Service war langsam.'],
    ['de', 'Das Frühstück war hervorragend. Aber das Zimmer war laut und das Bad alt.'],
    ['fr', 'Le dîner était excellent. Mais le service était lent et la salle bruyante.'],
    ['it', 'La cena era eccellente. Ma il servizio era lento e la sala rumorosa.'],
  ])('%s: praise then "But …" complaints is mixed', (lang, text) => {
    expect(category(text, lang)).toBe('mixed');
  });
  it.each([
    ['en', 'The room was a bit small. But the staff were wonderful, the view stunning and breakfast delicious.'],
    ['fr', 'La chambre était un peu petite. Mais le personnel était adorable et le petit-déjeuner délicieux.'],
  ])('%s: a small flaw then "But …" praise stays positive', (lang, text) => {
    expect(category(text, lang)).toBe('positive');
  });
});
