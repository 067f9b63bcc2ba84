import { describe, expect, it } from 'vitest';
import { quotes } from './attribution-helpers.js';

function byCue(text: string, cue: string) {
  const q = quotes(text).find((x) => x.cue === cue);
  expect(q, `no quote with cue “${cue}” in: ${text}`).toBeDefined();
  return q!;
}

describe('raising and seeming verbs', () => {
  it('a negation and a split infinitive stay inside the raising cue', () => {
    const q = byCue('The mayor is not expected to formally announce her bid before June.', 'is not expected');
    expect(q).toMatchObject({ rule: 'attribution/raising', who: null, act: 'believe' });
    expect(q.c).toEqual(['The mayor', 'to formally announce her bid before June']);
    const d = byCue('Mr. Hale does not seem to be enjoying the recount.', 'does not seem');
    expect(d.c).toEqual(['Mr. Hale', 'to be enjoying the recount']);
  });

  it('the subject of a seeming verb may sit before an aside or in the first conjunct', () => {
    const a = byCue('The figures, which were published on Monday, appear to be wrong.', 'appear');
    expect(a.c).toEqual(['The figures, which were published on Monday', 'to be wrong']);
    const b = byCue('Ortiz led the count and appeared poised to win the seat.', 'appeared');
    expect(b).toMatchObject({ rule: 'attribution/raising' });
    expect(b.c).toEqual(['Ortiz', 'poised to win the seat']);
  });

  it('“it seems” reports the clause after it, with no source', () => {
    const q = byCue('It seems the council never read the report.', 'It seems');
    expect(q).toMatchObject({ rule: 'attribution/it-seems', who: null });
    expect(q.c).toEqual(['the council never read the report']);
    expect(quotes('It seems to be raining in the valley.').filter((x) => x.rule === 'attribution/it-seems')).toEqual(
      [],
    );
  });
});

describe('passive judgements', () => {
  it('“is seen as” gives the subject and the judgement, and the holders after “by”', () => {
    const q = byCue('The retired judge is widely seen as the favourite to lead the inquiry.', 'is widely seen as');
    expect(q).toMatchObject({ rule: 'attribution/passive-as', who: null, act: 'believe' });
    expect(q.c).toEqual(['The retired judge', 'the favourite to lead the inquiry']);
    const b = byCue('The chain was seen by many shoppers as a safe bet.', 'was seen by many shoppers as');
    expect(b).toMatchObject({ who: 'many shoppers' });
    expect(b.c).toEqual(['The chain', 'a safe bet']);
  });

  it('“is known for” is a reputation', () => {
    const q = byCue('The band is best known for its loud brass section.', 'is best known for');
    expect(q.c).toEqual(['The band', 'its loud brass section']);
  });
});

describe('verbs of talking, indicating and finding', () => {
  it('the topic of “spoke about” after an adverb or a hearer and a time', () => {
    const a = byCue('The governor spoke openly about her plans for the port.', 'spoke openly about');
    expect(a).toMatchObject({ who: 'The governor' });
    expect(a.c).toEqual(['her plans for the port']);
    const b = byCue(
      'Ames spoke to reporters on Friday about the new tax on boats.',
      'spoke to reporters on Friday about',
    );
    expect(b).toMatchObject({ who: 'Ames' });
    expect(b.c).toEqual(['the new tax on boats']);
  });

  it('“spoke on condition of anonymity” is no topic', () => {
    expect(quotes('Two aides spoke on condition of anonymity about the talks.').map((x) => x.cue)).not.toContain(
      'spoke on condition of',
    );
  });

  it('“indicated” reports a statement from any subject', () => {
    const q = byCue('Her aides indicated she would sign the bill.', 'indicated');
    expect(q).toMatchObject({ who: 'Her aides' });
    expect(q.c).toEqual(['she would sign the bill']);
  });

  it('“found that” reports a finding from any subject', () => {
    const q = byCue('The researchers found that most towns had lost jobs.', 'found');
    expect(q).toMatchObject({ rule: 'attribution/indirect-that', who: 'The researchers' });
    expect(q.c).toEqual(['that most towns had lost jobs']);
    expect(quotes('The hikers found a wallet near the bridge.')).toEqual([]);
  });
});

