import { describe, expect, it } from 'vitest';
import { quotes } from './attribution-helpers.js';

describe('speaker noun phrases around the cue', () => {
  it('a source with a postmodifier ("close to him") speaks after the content', () => {
    const qs = quotes('The mayor will rethink how he handles the council, an aide close to him said.');
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ cue: 'said', who: 'an aide close to him', rule: 'attribution/inverted' });
    expect(qs[0]!.c[0]).toContain('The mayor will rethink how he handles the council');
  });

  it('an appositive holding a "whose" clause still names the speaker', () => {
    const qs = quotes(
      'Dana Holt, a pollster whose firm was hired by the Ortiz camp last spring, said turnout would be “very low” this year.',
    );
    expect(qs[0]).toMatchObject({ cue: 'said', kind: 'mixed' });
    expect(qs[0]!.who).toMatch(/^Dana Holt/);
    expect(qs[0]!.c).toEqual(['turnout would be “very low” this year']);
  });

  it('an aside between dashes after the subject', () => {
    const qs = quotes(
      'Several teachers at the meeting — including two from the east side — said the budget cuts went too far.',
    );
    expect(qs[0]).toMatchObject({
      cue: 'said',
      who: 'Several teachers at the meeting',
      rule: 'attribution/appositive',
    });
    expect(qs[0]!.c).toEqual(['the budget cuts went too far']);
  });

  it('a count stands as subject ("Six in 10 say …")', () => {
    const qs = quotes('Six in 10 say the governor is doing a good job.');
    expect(qs[0]).toMatchObject({ cue: 'say', who: 'Six in 10' });
    expect(qs[0]!.c).toEqual(['the governor is doing a good job']);
  });

  it('the object of an earlier verb does not join the next subject across "and"', () => {
    const qs = quotes('At one stop, a farmer asked for a selfie and Lopez said, “Only if you vote.”');
    const q = qs.find((x) => x.cue === 'said');
    expect(q).toMatchObject({ kind: 'direct', who: 'Lopez' });
    expect(q!.c).toEqual(['Only if you vote.']);
  });
});

describe('where the content sits', () => {
  it('a show title in quotes before the subject is not the reported quote', () => {
    const qs = quotes('On Sunday on ABC’s “This Week,” Senator Ray Cole said the plan’s “costs” are out of control.');
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ cue: 'said', who: 'Senator Ray Cole', kind: 'mixed' });
    expect(qs[0]!.c).toEqual(['the plan’s “costs” are out of control']);
  });

  it('an aside between dashes after the cue is skipped', () => {
    const qs = quotes('The treasurer said — in a post, oddly enough — that the fund had grown by a third.');
    expect(qs[0]!.c).toEqual(['that the fund had grown by a third']);
  });

  it('an object after the cue is the content, not the clause before the comma', () => {
    const q = quotes('While most members backed the mayor, 12 said the same of the treasurer.').find(
      (x) => x.cue === 'said',
    );
    expect(q).toMatchObject({ who: '12' });
    expect(q!.c).toEqual(['the same of the treasurer']);
  });
});

describe('content ends and new frames', () => {
  it('a content inside a relative aside ends with the aside', () => {
    const qs = quotes('Rona Kell, who said the count was flawed, filed a second suit on Friday.');
    expect(qs[0]).toMatchObject({ cue: 'said', rule: 'attribution/relative' });
    expect(qs[0]!.c).toEqual(['the count was flawed']);
  });

  it('words before a quoted fragment closing on "X said" make a mixed content', () => {
    const qs = quotes('Farmers in the valley are “tired of waiting,” Holt said.');
    expect(qs[0]).toMatchObject({ kind: 'mixed', rule: 'attribution/mixed-trailing', who: 'Holt' });
    expect(qs[0]!.c).toEqual(['Farmers in the valley are “tired of waiting,”']);
  });

  it('the source after "according to" runs to the comma whatever the tags', () => {
    const qs = quotes('Turnout fell by a tenth in the north, according to exit polls taken by the networks.');
    expect(qs[0]).toMatchObject({ cue: 'according to', who: 'exit polls taken by the networks' });
    expect(qs[0]!.c).toEqual(['Turnout fell by a tenth in the north']);
  });

  it('beliefs are counted with a first-person subject too, as act believe', () => {
    const qs = quotes('We believe the mine should stay closed until spring.');
    expect(qs[0]).toMatchObject({ cue: 'believe', who: 'We', act: 'believe' });
    expect(qs[0]!.c).toEqual(['the mine should stay closed until spring']);
  });

  it('backing by a group of people is a stance on its object', () => {
    const qs = quotes('Most farmers backed the new water rules.');
    expect(qs[0]).toMatchObject({ cue: 'backed', who: 'Most farmers' });
    expect(qs[0]!.c).toEqual(['the new water rules']);
  });
});

