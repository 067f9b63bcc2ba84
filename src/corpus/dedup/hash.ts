import { createHash } from 'node:crypto';
import { normalizeForHash } from './normalize.js';

/**
 * SHA-256 (hex) of the normalised body: equal for exact duplicates that differ only in case, whitespace, quote
 * and dash styles.
 *
 * @example
 * normalizedBodyHash('A  “b” c') === normalizedBodyHash('a "B" c') // true
 */
export function normalizedBodyHash(text: string): string {
  return createHash('sha256').update(normalizeForHash(text), 'utf8').digest('hex');
}

/** FNV-1a over UTF-16 code units, finished with the murmur3 avalanche: a well-mixed 32-bit string hash. */
export function hashString32(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix32(h);
}

/** murmur3's 32-bit finaliser: every input bit affects every output bit. */
export function fmix32(x: number): number {
  let h = x;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * A 32-bit hash of an LSH band key (an integer below 2⁵³: band index × 2³² + band hash, see lsh.ts), for the tables
 * and filters keyed by band keys: both halves mixed, so keys of one band differing only in the high word spread too.
 */
export function bandKeyHash(key: number): number {
  const lo = key >>> 0;
  const hi = Math.floor(key / 0x100000000) >>> 0;
  return fmix32(lo ^ Math.imul(hi, 0x9e3779b1));
}
