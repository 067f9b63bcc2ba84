// A cheap pre-check before a string look-up. Most tokens are in no lexicon; a bit table indexed by a small
// signature of the string rejects them without hashing the string or probing a Map.

const BITS = 1 << 17;
const MASK = BITS - 1;

/** Signature of `len` UTF-16 units of `s` from `at`: the length, first two and last two units, folded into 17 bits. */
function signature(s: string, at: number, len: number): number {
  if (len === 0) return 0;
  const a = s.charCodeAt(at);
  const b = len > 1 ? s.charCodeAt(at + 1) : 0;
  const y = len > 2 ? s.charCodeAt(at + len - 2) : 0;
  const z = s.charCodeAt(at + len - 1);
  return ((((a * 31 + b) * 31 + y) * 31 + z) * 61 + len) & MASK;
}

/**
 * An over-approximation of a set of strings: `mayHave(s)` is false only when `s` is surely not in the set
 * (different strings may share a bit, which only lets a few more through to the exact look-up).
 *
 * @example
 * const f = new WordFilter(['analyst', 'officials']);
 * f.mayHave('analyst'); // true
 * f.mayHave('said'); // false (almost surely)
 */
export class WordFilter {
  private readonly bits = new Uint32Array(BITS >>> 5);

  constructor(words: Iterable<string> = []) {
    for (const w of words) this.add(w);
  }

  add(word: string): void {
    const k = signature(word, 0, word.length);
    this.bits[k >>> 5]! |= 1 << (k & 31);
  }

  mayHave(s: string): boolean {
    const k = signature(s, 0, s.length);
    return (this.bits[k >>> 5]! & (1 << (k & 31))) !== 0;
  }

  /** `mayHave(text.slice(start, start + len))` without building the slice. */
  mayHaveAt(text: string, start: number, len: number): boolean {
    const k = signature(text, start, len);
    return (this.bits[k >>> 5]! & (1 << (k & 31))) !== 0;
  }
}
