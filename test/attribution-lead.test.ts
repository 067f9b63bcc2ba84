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

describe('two readings of the same words (session 7)', () => {
  it('keeps one quote when a lead-in and a colon both introduce it', () => {
    const got = quotes('Said Ann Lee: “The ferry will run all winter.”');
    expect(got).toEqual([
      {
        kind: 'direct',
        rule: 'attribution/direct-lead-in',
        act: 'assert',
        c: ['The ferry will run all winter.'],
        cue: 'Said',
        who: 'Ann Lee',
      },
    ]);
  });

  it('keeps the speech participle when an outer content holds it', () => {
    const got = quotes('The governor answered the senator by saying the state budget was a disaster.');
    expect(got.map((q) => [q.rule, q.cue, q.c.join(' | ')])).toEqual([
      ['attribution/participle', 'saying', 'the state budget was a disaster'],
    ]);
  });

  it('keeps both quotes when they share few words', () => {
    const got = quotes('Lee said the ferry would run, adding that the dock needed repairs before winter.');
    expect(got.map((q) => q.cue)).toEqual(['said', 'adding']);
  });
});

describe('a that-clause opening with a phrase (session 7)', () => {
  it('goes on past a fronted phrase with commas to its own subject and verb', () => {
    const got = quotes(
      'Lee noted that at one of her first council meetings, in 1998, she supported a plan to widen the road.',
    );
    expect(got.map((q) => [q.cue, q.c.join(' | ')])).toEqual([
      ['noted', 'that at one of her first council meetings, in 1998, she supported a plan to widen the road'],
    ]);
  });
});

describe('speakers with a garbled letter (session 7)', () => {
  it('reads a name with a symbol glued inside it as one name', () => {
    const got = quotes(
      '"The port will reopen in May," Harbor Director FranÃ§ois Lemaire said Friday as he left the meeting.',
    );
    expect(got).toEqual([
      {
        kind: 'direct',
        rule: 'attribution/direct-trailing',
        act: 'assert',
        c: ['The port will reopen in May,'],
        cue: 'said',
        who: 'Harbor Director FranÃ§ois Lemaire',
      },
    ]);
  });
});

describe('idioms of saying (session 7)', () => {
  it('reads no quote in “it goes without saying”', () => {
    expect(quotes('It goes without saying that the ferry matters to the island.')).toEqual([]);
    expect(quotes('It should go without saying that the levy will pass.')).toEqual([]);
  });

  it('still reads a participle after other verbs and “without”', () => {
    const got = quotes('Lee left the meeting without saying whether the ferry would run.');
    expect(got.map((q) => [q.cue, q.c.join(' | ')])).toEqual([['saying', 'whether the ferry would run']]);
  });
});

describe('sources headed by a pronoun-like determiner (session 7)', () => {
  it('reads “those close to him” and “those familiar with …” as the whole source', () => {
    const a = quotes('Those close to him say that the mayor will run again.');
    expect(a.map((q) => [q.cue, q.who, q.c.join(' | ')])).toEqual([
      ['say', 'Those close to him', 'that the mayor will run again'],
    ]);
    const b = quotes('Those familiar with the talks say a deal is near.');
    expect(b.map((q) => [q.cue, q.who, q.c.join(' | ')])).toEqual([
      ['say', 'Those familiar with the talks', 'a deal is near'],
    ]);
  });
});

describe('a relative with no pronoun on the subject (session 7)', () => {
  it('reads “the experts I interviewed said …” with the whole noun phrase as the speaker', () => {
    const got = quotes('All the experts I interviewed said the plan was sound.');
    expect(got.map((q) => [q.cue, q.who, q.c.join(' | ')])).toEqual([
      ['said', 'All the experts I interviewed', 'the plan was sound'],
    ]);
  });
});

describe('a second clause before a trailing cue (session 7)', () => {
  it('is part of the content, not an aside on a speaker', () => {
    const got = quotes(
      'The offer did not sit well with the union, and the talks broke down after that, said one aide in the room.',
    );
    expect(got.map((q) => [q.rule, q.who, q.c.join(' | ')])).toEqual([
      [
        'attribution/inverted',
        'one aide in the room',
        'The offer did not sit well with the union, and the talks broke down after that',
      ],
    ]);
  });
});

describe('a surname the tagger reads as a verb (session 7)', () => {
  it('keeps “First Surname (party-state)” as the speaker', () => {
    const got = quotes('But Rep. Sam Drill (D-Ohio) said the levy would pass in the spring.');
    expect(got.map((q) => [q.cue, q.who, q.c.join(' | ')])).toEqual([
      ['said', 'Rep. Sam Drill (D-Ohio)', 'the levy would pass in the spring'],
    ]);
  });
});

describe('a gerund after a possessor is a noun (session 7)', () => {
  it('reads “a source familiar with his thinking said …” with the whole source, and no “thinking” cue', () => {
    const got = quotes('A source familiar with his thinking said the deal was close.');
    expect(got.map((q) => [q.cue, q.who, q.c.join(' | ')])).toEqual([
      ['said', 'A source familiar with his thinking', 'the deal was close'],
    ]);
  });

  it('keeps an absolute “with” clause with a named subject', () => {
    const got = quotes('With Lee calling the plan a fraud, the council voted.');
    expect(got.map((q) => [q.cue, q.who])).toEqual([['calling', 'Lee']]);
  });
});
