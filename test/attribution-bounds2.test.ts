import { describe, expect, it } from 'vitest';
import { quotes } from './attribution-helpers.js';

describe('a quote closing on a comma ends the clause like a comma', () => {
  it('a contrasting clause with its own subject after “…,” is the writer’s', () => {
    const qs = quotes('Reid said both senators are “lightweights in the chamber,” but he praised their stamina.');
    expect(qs[0]).toMatchObject({ kind: 'mixed', cue: 'said', who: 'Reid' });
    expect(qs[0]!.c).toEqual(['both senators are “lightweights in the chamber,”']);
  });

  it('“…,” but + a verb of the same subject goes on', () => {
    const qs = quotes('She said her pick is “not the tallest man in the race,” but is the one she trusts.');
    expect(qs).toHaveLength(1);
    expect(qs[0]!.c).toEqual(['her pick is “not the tallest man in the race,” but is the one she trusts']);
  });
});

describe('a quote sentence after an indirect content', () => {
  it('a cue-less quote opening the next sentence of the paragraph goes on with the indirect content', () => {
    const qs = quotes('Ortiz said the levy would pass. “We have counted the votes twice.”');
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ kind: 'mixed', rule: 'attribution/quote-follows', cue: 'said', who: 'Ortiz' });
    expect(qs[0]!.c).toEqual(['the levy would pass', 'We have counted the votes twice.']);
  });

  it('a content that only names the hearer and place gives way to the quote', () => {
    const qs = quotes('The council told Radio Seven in Dayton. “We will not raise the fare this year.”');
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ kind: 'direct', rule: 'attribution/quote-follows', cue: 'told', who: 'The council' });
    expect(qs[0]!.c).toEqual(['We will not raise the fare this year.']);
  });

  it('after an inverted cue too', () => {
    const qs = quotes('The levy will pass, Ruiz said. “We have counted the votes twice.”');
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ kind: 'mixed', rule: 'attribution/quote-follows', cue: 'said', who: 'Ruiz' });
    expect(qs[0]!.c).toEqual(['The levy will pass', 'We have counted the votes twice.']);
  });

  it('a quote in the next paragraph is not joined', () => {
    const qs = quotes('Ortiz said the levy would pass.\n\n“We have counted the votes twice.”');
    expect(qs[0]!.c).toEqual(['the levy would pass']);
  });

  it('a quote sentence with a verb of its own outside the marks is not joined', () => {
    const qs = quotes('Ortiz said the levy would pass. “Twice” is how often the clerk counted.');
    expect(qs).toHaveLength(1);
    expect(qs[0]!.c).toEqual(['the levy would pass']);
  });
});

describe('hearers with commas before "that"', () => {
  it('a place with commas inside the hearer', () => {
    const qs = quotes('Ann Lee told diners at a busy Dover, Delaware, coffee shop that the tax would pass.');
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ rule: 'attribution/indirect-that', cue: 'told', who: 'Ann Lee' });
    expect(qs[0]!.c).toEqual(['that the tax would pass']);
  });

  it('an appositive on a named hearer', () => {
    const qs = quotes('Mayor Ruiz told Ann Lee, her deputy, that the budget was final.');
    expect(qs[0]!.c).toEqual(['that the budget was final']);
  });

  it('a comma that opens a clause still stops the scan', () => {
    const qs = quotes('Mayor Ruiz told Ann Lee, who laughed, that the budget was final.');
    expect(qs[0]!.c[0]).not.toBe('that the budget was final');
  });
});

describe('titles inside the clause', () => {
  it('a show title after the cue is neither a continuation nor the next sentence’s quote', () => {
    const qs = quotes('“We will win this fight,” Mayor Ann Lee said on WKRT’s “Sunday Desk.” She did not say when.');
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ kind: 'direct', rule: 'attribution/direct-trailing', who: 'Mayor Ann Lee' });
    expect(qs[0]!.c).toEqual(['We will win this fight,']);
  });
});