describe('naming and passive frames', () => {
  it('a naming content runs past the quoted name to the end of the clause', () => {
    const qs = quotes('Ames called the audit a “witch hunt” because the auditors were hired by his rival.');
    expect(qs[0]).toMatchObject({ cue: 'called', kind: 'mixed', rule: 'attribution/naming' });
    expect(qs[0]!.c).toEqual(['the audit a “witch hunt” because the auditors were hired by his rival']);
  });

  it('"a book written by X" is not something X said', () => {
    expect(quotes('The shop sells a memoir written by the former mayor.')).toHaveLength(0);
  });

  it('"proposed by X" still reports what X proposed', () => {
    const qs = quotes('The cuts proposed by the governor would close four clinics.');
    expect(qs[0]).toMatchObject({ rule: 'attribution/passive-by', who: 'the governor' });
  });
});

describe('light verbs, adverbial participles and impressions', () => {
  it('a light verb with a speech noun is one cue ("made the case that")', () => {
    const qs = quotes('Ames made the case that the port should be sold.');
    expect(qs[0]).toMatchObject({ cue: 'made the case', who: 'Ames', act: 'assert' });
    expect(qs[0]!.c).toEqual(['that the port should be sold']);
  });

  it('the preposition after the speech noun belongs to the cue ("launched an attack on")', () => {
    const qs = quotes('The union launched a fresh attack on the mayor.');
    expect(qs[0]).toMatchObject({ cue: 'launched a fresh attack on', act: 'criticise' });
    expect(qs[0]!.c).toEqual(['the mayor']);
  });

  it('a light verb with any other object is no cue', () => {
    expect(quotes('Ames made a cake for the party.')).toHaveLength(0);
  });

  it('a stance participle after "by" takes the clause subject', () => {
    const qs = quotes('Bell opened the rally by lashing out at the governor.');
    expect(qs[0]).toMatchObject({ rule: 'attribution/participle', who: 'Bell' });
    expect(qs[0]!.c).toEqual(['the governor']);
  });

  it('"X seemed ADJ" is an impression with two content spans and no source', () => {
    const qs = quotes('The council members seemed equally unmoved by the protest.');
    expect(qs[0]).toMatchObject({ rule: 'attribution/raising', act: 'believe', who: null });
    expect(qs[0]!.c).toEqual(['The council members', 'equally unmoved by the protest']);
    expect(quotes('It seems unlikely.')).toHaveLength(0);
  });
});

describe('infinitive cues', () => {
  it('a saying infinitive after a verb of the clause takes its subject', () => {
    const qs = quotes('Ames took to Twitter to say the vote was rigged.');
    expect(qs[0]).toMatchObject({ cue: 'say', who: 'Ames', rule: 'attribution/infinitive' });
    expect(qs[0]!.c).toEqual(['the vote was rigged']);
  });

  it('"went on to endorse" and an object after a stance verb that could look inverted', () => {
    const q1 = quotes('He went on to endorse Bell.');
    expect(q1[0]).toMatchObject({ cue: 'endorse', who: 'He', c: ['Bell'] });
    const q2 = quotes('Among older voters, 56 percent would vote for Ames.');
    expect(q2[0]).toMatchObject({ who: '56 percent', c: ['Ames'] });
  });

  it('an infinitive after a noun is a purpose, not a report', () => {
    expect(quotes('The city has a plan to attack the deficit.')).toHaveLength(0);
  });
});

