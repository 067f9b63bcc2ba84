import { describe, expect, it } from 'vitest';
import {
  type ArticleClaims,
  corpusDisputes,
  EntityLinker,
  propositionKey,
  propositionTerms,
  sameCorpusProposition,
} from '../src/corpus/link/index.js';
import type { PropositionSignature } from '../src/model/index.js';

// Built as the claims stage would (cast: that stage's signature may gain fields).
const talks = (over: Partial<PropositionSignature> = {}): PropositionSignature =>
  ({
    mood: 'actual',
    predicates: ['NEGOTIATE'],
    concept: 'NEGOTIATE',
    plover: 'CONSULT',
    cameo: null,
    symmetric: true,
    agents: ['CHN', 'USA'],
    patients: [],
    topics: ['trade'],
    open: false,
    anchored: false,
    ...over,
  }) as PropositionSignature;

const washington: ArticleClaims = {
  article: 'a1',
  source: 'Daily Ledger',
  published: '2026-04-02',
  entities: [{ id: 'e1', type: 'person', name: 'Dana Whitfield', country: 'USA', roles: ['secretary'] }],
  claims: [
    {
      id: 'c1',
      proposition: { text: 'China and the United States are negotiating a trade deal', event: null },
      signature: talks(),
      positions: [{ holder: 'e1', holderName: 'Dana Whitfield', stance: 'assert', evidence: 'q1' }],
    },
  ],
};
const beijing: ArticleClaims = {
  article: 'a2',
  source: 'Metro Courier',
  published: '2026-04-03',
  entities: [{ id: 'e1', type: 'organization', name: 'Ministry of Commerce', country: 'CHN', roles: [] }],
  claims: [
    {
      id: 'c1',
      proposition: { text: 'there are no trade negotiations with the U.S.', event: null },
      signature: talks({ agents: ['USA', 'CHN'] }),
      positions: [{ holder: 'e1', holderName: 'Ministry of Commerce', stance: 'deny', evidence: 'q3' }],
    },
    {
      id: 'c2',
      proposition: { text: 'the tariffs will be lifted', event: null },
      positions: [{ holder: 'e1', holderName: 'Ministry of Commerce', stance: 'doubt', evidence: 'q4' }],
    },
  ],
};
const followUp: ArticleClaims = {
  article: 'a3',
  source: 'Valley Tribune',
  published: '2026-04-05',
  entities: [{ id: 'x9', type: 'person', name: 'Secretary Dana Whitfield', country: 'USA', roles: ['secretary'] }],
  claims: [
    {
      id: 'c7',
      proposition: { text: 'talks with China are under way', event: null },
      signature: talks(),
      positions: [{ holder: 'x9', holderName: 'Dana Whitfield', stance: 'assert', evidence: 'q2' }],
    },
    {
      id: 'c8',
      proposition: { text: 'Tariffs will be lifted', event: null },
      positions: [{ holder: 'x9', holderName: 'Dana Whitfield', stance: 'assert', evidence: 'q5' }],
    },
  ],
};

describe('proposition keys', () => {
  it('keys on parties with a signature, on the event without, else on content stems', () => {
    expect(propositionKey(washington.claims[0]!)).toBe('p:CHN+USA');
    expect(
      propositionKey(
        { proposition: { text: 'x', event: 'ev1' } },
        { cameo: '0361', source: { code: 'USAGOV', country: 'USA' }, target: { code: 'CHN', country: 'CHN' } },
      ),
    ).toBe('ev:036:USA:CHN');
    expect(propositionKey(beijing.claims[1]!)).toBe('t:lift tariff');
    expect(propositionTerms('The tariffs will NOT be lifted, officials denied')).toEqual([
      'lift',
      'official',
      'tariff',
    ]);
  });
  it('matches signatures across articles without open parties', () => {
    expect(sameCorpusProposition(washington.claims[0]!, beijing.claims[0]!)).toBe(true);
    const open = {
      proposition: { text: 'talks are under way', event: null },
      signature: talks({ agents: ['USA'], open: true }),
    };
    expect(sameCorpusProposition(washington.claims[0]!, open)).toBe(false);
    const otherTopic = {
      proposition: { text: 'x', event: null },
      signature: talks({ plover: 'AID', concept: 'AID', predicates: ['AID'] }),
    };
    expect(sameCorpusProposition(washington.claims[0]!, otherTopic)).toBe(false);
  });
});

