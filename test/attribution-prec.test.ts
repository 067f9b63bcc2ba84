import { describe, expect, it } from 'vitest';
import { quotes } from './attribution-helpers.js';

describe('inverted cues after a quote that ends its own sentence', () => {
  it('“…?” asked X is a direct quote, not a question about X', () => {
    const text = '“Who would give that up?” asked Sen. Ann Lee of Ohio.';
    expect(quotes(text)).toEqual([
      {
        kind: 'direct',
        rule: 'attribution/direct-trailing',
        act: 'question',
        c: ['Who would give that up?'],
        cue: 'asked',
        who: 'Sen. Ann Lee of Ohio',
      },
    ]);
  });

  it('“…!” said X joins the next quote sentence of the paragraph', () => {
    const text = 'The mayor spoke first.\n\n“This is our harbour!” said Ann Lee. “Nobody will take it.”';
    expect(quotes(text)).toEqual([
      {
        kind: 'direct',
        rule: 'attribution/split',
        act: 'assert',
        c: ['This is our harbour!', 'Nobody will take it.'],
        cue: 'said',
        who: 'Ann Lee',
      },
    ]);
  });

  it('a sentence-opening “Asked about …” after a quote is still the question', () => {
    const text = '“We are done,” Ortiz said. Asked about the levy, she said it would pass.';
    const q = quotes(text);
    expect(q.map((x) => x.rule)).toEqual(['attribution/direct-trailing', 'attribution/asked', 'attribution/indirect']);
    expect(q[1]).toMatchObject({ c: ['the levy'], cue: 'Asked about', who: null });
  });
});

describe('the speaker after an inverted cue', () => {
  it('takes the object of a postmodifier (“a person close to X”)', () => {
    const text =
      'Ortiz said the levy would pass.\n\n“The vote is close,” said a person close to the mayor. “We waited.”';
    const q = quotes(text);
    expect(q[1]).toMatchObject({
      rule: 'attribution/split',
      c: ['The vote is close,', 'We waited.'],
      cue: 'said',
      who: 'a person close to the mayor',
    });
  });

  it('stops before “when” or “as” (the circumstances of the saying)', () => {
    const text = '“We can win on Tuesday,” said Ortiz as he left the stage. “Where are you?”';
    expect(quotes(text)[0]).toMatchObject({
      rule: 'attribution/split',
      c: ['We can win on Tuesday,', 'Where are you?'],
      who: 'Ortiz',
    });
    const text2 = '“The tolls are theft,” said Ann Lee when asked about the levy.';
    expect(quotes(text2)[0]).toMatchObject({
      kind: 'direct',
      rule: 'attribution/direct-trailing',
      c: ['The tolls are theft,'],
      who: 'Ann Lee',
    });
  });
});

describe('uses of cue words that report nothing', () => {
  it('support in a relative on the speaker just named is background, not a second attribution', () => {
    const text = '“We will win the runoff,” said Ann Lee, 52, a nurse in Dayton who supports Ortiz.';
    expect(quotes(text).map((q) => q.rule)).toEqual(['attribution/direct-trailing']);
  });

  it('an accusation there is still reported', () => {
    const text = '“We will win the runoff,” said Ann Lee, a nurse who has accused the board of fraud.';
    expect(quotes(text).map((q) => [q.rule, q.cue])).toEqual([
      ['attribution/direct-trailing', 'said'],
      ['attribution/relative', 'has accused'],
    ]);
  });

  it('“adding to”, “reported from” and “compared with” are not speech', () => {
    expect(quotes('Ortiz won the primary in Ohio, adding to her lead over the senator.')).toEqual([]);
    expect(quotes('Ann Lee reported from Dayton.')).toEqual([]);
    expect(quotes('Turnout rose by 12 percent compared with the last election.')).toEqual([]);
    expect(quotes('Ortiz said the levy would pass, adding that the council agreed.').map((q) => q.cue)).toEqual([
      'said',
      'adding',
    ]);
  });
});

describe('attribution/trailing-verb: a verb and a speaker after a quote the cue pass did not read', () => {
  it('a verb outside the lexicon with a phrase after it', () => {
    const text = 'The vote failed.\n\n“They never meant to pass the bill,” Ann Lee fumed on Tuesday. “It was a show.”';
    expect(quotes(text)).toEqual([
      {
        kind: 'direct',
        rule: 'attribution/trailing-verb',
        act: 'assert',
        c: ['They never meant to pass the bill,', 'It was a show.'],
        cue: 'fumed',
        who: 'Ann Lee',
      },
    ]);
  });

  it('a pronoun, a verb and an adverb, then a participle', () => {
    const text = 'The vote failed.\n\n“Maybe it is the weather,” she wondered aloud, looking at the sky.';
    expect(quotes(text)[0]).toMatchObject({
      kind: 'direct',
      rule: 'attribution/trailing-verb',
      c: ['Maybe it is the weather,'],
      cue: 'wondered',
      who: 'she',
    });
  });

  it('an inverted speaker with a participle inside (“the chief known as Bob”)', () => {
    const text =
      'The vote failed.\n\n“There never was an order,” said the chief known as Bob, speaking for the first time.';
    expect(quotes(text)[0]).toMatchObject({
      kind: 'direct',
      rule: 'attribution/trailing-verb',
      cue: 'said',
      who: 'the chief known as Bob',
    });
  });

  it('not a passive, and not a title inside the clause', () => {
    expect(quotes('“Is this the end?,” Ann Lee was asked by a reporter.')).toEqual([]);
    expect(
      quotes('In an interview with “Morning Call,” Ann Lee pointed to the levy as the cause.').map((q) => q.rule),
    ).not.toContain('attribution/trailing-verb');
  });
});