describe('nominal cues with a preposition', () => {
  it('a possessor and a speech noun: the object of the preposition is the content', () => {
    const qs = quotes('Ames’s support for the port deal surprised the council.');
    expect(qs[0]).toMatchObject({ cue: 'support for', who: 'Ames', act: 'praise', rule: 'attribution/noun-cue' });
    expect(qs[0]!.c).toEqual(['the port deal']);
  });

  it('a possessive pronoun speaks for the clause subject', () => {
    const qs = quotes('The senator never hid her criticism of the merger.');
    expect(qs.find((q) => q.cue === 'criticism of')).toMatchObject({ who: 'The senator', c: ['the merger'] });
  });

  it('without a possessor the noun is no cue', () => {
    expect(quotes('Support for the port deal grew.')).toHaveLength(0);
  });
});

describe('content ends: contrasts and time phrases', () => {
  it('a trailing time phrase is when it was said, not what', () => {
    expect(quotes('Reid endorsed Cruz last week.')[0]!.c).toEqual(['Cruz']);
    expect(quotes('Ames backed the plan on Tuesday night.')[0]!.c).toEqual(['the plan']);
  });

  it('", but" and a new clause end a that-less content', () => {
    const qs = quotes('Aides said the order was given without his knowledge, but the mayor was furious.');
    expect(qs[0]!.c).toEqual(['the order was given without his knowledge']);
  });
});

describe('sourceless frames', () => {
  it('"X known as Y": the thing and its name, no source', () => {
    const qs = quotes('Ames won the last round of votes known as the home stretch.');
    expect(qs[0]).toMatchObject({
      rule: 'attribution/known-as',
      who: null,
      c: ['the last round of votes', 'the home stretch'],
    });
  });

  it('"X was asked about Y": the question, without a source', () => {
    const qs = quotes('During the interview, the actress was asked if she had ever been treated unfairly.');
    expect(qs[0]).toMatchObject({ rule: 'attribution/asked-passive', act: 'question', who: null });
    expect(qs[0]!.c).toEqual(['if she had ever been treated unfairly']);
  });
});

describe('raising with a relative subject', () => {
  it('"which is expected to …" keeps the relative as the first span', () => {
    const qs = quotes('The bank, which is expected to act in May, held rates steady.');
    expect(qs[0]).toMatchObject({ rule: 'attribution/raising', c: ['which', 'to act in May'] });
  });
});

describe('tagger slips in the subject', () => {
  it('the head of "the organizer of a rally" is the organizer, not the event', () => {
    const qs = quotes('Even the organizer of a union rally said the new rules raised the risk of clashes.');
    expect(qs[0]).toMatchObject({ cue: 'said', who: 'the organizer of a union rally' });
  });

  it('"people briefed on the talks" are a source', () => {
    const qs = quotes('People briefed on the talks said that it marked a shift in policy.');
    expect(qs[0]).toMatchObject({ who: 'People briefed on the talks', c: ['that it marked a shift in policy'] });
  });

  it('a capitalised "verb" between a name and a comma is part of the name', () => {
    const text =
      'The vote was close.\n\nOlive Hedge, who appraises farms for a Cush & Wake office, said prices had grown.';
    const q = quotes(text).find((x) => x.cue === 'said');
    expect(q!.who).toMatch(/^Olive Hedge/);
  });

  it('an adjective standing for a noun after a determiner ("the new rules said")', () => {
    const qs = quotes('The young Republican said the party had lost its way.');
    expect(qs[0]).toMatchObject({ cue: 'said', who: 'The young Republican' });
  });
});

describe('inverted cues at a clause end', () => {
  it('a semicolon after "X say" ends the clause: the content is before it', () => {
    const qs = quotes('Candidates need about 40 percent of the vote, analysts say; in 2012, Ames got 27 percent.');
    expect(qs[0]).toMatchObject({ cue: 'say', who: 'analysts', rule: 'attribution/inverted' });
    expect(qs[0]!.c).toEqual(['Candidates need about 40 percent of the vote']);
  });

  it('"…, said X who …": a relative clause on the speaker', () => {
    const qs = quotes('The district is within his reach, said a handful of organizers who point to his union ties.');
    expect(qs[0]).toMatchObject({ who: 'a handful of organizers', c: ['The district is within his reach'] });
  });
});

describe('coordinated subjects', () => {
  it('a subject pronoun as the first conjunct ("she and another reporter said")', () => {
    const qs = quotes('The guard grabbed a reporter by the arm, she and another reporter said.');
    expect(qs[0]).toMatchObject({ who: 'she and another reporter', c: ['The guard grabbed a reporter by the arm'] });
  });
});