describe('quoted names after passive and relative naming verbs', () => {
  it('what + passive naming verb: the relative pronoun and the name, no speaker', () => {
    const qs = quotes('The county dropped what had been called the “Long Weekend,” three days of early voting.');
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ kind: 'mixed', rule: 'attribution/named', cue: 'had been called', who: null });
    expect(qs[0]!.c).toEqual(['what', 'the “Long Weekend,”']);
  });

  it('which + subject + naming verb: the subject speaks', () => {
    const qs = quotes('Lee backed rules against the boards, which he called “a cartel for colleges.”');
    // The lead-in construction ("he called “…”") claims this quote before the naming rule sees it: the speaker and
    // cue are the same, the content is the quoted name alone.
    const q = qs.find((x) => x.cue === 'called');
    expect(q).toMatchObject({ kind: 'direct', rule: 'attribution/direct-lead-in', who: 'he' });
    expect(q!.c).toEqual(['a cartel for colleges.']);
  });

  it('an appositive on the subject of the relative', () => {
    const qs = quotes('The mayor spoke of what Ann Lee, a former aide, called “trench warfare.”');
    const q = qs.find((x) => x.rule === 'attribution/named');
    expect(q).toMatchObject({ who: 'Ann Lee' });
    expect(q!.c).toEqual(['what', '“trench warfare.”']);
  });

  it('a passive subject and the agent after "by"', () => {
    const qs = quotes('The tactic has been called “quiet ambiguity” by Ann Lee, a professor at Dayton.');
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ rule: 'attribution/named', cue: 'has been called', who: 'Ann Lee' });
    expect(qs[0]!.c).toEqual(['The tactic', '“quiet ambiguity”']);
  });

  it('a reduced relative after a comma names the noun phrase', () => {
    const qs = quotes('There is also a weekly series, called “Short Answers” in which she talks about food.');
    const q = qs.find((x) => x.rule === 'attribution/named');
    expect(q!.c).toEqual(['a weekly series', '“Short Answers”']);
  });

  it('a so-called scare quote is no attribution', () => {
    expect(quotes('The so-called “reform caucus” met on Monday.')).toEqual([]);
    expect(quotes('The so called “reform caucus” met on Monday.')).toEqual([]);
  });
});

describe('content starts past asides and titles', () => {
  it('an aside between commas after the cue, before "that"', () => {
    const qs = quotes('She also said, without evidence, that the rival camp had paid the protesters.');
    expect(qs[0]).toMatchObject({ rule: 'attribution/indirect-that', cue: 'said', who: 'She' });
    expect(qs[0]!.c).toEqual(['that the rival camp had paid the protesters']);
  });

  it('a title in the setting before "that"', () => {
    const qs = quotes('Lee said on the radio show “Morning Call” that the party had become “an echo chamber.”');
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ kind: 'mixed', cue: 'said', who: 'Lee' });
    expect(qs[0]!.c).toEqual(['that the party had become “an echo chamber.”']);
  });
});

describe('words after a lead-in quote', () => {
  it('a phrase going on after a quote with no closing punctuation makes one mixed content', () => {
    const qs = quotes('Ruiz said, “I have not heard that concern” from the police chiefs.');
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ kind: 'mixed', rule: 'attribution/lead-in-tail', cue: 'said', who: 'Ruiz' });
    expect(qs[0]!.c).toEqual(['I have not heard that concern', 'from the police chiefs']);
  });

  it('a quote closing on its own full stop stays direct', () => {
    const qs = quotes('Ruiz said, “I have not heard that concern.” The chiefs disagreed.');
    expect(qs[0]).toMatchObject({ kind: 'direct', rule: 'attribution/direct-lead-in' });
  });
});

