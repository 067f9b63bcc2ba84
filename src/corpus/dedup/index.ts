/** Copies across articles: exact duplicates by normalised body hash, near-copies by MinHash + LSH over word shingles. */
export { type BodySource, copyBodyOfAnalysis, copyBodyOfText, stripDateline } from './body.js';
export { type CopyDecision, CopyIndex } from './copy-index.js';
export {
  type CopyFingerprint,
  decodeUint32s,
  encodeUint32s,
  fingerprintAnalysis,
  fingerprintBody,
  fingerprintText,
} from './fingerprint.js';
export { hashString32, normalizedBodyHash } from './hash.js';
export { lshBandKeyNumbers, lshBandKeys } from './lsh.js';
export { estimateJaccard, minhashSignature, shingleHashes } from './minhash.js';
export { type CopyComparison, compareCopies, copyJaccard, isNearCopy } from './near-copy.js';
export { normalizedWords, normalizeForHash, wordHashes } from './normalize.js';
export { DEDUP_DEFAULTS, type DedupOptions, resolveDedupOptions } from './options.js';
