import { describe, expect, it } from 'vitest';
import { buildClaims, isDisputed } from '../src/claims/index.js';
import { AnalysisV1, toAnalysisJson } from '../src/index.js';
import { claimsOf, type EntitySpec, handDoc, type Layers, positionsOf } from './claims-helpers.js';

// An article of our own, shaped like the seed: one side says talks are on, the other denies it in four ways.
const TEXT = [
  'Ottawa Denies Talks With Mexico City',
  'As Mexico says negotiations are ongoing, Canada’s Foreign Ministry insists no talks are happening.',
  'On Monday the Canadian Foreign Ministry dismissed reports of any negotiations, writing on its website, “Canada and Mexico are NOT holding any talks or consultations. Mexico must stop spreading confusion.”',
  'Spokeswoman Ada Moreau accused Mexico of deceiving voters and branded stories about the talks as “pure fiction.”',
  'Economist Lena Park of the Harbor Institute said the two economies are deeply linked.',
].join('\n');

const ENTITIES: EntitySpec[] = [
  { id: 'can', type: 'country', name: 'Canada', country: 'CAN', mentions: ['Ottawa', ['Canada', 0, 'website']] },
  {
    id: 'mex',
    type: 'country',
    name: 'Mexico',
    country: 'MEX',
    mentions: [
      'Mexico City',
      ['Mexico', 0, 'As '],
      ['Mexico', 0, 'Canada and'],
      ['Mexico', 0, 'must'],
      ['Mexico', 0, 'accused'],
    ],
  },
  {
    id: 'cfm',
    type: 'organization',
    name: 'Canadian Foreign Ministry',
    country: 'CAN',
    mentions: ['Canada’s Foreign Ministry', 'the Canadian Foreign Ministry'],
  },
  {
    id: 'moreau',
    type: 'person',
    name: 'Ada Moreau',
    country: 'CAN',
    roles: ['spokeswoman'],
    affiliation: 'cfm',
    mentions: ['Ada Moreau'],
  },
  { id: 'park', type: 'person', name: 'Lena Park', roles: ['economist'], affiliation: 'hi', mentions: ['Lena Park'] },
  { id: 'hi', type: 'organization', name: 'Harbor Institute', mentions: ['Harbor Institute'] },
];

const LAYERS: Layers = {
  entities: ENTITIES,
  quotes: [
    { id: 'q1', content: 'negotiations are ongoing', cue: 'says', act: 'assert', speaker: 'mex' },
    { id: 'q2', content: 'no talks are happening', cue: 'insists', act: 'assert', speaker: 'cfm' },
    { id: 'q3', content: 'reports of any negotiations', cue: 'dismissed', act: 'deny', speaker: 'cfm' },
    {
      id: 'q4',
      kind: 'direct',
      content: 'Canada and Mexico are NOT holding any talks or consultations. Mexico must stop spreading confusion.',
      cue: 'writing',
      act: 'assert',
      speaker: 'cfm',
    },
    { id: 'q5', content: 'Mexico of deceiving voters', cue: 'accused', act: 'accuse', speaker: 'moreau' },
    { id: 'q6', kind: 'partial', content: 'pure fiction', cue: 'branded', act: 'deny', speaker: 'moreau' },
    {
      id: 'q7',
      content: 'the two economies are deeply linked',
      cue: 'said',
      act: 'assert',
      speaker: 'park',
    },
  ],
};

