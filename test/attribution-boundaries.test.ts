import { describe, expect, it } from 'vitest';
import { quotes } from './attribution-helpers.js';

describe('where an indirect content ends', () => {
  it('a cue inside an opening subordinate clause reports up to the main clause', () => {
    const qs = quotes('While the governor said he would sign the bill, its passage remains uncertain.');
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ kind: 'indirect', rule: 'attribution/indirect', cue: 'said', who: 'the governor' });
    expect(qs[0]!.c).toEqual(['he would sign the bill']);
  });

  it('a participle clause opening the sentence reports only up to its comma', () => {
    const qs = quotes('Having announced that he would not seek a third term, the mayor spent the day with his family.');
    const q = qs.find((x) => x.cue === 'announced');
    expect(q!.c).toEqual(['that he would not seek a third term']);
  });

  it('“, and” with a new noun-phrase subject and finite verb starts the writer’s clause', () => {
    const qs = quotes('The mayor said the budget was balanced, and the council will vote on it next week.');
    expect(qs[0]).toMatchObject({ cue: 'said', who: 'The mayor' });
    expect(qs[0]!.c).toEqual(['the budget was balanced']);
  });

  it('“, and” with a pronoun subject goes on with what was said', () => {
    const qs = quotes('The mayor said the budget was balanced, and it will pass easily.');
    expect(qs[0]!.c).toEqual(['the budget was balanced, and it will pass easily']);
  });

  it('an aside on a noun-phrase object does not end it before the verb’s complement', () => {
    const qs = quotes(
      'The mayor praised Ann Lee, who ran the shelter for years, for her “quiet courage” during the flood.',
    );
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ kind: 'mixed', cue: 'praised', who: 'The mayor' });
    expect(qs[0]!.c).toEqual(['Ann Lee, who ran the shelter for years, for her “quiet courage” during the flood']);
  });

  it('a capitalised “When” before the speaker still marks the cue’s clause as subordinate', () => {
    const qs = quotes('When Ames said the plant would close, the town council called an emergency meeting.');
    const q = qs.find((x) => x.cue === 'said');
    expect(q!.c).toEqual(['the plant would close']);
  });

  it('a hearer before an infinitive is part of what was asked', () => {
    const qs = quotes('The union asked the city to raise wages for bus drivers.');
    expect(qs[0]).toMatchObject({ cue: 'asked', who: 'The union' });
    expect(qs[0]!.c).toEqual(['the city to raise wages for bus drivers']);
  });

  it('a hearer and a time phrase before a that-less clause are not', () => {
    const qs = quotes('The retired judge told The Courier of Dayton on Friday she would back the mayor.');
    expect(qs[0]).toMatchObject({ cue: 'told', who: 'The retired judge' });
    expect(qs[0]!.c).toEqual(['she would back the mayor']);
  });

  it('a time phrase between the cue and a whether-clause is not reported', () => {
    const qs = quotes('The senator questioned in recent days whether the governor has the temperament to lead.');
    expect(qs[0]).toMatchObject({ cue: 'questioned', who: 'The senator' });
    expect(qs[0]!.c).toEqual(['whether the governor has the temperament to lead']);
  });

  it('the occasion of speaking closes a noun-phrase object', () => {
    const qs = quotes('The senator praised the new trade agreement in an interview with a local radio station.');
    expect(qs[0]).toMatchObject({ kind: 'indirect', cue: 'praised', who: 'The senator' });
    expect(qs[0]!.c).toEqual(['the new trade agreement']);
  });

  it('a reported clause keeps its own place phrase', () => {
    const qs = quotes('The minister said talks would resume at a summit in March.');
    expect(qs[0]!.c).toEqual(['talks would resume at a summit in March']);
  });
});

describe('lists and asides', () => {
  it('a list of “X who …” items gives each relative its own content', () => {
    const qs = quotes(
      'The campaign drew idealists who wanted a clean break with the past, centrists who were angry about the war, and bankers who expected growth.',
    );
    expect(qs.map((q) => q.c)).toEqual([['a clean break with the past'], ['the war'], ['growth']]);
    expect(qs.every((q) => q.rule === 'attribution/relative')).toBe(true);
  });

  it('an aside between two dashes does not end the reported clause', () => {
    const qs = quotes('Officials said county clerks – and not the state board – will certify the tally.');
    expect(qs[0]!.c).toEqual(['county clerks – and not the state board – will certify the tally']);
  });
});

describe('nested cues', () => {
  it('a speech participle after a preposition stays inside the outer content (after "for" it is only the grounds)', () => {
    const qs = quotes('The governor criticized the senator for saying the state budget was a disaster.');
    const outer = qs.find((q) => q.cue === 'criticized');
    expect(outer!.c).toEqual(['the senator for saying the state budget was a disaster']);
    // PolNeAR never nests a cue inside another content; after "for" the outer is annotated (session 6, att-outer).
    expect(qs.find((q) => q.cue === 'saying')).toBeUndefined();
    const by = quotes('The governor answered the senator by saying the state budget was a disaster.');
    expect(by.find((q) => q.cue === 'saying')).toMatchObject({
      rule: 'attribution/participle',
      c: ['the state budget was a disaster'],
    });
  });
});

