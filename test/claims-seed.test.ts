/**
 * The seed article (read from ../shared/data, never copied): one disputed claim, that US–China trade negotiations
 * are under way, asserted by the United States and denied by China (the Foreign Ministry, Guo Jiakun's "fake news").
 * The first block pins the claims stage on the layers issue 2 §8 says upstream must emit; the second runs the real
 * pipeline end to end.
 */
import { describe, expect, it } from 'vitest';
import { holderInfo } from '../src/claims/holders.js';
import { buildClaims } from '../src/claims/index.js';
import { type Claim, createAnalyzer, type Doc, type Position, type Span } from '../src/index.js';
import { handDoc, type Loc } from './claims-helpers.js';
import { readSeed } from './helpers.js';

const seed = readSeed();

/** The span strictly between the first `open` after `anchor` and the next `close`. */
function inside(text: string, anchor: string, open: string, close: string): Span {
  const a = text.indexOf(anchor);
  const start = text.indexOf(open, a) + open.length;
  return { start, end: text.indexOf(close, start) };
}

/** The country side of a position's holder: its entity's (or affiliation's) country, else read from its name. */
function sideOf(doc: Doc, p: Position): string | null {
  const byId = new Map(doc.entities.map((e) => [e.id, e]));
  return holderInfo(p.holder ? byId.get(p.holder) : undefined, p.holderName, byId).country;
}

function quoteText(doc: Doc, id: string): string {
  const q = doc.quotes.find((x) => x.id === id);
  return q ? q.content.map((s) => doc.text.slice(s.start, s.end).replace(/[.,;:!?]+$/, '')).join(' … ') : '';
}

function expectSeedDispute(doc: Doc): Claim {
  const disputed = doc.claims.filter((c) => c.disputed);
  expect(disputed.map((c) => c.proposition.text)).toHaveLength(1);
  const c = disputed[0]!;
  expect(c.proposition.text).toMatch(/negotiation/i);
  expect(c.signature).toMatchObject({ predicates: ['NEGOTIATE'], symmetric: true, agents: ['CHN', 'USA'] });
  const asserters = c.positions.filter((p) => p.stance === 'assert');
  const deniers = c.positions.filter((p) => p.stance === 'deny');
  // Asserted by the United States, and by nobody on the Chinese side.
  expect(asserters.length).toBeGreaterThan(0);
  expect(asserters.every((p) => sideOf(doc, p) === 'USA')).toBe(true);
  // Denied by China: the Foreign Ministry, and Guo Jiakun calling it "fake news"; nobody on the U.S. side denies.
  expect(deniers.every((p) => sideOf(doc, p) === 'CHN')).toBe(true);
  expect(deniers.some((p) => /Foreign Ministry/.test(p.holderName))).toBe(true);
  const guo = deniers.filter((p) => /Guo Jiakun/.test(p.holderName));
  expect(guo.map((p) => quoteText(doc, p.evidence))).toContain('fake news');
  return c;
}

describe('seed: claims from the layers issue 2 §8 specifies', () => {
  const at = (loc: Loc): Span => {
    const [s, n, anchor] = typeof loc === 'string' ? [loc, 0, undefined] : [loc[0], loc[1], loc[2]];
    let i = seed.indexOf(s, anchor ? seed.indexOf(anchor) : 0);
    for (let k = 0; k < n; k++) i = seed.indexOf(s, i + 1);
    return { start: i, end: i + s.length };
  };
  const direct = inside(seed, 'stating', '“', '”');
  const fake = inside(seed, 'labeled', '“', '”');
  const accusedOf = { start: at(['accused', 0]).end + 1, end: at([' and labeled', 0]).start };

  const build = (): Doc => {
    const doc = handDoc(seed, {
      entities: [
        { id: 'chn', type: 'country', name: 'China', country: 'CHN', mentions: [] },
        { id: 'usa', type: 'country', name: 'United States', country: 'USA', mentions: [] },
        { id: 'fm', type: 'organization', name: 'Chinese Foreign Ministry', country: 'CHN', mentions: [] },
        {
          id: 'guo',
          type: 'person',
          name: 'Guo Jiakun',
          country: 'CHN',
          roles: ['spokesman'],
          affiliation: 'fm',
          mentions: [],
        },
      ],
    });
    const q = (
      id: string,
      content: Span,
      cue: Span,
      act: 'assert' | 'deny' | 'accuse',
      speaker: string,
      kind = 'indirect',
    ) => ({
      id,
      kind: kind as 'indirect',
      content: [content],
      cue,
      act,
      speaker: { mention: null, entity: speaker, name: doc.entities.find((e) => e.id === speaker)!.name },
      rule: 'test/hand',
      confidence: 1,
    });
    const denied = at(['denied', 0]);
    doc.quotes = [
      q('q1', { start: denied.end + 1, end: at([', indicating', 0]).start }, denied, 'deny', 'chn'),
      q(
        'q2',
        { start: at(['claims', 0, 'As the']).end + 1, end: at([',', 0, 'As the']).start },
        at(['claims', 0, 'As the']),
        'assert',
        'usa',
      ),
      q(
        'q3',
        { start: at(['asserts', 0]).end + 1, end: at(['.', 0, 'asserts']).start },
        at(['asserts', 0]),
        'assert',
        'fm',
      ),
      q(
        'q4',
        { start: at(['rejected', 0]).end + 1, end: at([', firmly', 0]).start },
        at(['rejected', 0]),
        'deny',
        'fm',
      ),
      q('q5', direct, at(['stating', 0]), 'assert', 'fm', 'direct'),
      q('q6', accusedOf, at(['accused', 0]), 'accuse', 'guo'),
      q('q7', fake, at(['labeled', 0]), 'deny', 'guo', 'partial'),
    ];
    buildClaims(doc);
    return doc;
  };

  it('forms exactly one disputed claim: the U.S. asserts US–China trade negotiations, China denies them', () => {
    const doc = build();
    const c = expectSeedDispute(doc);
    expect(c.proposition.text).toBe('United States–China trade negotiations are under way');
    expect(c.positions.map((p) => `${p.holder}:${p.stance}:${p.evidence}`)).toEqual([
      'chn:deny:q1',
      'usa:assert:q1',
      'usa:assert:q2',
      'fm:deny:q3',
      'fm:deny:q4',
      'fm:deny:q5',
      'guo:deny:q7',
    ]);
    // Guo's accusation is a claim of its own, and the demand in the statement makes none.
    expect(
      doc.claims.filter((x) => !x.disputed).map((x) => x.positions.map((p) => `${p.holder}:${p.stance}:${p.evidence}`)),
    ).toEqual([['guo:assert:q6']]);
  });
});

describe('seed: end to end through the real pipeline', () => {
  it('finds exactly one disputed claim, asserted by the United States and denied by China', () => {
    const doc = createAnalyzer().analyzeDoc({ text: seed, source: 'seed' });
    expectSeedDispute(doc);
  });
});
