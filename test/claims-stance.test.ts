import { describe, expect, it } from 'vitest';
import type { Stance } from '../src/index.js';
import { claimsOf, type EntitySpec, type QuoteSpec } from './claims-helpers.js';

const ENTITIES: EntitySpec[] = [
  { id: 'ind', type: 'country', name: 'India', country: 'IND', mentions: [] },
  { id: 'pak', type: 'country', name: 'Pakistan', country: 'PAK', mentions: [] },
  {
    id: 'mea',
    type: 'organization',
    name: 'External Affairs Ministry',
    country: 'IND',
    mentions: [],
  },
  { id: 'ana', type: 'person', name: 'Tomas Berg', roles: ['analyst'], mentions: [] },
];

/** The stances of the one claim a single quote yields (or [] when it yields none). */
function stances(text: string, q: Omit<QuoteSpec, 'id'>): Stance[] {
  const { claims } = claimsOf(text, { entities: ENTITIES, quotes: [{ id: 'q1', ...q }] });
  return claims.flatMap((c) => c.positions.map((p) => p.stance));
}

describe('stance rules', () => {
  it('an assertion of a positive content asserts; a negated content denies', () => {
    const t1 = 'The ministry said talks with Pakistan are under way.';
    expect(
      stances(t1, { content: 'talks with Pakistan are under way', cue: 'said', act: 'assert', speaker: 'mea' }),
    ).toEqual(['assert']);
    const t2 = 'The ministry said no talks with Pakistan are taking place.';
    expect(
      stances(t2, { content: 'no talks with Pakistan are taking place', cue: 'said', act: 'assert', speaker: 'mea' }),
    ).toEqual(['deny']);
  });

  it('a deny act denies, and a negation inside does not flip it back unless the cue itself denies', () => {
    const t1 = 'The ministry rejected reports of talks with Pakistan.';
    expect(
      stances(t1, { content: 'reports of talks with Pakistan', cue: 'rejected', act: 'deny', speaker: 'mea' }),
    ).toEqual(['deny']);
    // The act came from the content's own negation ("asserts no …"): still a denial.
    const t2 = 'The ministry insisted there were no talks with Pakistan.';
    expect(
      stances(t2, { content: 'there were no talks with Pakistan', cue: 'insisted', act: 'deny', speaker: 'mea' }),
    ).toEqual(['deny']);
    // A true double negative under a denying cue asserts.
    const t3 = 'The ministry denied that there were no talks with Pakistan.';
    expect(
      stances(t3, { content: 'there were no talks with Pakistan', cue: 'denied', act: 'deny', speaker: 'mea' }),
    ).toEqual(['assert']);
    // The speaker's own words carry the denial: a direct quote never doubles it.
    const t4 = '“We are not negotiating with Pakistan,” the ministry denied.';
    expect(
      stances(t4, {
        kind: 'direct',
        content: 'We are not negotiating with Pakistan,',
        cue: 'denied',
        act: 'deny',
        speaker: 'mea',
      }),
    ).toEqual(['deny']);
  });

  it('a verdict ("fake news") denies the object of its cue', () => {
    const text = 'The ministry called reports of talks with Pakistan “fake news.”';
    const { claims } = claimsOf(text, {
      entities: ENTITIES,
      quotes: [{ id: 'q1', kind: 'partial', content: 'fake news', cue: 'called', act: 'deny', speaker: 'mea' }],
    });
    expect(claims).toHaveLength(1);
    expect(claims[0]!.positions.map((p) => p.stance)).toEqual(['deny']);
    expect(claims[0]!.signature).toMatchObject({ predicates: ['NEGOTIATE'], agents: ['IND', 'PAK'] });
    // The same verdict inside an assertion flips it; "not fake" flips it back.
    expect(
      stances('He said the talks were fake.', {
        content: 'the talks were fake',
        cue: 'said',
        act: 'assert',
        speaker: 'ana',
      }),
    ).toEqual(['deny']);
  });

  it('questions stay questions; doubt cues and hedges give doubt', () => {
    const t1 = 'The analyst asked whether talks with Pakistan were under way.';
    expect(
      stances(t1, {
        content: 'whether talks with Pakistan were under way',
        cue: 'asked',
        act: 'question',
        speaker: 'ana',
      }),
    ).toEqual(['question']);
    const t2 = 'The analyst doubts that talks with Pakistan are under way.';
    expect(
      stances(t2, { content: 'that talks with Pakistan are under way', cue: 'doubts', act: 'believe', speaker: 'ana' }),
    ).toEqual(['doubt']);
    const t3 = 'The analyst said talks with Pakistan may be under way.';
    expect(
      stances(t3, { content: 'talks with Pakistan may be under way', cue: 'said', act: 'assert', speaker: 'ana' }),
    ).toEqual(['doubt']);
    const t5 = '“Why would we hold talks with Pakistan?” the minister said.';
    expect(
      stances(t5, {
        kind: 'direct',
        content: 'Why would we hold talks with Pakistan?',
        cue: 'said',
        act: 'assert',
        speaker: 'mea',
      }),
    ).toEqual(['question']);
    const t4 = 'The analyst said it is not clear that talks with Pakistan are under way.';
    expect(
      stances(t4, {
        content: 'it is not clear that talks with Pakistan are under way',
        cue: 'said',
        act: 'assert',
        speaker: 'ana',
      }),
    ).toEqual(['doubt']);
  });

  it('demands, threats, promises and directives are no truth claims; a negated cue takes no stance', () => {
    const t1 = 'The ministry demanded that Pakistan hold talks.';
    expect(
      stances(t1, { content: 'that Pakistan hold talks', cue: 'demanded', act: 'demand', speaker: 'mea' }),
    ).toEqual([]);
    const t2 = '“Pakistan should stop the shelling,” the ministry said.';
    expect(
      stances(t2, {
        kind: 'direct',
        content: 'Pakistan should stop the shelling,',
        cue: 'said',
        act: 'assert',
        speaker: 'mea',
      }),
    ).toEqual([]);
    const t3 = 'The ministry did not say talks were under way.';
    expect(
      stances(t3, { content: 'talks were under way', cue: 'say', act: 'assert', speaker: 'mea', negated: true }),
    ).toEqual([]);
  });

  it('an accusation asserts what it accuses the accused of, with the accused as its agent', () => {
    const text = 'The ministry accused Pakistan of shelling border villages.';
    const { claims } = claimsOf(text, {
      entities: ENTITIES,
      quotes: [{ id: 'q1', content: 'shelling border villages', cue: 'accused', act: 'accuse', speaker: 'mea' }],
    });
    expect(claims).toHaveLength(1);
    expect(claims[0]!.positions.map((p) => p.stance)).toEqual(['assert']);
    expect(claims[0]!.signature).toMatchObject({ concept: 'ATTACK', agents: ['PAK'] });
    // Lying and fabrication words are what is asserted, not a verdict on it.
    const t2 = 'The ministry accused Pakistan of spreading fake disinformation and lies.';
    expect(
      stances(t2, { content: 'spreading fake disinformation and lies', cue: 'accused', act: 'accuse', speaker: 'mea' }),
    ).toEqual(['assert']);
  });

  it('a denial reported inside an assertion is held by its subject, not by the speaker who reports it', () => {
    const text = 'Analysts believe that Pakistan is rejecting the idea that it must hold talks with India.';
    const { claims } = claimsOf(text, {
      entities: [
        { id: 'pak', type: 'country', name: 'Pakistan', country: 'PAK', mentions: ['Pakistan'] },
        { id: 'an', type: 'group', name: 'Analysts', mentions: ['Analysts'] },
      ],
      quotes: [
        {
          id: 'q1',
          content: 'that Pakistan is rejecting the idea that it must hold talks with India',
          cue: 'believe',
          act: 'believe',
          speaker: 'an',
        },
      ],
    });
    expect(claims.map((c) => [c.proposition.text, c.positions])).toEqual([
      ['it must hold talks with India', [{ holder: 'pak', holderName: 'Pakistan', stance: 'deny', evidence: 'q1' }]],
    ]);
    expect(claims[0]!.signature).toMatchObject({ concept: 'NEGOTIATE', agents: ['IND', 'PAK'], mood: 'demanded' });
  });

  it('the holder of a wrapped claim ("Pakistani assertions of …") asserts it, beside the denier', () => {
    const text = 'India denied Pakistani assertions of secret talks.';
    const { claims } = claimsOf(text, {
      entities: [
        { id: 'ind', type: 'country', name: 'India', country: 'IND', mentions: ['India'] },
        { id: 'pak', type: 'country', name: 'Pakistan', country: 'PAK', mentions: ['Pakistani'] },
      ],
      quotes: [
        { id: 'q1', content: 'Pakistani assertions of secret talks', cue: 'denied', act: 'deny', speaker: 'ind' },
      ],
    });
    expect(claims).toHaveLength(1);
    expect(claims[0]!.positions).toEqual([
      { holder: 'ind', holderName: 'India', stance: 'deny', evidence: 'q1' },
      { holder: 'pak', holderName: 'Pakistan', stance: 'assert', evidence: 'q1' },
    ]);
    expect(claims[0]!.disputed).toBe(true);
    expect(claims[0]!.signature).toMatchObject({ agents: ['IND', 'PAK'], open: false });
  });
});