describe('smaller content-extent rules', () => {
  it('a relative before a naming cue joins the content', () => {
    const qs = quotes('Protesters rallied against what they call the “rigged” count in the county.');
    const q = qs.find((x) => x.rule === 'attribution/naming');
    expect(q).toMatchObject({ kind: 'mixed', cue: 'call', who: 'they' });
    expect(q!.c[0]).toBe('what');
  });

  it('a particle left behind by the cue is not content', () => {
    const qs = quotes('Ruiz talked up her “fifty-county plan,” promising to visit every town.');
    expect(qs[0]).toMatchObject({ kind: 'mixed', cue: 'talked up', who: 'Ruiz' });
    expect(qs[0]!.c).toEqual(['her “fifty-county plan,”']);
  });

  it('an inflected verb after "and" ends an infinitive content', () => {
    const qs = quotes('He pledged to be “the best mayor this city has seen” and questioned the budget figures.');
    expect(qs[0]).toMatchObject({ cue: 'pledged', who: 'He' });
    expect(qs[0]!.c).toEqual(['to be “the best mayor this city has seen”']);
  });

  it('a coordinated infinitive stays in the content', () => {
    const qs = quotes('He pledged to cut the fares and raise the wages of drivers.');
    expect(qs[0]!.c).toEqual(['to cut the fares and raise the wages of drivers']);
  });

  it('a quote sentence after a relative on the speaker continues the speaker’s quote', () => {
    const qs = quotes(
      '“Sales are up a bit, and so are visits,” said Mr. Ekovich, who noted that prices had “cratered” during the slump. “Things are heading the right way now.”',
    );
    expect(qs[0]).toMatchObject({ kind: 'direct', rule: 'attribution/split', who: 'Mr. Ekovich' });
    expect(qs[0]!.c).toEqual(['Sales are up a bit, and so are visits,', 'Things are heading the right way now.']);
    expect(qs[1]).toMatchObject({ rule: 'attribution/relative', cue: 'noted' });
    expect(qs[1]!.c).toEqual(['that prices had “cratered” during the slump']);
  });
});

describe('settings and hearers before the complement', () => {
  it('a time or circumstance phrase before a pronoun-subject clause is skipped', () => {
    const qs = quotes('Ruiz said after the vote she would never sign the deal.');
    expect(qs[0]!.c).toEqual(['she would never sign the deal']);
  });

  it('a participle before the hearer noun and an occasion noun read as a verb do not stop the scan for "that"', () => {
    expect(quotes('Ruiz told an invited crowd at the Union Club that he wants a calmer policy.')[0]!.c).toEqual([
      'that he wants a calmer policy',
    ]);
    expect(quotes('Ruiz said at a town hall in Dayton, Nevada, that the plant would close.')[0]!.c).toEqual([
      'that the plant would close',
    ]);
  });

  it('a clause after the hearer still ends the scan', () => {
    const qs = quotes('Ruiz told the crowd that gathered outside the hall she would run again.');
    expect(qs[0]!.c[0]).not.toBe('she would run again');
  });
});

describe('naming objects and follow-on paragraphs', () => {
  it('a naming object ends at a clause of time, a spaced dash or "and" + the next act', () => {
    expect(quotes('Critics described Ruiz as a climate hawk when she ran for the council in 2008.')[0]!.c).toEqual([
      'Ruiz as a climate hawk',
    ]);
    expect(quotes('The mayor described the rebels as bandits and jailed them.')[0]!.c).toEqual([
      'the rebels as bandits',
    ]);
    expect(quotes('She described the rally-goers as calm.')[0]!.c).toEqual(['the rally-goers as calm']);
  });

  it('a quote paragraph after a paragraph with only an indirect attribution follows that speaker', () => {
    const qs = quotes(
      'Ruiz said the levy would pass easily.\n\n“We have counted the votes twice and we have them all.”',
    );
    expect(qs).toHaveLength(2);
    expect(qs[1]).toMatchObject({ kind: 'direct', rule: 'attribution/follow-on', cue: 'said', who: 'Ruiz' });
    expect(qs[1]!.c).toEqual(['We have counted the votes twice and we have them all.']);
  });

  it('the paragraph right before wins over an older quote', () => {
    const qs = quotes(
      '“We will not wait,” Lee said.\n\nLater, Ruiz said the levy would pass easily.\n\n“We have counted the votes twice and we have them all.”',
    );
    expect(qs[2]).toMatchObject({ rule: 'attribution/follow-on', who: 'Ruiz' });
  });
});

