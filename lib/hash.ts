/** Small non-cryptographic hashes shared by the composer (stable wording seeds) and the blackmail model (n-gram buckets). */

/** FNV-1a over UTF-16 code units, 32 bits unsigned. */
export function fnv1a32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** murmur3's finaliser (fmix32): spreads every input bit over all output bits (FNV's low bits depend only on low bits). */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