describe('hearers and long addressees', () => {
  it('"were told …": the hearer is no source', () => {
    const qs = quotes('Reporters were told the meeting was over.');
    expect(qs[0]).toMatchObject({ rule: 'attribution/told-passive', who: null, c: ['the meeting was over'] });
  });

  it('a long addressee with a place name before "that"', () => {
    const qs = quotes('Ames told a rally in Dover, Delaware on Friday that the plan was dead.');
    expect(qs[0]).toMatchObject({ who: 'Ames', c: ['that the plan was dead'] });
  });
});

describe('subjects the noun-phrase chunker misses', () => {
  it('a reduced relative ("residents polled") is the speaker', () => {
    const qs = quotes('Most residents polled said the new bridge was a waste of money.');
    expect(qs[0]).toMatchObject({
      cue: 'said',
      who: 'Most residents polled',
      c: ['the new bridge was a waste of money'],
    });
    const qs2 = quotes('By a wide margin, those surveyed say the harbor should stay public.');
    expect(qs2[0]).toMatchObject({ cue: 'say', who: 'those surveyed', c: ['the harbor should stay public'] });
  });

  it('a standalone determiner ("another", "each") is the speaker', () => {
    const qs = quotes('One pilot says the runway is safe, while another says it is far too short.');
    expect(qs.map((q) => [q.who, q.c[0]])).toEqual([
      ['One pilot', 'the runway is safe'],
      ['another', 'it is far too short'],
    ]);
  });

  it('a partitive on an object pronoun ("most of them") is the speaker', () => {
    const qs = quotes('The nurses went back to work. Most of them said they had no choice.');
    expect(qs[0]).toMatchObject({ cue: 'said', who: 'Most of them', c: ['they had no choice'] });
  });

  it('"he\'s said" is a perfect, not a passive; "it\'s said" stays speakerless', () => {
    const qs = quotes("He's said he will fight the ruling all the way to the top court.");
    expect(qs[0]).toMatchObject({ who: 'He', c: ['he will fight the ruling all the way to the top court'] });
    // An impersonal passive reports a claim with no source, never the pronoun as speaker.
    expect(quotes("It's said that the old mill is haunted.")[0]).toMatchObject({
      rule: 'attribution/passive-it',
      who: null,
      c: ['that the old mill is haunted'],
    });
  });
});

describe('names the tagger misreads', () => {
  it('a first name tagged as a verb still starts the speaker, before or after the cue', () => {
    expect(quotes('“We will not back down,” Josh Marlow said.')[0]).toMatchObject({
      kind: 'direct',
      who: 'Josh Marlow',
    });
    expect(quotes('“We will not back down,” said Josh Marlow.')[0]).toMatchObject({
      kind: 'direct',
      who: 'Josh Marlow',
    });
  });

  it('"that" before a capitalised name is a complementiser, not the start of the speaker', () => {
    expect(quotes('The hearing grew so tense that Judge Ana Ruiz said, “We will take a break.”')[0]).toMatchObject({
      kind: 'direct',
      who: 'Judge Ana Ruiz',
    });
  });

  it('a hyphenated participle modifier ("Ohio-based") stays in the speaker', () => {
    expect(quotes('“The race is over,” Ohio-based consultant Dana Ruiz said.')[0]).toMatchObject({
      kind: 'direct',
      who: 'Ohio-based consultant Dana Ruiz',
    });
  });
});

describe('a chain of asides between subject and cue', () => {
  it('an adverb then a relative clause', () => {
    const qs = quotes('Ortiz, meanwhile, who has no union backing, said the count was fair.');
    expect(qs[0]).toMatchObject({
      cue: 'said',
      who: 'Ortiz',
      c: ['the count was fair'],
      rule: 'attribution/appositive',
    });
  });

  it('a party tag then a participle phrase', () => {
    const qs = quotes('Sen. Ana Ruiz, D-Ore., speaking on the radio after the vote, said the bill would pass.');
    expect(qs[0]).toMatchObject({ who: 'Sen. Ana Ruiz', c: ['the bill would pass'] });
  });
});

