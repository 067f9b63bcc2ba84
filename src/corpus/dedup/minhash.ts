import { fmix32 } from './hash.js';

/**
 * Sorted, distinct 32-bit hashes of the k-word shingles of a text given as word hashes (`wordHashes`); a text
 * shorter than k words gives one shingle of all its words, so that short texts still have a fingerprint.
 */
export function shingleHashes(words: Uint32Array, k: number): Uint32Array {
  const n = words.length;
  if (n === 0) return new Uint32Array(0);
  const count = n >= k ? n - k + 1 : 1;
  const span = Math.min(n, k);
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    let h = 0x9e3779b9;
    for (let j = 0; j < span; j++) h = Math.imul(h ^ words[i + j]!, 0x01000193) + j;
    out[i] = fmix32(h);
  }
  out.sort();
  // Distinct in place.
  let w = 0;
  for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[w - 1]) out[w++] = out[i]!;
  return out.slice(0, w);
}

// Per-permutation mixing constants (xor seed, odd multiplier), from a fixed splitmix32 stream: stable across runs
// and versions, since stored signatures depend on them.
const MAX_PERMUTATIONS = 1024;
const SEEDS = new Uint32Array(MAX_PERMUTATIONS);
const MULTS = new Uint32Array(MAX_PERMUTATIONS);
{
  let s = 0x2545f491;
  const next = () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
    return (z ^ (z >>> 15)) >>> 0;
  };
  for (let i = 0; i < MAX_PERMUTATIONS; i++) {
    SEEDS[i] = next();
    MULTS[i] = (next() | 1) >>> 0;
  }
}

/**
 * The MinHash signature of a shingle set: for each of `permutations` hash functions (xor-seed, odd multiply,
 * xor-shift: a cheap permutation of already well-mixed 32-bit values), the minimum over the set. An empty set gives
 * all 0xffffffff.
 *
 * @example
 * const sig = minhashSignature(shingleHashes(wordHashes(text), 4), 128);
 */
export function minhashSignature(shingles: Uint32Array, permutations: number): Uint32Array {
  if (permutations > MAX_PERMUTATIONS) throw new RangeError(`minhash: at most ${MAX_PERMUTATIONS} permutations`);
  const sig = new Uint32Array(permutations);
  const n = shingles.length;
  // Four permutations per pass over the shingles: a quarter of the loads and loop steps (same values).
  let p = 0;
  for (; p + 4 <= permutations; p += 4) {
    const a0 = SEEDS[p]!;
    const a1 = SEEDS[p + 1]!;
    const a2 = SEEDS[p + 2]!;
    const a3 = SEEDS[p + 3]!;
    const b0 = MULTS[p]!;
    const b1 = MULTS[p + 1]!;
    const b2 = MULTS[p + 2]!;
    const b3 = MULTS[p + 3]!;
    let m0 = 0xffffffff;
    let m1 = 0xffffffff;
    let m2 = 0xffffffff;
    let m3 = 0xffffffff;
    for (let i = 0; i < n; i++) {
      const x = shingles[i]!;
      let v = Math.imul(x ^ a0, b0);
      v = (v ^ (v >>> 15)) >>> 0;
      if (v < m0) m0 = v;
      v = Math.imul(x ^ a1, b1);
      v = (v ^ (v >>> 15)) >>> 0;
      if (v < m1) m1 = v;
      v = Math.imul(x ^ a2, b2);
      v = (v ^ (v >>> 15)) >>> 0;
      if (v < m2) m2 = v;
      v = Math.imul(x ^ a3, b3);
      v = (v ^ (v >>> 15)) >>> 0;
      if (v < m3) m3 = v;
    }
    sig[p] = m0;
    sig[p + 1] = m1;
    sig[p + 2] = m2;
    sig[p + 3] = m3;
  }
  for (; p < permutations; p++) {
    const a = SEEDS[p]!;
    const b = MULTS[p]!;
    let min = 0xffffffff;
    for (let i = 0; i < n; i++) {
      let v = Math.imul(shingles[i]! ^ a, b);
      v = (v ^ (v >>> 15)) >>> 0;
      if (v < min) min = v;
    }
    sig[p] = min;
  }
  return sig;
}

/**
 * The MinHash estimate of the Jaccard similarity of two sets: the share of equal signature positions.
 *
 * @example
 * estimateJaccard(sigA, sigB) // 0.8125
 */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let eq = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) eq++;
  return eq / n;
}

/** Size of the intersection of two sorted distinct arrays (merge walk). */
export function intersectionSize(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}