describe('buildClaims', () => {
  it('gathers every position on one proposition into one disputed claim', () => {
    const { claims } = claimsOf(TEXT, LAYERS);
    const disputed = claims.filter((c) => c.disputed);
    expect(disputed).toHaveLength(1);
    const c = disputed[0]!;
    expect(c.proposition).toEqual({ text: 'Mexico–Canada negotiations are under way', event: null });
    expect(positionsOf(c)).toEqual([
      'Mexico:assert:q1',
      'Canadian Foreign Ministry:deny:q2',
      'Canadian Foreign Ministry:deny:q3',
      'Canadian Foreign Ministry:deny:q4',
      'Ada Moreau:deny:q6',
    ]);
    expect(c.signature).toMatchObject({ concept: 'NEGOTIATE', agents: ['CAN', 'MEX'], symmetric: true, open: false });
  });

  it('keeps other propositions apart and undisputed: the accusation, the analyst’s view; drops the demand', () => {
    const { claims } = claimsOf(TEXT, LAYERS);
    expect(claims.map((c) => [c.id, c.proposition.text, c.disputed])).toEqual([
      ['c1', 'Mexico–Canada negotiations are under way', true],
      ['c2', 'Mexico deceiving voters', false],
      ['c3', 'the two economies are deeply linked', false],
    ]);
    expect(positionsOf(claims[1]!)).toEqual(['Ada Moreau:assert:q5']);
    expect(claims[1]!.signature).toMatchObject({ concept: 'MISLEAD', agents: ['MEX'], symmetric: false });
  });

  it('anchors the claim to an event coded inside a quote, but not to the event of the speech act itself', () => {
    const events: Layers['events'] = [
      {
        id: 'ev1',
        source: { code: 'CANGOV', country: 'CAN', sector: 'GOV' },
        target: { code: 'MEX', country: 'MEX' },
        cameo: '046',
        plover: 'CONSULT',
        negated: true,
        quote: 'q4',
        trigger: ['talks', 0, 'NOT holding'],
      },
      {
        id: 'ev2',
        source: { code: 'CANGOV', country: 'CAN', sector: 'GOV' },
        target: { code: 'MEX', country: 'MEX' },
        cameo: '112',
        plover: 'ACCUSE',
        modality: 'asserted',
        quote: 'q5',
        trigger: 'accused',
      },
    ];
    const { claims } = claimsOf(TEXT, { ...LAYERS, events });
    expect(claims[0]!.proposition.event).toBe('ev1');
    expect(claims[0]!.signature).toMatchObject({ plover: 'CONSULT', cameo: '04', anchored: true });
    expect(claims[1]!.proposition.event).toBeNull();
  });

  it('makes a claim from a reported event no quote carries, held by an unattributed report', () => {
    const text = 'Troops from Sudan reportedly attacked Chad on Sunday.';
    const { claims } = claimsOf(text, {
      events: [
        {
          id: 'ev1',
          source: { code: 'SDNMIL', country: 'SDN', sector: 'MIL' },
          target: { code: 'TCD', country: 'TCD' },
          cameo: '190',
          plover: 'ASSAULT',
          modality: 'reported',
          trigger: 'attacked',
        },
      ],
    });
    expect(claims).toHaveLength(1);
    expect(claims[0]!.positions).toEqual([
      { holder: null, holderName: 'unattributed report', stance: 'assert', evidence: 'ev1' },
    ]);
    expect(claims[0]!.proposition.event).toBe('ev1');
    // Denied by a named holder, it is still no dispute: nobody is known to hold the unattributed report.
    const text2 =
      'Troops from Sudan reportedly attacked Chad on Sunday. Sudan’s army denied that it had attacked Chad.';
    const two = claimsOf(text2, {
      entities: [
        { id: 'sa', type: 'organization', name: 'Sudanese army', country: 'SDN', sector: 'MIL', mentions: [] },
      ],
      quotes: [{ id: 'q1', content: 'it had attacked Chad', cue: 'denied', act: 'deny', speaker: 'sa' }],
      events: [
        {
          id: 'ev1',
          source: { code: 'SDNMIL', country: 'SDN', sector: 'MIL' },
          target: { code: 'TCD', country: 'TCD' },
          cameo: '190',
          plover: 'ASSAULT',
          modality: 'reported',
          trigger: 'attacked',
        },
      ],
    }).claims;
    expect(two.map((c) => [positionsOf(c), c.disputed])).toEqual([
      [['unattributed report:assert:ev1', 'Sudanese army:deny:q1'], false],
    ]);
  });

  it('a denial of "the reports" joins the claim of the nearest earlier statement by another holder', () => {
    const text = [
      'A senior official in Lima said Peru was preparing sanctions against Bolivia.',
      'Bolivia’s Foreign Ministry dismissed the reports as baseless.',
      'Weather was fine. Markets were calm. Roads were open. Schools were shut.',
      'A trade union spokesman later dismissed the claims as nonsense.',
    ].join(' ');
    const { claims } = claimsOf(text, {
      entities: [
        { id: 'bfm', type: 'organization', name: 'Bolivian Foreign Ministry', country: 'BOL', mentions: [] },
        { id: 'un', type: 'person', name: 'union spokesman', roles: ['spokesman'], mentions: [] },
      ],
      quotes: [
        {
          id: 'q1',
          content: 'Peru was preparing sanctions against Bolivia',
          cue: 'said',
          act: 'assert',
          speaker: null,
          name: 'A senior official in Lima',
          anonymous: true,
        },
        { id: 'q2', content: 'the reports as baseless', cue: 'dismissed', act: 'deny', speaker: 'bfm' },
        // Too far from any statement to know what "the claims" are: no position.
        { id: 'q3', content: 'the claims as nonsense', cue: ['dismissed', 1], act: 'deny', speaker: 'un' },
      ],
    });
    expect(claims).toHaveLength(1);
    expect(positionsOf(claims[0]!)).toEqual([
      'A senior official in Lima:assert:q1',
      'Bolivian Foreign Ministry:deny:q2',
    ]);
    expect(claims[0]!.positions[0]!.holder).toBeNull();
    // Anonymous stays anonymous even when the entity layer made the source an entity.
    const withEntity = claimsOf(text, {
      entities: [
        { id: 'bfm', type: 'organization', name: 'Bolivian Foreign Ministry', country: 'BOL', mentions: [] },
        { id: 'off', type: 'person', name: 'senior official', country: 'PER', roles: ['official'], mentions: [] },
      ],
      quotes: [
        {
          id: 'q1',
          content: 'Peru was preparing sanctions against Bolivia',
          cue: 'said',
          act: 'assert',
          speaker: 'off',
          name: 'A senior official in Lima',
          anonymous: true,
        },
        { id: 'q2', content: 'the reports as baseless', cue: 'dismissed', act: 'deny', speaker: 'bfm' },
      ],
    }).claims;
    expect(withEntity[0]!.positions.map((p) => p.holder)).toEqual([null, 'bfm']);
    expect(withEntity[0]!.disputed).toBe(true);
    expect(claims[0]!.disputed).toBe(true);
    expect(claims[0]!.signature).toMatchObject({ concept: 'SANCTION', agents: ['PER'], patients: ['BOL'] });
  });

  it('a holder that asserts and denies is not a dispute; two entities of one country are one holder', () => {
    expect(
      isDisputed([
        { holderKey: 'entity:a', stance: 'assert' },
        { holderKey: 'entity:a', stance: 'deny' },
        { holderKey: 'entity:b', stance: 'doubt' },
      ]),
    ).toBe(false);
    expect(
      isDisputed([
        { holderKey: 'entity:a', stance: 'assert' },
        { holderKey: 'anon:officials', stance: 'deny' },
      ]),
    ).toBe(true);
    const text =
      'Peru said talks with Chile were under way. The Peruvian state later said no talks with Chile took place.';
    const { claims } = claimsOf(text, {
      entities: [
        { id: 'p1', type: 'country', name: 'Peru', country: 'PER', mentions: ['Peru'] },
        { id: 'p2', type: 'country', name: 'Peruvian state', country: 'PER', mentions: ['Peruvian state'] },
      ],
      quotes: [
        { id: 'q1', content: 'talks with Chile were under way', cue: 'said', act: 'assert', speaker: 'p1' },
        { id: 'q2', content: 'no talks with Chile took place', cue: ['said', 1], act: 'assert', speaker: 'p2' },
      ],
    });
    expect(claims).toHaveLength(1);
    expect(claims[0]!.positions.map((p) => p.stance)).toEqual(['assert', 'deny']);
    expect(claims[0]!.disputed).toBe(false);
  });

  it('gives no claims without quotes or events, and a contract-valid JSON with them', () => {
    const empty = handDoc(TEXT, { entities: ENTITIES });
    buildClaims(empty);
    expect(empty.claims).toEqual([]);
    const doc = handDoc(TEXT, LAYERS);
    buildClaims(doc);
    const json = AnalysisV1.parse(toAnalysisJson(doc));
    expect(json.claims[0]!.signature?.agents).toEqual(['CAN', 'MEX']);
    expect(json.claims[0]!.positions[0]).toEqual({
      holder: 'mex',
      holderName: 'Mexico',
      stance: 'assert',
      evidence: 'q1',
    });
  });

  it('never crashes on odd layers: dangling links, empty contents, cues after contents, spans in dropped blocks', () => {
    const text = 'Talks Resume\nTalks Resume\n“Talks are under way,” Peru said. Chile denied it.';
    const doc = handDoc(text, {
      entities: [{ id: 'per', type: 'country', name: 'Peru', country: 'PER', mentions: ['Peru'] }],
      quotes: [
        { id: 'q1', kind: 'direct', content: 'Talks are under way,', cue: 'said', act: 'assert', speaker: 'per' },
        // In the dropped repeat of the headline: no tokens, no statement.
        { id: 'q2', content: ['Talks Resume', 1], cue: null, act: 'assert', speaker: 'per' },
        // Only a pronoun: no predicate, no wrapper, no position.
        { id: 'q3', content: 'it', cue: 'denied', act: 'deny', speaker: null, name: 'Chile' },
      ],
      events: [
        {
          id: 'ev1',
          source: { code: 'PER', country: 'PER' },
          cameo: '040',
          plover: 'CONSULT',
          quote: 'q-missing',
          trigger: 'Talks are',
        },
        { id: 'ev2', source: { code: '---GOV' }, cameo: '040', plover: 'CONSULT', quote: 'q1', trigger: 'Chile' },
      ],
    });
    buildClaims(doc);
    expect(doc.claims.map((c) => [c.proposition.text, positionsOf(c)])).toEqual([
      ['Talks are under way', ['Peru:assert:q1']],
    ]);
    expect(doc.claims[0]!.proposition.event).toBeNull();
  });

  it('is pure: building twice gives the same claims', () => {
    const doc = handDoc(TEXT, LAYERS);
    buildClaims(doc);
    const first = JSON.stringify(doc.claims);
    buildClaims(doc);
    expect(JSON.stringify(doc.claims)).toBe(first);
  });
});
