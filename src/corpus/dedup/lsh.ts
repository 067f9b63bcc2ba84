import { fmix32 } from './hash.js';

/**
 * The LSH band keys of a signature: one key per band ("<band>:<8 hex>", the band's rows hashed together). Two
 * signatures that agree on all rows of any band share that band's key, so a store keeps (key → article) rows in an
 * indexed table and looks candidates up by key, with no in-memory index.
 *
 * @example
 * lshBandKeys(sig, 32, 4) // ['0:9f3a12bc', '1:04be77d1', …] (32 keys)
 */
export function lshBandKeys(signature: Uint32Array, bands: number, rows: number): string[] {
  const out: string[] = new Array(bands);
  for (let b = 0; b < bands; b++) out[b] = `${b}:${bandHash(signature, b, rows).toString(16).padStart(8, '0')}`;
  return out;
}

/**
 * The same keys as integers (band × 2³² + row hash, below 2⁵³): for an INTEGER column.
 *
 * @example
 * lshBandKeyNumbers(sig, 32, 4)[1] // 4294967296 + hash of band 1
 */
export function lshBandKeyNumbers(signature: Uint32Array, bands: number, rows: number): number[] {
  const out: number[] = new Array(bands);
  for (let b = 0; b < bands; b++) out[b] = b * 0x100000000 + bandHash(signature, b, rows);
  return out;
}

function bandHash(sig: Uint32Array, band: number, rows: number): number {
  let h = 0x27d4eb2f ^ band;
  const start = band * rows;
  for (let r = 0; r < rows; r++) h = fmix32(Math.imul(h ^ (sig[start + r] ?? 0), 0x01000193) + r);
  return h;
}
