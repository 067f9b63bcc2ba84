import { describe, expect, it } from 'vitest';
import { quotes } from './attribution-helpers.js';

describe('known cues in shapes they missed', () => {
  it('a bare weekday between the cue and its clause is not what was said', () => {
    const qs = quotes('The harbour master said Thursday the ferries would stop running at noon.');
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({
      kind: 'indirect',
      rule: 'attribution/indirect',
      cue: 'said',
      who: 'The harbour master',
    });
    expect(qs[0]!.c).toEqual(['the ferries would stop running at noon']);
  });

  it('nor is "yesterday" or "last week" before an object', () => {
    expect(quotes('The mill owner said yesterday she would hire forty people.')[0]!.c).toEqual([
      'she would hire forty people',
    ]);
    expect(quotes('The co-op announced last week a plan to buy the old dairy.')[0]!.c).toEqual([
      'a plan to buy the old dairy',
    ]);
  });

  it('a place adverb before a purpose infinitive keeps the clause subject as speaker', () => {
    const qs = quotes('Olga Brandt stood at a library forum here to say the branch should stay open.');
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ rule: 'attribution/infinitive-purpose', cue: 'say', who: 'Olga Brandt' });
    expect(qs[0]!.c).toEqual(['the branch should stay open']);
  });

  it('the hearer after "told" ends where a determiner or a weekday starts the clause', () => {
    const qs = quotes('Ms. Ferreira told farmers the water board would raise its rates.');
    expect(qs[0]).toMatchObject({ rule: 'attribution/indirect', cue: 'told', who: 'Ms. Ferreira' });
    expect(qs[0]!.c).toEqual(['the water board would raise its rates']);
    expect(quotes('Ms. Ferreira told growers Friday the canal needs repairs.')[0]!.c).toEqual([
      'the canal needs repairs',
    ]);
  });

  it('a speech participle with only a time phrase before an auxiliary is a reduced relative with no source', () => {
    const qs = quotes('A ferry timetable announced Tuesday will add two evening crossings.');
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({
      kind: 'indirect',
      rule: 'attribution/reduced-announced',
      cue: 'announced',
      who: null,
    });
    expect(qs[0]!.c).toEqual(['A ferry timetable']);
    const aside = quotes('The pay agreement, announced Friday, would run for three years.');
    expect(aside[0]).toMatchObject({ rule: 'attribution/reduced-announced', cue: 'announced', who: null });
    expect(aside[0]!.c).toEqual(['The pay agreement']);
  });

  it('a subject with a time phrase and a clause after the cue stays the speaker', () => {
    const qs = quotes('The bakery announced Monday it would close its second shop.');
    expect(qs[0]).toMatchObject({ rule: 'attribution/indirect', cue: 'announced', who: 'The bakery' });
    expect(qs[0]!.c).toEqual(['it would close its second shop']);
  });

  it('"was asked by X whether …" reports the question with the asker as source', () => {
    const qs = quotes('The harbour master was asked by a ferry captain whether the pier would reopen.');
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ rule: 'attribution/asked-by', cue: 'was asked', who: 'a ferry captain' });
    expect(qs[0]!.c).toEqual(['whether the pier would reopen']);
    expect(quotes('The harbour master was asked by the council to resign.')).toEqual([]);
  });

  it('a naming verb in a purpose infinitive is said by the clause subject', () => {
    const qs = quotes('Ms. Okafor stood up at the hearing to call the levy a tax on renters.');
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ rule: 'attribution/naming', cue: 'call', who: 'Ms. Okafor' });
    expect(qs[0]!.c).toEqual(['the levy a tax on renters']);
  });

  it('the object of "used" or "took" is a means, not the speaker of the infinitive', () => {
    const qs = quotes('Mayor Quist used the opening ceremony to say the bridge had come in under budget.');
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ rule: 'attribution/infinitive-purpose', cue: 'say', who: 'Mayor Quist' });
    expect(qs[0]!.c).toEqual(['the bridge had come in under budget']);
    const led = quotes('The outage led commuters to say the line was unreliable.');
    expect(led[0]).toMatchObject({ rule: 'attribution/infinitive-object', who: 'commuters' });
  });

  it('an inflected capitalised word after a determiner is part of the name ("the Associated Press")', () => {
    const qs = quotes('Turnout fell in the river towns. Ferries were cancelled, the Associated Press reported Friday.');
    const q = qs.find((x) => x.cue === 'reported');
    expect(q).toMatchObject({ kind: 'indirect', who: 'the Associated Press' });
    expect(q!.c).toEqual(['Ferries were cancelled']);
  });

  it('a dash after the cue and its setting opens the writer’s aside: the content is before the cue', () => {
    const qs = quotes(
      'Ferry fares will double next spring, the port authority said on Monday — a blow to island commuters.',
    );
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ rule: 'attribution/inverted', cue: 'said', who: 'the port authority' });
    expect(qs[0]!.c).toEqual(['Ferry fares will double next spring']);
  });

  it('"it seemed like a …" is an impression of what "it" stands for; "it looks like" stays a hedge', () => {
    const qs = quotes('By midnight it seemed like a lost cause.');
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ rule: 'attribution/raising', cue: 'seemed', who: null });
    expect(qs[0]!.c).toEqual(['it', 'like a lost cause']);
    expect(quotes('By midnight it looked like a lost cause.')).toEqual([]);
  });

  it('a belief cue with a short aside between commas before "that" keeps its clause', () => {
    const qs = quotes('The harbour master believes, on balance, that the pier can be saved.');
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ rule: 'attribution/indirect-that', cue: 'believes', who: 'The harbour master' });
    expect(qs[0]!.c).toEqual(['that the pier can be saved']);
    expect(quotes('The harbour master believes, for now.')).toEqual([]);
  });

  it('"in the past" between the auxiliary and the cue does not hide the subject', () => {
    const qs = quotes('Neighbours of the mill have in the past said the river smelled of dye.');
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ rule: 'attribution/indirect', who: 'Neighbours of the mill' });
    expect(qs[0]!.c).toEqual(['the river smelled of dye']);
  });
});
