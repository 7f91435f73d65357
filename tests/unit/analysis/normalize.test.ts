import { describe, expect, it } from 'vitest';
import { normalize, toOriginal } from '../../../lib/analysis/normalize';

const norm = (s: string): string => normalize(s).text;

describe('normalize', () => {
  it('folds case, accents and special letters', () => {
    expect(norm('Remboursez-MOI Ça Été')).toBe('remboursez-moi ca ete');
    expect(norm('Straße Œuvre Ærø')).toBe('strasse oeuvre aero');
  });

  it('drops zero-width and bidi characters', () => {
    expect(norm('re\u200bfu\u200dnd\u202e me\ufeff')).toBe('refund me');
  });

  it('joins spaced or dotted letters, word by word', () => {
    expect(norm('R E M B O U R S E Z')).toBe('remboursez');
    expect(norm('r.e.f.u.n.d now')).toBe('refund now');
    expect(norm('R E F U N D   M E   O R   I   P O S T')).toBe('refund me or i post');
    expect(norm('a b c')).toBe('a b c'); // too short to be an obfuscation
  });

  it('folds look-alike letters inside words', () => {
    expect(norm('rеfund')).toBe('refund'); // Cyrillic е
    expect(norm('sc@m r3fund m0ney')).toBe('scam refund money');
    expect(norm('room 214, 5 stars')).toBe('room 214, 5 stars'); // digits alone stay digits
  });

  it('collapses whitespace, repeated punctuation and letter runs', () => {
    expect(norm('  so   bad!!!   ??? ')).toBe('so bad! ?');
    expect(norm('soooo baaaad')).toBe('soo baad');
    expect(norm('www.example.com')).toBe('www.example.com');
  });

  it('maps every normalised span back to the original', () => {
    const original = 'Ｒéf\u200bund   ME 😀 now!!!';
    const n = normalize(original);
    const i = n.text.indexOf('me');
    const { start, end } = toOriginal(n, i, i + 2);
    expect(original.slice(start, end)).toBe('ME');
    const e = n.text.indexOf('😀');
    const emoji = toOriginal(n, e, e + 2);
    expect(original.slice(emoji.start, emoji.end)).toBe('😀');
    expect(n.starts.length).toBe(n.text.length);
  });

  it('is linear: 10× the input costs about 10× the time', { retry: 2 }, () => {
    const unit = 'R E F U N D   m\u200be sc@m!!! ééé ';
    const small = unit.repeat(400);
    const large = unit.repeat(4000);
    normalize(small);
    let t0 = performance.now();
    normalize(small);
    const tSmall = performance.now() - t0;
    t0 = performance.now();
    normalize(large);
    const tLarge = performance.now() - t0;
    expect(tLarge).toBeLessThan(30 * tSmall + 20);
  });
});
