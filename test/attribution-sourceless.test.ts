import { describe, expect, it } from 'vitest';
import { quotes } from './attribution-helpers.js';

describe('sourceless attributions (session 7)', () => {
  it('a raised subject keeps its prepositional phrases, reflexive and number lead', () => {
    const gap = quotes('The rift between the mayor and the council seems to be widening.');
    expect(gap).toHaveLength(1);
    expect(gap[0]).toMatchObject({ kind: 'indirect', rule: 'attribution/raising', cue: 'seems', who: null });
    expect(gap[0]!.c).toEqual(['The rift between the mayor and the council', 'to be widening']);
    expect(quotes('Her margin among older voters appears to be shrinking.')[0]!.c).toEqual([
      'Her margin among older voters',
      'to be shrinking',
    ]);
    expect(quotes('The race itself has seemed to tighten.')[0]!.c).toEqual(['The race itself', 'to tighten']);
    expect(quotes('More than 300 farmers are expected to attend the hearing.')[0]!.c).toEqual([
      'More than 300 farmers',
      'to attend the hearing',
    ]);
    expect(quotes('The final closing of the mill is not expected to happen until May.')[0]!.c).toEqual([
      'The final closing of the mill',
      'to happen until May',
    ]);
  });
  it('a raised infinitive ends at a colon, a dash before a clause, or a clause of time or cause', () => {
    expect(quotes('The ferry seems to have run aground: the captain has not said why.')[0]!.c).toEqual([
      'The ferry',
      'to have run aground',
    ]);
    expect(quotes('The tunnel appears to be nearly finished — which surprised the engineers.')[0]!.c).toEqual([
      'The tunnel',
      'to be nearly finished',
    ]);
    expect(quotes('The levy is expected to pass after a long fight in the council.')[0]!.c).toEqual([
      'The levy',
      'to pass',
    ]);
    // A dash before a noun phrase is an appositive that stays.
    expect(quotes('The plan seemed to collapse — a blow to the mayor.')[0]!.c).toEqual([
      'The plan',
      'to collapse — a blow to the mayor',
    ]);
  });
  it('a passive of declaring or naming without "as" reports the subject and what it was declared', () => {
    const won = quotes('Ana Ortiz was declared the winner in Dayton on Tuesday.');
    expect(won).toHaveLength(1);
    expect(won[0]).toMatchObject({ rule: 'attribution/passive-declared', cue: 'was declared', who: null });
    expect(won[0]!.c).toEqual(['Ana Ortiz', 'the winner in Dayton']);
    expect(quotes('The three ballots were deemed invalid by the clerk.')[0]!.c).toEqual([
      'The three ballots',
      'invalid',
    ]);
    expect(quotes('The new fund will be dubbed the “Harbor Trust” by its backers.')[0]!.c).toEqual([
      'The new fund',
      'the “Harbor Trust”',
    ]);
    // A time after the participle is no name: nothing is reported.
    expect(quotes('The winner was announced on Monday.')).toEqual([]);
  });
  it('raising past a negation, a split infinitive, a comparative, and in a reduced relative', () => {
    const not = quotes('The mayor still seems not to have read the report.');
    expect(not[0]).toMatchObject({ rule: 'attribution/raising', cue: 'still seems', who: null });
    expect(not[0]!.c).toEqual(['The mayor', 'not to have read the report']);
    expect(quotes('The board appears to either misunderstand or ignore the rules.')[0]!.c).toEqual([
      'The board',
      'to either misunderstand',
    ]);
    expect(quotes('The vote appeared closer in Akron.')[0]!.c).toEqual(['The vote', 'closer in Akron']);
    const known = quotes('The crowd cheered a pastor known to be wary of outsiders.');
    expect(known.find((q) => q.rule === 'attribution/raising')).toMatchObject({
      cue: 'known',
      c: ['a pastor', 'to be wary of outsiders'],
    });
    // An object relative with its own subject is an active belief, not a raised one.
    expect(quotes('What many voters believed to be a bargain turned out costly.')[0]!.rule).not.toBe(
      'attribution/raising',
    );
  });
  it('a passive judgement finds its subject before an aside; a participle aside is left out of a raised subject', () => {
    const guild = quotes('The guild, which backs the levy, is widely seen as a moderate voice.');
    expect(guild[0]).toMatchObject({ rule: 'attribution/passive-as', cue: 'is widely seen as', who: null });
    expect(guild[0]!.c).toEqual(['The guild, which backs the levy', 'a moderate voice']);
    expect(quotes('Ortiz is remembered as a reformer.')[0]).toMatchObject({
      rule: 'attribution/passive-as',
      c: ['Ortiz', 'a reformer'],
    });
    expect(quotes('The report, drafted in May, appears to be outdated.')[0]!.c).toEqual([
      'The report',
      'to be outdated',
    ]);
    expect(quotes('No one, including the mayor, seems to have read it.')[0]!.c).toEqual([
      'No one, including the mayor',
      'to have read it',
    ]);
  });
  it('"can\'t seem to" is an inability, not a raised impression', () => {
    expect(quotes("He just can't seem to win over the farmers.").some((q) => q.rule === 'attribution/raising')).toBe(
      false,
    );
    expect(quotes('The mayor seems to want a recount.')[0]).toMatchObject({
      rule: 'attribution/raising',
      c: ['The mayor', 'to want a recount'],
    });
  });
  it('an impersonal passive of belief reports its clause with no source', () => {
    const qs = quotes('It is widely assumed that the levy will pass.');
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ rule: 'attribution/passive-it', act: 'believe', who: null });
    expect(qs[0]!.c).toEqual(['that the levy will pass']);
  });
  it('"known as" names the last noun phrase, past "in/at/for/with" but not past "of"', () => {
    const qs = quotes('Ortiz won easily in the string of spring contests known as Market Week.');
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ rule: 'attribution/known-as', cue: 'known as', who: null });
    expect(qs[0]!.c).toEqual(['the string of spring contests', 'Market Week']);
  });
});
