/**
 * A Bloom filter over the band keys in `lsh_bands`: most keys an article looks up are held by no stored article
 * (its own text), and each such look-up is still a random B-tree probe into a table of millions of rows. Keys the
 * filter has never seen are certainly not stored, so they are not asked for; the answer of a look-up is unchanged
 * (a filter has false positives, never false negatives).
 *
 * Fixed size (4 MB): memory stays flat. At ~2.5 M keys (100k articles) about 0.5% of absent keys still get probed;
 * the share grows slowly with the corpus, the answers never change.
 */

import { bandKeyHash, fmix32 } from '../../corpus/dedup/hash.js';

const BITS_LOG2 = 25;
const MASK = (1 << BITS_LOG2) - 1;
const PROBES = 4;

export class BandFilter {
  private readonly words = new Uint32Array(1 << (BITS_LOG2 - 5));
  // The two hashes of the key last hashed (double hashing: probe i is h1 + i·h2), kept in fields: no allocation.
  private h1 = 0;
  private h2 = 0;

  private hash(key: number): void {
    this.h1 = bandKeyHash(key);
    this.h2 = fmix32(this.h1 ^ 0x27d4eb2f) | 1;
  }

  /** Band keys are non-negative integers below 2⁵³ (band index × 2³² + band hash). */
  add(key: number): void {
    this.hash(key);
    for (let i = 0; i < PROBES; i++) {
      const bit = (this.h1 + Math.imul(i, this.h2)) & MASK;
      const w = bit >>> 5;
      this.words[w] = this.words[w]! | (1 << (bit & 31));
    }
  }

  /** False: the key was never added. True: it may have been. */
  mayHave(key: number): boolean {
    this.hash(key);
    for (let i = 0; i < PROBES; i++) {
      const bit = (this.h1 + Math.imul(i, this.h2)) & MASK;
      if ((this.words[bit >>> 5]! & (1 << (bit & 31))) === 0) return false;
    }
    return true;
  }
}
