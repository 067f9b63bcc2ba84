import { describe, expect, it } from 'vitest';
import { quotes } from './attribution-helpers.js';

function byCue(text: string, cue: string) {
  const q = quotes(text).find((x) => x.cue === cue);
  expect(q, `no quote with cue “${cue}” in: ${text}`).toBeDefined();
  return q!;
}

describe('“seem” with a noun or prepositional phrase (session 6)', () => {
  it('reads “seemed a trap” as the writer’s impression, two spans and no source', () => {
    expect(byCue('The ferry deal seemed a trap to the fishermen.', 'seemed')).toEqual({
      kind: 'indirect',
      rule: 'attribution/raising',
      act: 'believe',
      c: ['The ferry deal', 'a trap to the fishermen'],
      cue: 'seemed',
      who: null,
    });
  });

  it('also with a prepositional phrase', () => {
    expect(byCue('The second vote seemed beside the point.', 'seemed').c).toEqual([
      'The second vote',
      'beside the point',
    ]);
  });

  it('but “appeared in court” is no judgement', () => {
    expect(quotes('The mayor appeared in court on Monday.')).toEqual([]);
  });
});

describe('reduced passive judgements (session 6)', () => {
  it('“X, seen as Y,” gives the noun phrase and the judgement, no source', () => {
    expect(byCue('Low tolls, seen as a gift to drivers, have hurt the port.', 'seen as')).toEqual({
      kind: 'indirect',
      rule: 'attribution/passive-as-reduced',
      act: 'believe',
      c: ['Low tolls', 'a gift to drivers'],
      cue: 'seen as',
      who: null,
    });
  });

  it('keeps the adverb in the cue', () => {
    const q = byCue('Ortiz, widely viewed as the favourite, lost the runoff.', 'widely viewed as');
    expect(q.c).toEqual(['Ortiz', 'the favourite']);
  });

  it('leaves “known as” to the naming construction', () => {
    const q = quotes('Residents fear a drilling method known as fracking.');
    expect(q.every((x) => x.rule !== 'attribution/passive-as-reduced')).toBe(true);
  });
});
