import { type BodySource, copyBodyOfAnalysis, copyBodyOfText } from './body.js';
import { normalizedBodyHash } from './hash.js';
import { minhashSignature, shingleHashes } from './minhash.js';
import { wordHashes } from './normalize.js';
import { DEDUP_DEFAULTS, type DedupOptions } from './options.js';

/**
 * What copy detection keeps of an article. A store persists `hash`, `signature` (see `encodeSignature`), `size` and
 * the LSH band keys; `shingles` is optional there (verification falls back to the MinHash estimate without it).
 */
export interface CopyFingerprint {
  /** SHA-256 hex of the normalised body (exact duplicates). */
  readonly hash: string;
  /** MinHash signature (`permutations` entries). */
  readonly signature: Uint32Array;
  /** Number of distinct shingles. */
  readonly size: number;
  /** Sorted distinct shingle hashes, for exact verification of candidate pairs. */
  readonly shingles?: Uint32Array;
}

/**
 * Fingerprints a body text (use `copyBodyOfAnalysis`/`copyBodyOfText` to get it, or `fingerprintAnalysis`).
 *
 * @example
 * const fp = fingerprintBody('The Senate voted 52-48 on Tuesday …');
 * fp.signature.length // 128
 */
export function fingerprintBody(body: string, o: DedupOptions = DEDUP_DEFAULTS): CopyFingerprint {
  const shingles = shingleHashes(wordHashes(body), o.shingle);
  return {
    hash: normalizedBodyHash(body),
    signature: minhashSignature(shingles, o.permutations),
    size: shingles.length,
    shingles,
  };
}

/**
 * Fingerprints an analysed article (`AnalysisV1` or anything with `text` and `article.body`/`dateline` spans).
 *
 * @example
 * const fp = fingerprintAnalysis(analyzer.analyze(text));
 */
export function fingerprintAnalysis(a: BodySource, o: DedupOptions = DEDUP_DEFAULTS): CopyFingerprint {
  return fingerprintBody(copyBodyOfAnalysis(a), o);
}

/**
 * Fingerprints a plain text (bylines and datelines dropped, headline kept).
 *
 * @example
 * fingerprintText('WASHINGTON (AP) — The Senate voted …').size // > 0
 */
export function fingerprintText(text: string, o: DedupOptions = DEDUP_DEFAULTS): CopyFingerprint {
  return fingerprintBody(copyBodyOfText(text), o);
}

/**
 * A signature or shingle array as little-endian bytes (for a BLOB column).
 *
 * @example
 * decodeUint32s(encodeUint32s(fp.signature)) // equal to fp.signature
 */
export function encodeUint32s(values: Uint32Array): Uint8Array {
  const out = new Uint8Array(values.length * 4);
  const view = new DataView(out.buffer);
  for (let i = 0; i < values.length; i++) view.setUint32(i * 4, values[i]!, true);
  return out;
}

/** The inverse of `encodeUint32s`; throws a RangeError when the length is not a multiple of 4. */
export function decodeUint32s(bytes: Uint8Array): Uint32Array {
  if (bytes.length % 4 !== 0) throw new RangeError('decodeUint32s: length is not a multiple of 4');
  const out = new Uint32Array(bytes.length / 4);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i < out.length; i++) out[i] = view.getUint32(i * 4, true);
  return out;
}
