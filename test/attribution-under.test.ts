import { describe, expect, it } from 'vitest';
import { quotes } from './attribution-helpers.js';

describe('noun-phrase objects that go on past a comma', () => {
  it('a list whose items open with a possessive', () => {
    const qs = quotes('Okafor questioned the mayor’s budget, his judgment, his staff and his timing.');
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ kind: 'indirect', rule: 'attribution/indirect', cue: 'questioned', who: 'Okafor' });
    expect(qs[0]!.c).toEqual(['the mayor’s budget, his judgment, his staff and his timing']);
  });

  it('an item added with "along with" or "as well as"', () => {
    const a = quotes('Lina Park praised the new council, along with the two clerks who ran the count.');
    expect(a[0]).toMatchObject({ act: 'praise', cue: 'praised', who: 'Lina Park' });
    expect(a[0]!.c).toEqual(['the new council, along with the two clerks who ran the count']);
    const b = quotes('Ruiz welcomed the pay deal, as well as the new rules on overtime.');
    expect(b[0]).toMatchObject({ cue: 'welcomed', who: 'Ruiz' });
    expect(b[0]!.c).toEqual(['the pay deal, as well as the new rules on overtime']);
  });

  it('an example or a narrowing of the object', () => {
    const a = quotes('Dorsey congratulated her rivals, especially Tom Reyes and Ann Lee as they head into the runoff.');
    expect(a[0]!.c).toEqual(['her rivals, especially Tom Reyes and Ann Lee as they head into the runoff']);
    const b = quotes('Ames criticized the missed chances, like the tunnel that was never built.');
    expect(b[0]).toMatchObject({ act: 'criticise', cue: 'criticized', who: 'Ames' });
    expect(b[0]!.c).toEqual(['the missed chances, like the tunnel that was never built']);
    const c = quotes('Reyes praised the port workers, particularly the night crews at the docks.');
    expect(c[0]!.c).toEqual(['the port workers, particularly the night crews at the docks']);
  });

  it('a relative on the object still ends it', () => {
    const qs = quotes('Ruiz praised Tom Okafor, who ran the count in the harbour ward.');
    expect(qs[0]!.c).toEqual(['Tom Okafor']);
  });
});
