import { describe, expect, it } from 'vitest';
import { quotes } from './attribution-helpers.js';

describe('a closing cue with a setting reports the whole clause before it', () => {
  it('a cue inside the clause does not cut it when the closing cue has a time phrase', () => {
    const qs = quotes('Most of the town board voted to close the pier, Ann Ruiz said at the time.');
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ kind: 'indirect', rule: 'attribution/inverted', cue: 'said', who: 'Ann Ruiz' });
    expect(qs[0]!.c).toEqual(['Most of the town board voted to close the pier']);
  });

  it('past a hearer and a day', () => {
    const qs = quotes('The council plans to cut the ferry fares, Ann Ruiz told the Ledger on Monday.');
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ rule: 'attribution/inverted', cue: 'told', who: 'Ann Ruiz' });
    expect(qs[0]!.c).toEqual(['The council plans to cut the ferry fares']);
  });

  it('not when the cue has an object phrase of its own', () => {
    const qs = quotes('After the court refused the case, Ann Ruiz asked the governor for quick action.');
    expect(qs.map((q) => q.cue)).not.toContain('asked');
    expect(qs[0]).toMatchObject({ cue: 'refused', who: 'the court' });
  });
});
