import { describe, expect, it } from 'vitest';
import { syntheticCorpus } from '../bench/corpus.js';
import { compareCopies, copyJaccard, fingerprintText } from '../src/corpus/dedup/index.js';

// Ingest decides copies with copyJaccard (early exit, no estimate); it must decide exactly as compareCopies does.
describe('copy decisions at ingest', () => {
  const fps = [...syntheticCorpus(400, { seed: 17, copyRate: 0.2, resendRate: 0 })].map((a) => fingerprintText(a.text));

  it('copyJaccard gives compareCopies’ decision and Jaccard for every pair', () => {
    let copies = 0;
    let mismatches = 0;
    for (let i = 0; i < fps.length; i++)
      for (let j = 0; j < i; j++) {
        const c = compareCopies(fps[i]!, fps[j]!);
        const expected = c.kind === 'none' ? -1 : c.jaccard;
        if (copyJaccard(fps[i]!, fps[j]!) !== expected) mismatches++;
        if (expected >= 0) copies++;
      }
    expect(mismatches).toBe(0);
    expect(copies).toBeGreaterThan(40);
  });

  it('an exact copy is 1, an empty body is never a copy', () => {
    const a = fps[0]!;
    expect(copyJaccard(a, { ...a })).toBe(1);
    expect(copyJaccard(a, { ...a, hash: 'x', size: 0, shingles: new Uint32Array(0) })).toBe(-1);
  });
});
