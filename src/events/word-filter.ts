/**
 * A cheap pre-test for a word list: a bit per (length, first letter, last letter). A word of the list always passes;
 * most other words fail without hashing the word, which a Map or Set look-up would do on every fresh token string.
 */
export class WordFilter {
  private readonly bits = new Uint32Array(1 << 9);

  constructor(words: Iterable<string>) {
    for (const w of words) {
      const b = slot(w);
      this.bits[b >>> 5]! |= 1 << (b & 31);
    }
  }

  /** False only when `w` is surely not in the list. */
  mayHave(w: string): boolean {
    const b = slot(w);
    return (this.bits[b >>> 5]! & (1 << (b & 31))) !== 0;
  }
}

/** 14 bits: length (mod 16), first and last UTF-16 unit (mod 32; ASCII letters stay distinct). */
function slot(w: string): number {
  const n = w.length;
  if (n === 0) return 0;
  return ((n & 15) << 10) | ((w.charCodeAt(0) & 31) << 5) | (w.charCodeAt(n - 1) & 31);
}
