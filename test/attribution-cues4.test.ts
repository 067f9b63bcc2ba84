import { describe, expect, it } from 'vitest';
import { quotes } from './attribution-helpers.js';

function byCue(text: string, cue: string) {
  const q = quotes(text).find((x) => x.cue === cue);
  expect(q, `no quote with cue “${cue}” in: ${text}`).toBeDefined();
  return q!;
}

describe('a closing cue reports the whole clause before it', () => {
  it('cues inside the clause before “…, she said.” are not attributions of their own', () => {
    const text = 'Ortiz pushed the levy through the council and promised to fight for it in the Senate, she said.';
    expect(quotes(text)).toEqual([
      {
        kind: 'indirect',
        rule: 'attribution/inverted',
        act: 'assert',
        c: ['Ortiz pushed the levy through the council and promised to fight for it in the Senate'],
        cue: 'said',
        who: 'she',
      },
    ]);
  });

  it('so does “…, according to X.”', () => {
    const text =
      'The harbour board is weighing a plan to close the north pier for years, according to two people briefed on the talks.';
    const q = quotes(text);
    expect(q).toHaveLength(1);
    expect(q[0]).toMatchObject({ rule: 'attribution/according-to', who: 'two people briefed on the talks' });
    expect(q[0]!.c).toEqual(['The harbour board is weighing a plan to close the north pier for years']);
  });

  it('a participle after the closing cue keeps its own content', () => {
    const q = quotes(
      'The mayor wants a new bridge, one critics consider a folly, Ames said, adding that the vote is close.',
    );
    expect(q.map((x) => [x.cue, x.c])).toEqual([
      ['said', ['The mayor wants a new bridge, one critics consider a folly']],
      ['adding', ['that the vote is close']],
    ]);
    expect(byCue('The mayor wants a new bridge, Ames said, adding that the vote is close.', 'adding').who).toBe('Ames');
  });
});