describe('mixed quotes that run past the cue', () => {
  it('a quote closing on a comma, the cue, then the rest of the sentence is one mixed content', () => {
    const qs = quotes('“Only a fool,” she said, would sign a contract like that.');
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ kind: 'mixed', rule: 'attribution/mixed-continued', cue: 'said', who: 'she' });
    expect(qs[0]!.c).toEqual(['Only a fool,', 'would sign a contract like that']);
  });

  it('a quote in the same paragraph continues a mixed quote', () => {
    const qs = quotes('The mayor is a “real fighter” for the town, Ames said. “He never gives up on anyone here.”');
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ kind: 'mixed', cue: 'said', who: 'Ames' });
    expect(qs[0]!.c).toEqual(['The mayor is a “real fighter” for the town', 'He never gives up on anyone here.']);
  });

  it('after an inverted cue, the speaker’s appositive is no second part of the content', () => {
    const qs = quotes(
      'Nor will higher tariffs bring the jobs back, said Ann Lee, a professor of economics at a state college.',
    );
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ rule: 'attribution/inverted', cue: 'said', who: 'Ann Lee' });
    expect(qs[0]!.c).toEqual(['Nor will higher tariffs bring the jobs back']);
  });

  it('after a trailing “according to X,” the source’s appositive is no second part either', () => {
    const qs = quotes('Turnout fell by a third, according to Ann Lee, a pollster at the state college.');
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ rule: 'attribution/according-to', cue: 'according to', who: 'Ann Lee' });
    expect(qs[0]!.c).toEqual(['Turnout fell by a third']);
  });

  it('a sentence-opening “But” is not part of what was said', () => {
    const qs = quotes('But the plan will fail, Ames said.');
    expect(qs[0]).toMatchObject({ rule: 'attribution/inverted', cue: 'said', who: 'Ames' });
    expect(qs[0]!.c).toEqual(['the plan will fail']);
  });

  it('“according to X,” in mid-sentence still splits the content around it', () => {
    const qs = quotes('In the coming years, according to the port authority, freight traffic will double.');
    expect(qs[0]).toMatchObject({ rule: 'attribution/parenthetical', cue: 'according to', who: 'the port authority' });
    expect(qs[0]!.c).toEqual(['In the coming years', 'freight traffic will double']);
  });

  it('a conditional lead before “X said, “…”” is part of a mixed content', () => {
    const qs = quotes('If the bill passes, Ames said, “the city will run out of money by June.”');
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ kind: 'mixed', rule: 'attribution/parenthetical', cue: 'said', who: 'Ames' });
    expect(qs[0]!.c).toEqual(['If the bill passes', 'the city will run out of money by June.']);
  });

  it('a parenthetical cue with a phrase of its own still splits one content around it', () => {
    const qs = quotes('It matters, she said in an interview, that the rules are clear to everyone.');
    expect(qs[0]).toMatchObject({ rule: 'attribution/parenthetical', cue: 'said', who: 'she' });
    expect(qs[0]!.c).toEqual(['It matters', 'that the rules are clear to everyone']);
  });
});

describe('naming cues', () => {
  it('the content ends with the quoted name when the subject acts again', () => {
    const qs = quotes('The mayor praised the chief, calling him a “steady hand” and he thanked the council.');
    const q = qs.find((x) => x.cue === 'calling');
    expect(q).toMatchObject({ kind: 'mixed', rule: 'attribution/naming' });
    expect(q!.c).toEqual(['him a “steady hand”']);
  });
});

describe('continuations', () => {
  it('a two-word sentence in quote marks continues the quote before it', () => {
    const qs = quotes('“It is not quite over,” she said. “Not yet.”');
    expect(qs).toHaveLength(1);
    expect(qs[0]!.c).toEqual(['It is not quite over,', 'Not yet.']);
  });

  it('a quote after the cue joins the quote before even when the sentence split missed the full stop', () => {
    const qs = quotes('“We will win this state,” the senator told the A.P. “Nobody can stop us now.”');
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ kind: 'direct', rule: 'attribution/split', cue: 'told', who: 'the senator' });
    expect(qs[0]!.c).toEqual(['We will win this state,', 'Nobody can stop us now.']);
  });
});

describe('a coordinated subject after the cue', () => {
  it('“he and other X” does not end the content at “and”', () => {
    const qs = quotes('Ortiz said he and other pastors are planning a march.');
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ cue: 'said', who: 'Ortiz', c: ['he and other pastors are planning a march'] });
    expect(quotes('The mayor said they and the council agree.')[0]!.c).toEqual(['they and the council agree']);
  });
});