describe('attribution/trailing-verb speakers', () => {
  it('a determiner standing alone, and a title with “and”', () => {
    expect(quotes('The vote failed.\n\n“Watch the clerk closely,” tweeted another.')[0]).toMatchObject({
      rule: 'attribution/trailing-verb',
      cue: 'tweeted',
      who: 'another',
    });
    const text =
      'The vote failed.\n\n“That is what he did in 2008,” said former Ohio Gov. and party chairman Ed Rendell.';
    expect(quotes(text)[0]).toMatchObject({ cue: 'said', who: 'former Ohio Gov. and party chairman Ed Rendell' });
  });
});

describe('the speaker of a participle cue with no subject before it', () => {
  it('an adverbial participle clause opening the sentence: the subject after its comma', () => {
    const text = 'After thanking the crowd, Ann Lee touted her record.';
    expect(quotes(text)).toEqual([
      {
        kind: 'indirect',
        rule: 'attribution/participle',
        act: 'praise',
        c: ['the crowd'],
        cue: 'thanking',
        who: 'Ann Lee',
      },
    ]);
  });

  it('a subject with an aside before the main verb', () => {
    const text = 'Republicans, who hold the Senate, have blocked the bill, saying it goes too far.';
    expect(quotes(text)[0]).toMatchObject({ cue: 'saying', c: ['it goes too far'], who: 'Republicans' });
  });
});

describe('subjects before a time phrase or a floating word', () => {
  it('the noun phrase before “both”, “late in the day” or a reflexive speaks', () => {
    expect(quotes('Lee and Kim have both urged the mayor to resign.')[0]).toMatchObject({
      cue: 'urged',
      c: ['the mayor to resign'],
      who: 'Lee and Kim',
    });
    expect(quotes('Ames (D-Ohio) late in the day praised the ferry deal.')[0]).toMatchObject({
      cue: 'praised',
      who: 'Ames (D-Ohio)',
    });
    expect(quotes('Clinton herself signaled that she is ready.')[0]).toMatchObject({
      rule: 'attribution/indirect-that',
      who: 'Clinton',
    });
  });
});

describe('a participle on an issued document', () => {
  it('the one who issued the statement speaks', () => {
    expect(quotes('Ann Lee issued a statement saying the levy would pass.')[0]).toMatchObject({
      rule: 'attribution/participle',
      cue: 'saying',
      c: ['the levy would pass'],
      who: 'Ann Lee',
    });
  });

  it('a document that is the subject still speaks for itself', () => {
    expect(quotes('Reports saying the levy would pass were wrong.')[0]).toMatchObject({
      cue: 'saying',
      who: 'Reports',
    });
  });
});

describe('indirect contents that report nothing', () => {
  it('a short setting phrase is no content', () => {
    expect(quotes('The senator spoke up in 2014.')).toEqual([]);
    expect(quotes('Ann Lee testified before the panel.')).toEqual([]);
  });

  it('an action after the preposition still is', () => {
    expect(quotes('Several governors balked at accepting refugees.')[0]).toMatchObject({
      cue: 'balked',
      c: ['at accepting refugees'],
    });
  });

  it('a right-hand content opening with “and” is the cue’s own conjunct, not what was said', () => {
    expect(quotes('What the mayor says and promises is now the standard.').map((q) => q.c)).toEqual([]);
  });
});

describe('capitalised verbs inside names', () => {
  it('“spokeswoman Hope Lane said” has one cue, and a Title-Case headline keeps its verb', () => {
    expect(quotes('Campaign spokeswoman Hope Lane said the group was created independently.')).toEqual([
      {
        kind: 'indirect',
        rule: 'attribution/indirect',
        act: 'assert',
        c: ['the group was created independently'],
        cue: 'said',
        who: 'Campaign spokeswoman Hope Lane',
      },
    ]);
    expect(
      quotes('Mayor Ortiz Promises Action On Tolls In First Week.\n\nThe mayor spoke on Monday.')[0],
    ).toMatchObject({
      cue: 'Promises',
    });
  });
});

