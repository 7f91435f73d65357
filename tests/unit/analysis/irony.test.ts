/**
 * Irony by structure (engine/polarity.ts): praise compared to something bad ("crispy like a shoe sole") and praise
 * in scare quotes ("the 'charming room'") read as complaints. Texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../../../lib/analysis';

const category = (text: string, lang: string): string => analyzeReview({ text, lang }).category;

describe('a comparison with something bad is a complaint, and turns the praise before it', () => {
  it.each([
    ['en', 'A tender steak, tender like cardboard, and the chips were cold.'],
    ['de', 'Ein wunderbar weiches Bett, weich wie ein Stein.'],
    ['fr', 'Une viande tendre comme du carton, servie avec le sourire.'],
    ['es', 'Un filete jugoso como una suela, eso sí, muy bien presentado.'],
    ['it', 'Una bistecca morbida come una suola e il pane duro.'],
  ])('%s', (lang, text) => {
    expect(category(text, lang)).toBe('complaint');
  });
  it.each([
    ['en', 'Soft pillows and the room was as quiet as a library. Wonderful stay.'],
    ['fr', "Comme d'habitude, accueil parfait et chambre impeccable."],
    ['es', 'Como siempre, un trato excelente y la habitación impecable.'],
  ])('%s: "like" before an ordinary word changes nothing', (lang, text) => {
    expect(category(text, lang)).toBe('positive');
  });
});

describe('praise in scare quotes is irony', () => {
  it.each([
    ['en', 'Great, the "luxury suite": a leaking ceiling and a broken kettle.'],
    ['fr', 'Superbe, la suite « luxueuse » : un matelas défoncé et une douche froide.'],
    ['it', "Bellissima la 'camera con vista': un muro e un bidone della spazzatura."],
  ])('%s', (lang, text) => {
    expect(category(text, lang)).toBe('complaint');
  });
  it.each([
    ['en', 'We stayed in the "Blue Room", which was lovely and quiet, and the staff were wonderful.'],
    ['fr', "L'accueil d'Anne était parfait, on reviendra dans la suite « Lavande »."],
  ])('%s: a quoted name next to praise is not irony', (lang, text) => {
    expect(category(text, lang)).toBe('positive');
  });
});