describe('subjects the plain chunker misses', () => {
  it('a contracted “is” before a belief participle is a progressive, not a perfect', () => {
    const q = byCue("He's hoping the new ferry will bring tourists back.", "'s hoping");
    expect(q).toMatchObject({ rule: 'attribution/indirect', who: 'He', act: 'believe' });
    expect(q.c).toEqual(['the new ferry will bring tourists back']);
  });

  it('a belief set off by commas reports the clause around it', () => {
    const q = byCue("Such a plan, the mayor's aides believe, would cost far too much.", 'believe');
    expect(q).toMatchObject({ rule: 'attribution/parenthetical', who: "the mayor's aides" });
    expect(q.c).toEqual(['Such a plan', 'would cost far too much']);
    expect(quotes('We were, you know, quite tired by then.')).toEqual([]);
  });

  it('a saying verb after a long aside takes the name opening the sentence', () => {
    const q = byCue(
      'Dana Ruiz, whose old firm, Ruiz Labs, built the clinic, said the wards were short of staff.',
      'said',
    );
    expect(q).toMatchObject({ rule: 'attribution/far-subject', who: 'Dana Ruiz' });
    expect(q.c).toEqual(['the wards were short of staff']);
  });

  it('an absolute “with” clause names the speaker of a participle cue', () => {
    const q = byCue('The vote passed, with Ortiz calling it a win for the valley.', 'calling');
    expect(q).toMatchObject({ who: 'Ortiz', rule: 'attribution/naming' });
    expect(q.c).toEqual(['it a win for the valley']);
  });
});

describe('sentence splits', () => {
  it('a sentence cut after “(D-Ore.)” and resumed with a comma is read as one', () => {
    const q = byCue(
      'Dana Ruiz (D-Ore.), who chaired the panel for a decade until it closed in 2019, said the wards were short of staff.',
      'said',
    );
    expect(q.who).toMatch(/^Dana Ruiz \(D-Ore\.\), who chaired/);
    expect(q.c).toEqual(['the wards were short of staff']);
  });
});

describe('objects that are no speech', () => {
  it('“added” with a noun-phrase object is no statement; with a clause it is', () => {
    expect(quotes('The port added 300 jobs last year.')).toEqual([]);
    const q = byCue('The chief added that the port would hire more staff.', 'added');
    expect(q.c).toEqual(['that the port would hire more staff']);
  });

  it('“maintains a lead” is no statement', () => {
    expect(quotes('Ortiz maintains a narrow lead in the valley.')).toEqual([]);
  });
});

describe('naming without quote marks', () => {
  it('“calls X Y” names X, with a noun phrase or an adjective as the name', () => {
    const a = byCue('Lena Park calls the plan a gift to landlords.', 'calls');
    expect(a).toMatchObject({ rule: 'attribution/naming', who: 'Lena Park' });
    expect(a.c).toEqual(['the plan a gift to landlords']);
    const b = byCue('She called the deal unfair.', 'called');
    expect(b.c).toEqual(['the deal unfair']);
  });

  it('“called an emergency session” names nothing', () => {
    expect(quotes('The council called an emergency session on Monday.')).toEqual([]);
  });
});

describe('relative clauses and passives', () => {
  it('“which he said had …”: the relative pronoun and the rest of the clause are what was said', () => {
    const q = byCue('Ortiz blamed the new tolls, which he said had hurt the harbour.', 'said');
    expect(q).toMatchObject({ rule: 'attribution/relative-subject', who: 'he' });
    expect(q.c).toEqual(['which', 'had hurt the harbour']);
    expect(byCue('Ortiz blamed the new tolls, which he said had hurt the harbour.', 'blamed').c).toEqual([
      'the new tolls',
    ]);
  });

  it('“responded by saying” is a manner, not a passive with an agent', () => {
    expect(quotes('The minister responded by calling a press conference.').map((x) => x.rule)).not.toContain(
      'attribution/passive-by',
    );
    const q = byCue('The plan was rejected by the council on Monday.', 'rejected by');
    expect(q).toMatchObject({ rule: 'attribution/passive-by', who: 'the council' });
    expect(q.c).toEqual(['The plan']);
  });

  it('“said in a statement that …” is the verb’s cue, not a nominal one', () => {
    const qs = quotes('The mayor said in a statement that the bridge would reopen.');
    expect(qs.map((x) => x.rule)).not.toContain('attribution/noun-cue');
    expect(qs[0]!.c).toEqual(['that the bridge would reopen']);
  });
});

