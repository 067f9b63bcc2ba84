import { describe, expect, it } from 'vitest';
import { CONCEPTS, HAPPENING_LEMMAS, SYMMETRIC_PLOVER } from '../src/claims/lexicon/concepts.js';
import { SYNONYM_GROUPS } from '../src/claims/lexicon/synonyms.js';
import { HEDGES, NEGATORS, STOP_LEMMAS, VERDICTS, WRAPPERS } from '../src/claims/lexicon/words.js';

describe('claims lexicons', () => {
  it('concepts have unique keys, a note, a phrase, lower-case lemmas, and no lemma in two concepts', () => {
    const keys = new Set<string>();
    const lemmas = new Map<string, string>();
    for (const c of CONCEPTS) {
      expect(keys.has(c.key), c.key).toBe(false);
      keys.add(c.key);
      expect(c.key).toMatch(/^[A-Z]+$/);
      expect(c.note.length, c.key).toBeGreaterThan(5);
      expect(c.phrase.length, c.key).toBeGreaterThan(3);
      for (const l of c.lemmas) {
        expect(l, c.key).toBe(l.toLowerCase());
        expect(lemmas.get(l), `${l} in ${c.key} and ${lemmas.get(l)}`).toBeUndefined();
        lemmas.set(l, c.key);
      }
      // A symmetric concept's PLOVER type must not contradict the event side's symmetric types, and vice versa.
      if (c.plover && SYMMETRIC_PLOVER.has(c.plover)) expect(c.symmetric, c.key).toBe(true);
    }
  });

  it('no word is both a predicate concept and a word the reader drops or reinterprets', () => {
    const dropped = new Set([...HAPPENING_LEMMAS, ...STOP_LEMMAS, ...WRAPPERS.keys(), ...NEGATORS, ...HEDGES]);
    for (const c of CONCEPTS) for (const l of c.lemmas) expect(dropped.has(l), `${c.key}: ${l}`).toBe(false);
    for (const g of SYNONYM_GROUPS) {
      expect(g.note.length).toBeGreaterThan(5);
      for (const l of g.lemmas) {
        expect(dropped.has(l) || VERDICTS.has(l), l).toBe(false);
        expect(
          CONCEPTS.some((c) => c.lemmas.includes(l)),
          l,
        ).toBe(false);
      }
    }
    const all = SYNONYM_GROUPS.flatMap((g) => g.lemmas);
    expect(new Set(all).size).toBe(all.length);
  });
});
