/**
 * Another subject with no stay in it is off topic however heated it is (engine/category.ts): word classes of other
 * services (a dentist, a plumber) and of public affairs (taxes, the government). Texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../../../lib/analysis';

const category = (text: string, lang: string): string => analyzeReview({ text, lang }).category;

describe('another subject, no stay: off topic', () => {
  it.each([
    ['en', 'Does anybody here know of a reliable plumber? Ours vanished with the deposit, brilliant.'],
    ['de', 'Kennt jemand einen guten Zahnarzt in der Gegend? Meiner ist furchtbar.'],
    ['fr', 'Les impôts étouffent les petits commerçants, ce pays ne sait plus que taxer. Honteux.'],
    ['es', 'Con estos impuestos los autónomos no levantan cabeza, este país es una vergüenza.'],
    ['it', 'Qualcuno mi sa consigliare un bravo meccanico? Il mio è un disastro.'],
  ])('%s', (lang, text) => {
    expect(category(text, lang)).toBe('off_topic');
  });
  it.each([
    ['en', 'The hotel is lovely but the city taxes added to the bill were a shock. Great breakfast though.'],
    ['fr', 'Chambre propre et personnel adorable, même si la taxe de séjour et les impôts locaux gonflent la note.'],
  ])('%s: a stay with taxes in it is a review', (lang, text) => {
    expect(category(text, lang)).not.toBe('off_topic');
  });
});