describe('noun-phrase objects that go on past a comma', () => {
  it('a list of infinitive verb phrases', () => {
    const qs = quotes(
      'Ruiz backs new rules to end the deferral of income, stop tax inversions and close loopholes for firms.',
    );
    expect(qs[0]!.c).toEqual([
      'new rules to end the deferral of income, stop tax inversions and close loopholes for firms',
    ]);
  });

  it('examples after "such as" or "including"', () => {
    const qs = quotes('Ruiz praised several measures, including a cap on rents in the harbor district.');
    expect(qs[0]!.c).toEqual(['several measures, including a cap on rents in the harbor district']);
  });

  it('any other comma still ends the object', () => {
    const qs = quotes('Ruiz praised the measure, which passed on Monday.');
    expect(qs[0]!.c).toEqual(['the measure']);
  });
});

describe('where a naming content ends after the quoted name', () => {
  it('a setting, a time, a bracket or a new subject after the name is the writer’s', () => {
    expect(quotes('Ruiz called the levy “a disgrace” in a radio interview.')[0]!.c).toEqual(['the levy “a disgrace”']);
    expect(quotes('Ruiz called the levy “a disgrace” on Monday.')[0]!.c).toEqual(['the levy “a disgrace”']);
    expect(quotes('Ruiz called the levy “a disgrace” (though she voted for it).')[0]!.c).toEqual([
      'the levy “a disgrace”',
    ]);
  });

  it('with the object moved after the name, the content is "as" and the name', () => {
    const q = quotes('Ruiz is describing as “unhinged” a tweet that attacked her aide.')[0]!;
    expect(q).toMatchObject({ kind: 'mixed', rule: 'attribution/naming', cue: 'is describing', who: 'Ruiz' });
    expect(q.c).toEqual(['as “unhinged”']);
  });

  it('a second name, a comparison or a reason goes on', () => {
    expect(quotes('Ruiz called the levy “a disgrace” and a danger.')[0]!.c).toEqual([
      'the levy “a disgrace” and a danger',
    ]);
    expect(quotes('Ruiz called the new levy “much better” than the old one.')[0]!.c).toEqual([
      'the new levy “much better” than the old one',
    ]);
  });
});

describe('", but" with an adverb or a subordinator', () => {
  it('goes on with what was said', () => {
    expect(quotes('Ruiz said the council would not raise the fare, but rather cut the routes.')[0]!.c).toEqual([
      'the council would not raise the fare, but rather cut the routes',
    ]);
    expect(quotes('Ruiz said the plan was fair, but that the timing was poor.')[0]!.c).toEqual([
      'the plan was fair, but that the timing was poor',
    ]);
  });

  it('a time adverb or an inflected verb after the adverb is the writer’s', () => {
    expect(quotes('Ruiz said the levy had wide support last year, but now the council is split.')[0]!.c).toEqual([
      'the levy had wide support last year',
    ]);
    expect(quotes('Ruiz said the levy had wide support, but still lost the vote.')[0]!.c).toEqual([
      'the levy had wide support',
    ]);
  });
});

describe('tails after "according to X,"', () => {
  it('a relative "where" or a comparison is not a second part', () => {
    const q1 = quotes('Ruiz holds a wide lead in Ohio, according to the poll, where 18 votes are at stake.')[0]!;
    expect(q1).toMatchObject({ rule: 'attribution/according-to', who: 'the poll' });
    expect(q1.c).toEqual(['Ruiz holds a wide lead in Ohio']);
    const q2 = quotes(
      'The deal would cut the tax rate to 17 percent, according to the filing, compared with 25 percent now.',
    )[0]!;
    expect(q2.c).toEqual(['The deal would cut the tax rate to 17 percent']);
  });

  it('a clause going on is still a second part', () => {
    const q = quotes('The vote, according to the clerk, will be held on Monday.')[0]!;
    expect(q.c).toEqual(['The vote', 'will be held on Monday']);
  });
});

describe('a complement that opens with a subordinate clause', () => {
  it('the clause after its comma is the complement’s own main clause', () => {
    const qs = quotes('Ruiz said that if the council delays the vote, the union could threaten to strike.');
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ rule: 'attribution/indirect-that', cue: 'said', who: 'Ruiz' });
    expect(qs[0]!.c).toEqual(['that if the council delays the vote, the union could threaten to strike']);
  });
});