describe('where a noun-phrase content ends', () => {
  it('"and" + a verb after a noun-phrase object is the subject\'s next act, not content', () => {
    expect(quotes('The mayor denied the allegations and sued the newspaper for libel.')[0]).toMatchObject({
      cue: 'denied',
      c: ['the allegations'],
    });
  });

  it('a final ", which …" relative is the writer\'s comment; one closed by a comma stays inside', () => {
    expect(quotes('Rivas said she backs the new budget, which adds two clinics.')[0]).toMatchObject({
      c: ['she backs the new budget'],
    });
    expect(quotes('Rivas said the budget, which funds two clinics, was too small.')[0]).toMatchObject({
      c: ['the budget, which funds two clinics, was too small'],
    });
  });

  it('a clause content keeps its coordinated verb phrase', () => {
    expect(quotes('The mayor said he would cut fares and extend the night buses.')[0]).toMatchObject({
      c: ['he would cut fares and extend the night buses'],
    });
  });
});

describe('a cue aside before a quote that finishes the sentence', () => {
  it('joins the subject before the aside, the quote and the words after it into one mixed content', () => {
    const qs = quotes('The new ferry, the captain said, “will never pass” the spring inspection.');
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({
      kind: 'mixed',
      rule: 'attribution/parenthetical',
      who: 'the captain',
      c: ['The new ferry', 'will never pass', 'the spring inspection'],
    });
  });

  it('a time phrase or a participle before the aside stays outside a direct quote', () => {
    expect(quotes('Last week, Ortiz said, “We are done here.”')[0]).toMatchObject({
      kind: 'direct',
      c: ['We are done here.'],
    });
    expect(quotes('Shaking his head, Ortiz said, “We are done here.”')[0]).toMatchObject({
      kind: 'direct',
      c: ['We are done here.'],
    });
  });
});

describe('a long parenthesis after the speaker name', () => {
  it('still reaches the name before it', () => {
    const qs = quotes(
      'Rep. Lena Ortiz (who chaired the transit panel for six years before losing her seat) says the line is late.',
    );
    expect(qs[0]).toMatchObject({ cue: 'says', c: ['the line is late'] });
    expect(qs[0]!.who).toMatch(/^Rep\. Lena Ortiz/);
  });
});

describe('split quotes around a long attribution', () => {
  it('a relative clause on the speaker between the two halves', () => {
    const qs = quotes(
      '“The danger,” said Ana Ruiz, an engineer who runs the county lab, “is that the dam was never tested.”',
    );
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({
      rule: 'attribution/split',
      c: ['The danger,', 'is that the dam was never tested.'],
    });
  });

  it('a second cue between the halves keeps its own quote', () => {
    const qs = quotes('“We lost,” Ortiz said, and Lee replied, “We won.”');
    expect(qs.map((q) => [q.who, q.c])).toEqual([
      ['Ortiz', ['We lost,']],
      ['Lee', ['We won.']],
    ]);
  });
});

describe('a quote followed by a name with age, role and place', () => {
  it('reaches back over every aside to the name after the quote', () => {
    const qs = quotes(
      '“I do not trust either of them,” Rosa Lind, 58, a retired teacher in Dayton, Ohio, said in a follow-up interview.',
    );
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ kind: 'direct', who: 'Rosa Lind', c: ['I do not trust either of them,'] });
  });
});

describe('a stretch of time between the auxiliary and the cue', () => {
  it('is not the speaker: the subject before the auxiliary is', () => {
    const qs = quotes('Ortiz has in recent weeks said that the levy is unfair.');
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ cue: 'said', who: 'Ortiz', c: ['that the levy is unfair'] });
    expect(quotes('The mayor has over the past few months argued that the pier must close.')[0]).toMatchObject({
      who: 'The mayor',
    });
  });
});

describe('a "self-" compound in the subject', () => {
  it('keeps the saying of a self-described speaker', () => {
    const qs = quotes('The self-described socialist said the levy was unfair.');
    expect(qs.map((q) => [q.rule, q.cue, q.who, q.c])).toEqual([
      ['attribution/self-named', 'described', 'self', ['socialist']],
      ['attribution/indirect', 'said', 'The self-described socialist', ['the levy was unfair']],
    ]);
  });
});
