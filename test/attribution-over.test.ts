import { describe, expect, it } from 'vitest';
import { quotes } from './attribution-helpers.js';

describe('a backing verb reports whom or what is backed', () => {
  it('a time phrase and the next act after the object are the writer’s', () => {
    const qs = quotes(
      'The farmers union endorsed Dana Ruiz last week and has campaigned at her side in three counties.',
    );
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ kind: 'indirect', rule: 'attribution/indirect', cue: 'endorsed', act: 'praise' });
    expect(qs[0]!.c).toEqual(['Dana Ruiz']);
  });

  it('a reason clause is not what was backed, and its own cue reports separately', () => {
    const qs = quotes('Mayor Lee backs Ortiz because he worries the harbor plan would sink without her.');
    expect(qs).toHaveLength(2);
    expect(qs[0]).toMatchObject({ cue: 'backs', who: 'Mayor Lee', c: ['Ortiz'] });
    expect(qs[1]).toMatchObject({ cue: 'worries', who: 'he', act: 'believe' });
    expect(qs[1]!.c).toEqual(['the harbor plan would sink without her']);
  });

  it('a time clause, a dash aside, a manner participle and an "as" clause end the object', () => {
    expect(quotes('Ames opposed the levy when it came up for a vote in March.')[0]!.c).toEqual(['the levy']);
    expect(quotes('The union endorsed her — the first time it has taken sides in a primary.')[0]!.c).toEqual(['her']);
    expect(quotes('Ames endorsed Ortiz by praising her record on schools.')[0]!.c).toEqual(['Ortiz']);
    expect(quotes('Ames backed Ortiz as she closed in on the nomination.')[0]!.c).toEqual(['Ortiz']);
  });

  it('what the backing is for, and a role after "as", stay', () => {
    expect(quotes('Ames supports Ortiz for mayor.')[0]!.c).toEqual(['Ortiz for mayor']);
    expect(quotes('Ames has backed Ortiz as a candidate of the left.')[0]!.c).toEqual([
      'Ortiz as a candidate of the left',
    ]);
  });
});

describe('a new clause after a bare object', () => {
  it('“…, and” + a subject and its verb ends a noun-phrase content', () => {
    const qs = quotes(
      'Prosecutors charged the driver with reckless homicide, and the mayor released the footage hours later.',
    );
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ cue: 'charged', who: 'Prosecutors', act: 'accuse' });
    expect(qs[0]!.c).toEqual(['the driver with reckless homicide']);
  });

  it('“, while” after a two-word object is a contrast of the writer’s', () => {
    const qs = quotes('Two ferry lines have sought state loans, while others have cut routes.');
    expect(qs[0]).toMatchObject({ cue: 'have sought', c: ['state loans'] });
  });

  it('a list before “, and” keeps it one object', () => {
    const qs = quotes('The board denied the permit, the zoning plan and the appeal, and residents said little.');
    expect(qs[0]!.c).toEqual(['the permit, the zoning plan and the appeal']);
  });
});

describe('a naming object ends where the subject acts again', () => {
  it('“and” + a verb after an adjective name is the next act', () => {
    const qs = quotes('Ames called the levy unfair and accused the board of hiding the cost.');
    expect(qs).toHaveLength(2);
    expect(qs[0]).toMatchObject({ rule: 'attribution/naming', cue: 'called', c: ['the levy unfair'] });
    expect(qs[1]).toMatchObject({ rule: 'attribution/coordinated', cue: 'accused', who: 'Ames' });
    expect(qs[1]!.c).toEqual(['the board of hiding the cost']);
  });

  it('a participle cue ends at the next participle; a verb group with an auxiliary ends any naming object', () => {
    const qs = quotes('Ames opened his bid in June, calling the rivals liars and vowing to sue them.');
    expect(qs.map((q) => [q.cue, q.c])).toEqual([
      ['calling', ['the rivals liars']],
      ['vowing', ['to sue them']],
    ]);
    const qs2 = quotes('Ames describes himself as a moderate and has said he would cut taxes.');
    expect(qs2[0]!.c).toEqual(['himself as a moderate']);
    expect(qs2[1]).toMatchObject({ cue: 'has said', c: ['he would cut taxes'] });
  });

  it('coordinated adjectives before a noun stay in the object', () => {
    const qs = quotes('Ames described the mayor as responsible and respected figures agreed.');
    expect(qs[0]!.c).toEqual(['the mayor as responsible and respected figures agreed']);
  });
});

describe('clause contents that run into the writer’s words', () => {
  it('“, and” + he/she/they and a verb is a new clause; “, and it …” goes on', () => {
    const qs = quotes('Ortiz said the levy would pass, and he has spent the week lining up votes for it.');
    expect(qs).toHaveLength(1);
    expect(qs[0]!.c).toEqual(['the levy would pass']);
    expect(quotes('Ortiz said the levy would pass, and it will be signed in May.')[0]!.c).toEqual([
      'the levy would pass, and it will be signed in May',
    ]);
  });

  it('a dash and a noun phrase summing up the statement comment on it', () => {
    const qs = quotes('Ortiz said the ferry would run again by June — a promise her rivals call reckless.');
    expect(qs[0]).toMatchObject({ cue: 'said', who: 'Ortiz', c: ['the ferry would run again by June'] });
  });

  it('a dash and a noun phrase describing the last noun stay', () => {
    const qs = quotes('Ortiz said the ferry would stop at Dover — a town of nine hundred people.');
    expect(qs[0]!.c).toEqual(['the ferry would stop at Dover — a town of nine hundred people']);
  });
});

describe('closing comments and stretches of time', () => {
  it('“, the” + a noun phrase summing up the statement is the writer’s; other “, the …” phrases stay', () => {
    const qs = quotes('Ortiz said the council would cut the fare this month, the first step toward a free ferry.');
    expect(qs[0]!.c).toEqual(['the council would cut the fare this month']);
    expect(quotes('Ortiz said the council would cut the fare, the mayor of Dover.')[0]!.c).toEqual([
      'the council would cut the fare, the mayor of Dover',
    ]);
  });

  it('“for years”, “for more than two hours” after a bare object is how long, not what', () => {
    expect(quotes('Ames has opposed the toll for years.')[0]).toMatchObject({ cue: 'has opposed', c: ['the toll'] });
    expect(quotes('Ames praised the ferry crews for more than two hours.')[0]!.c).toEqual(['the ferry crews']);
  });
});

describe('an aside between a subject and its verb', () => {
  it('a participle aside ends where the main verb resumes after a comma', () => {
    const qs = quotes('Ortiz, recalling her talks with the union, stood beside the mayor.');
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ rule: 'attribution/participle', cue: 'recalling', who: 'Ortiz' });
    expect(qs[0]!.c).toEqual(['her talks with the union']);
    expect(quotes('Ruiz, noting that the ferry lost money, was not amused.')[0]!.c).toEqual([
      'that the ferry lost money',
    ]);
  });

  it('a second verb phrase of a relative ends there too', () => {
    const qs = quotes('Lee, who backed Ames and said he would march with him, eventually did not come.');
    expect(qs[1]).toMatchObject({ rule: 'attribution/coordinated', cue: 'said', c: ['he would march with him'] });
  });
});