describe('verbs of knowing with a clause', () => {
  it('“learned that …” and “recognizes that …” are beliefs; “learned to swim” is not', () => {
    const q = byCue('The tenants soon learned that the owner had sold the block.', 'learned');
    expect(q).toMatchObject({ act: 'believe', who: 'The tenants' });
    expect(q.c).toEqual(['that the owner had sold the block']);
    expect(quotes('The tenants recognized the owner at once.')).toEqual([]);
  });
});

describe('verbs the tagger reads as nouns', () => {
  it('a saying verb after a plural subject: “Many critics claim …”', () => {
    const q = byCue('Many critics claim the new tolls will hurt the harbour.', 'claim');
    expect(q).toMatchObject({ who: 'Many critics' });
    expect(q.c).toEqual(['the new tolls will hurt the harbour']);
  });

  it('an intention verb before its infinitive: “Ortiz plans to …”', () => {
    const q = byCue('Ortiz plans to visit the valley on Sunday.', 'plans');
    expect(q).toMatchObject({ who: 'Ortiz', act: 'intend' });
    expect(q.c).toEqual(['to visit the valley on Sunday']);
  });
});

describe('light verbs and phrase cues', () => {
  it('“took a shot at” and “went after” are criticism of their object', () => {
    const a = byCue('The senator took a shot at the governor over the tolls.', 'took a shot at');
    expect(a).toMatchObject({ who: 'The senator', act: 'criticise' });
    expect(a.c).toEqual(['the governor over the tolls']);
    const b = byCue('Ortiz went after the governor on Monday.', 'went after');
    expect(b).toMatchObject({ who: 'Ortiz', act: 'criticise' });
    expect(b.c).toEqual(['the governor']);
  });
});

describe('questions inside a sentence', () => {
  it('“when asked about X” is a question with no source', () => {
    const q = byCue('“We will not close the port,” the mayor said when asked about the storm.', 'asked about');
    expect(q).toMatchObject({ rule: 'attribution/asked', who: null, act: 'question' });
    expect(q.c).toEqual(['the storm']);
    expect(byCue('“We will not close the port,” the mayor said when asked about the storm.', 'said').c).toEqual([
      'We will not close the port,',
    ]);
  });
});

describe('passive stance verbs', () => {
  it('the one judged and the grounds are content, the agent after “by” the source', () => {
    const q = byCue('The mayor has been criticized by rivals for skipping the debate.', 'has been criticized');
    expect(q).toMatchObject({ rule: 'attribution/passive-stance', who: 'rivals', act: 'criticise' });
    expect(q.c).toEqual(['The mayor', 'for skipping the debate']);
    const b = byCue('The plan was widely condemned as a giveaway.', 'was widely condemned');
    expect(b).toMatchObject({ who: null });
    expect(b.c).toEqual(['The plan', 'as a giveaway']);
  });
});

describe('a view introduced by “To X,”', () => {
  it('“To many voters, …” gives the clause after the comma as their view', () => {
    const q = byCue('To many voters in the valley, the new tolls feel like a betrayal.', 'To');
    expect(q).toMatchObject({ rule: 'attribution/to-source', who: 'many voters in the valley', act: 'believe' });
    expect(q.c).toEqual(['the new tolls feel like a betrayal']);
    expect(quotes('To win the seat, Ortiz must carry the valley.').map((x) => x.rule)).not.toContain(
      'attribution/to-source',
    );
  });
});

describe('subordinate clauses after a comma', () => {
  it('a cue after “, though” starts a content of its own', () => {
    const text = 'The mayor said the port would reopen, though her aides indicated it could take months.';
    expect(byCue(text, 'said').c).toEqual(['the port would reopen']);
    expect(byCue(text, 'indicated')).toMatchObject({ who: 'her aides' });
    expect(byCue(text, 'indicated').c).toEqual(['it could take months']);
  });
});
