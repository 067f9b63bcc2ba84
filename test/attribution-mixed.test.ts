import { describe, expect, it } from 'vitest';
import { quotes } from './attribution-helpers.js';

describe('quote continuations', () => {
  it('a quote that ends its sentence continues even when the splitter runs on into the next cue', () => {
    const qs = quotes(
      "The two fled the city in May.\n\n''We are students,'' Ms. Rahimi said. ''We are not soldiers.'' Mr. Karim said: ''The shelling was the worst.''",
    );
    expect(qs).toHaveLength(2);
    expect(qs[0]).toMatchObject({ kind: 'direct', rule: 'attribution/split', cue: 'said', who: 'Ms. Rahimi' });
    expect(qs[0]!.c).toEqual(['We are students,', 'We are not soldiers.']);
    expect(qs[1]).toMatchObject({ kind: 'direct', cue: 'said', who: 'Mr. Karim' });
    expect(qs[1]!.c).toEqual(['The shelling was the worst.']);
  });

  it('a quote followed by the writer’s own clause in the same sentence is not a continuation', () => {
    const qs = quotes('“We will win,” the mayor said. “Next week” is when the council votes on the plan.');
    expect(qs).toHaveLength(1);
    expect(qs[0]!.c).toEqual(['We will win,']);
  });
});

describe('mixed content around an aside', () => {
  it('a one-word subject before the aside joins a quote that opens in lower case', () => {
    const qs = quotes('Lee, a close aide said, “is very sure of the outcome” of the vote.');
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ kind: 'mixed', rule: 'attribution/parenthetical', cue: 'said', who: 'a close aide' });
    expect(qs[0]!.c).toEqual(['Lee', 'is very sure of the outcome', 'of the vote']);
  });

  it('a coordinated phrase before the aside joins a lower-case quote', () => {
    const qs = quotes('These and other rulings, the lawyers said, “all point to one answer” on the question.');
    expect(qs[0]).toMatchObject({ kind: 'mixed', rule: 'attribution/parenthetical', cue: 'said' });
    expect(qs[0]!.c[0]).toBe('These and other rulings');
    expect(qs[0]!.c[1]).toBe('all point to one answer');
  });

  it('a clause with its own verb before the aside stays the writer’s', () => {
    const qs = quotes('The mayor thanked the crews, saying “you kept the city running.”');
    const q = qs.find((x) => x.cue === 'saying');
    expect(q!.c).toEqual(['you kept the city running.']);
  });
});

describe('occasions after a quoted fragment', () => {
  it('“in an interview …” after a quote closing on a comma is not content', () => {
    const qs = quotes(
      'The senator said his campaign does not want “that mess,” in an interview with a radio host on Sunday.',
    );
    expect(qs[0]).toMatchObject({ kind: 'mixed', cue: 'said', who: 'The senator' });
    expect(qs[0]!.c).toEqual(['his campaign does not want “that mess,”']);
  });
});

describe('naming contents', () => {
  it('a participle after a name closing on a comma is the writer’s', () => {
    const qs = quotes('In another post, Lee called Ames the “ultimate fraud,” linking to a story about his trip.');
    expect(qs[0]).toMatchObject({ kind: 'mixed', rule: 'attribution/naming', cue: 'called', who: 'Lee' });
    expect(qs[0]!.c).toEqual(['Ames the “ultimate fraud,”']);
  });

  it('a noun phrase after a name closing on a comma is the writer’s comment', () => {
    const qs = quotes('At the debate, Lee called Ames a “coward,” a rare jab from a quiet candidate.');
    expect(qs[0]).toMatchObject({ rule: 'attribution/naming', cue: 'called' });
    expect(qs[0]!.c).toEqual(['Ames a “coward,”']);
  });
});

describe('the writer’s comment after a reported clause', () => {
  it('a comma and an indefinite noun phrase after the clause ends the content', () => {
    const qs = quotes('Most voters said the mayor could win the runoff, a sharp rise from the spring.');
    expect(qs[0]).toMatchObject({ kind: 'indirect', cue: 'said', who: 'Most voters' });
    expect(qs[0]!.c).toEqual(['the mayor could win the runoff']);
  });

  it('a name’s appositive, a degree phrase and a list stay in the content', () => {
    expect(quotes('Ames said he was stronger than Governor Lee, a former judge.')[0]!.c).toEqual([
      'he was stronger than Governor Lee, a former judge',
    ]);
    expect(quotes('Aides said he was tired, a bit lost, after the vote.')[0]!.c).toEqual([
      'he was tired, a bit lost, after the vote',
    ]);
  });
});

describe('a closing aside in brackets', () => {
  it('is the writer’s, not part of the reported clause', () => {
    const qs = quotes('The senator said he would raise taxes on stock trades (which the governor also backs).');
    expect(qs[0]).toMatchObject({ kind: 'indirect', cue: 'said', who: 'The senator' });
    expect(qs[0]!.c).toEqual(['he would raise taxes on stock trades']);
  });

  it('stays when the clause goes on after it', () => {
    const qs = quotes('Ames said the plan (first floated in May) would cut costs.');
    expect(qs[0]!.c).toEqual(['the plan (first floated in May) would cut costs']);
  });
});

describe('relative cues', () => {
  it('a comma closing inside the quote ends the relative content before the main verb', () => {
    const qs = quotes('Okafor, who has cast himself as the “people’s senator,” has pushed for lower fuel taxes.');
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ kind: 'mixed', rule: 'attribution/relative', cue: 'has cast' });
    expect(qs[0]!.c).toEqual(['himself as the “people’s senator,”']);
  });
});

describe('a relative on a name at the end of a reported clause', () => {
  it('is the writer’s gloss', () => {
    const qs = quotes('The office said the emails were sent to Ann Lee, who was then the chief of staff.');
    expect(qs[0]).toMatchObject({ kind: 'indirect', cue: 'said', who: 'The office' });
    expect(qs[0]!.c).toEqual(['the emails were sent to Ann Lee']);
  });

  it('stays on a common noun', () => {
    const qs = quotes('The office said the emails were sent to two aides, who never opened them.');
    expect(qs[0]!.c).toEqual(['the emails were sent to two aides, who never opened them']);
  });
});

describe('a topic after “about”', () => {
  it('is the content, without its preposition', () => {
    expect(quotes('Lee speculated about the cost of the new stadium.')[0]!.c).toEqual(['the cost of the new stadium']);
  });

  it('after a hearer too', () => {
    const qs = quotes('Reporters asked Lee about the deal with the city.');
    expect(qs[0]).toMatchObject({ cue: 'asked', who: 'Reporters' });
    expect(qs[0]!.c).toEqual(['the deal with the city']);
  });

  it('an estimate keeps its “about”', () => {
    const qs = quotes('The office said about half of the money was spent.');
    expect(qs[0]!.c).toEqual(['about half of the money was spent']);
  });
});

describe('the object of “on” right after the cue', () => {
  it('is the content without its preposition', () => {
    const qs = quotes('The council agreed on raising the fee.');
    expect(qs[0]).toMatchObject({ cue: 'agreed', who: 'The council' });
    expect(qs[0]!.c).toEqual(['raising the fee']);
    expect(quotes('The senator pinned her hopes on Ohio.')[0]!.c).toEqual(['Ohio']);
  });

  it('a date after “on” is not what was said', () => {
    const qs = quotes('Lee said on Monday that the border would reopen.');
    expect(qs[0]!.c).toEqual(['that the border would reopen']);
  });
});
