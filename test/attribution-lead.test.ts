import { describe, expect, it } from 'vitest';
import { quotes } from './attribution-helpers.js';

describe('quote paragraphs no cue claimed (session 7)', () => {
  it('does not read a subhead in quote marks as the last speaker going on', () => {
    const text = [
      '“We will keep the ferry running,” Mayor Ann Lee said. “The island needs it.”',
      '‘Ferries Are Not Luxuries.’',
      'The council voted on the budget last spring.',
    ].join('\n\n');
    const got = quotes(text);
    expect(got.map((q) => q.c.join(' | '))).toEqual(['We will keep the ferry running, | The island needs it.']);
  });

  it('still carries a spoken paragraph on to the last speaker', () => {
    const text = [
      '“We will keep the ferry running,” Mayor Ann Lee said.',
      '“Nobody on this island should be cut off from the mainland.”',
    ].join('\n\n');
    const got = quotes(text);
    expect(got).toHaveLength(2);
    expect(got[1]).toMatchObject({
      rule: 'attribution/follow-on',
      who: 'Mayor Ann Lee',
      c: ['Nobody on this island should be cut off from the mainland.'],
    });
  });
});