describe('colons that introduce no one’s words', () => {
  it('a page label and a byline before a colon are not sources', () => {
    expect(quotes('Revealed: The Council Never Read The Report.\n\nThe mayor spoke on Monday.')).toEqual([]);
    const text =
      'ARTS—“The Harbor Room to close in May,” by Times’ Ann Lee: “The Harbor Room, a small club on the pier, will close.”';
    expect(quotes(text).map((q) => q.rule)).not.toContain('attribution/colon');
  });

  it('a name before a colon still speaks', () => {
    const text = 'The surge did not surprise pollster Dana Reyes: “We saw it coming for weeks.”';
    expect(quotes(text)[0]).toMatchObject({ rule: 'attribution/colon', who: 'pollster Dana Reyes' });
  });
});

describe('inverted readings of a verbless lead', () => {
  it('an adverbial before the subject is a setting, not what was said', () => {
    expect(quotes('Shortly after the vote, Ann Lee announced her resignation.')).toEqual([]);
    expect(quotes('In an interview in late May, Ortiz bragged about the deal.').map((q) => q.rule)).not.toContain(
      'attribution/inverted',
    );
  });

  it('a clause before the cue still is', () => {
    expect(quotes('The levy will pass, Ann Lee said.')[0]).toMatchObject({
      rule: 'attribution/inverted',
      c: ['The levy will pass'],
      who: 'Ann Lee',
    });
  });
});

describe('the possessor of a cue noun past its adjectives', () => {
  it('reads the possessor of an assertion or a charge', () => {
    expect(quotes('Lee’s recent unfounded assertion that the port was sold is false.')[0]).toMatchObject({
      rule: 'attribution/noun-cue',
      cue: 'assertion',
      c: ['that the port was sold'],
      who: 'Lee',
    });
    expect(quotes("In response to Reyes' charge that the levy was unfair, the mayor smiled.")[0]).toMatchObject({
      cue: 'charge',
      who: 'Reyes',
    });
  });
});

describe('plain cues inside another quote’s content', () => {
  it('are part of what that quote reports', () => {
    const text =
      'Ortiz called the levy a “total scheme” that turned uglier in May when the mayor implied the judge was biased.';
    expect(quotes(text).map((q) => [q.rule, q.cue])).toEqual([['attribution/naming', 'called']]);
  });

  it('a cue of its own next to another quote stays', () => {
    const text = 'Ortiz called the levy a “total scheme,” and the council will accuse her of a “freak out.”';
    expect(quotes(text).map((q) => q.cue)).toEqual(['called', 'will accuse']);
  });
});

describe('a trailing quote that is a phrase inside another content', () => {
  it('is not a direct quote of its own', () => {
    const text = 'Ortiz said he had left the memo in a “shred bin,” the Ledger reported.';
    expect(quotes(text).map((q) => [q.kind, q.cue, q.c])).toEqual([
      ['mixed', 'said', ['he had left the memo in a “shred bin,”']],
    ]);
  });

  it('a quote after a colon still is', () => {
    const text = 'Ortiz declared the need for calm: “Change the world,” she said.';
    expect(quotes(text)[0]).toMatchObject({ kind: 'direct', c: ['Change the world,'] });
  });
});

describe('an infinitive cue inside another quote’s content', () => {
  it('is part of that content', () => {
    const text = 'Ortiz called the levy a “total scheme” that the council had rushed to endorse in May.';
    expect(quotes(text).map((q) => [q.rule, q.cue])).toEqual([['attribution/naming', 'called']]);
  });
});

describe('the subject a coordinated cue continues', () => {
  it('is the saying cue’s subject, not the subject of the clause it reports', () => {
    const q = quotes('Ortiz says she respects the council but argues that the levy will fail.');
    expect(q[1]).toMatchObject({ rule: 'attribution/coordinated', cue: 'argues', who: 'Ortiz' });
  });

  it('a plain conjunct still continues its own subject', () => {
    const q = quotes('Ortiz praised the council and called the levy a “fair deal.”');
    expect(q.map((x) => x.who)).toEqual(['Ortiz', 'Ortiz']);
  });
});

describe('a participle after a possessive', () => {
  it('takes the clause subject, not the possessive pronoun', () => {
    const q = quotes('Ann Lee, the council chair, has been scathing in her remarks, threatening to pull the levy.');
    expect(q.find((x) => x.cue === 'threatening')).toMatchObject({ c: ['to pull the levy'], who: 'Ann Lee' });
  });
});

describe('a coordinated cue after an intransitive verb', () => {
  it('takes that verb’s subject', () => {
    const q = quotes('When asked whom she backed, Ann Lee smiled and said, “I am waiting for Ortiz.”');
    expect(q[1]).toMatchObject({ kind: 'direct', cue: 'said', c: ['I am waiting for Ortiz.'], who: 'Ann Lee' });
  });
});
