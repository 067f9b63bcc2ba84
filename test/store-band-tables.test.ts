import { describe, expect, it } from 'vitest';
import { BandKeySet } from '../src/corpus/ingest/band-set.js';
import { FullBands } from '../src/corpus/ingest/copies.js';
import { PendingBandIndex } from '../src/store/sqlite/pending-bands.js';

/** Band keys as ingest makes them: band index × 2³² + a 32-bit hash (so most are above 2³¹). */
const key = (band: number, hash: number) => band * 0x100000000 + (hash >>> 0);

/** A seeded stream of 32-bit values (xorshift32). */
function stream(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return x >>> 0;
  };
}

describe('PendingBandIndex (pending band rows in typed arrays)', () => {
  it('answers exactly as a Map of id lists, through growth, sorting and clearing', () => {
    const next = stream(7);
    const index = new PendingBandIndex();
    const model = new Map<number, number[]>();
    // Keys repeat (a few hundred distinct per band), so lists of several ids form; 0 is a valid key too.
    const keys = [0, ...Array.from({ length: 3000 }, () => key(next() % 32, next() % 700))];
    for (let id = 1; id <= 400; id++)
      for (let j = 0; j < 32; j++) {
        const k = keys[next() % keys.length]!;
        if (model.get(k)?.at(-1) === id) continue; // one row per (key, article), as the writer gives
        index.add(k, id);
        const list = model.get(k);
        if (list) list.push(id);
        else model.set(k, [id]);
      }
    const rows = [...model.values()].reduce((n, l) => n + l.length, 0);
    expect(index.size).toBe(rows);
    expect(index.keyCount).toBe(model.size);
    for (const k of keys) expect(index.get(k)).toEqual(model.get(k));
    expect(index.get(key(40, 1))).toBeUndefined();

    const { keys: sortedKeys, bands, ids } = index.sorted();
    const expectedKeys = [...model.keys()].sort((a, b) => a - b);
    expect([...sortedKeys]).toEqual(expectedKeys);
    const pairs = expectedKeys.flatMap((k) => model.get(k)!.map((id) => [k, id]));
    expect([...bands]).toEqual(pairs.map((p) => p[0]));
    expect([...ids]).toEqual(pairs.map((p) => p[1]));

    index.clear();
    expect(index.size).toBe(0);
    expect(index.get(keys[1]!)).toBeUndefined();
    index.add(keys[1]!, 9);
    expect(index.get(keys[1]!)).toEqual([9]);
    expect([...index.sorted().ids]).toEqual([9]);
  });
});

describe('BandKeySet and FullBands (full band keys in one typed table)', () => {
  it('holds exactly the keys added, up to its capacity', () => {
    const next = stream(11);
    const set = new BandKeySet(5000);
    const model = new Set<number>();
    for (let i = 0; i < 5000; i++) {
      const k = key(next() % 32, next());
      if (model.size < 5000 || model.has(k)) {
        set.add(k);
        model.add(k);
      }
    }
    expect(set.size).toBe(model.size);
    for (const k of model) expect(set.has(k)).toBe(true);
    let absent = 0;
    for (let i = 0; i < 5000; i++) {
      const k = key(next() % 32, next());
      if (!model.has(k)) {
        absent++;
        expect(set.has(k)).toBe(false);
      }
    }
    expect(absent).toBeGreaterThan(4900);
    if (set.size === set.capacity) expect(() => set.add(key(99, 1))).toThrow(RangeError);
    set.clear();
    expect(set.size).toBe(0);
    expect(set.has([...model][0]!)).toBe(false);
  });

  it('FullBands forgets everything when it reaches its limit, as the Set it replaced did', () => {
    const full = new FullBands(4);
    for (const b of [1, 2, 3, 4]) full.add(key(b, 5));
    expect([1, 2, 3, 4].every((b) => full.has(key(b, 5)))).toBe(true);
    // The fifth key empties the set first, even when a key already in it is added again.
    full.add(key(1, 5));
    expect(full.has(key(1, 5))).toBe(true);
    expect(full.has(key(2, 5))).toBe(false);
  });
});
