import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../src/index.js';

const analyzer = createAnalyzer({ date: '2024-03-01' });
const events = (text: string) => analyzer.analyze(text).events;
const one = (text: string) => {
  const evs = events(text);
  expect(evs.length, JSON.stringify(evs.map((e) => e.cameo))).toBeGreaterThan(0);
  return evs[0]!;
};

describe('modality is a field, never dropped', () => {
  it('negated: "did not attack" keeps the code and marks it', () => {
    const e = one('Syrian troops did not attack Turkish positions.');
    expect(e).toMatchObject({ cameo: '190', negated: true, modality: 'negated' });
    expect(e.source.code).toBe('SYRMIL');
  });

  it('negated event nouns: "are not holding any negotiations"', () => {
    const e = one('Greece and Turkey are not holding any negotiations.');
    expect(e).toMatchObject({ cameo: '046', negated: true, source: { country: 'GRC' }, target: { country: 'TUR' } });
  });

  it('negation with a typographic apostrophe: "didn’t apologize"', () => {
    expect(one('Greece didn’t apologize to Albania.')).toMatchObject({
      cameo: '055',
      negated: true,
      modality: 'negated',
    });
  });

  it('precision: "allow" needs someone allowed; a unilateral exercise is a show of force', () => {
    expect(events('The Danish agency said its new system would allow it to track shipments.')).toHaveLength(0);
    expect(one('Russia held military exercises near the border.')).toMatchObject({ cameo: '150', target: null });
    expect(one('Peru and Chile held joint naval exercises.').cameo).toBe('062');
  });

  it('hypothetical: a modal of possibility turns a hostile act into a threat', () => {
    const e = one('Mali could expel the French ambassador.');
    expect(e.modality).toBe('hypothetical');
    expect(e.plover.type).toBe('THREATEN');
  });

  it('hypothetical: an act inside an if-clause', () => {
    const e = events('If Chad withdraws its troops, Libya will send aid.').find((x) => x.source.country === 'TCD');
    expect(e?.modality).toBe('hypothetical');
  });

  it('future: a cooperative act becomes an intent (03x), a hostile one a threat (13x)', () => {
    expect(one('Spain will send aid to Morocco.')).toMatchObject({
      cameo: '033',
      modality: 'future',
      plover: { type: 'AGREE' },
    });
    expect(one('Poland will impose sanctions on Belarus.')).toMatchObject({
      cameo: '1312',
      modality: 'future',
      plover: { type: 'THREATEN' },
    });
  });

  it('headline infinitives are plans: "China to impose sanctions" threatens, "to hold talks" intends', () => {
    expect(one('China to impose sanctions on U.S. defense firms')).toMatchObject({ cameo: '1312', modality: 'future' });
    expect(one('Iran to hold talks with Britain next week.')).toMatchObject({
      cameo: '036',
      source: { country: 'IRN' },
      target: { country: 'GBR' },
    });
  });

  it('refusals: "refused to negotiate", "will not allow"', () => {
    expect(one('Argentina refused to negotiate with Britain.')).toMatchObject({
      cameo: '125',
      source: { country: 'ARG' },
      target: { country: 'GBR' },
    });
    expect(one('Iran will not allow inspectors into the site.').plover.type).toBe('REJECT');
  });

  it('demanded: "should stop" in reported speech is a demand by the speaker on the subject', () => {
    const e = one('“Japan should stop its whaling,” Australian Foreign Minister Penny Wong said.');
    expect(e).toMatchObject({ cameo: '100', plover: { type: 'REQUEST' }, source: { code: 'AUSGOV' } });
    expect(e.target?.country).toBe('JPN');
  });

  it('demanded outside reported speech keeps its code with the modality', () => {
    const e = one('Nicaragua should release the opposition leaders.');
    expect(e).toMatchObject({ cameo: '0841', modality: 'demanded' });
  });

  it('control verbs: "urged Algeria to" targets the object', () => {
    expect(one('Tunisia urged Algeria to reopen the border.')).toMatchObject({
      plover: { type: 'REQUEST' },
      source: { country: 'TUN' },
      target: { country: 'DZA' },
    });
  });
});

describe('attribution transforms (as PETRARCH2)', () => {
  it('"A says B attacked A" → A accuses B (112x)', () => {
    const e = one('Lebanon said Israel attacked Lebanon.');
    expect(e).toMatchObject({
      cameo: '1123',
      plover: { type: 'ACCUSE' },
      source: { country: 'LBN' },
      target: { country: 'ISR' },
    });
  });

  it('"A says it will attack B" → A threatens B (13x)', () => {
    const e = one('Sweden says it will attack Norway.');
    expect(e).toMatchObject({ plover: { type: 'THREATEN' }, source: { country: 'SWE' }, target: { country: 'NOR' } });
    expect(e.cameo.startsWith('13')).toBe(true);
  });

  it('an event inside a quotation keeps a link to the quote when the attribution stage found it', () => {
    const out = analyzer.analyze('“Japan should stop its whaling,” Australian Foreign Minister Penny Wong said.');
    const e = out.events[0]!;
    if (out.quotes.length > 0) expect(out.quotes.map((q) => q.id)).toContain(e.quote);
    else expect(e.quote).toBeNull();
  });
});

describe('compound actors', () => {
  it('one event per dyad, kept together by a group id', () => {
    const evs = events('Jordan and Egypt condemned Israel.');
    expect(evs.map((e) => `${e.source.country}>${e.target?.country}`)).toEqual(['JOR>ISR', 'EGY>ISR']);
    expect(evs[0]!.group).toBeDefined();
    expect(evs[0]!.group).toBe(evs[1]!.group);
  });

  it('shares the head noun: "Senior Polish and Czech officials agreed"', () => {
    const e = one('Senior Polish and Czech officials agreed on Friday to expand rail links.');
    expect(e.source.code).toBe('POLGOV');
    expect(e.target?.code).toBe('CZEGOV');
    expect(e.plover.type).toBe('AGREE');
  });

  it('splits lists and does not take the venue of a meeting for its target', () => {
    const evs = events('Japan, the United States, Australia and India met in New York in September.');
    const pairs = evs.map((e) => `${e.source.country}>${e.target?.country}`);
    expect(pairs).toContain('JPN>USA');
    expect(pairs).toContain('AUS>IND');
    expect(new Set(evs.map((e) => e.group)).size).toBe(1);
    expect(pairs.some((p) => p.endsWith('>USA') && p.startsWith('USA'))).toBe(false);
  });
});
