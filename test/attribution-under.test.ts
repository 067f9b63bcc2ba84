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

  it('an appositive running to the end goes with the object', () => {
    const a = quotes('Ruiz thanked her predecessor, Tom Reyes.');
    expect(a[0]).toMatchObject({ cue: 'thanked', who: 'Ruiz' });
    expect(a[0]!.c).toEqual(['her predecessor, Tom Reyes']);
    const b = quotes('Ruiz praised Ann Lee, the county clerk.');
    expect(b[0]!.c).toEqual(['Ann Lee, the county clerk']);
  });

  it('a participle phrase or a floating quantifier after the comma does not', () => {
    const a = quotes('Okafor criticized the ruling on the harbour tolls, issued in Dayton, Ohio.');
    expect(a[0]!.c).toEqual(['the ruling on the harbour tolls']);
    const b = quotes('Okafor attacked the two toll plans, both favourites of the council.');
    expect(b[0]!.c).toEqual(['the two toll plans']);
  });

  it('a relative on the object still ends it', () => {
    const qs = quotes('Ruiz praised Tom Okafor, who ran the count in the harbour ward.');
    expect(qs[0]!.c).toEqual(['Tom Okafor']);
  });
});

describe('attribution/contact-relative: a relative clause with no pronoun', () => {
  it('the noun before a pronoun subject and the infinitive lacking its object', () => {
    const qs = quotes('The bridge he wants to build across the bay would cost four billion dollars.');
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ kind: 'indirect', rule: 'attribution/contact-relative', act: 'intend', who: 'he' });
    expect(qs[0]!.c).toEqual(['The bridge', 'to build across the bay']);
  });

  it('a noun-phrase subject read into the speaker is split off; the main verb ends the infinitive', () => {
    const qs = quotes('The judge the governor plans to nominate is known for long rulings.');
    expect(qs[0]).toMatchObject({ rule: 'attribution/contact-relative', cue: 'plans', who: 'the governor' });
    expect(qs[0]!.c).toEqual(['The judge', 'to nominate']);
  });

  it('a subordinator ends the infinitive', () => {
    const qs = quotes('The office he has wanted to hold since college is finally open.');
    expect(qs[0]).toMatchObject({ rule: 'attribution/contact-relative', cue: 'has wanted', who: 'he' });
    expect(qs[0]!.c).toEqual(['The office', 'to hold']);
  });

  it('an infinitive with its own object is no gap', () => {
    const qs = quotes('In the letter she asked to see the books.');
    expect(qs[0]).toMatchObject({ rule: 'attribution/indirect', cue: 'asked', who: 'she' });
    expect(qs[0]!.c).toEqual(['to see the books']);
  });
});