describe('corpusDisputes', () => {
  it('merges one proposition across articles: who asserted, who denied, where and when', () => {
    const linker = new EntityLinker();
    const out = corpusDisputes([washington, beijing, followUp], { linker });
    expect(out).toHaveLength(1);
    const d = out[0]!;
    expect(d.key).toBe('p:CHN+USA');
    expect(d.proposition).toBe('China and the United States are negotiating a trade deal');
    expect(d.asserted).toEqual(['Dana Whitfield']); // one corpus person, two articles
    expect(d.denied).toEqual(['Ministry of Commerce']);
    expect(d.disputed).toBe(true);
    expect(d.articles).toEqual(['a1', 'a2', 'a3']);
    expect([d.first, d.last]).toEqual(['2026-04-02', '2026-04-05']);
    expect(d.positions.map((p) => [p.article, p.source, p.claim, p.holder, p.stance])).toEqual([
      ['a1', 'Daily Ledger', 'c1', 'person:USA:dana whitfield', 'assert'],
      ['a2', 'Metro Courier', 'c1', 'org:CHN:ministry of commerce', 'deny'],
      ['a3', 'Valley Tribune', 'c7', 'person:USA:dana whitfield', 'assert'],
    ]);
  });
  it('lists undisputed propositions on request, doubts apart from denials', () => {
    const out = corpusDisputes([washington, beijing, followUp], { onlyDisputed: false });
    const tariffs = out.find((d) => d.key === 't:lift tariff')!;
    expect(tariffs.asserted).toEqual(['Dana Whitfield']);
    expect(tariffs.doubted).toEqual(['Ministry of Commerce']);
    expect(tariffs.denied).toEqual([]);
    expect(tariffs.disputed).toBe(false);
    expect(out).toHaveLength(2);
  });
  it('does not call one holder changing their mind a dispute', () => {
    const flip: ArticleClaims = {
      article: 'a4',
      published: '2026-04-09',
      claims: [
        {
          id: 'c1',
          proposition: { text: 'the tariffs will be lifted', event: null },
          positions: [{ holder: null, holderName: 'Dana Whitfield', stance: 'deny', evidence: 'q1' }],
        },
      ],
    };
    const noHolder = { ...followUp, entities: [] };
    const out = corpusDisputes([noHolder, flip], { onlyDisputed: false });
    const t = out.find((d) => d.key === 't:lift tariff')!;
    expect(t.positions.map((p) => p.holder)).toEqual(['x9', null]);
    // Without a linker the holders are 'x9' and the name: two holders, so this counts; with the same key it would not.
    expect(t.disputed).toBe(true);
    const same = corpusDisputes(
      [
        {
          ...flip,
          claims: [{ ...flip.claims[0]!, positions: [{ ...flip.claims[0]!.positions[0]!, stance: 'assert' }] }],
        },
        flip,
      ],
      { onlyDisputed: false },
    );
    expect(same[0]!.disputed).toBe(false);
  });
  it('merges near-identical text propositions, and keeps exact keys with minOverlap 1', () => {
    const a: ArticleClaims = {
      article: 'b1',
      claims: [
        {
          id: 'c1',
          proposition: { text: 'the harbor bridge will close in June for repairs', event: null },
          positions: [{ holder: null, holderName: 'Rosa Delgado', stance: 'assert', evidence: 'q1' }],
        },
      ],
    };
    const b: ArticleClaims = {
      article: 'b2',
      claims: [
        {
          id: 'c1',
          proposition: { text: 'the harbor bridge will close in June for major repairs', event: null },
          positions: [{ holder: null, holderName: 'Tom Okafor', stance: 'deny', evidence: 'q9' }],
        },
      ],
    };
    expect(corpusDisputes([a, b])).toHaveLength(1);
    expect(corpusDisputes([a, b], { minOverlap: 1 })).toHaveLength(0);
  });
});
