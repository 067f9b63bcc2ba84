import { describe, expect, it } from 'vitest';
import { quotes } from './attribution-helpers.js';

describe('a closing cue with a setting reports the whole clause before it', () => {
  it('a cue inside the clause does not cut it when the closing cue has a time phrase', () => {
    const qs = quotes('Most of the town board voted to close the pier, Ann Ruiz said at the time.');
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ kind: 'indirect', rule: 'attribution/inverted', cue: 'said', who: 'Ann Ruiz' });
    expect(qs[0]!.c).toEqual(['Most of the town board voted to close the pier']);
  });

  it('past a hearer and a day', () => {
    const qs = quotes('The council plans to cut the ferry fares, Ann Ruiz told the Ledger on Monday.');
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ rule: 'attribution/inverted', cue: 'told', who: 'Ann Ruiz' });
    expect(qs[0]!.c).toEqual(['The council plans to cut the ferry fares']);
  });

  it('not when the cue has an object phrase of its own', () => {
    const qs = quotes('After the court refused the case, Ann Ruiz asked the governor for quick action.');
    expect(qs.map((q) => q.cue)).not.toContain('asked');
    expect(qs[0]).toMatchObject({ cue: 'refused', who: 'the court' });
  });
});

describe('a later cue right after "that" does not leave the content at "that"', () => {
  it('a passive with "by" inside the clause', () => {
    const qs = quotes('A survey in Ohio indicated that Lee was strongly supported by late deciders.');
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ rule: 'attribution/indirect-that', cue: 'indicated', who: 'A survey in Ohio' });
    expect(qs[0]!.c).toEqual(['that Lee was strongly supported by late deciders']);
  });

  it('an "according to" source opening the clause', () => {
    const qs = quotes('Ruiz said Tuesday that according to its count, the party has won most of the seats.');
    expect(qs).toHaveLength(1);
    expect(qs[0]!.c).toEqual(['that according to its count, the party has won most of the seats']);
  });
});

describe('a gerund opening the reported clause', () => {
  it('is inside the clause and keeps its own quote', () => {
    const qs = quotes('Lee said that demanding a raise, for example, makes bosses defensive.');
    expect(qs[0]).toMatchObject({ rule: 'attribution/indirect-that', cue: 'said', who: 'Lee' });
    expect(qs[0]!.c).toEqual(['that demanding a raise, for example, makes bosses defensive']);
    expect(qs[1]).toMatchObject({ rule: 'attribution/participle', cue: 'demanding' });
    expect(qs[1]!.c).toEqual(['a raise']);
  });
});

describe('words inside a noun phrase that looked like a new clause', () => {
  it('a hyphenated compound before the verb', () => {
    const qs = quotes('Lee said that a meet-and-greet event with farmers would center on water.');
    expect(qs).toHaveLength(1);
    expect(qs[0]!.c).toEqual(['that a meet-and-greet event with farmers would center on water']);
  });

  it('a quoted modifier before the head noun', () => {
    const a = quotes('Ruiz said that “top secret” files had passed through the server.');
    expect(a).toHaveLength(1);
    expect(a[0]).toMatchObject({ kind: 'mixed', cue: 'said', who: 'Ruiz' });
    expect(a[0]!.c).toEqual(['that “top secret” files had passed through the server']);
    const b = quotes('Ruiz asked Lee about the "big" donors deported under the old rules.');
    expect(b).toHaveLength(1);
    expect(b[0]!.c).toEqual(['the "big" donors deported under the old rules']);
  });

  it('a quote closing on a comma still reports its own cue', () => {
    const qs = quotes('Lee said the levy was “too high,” Ruiz said.');
    expect(qs.some((q) => q.cue === 'said' && q.who === 'Ruiz')).toBe(true);
  });
});

describe('an infinitive or gerund content inside the subject of the main verb', () => {
  it('ends before the main clause auxiliary', () => {
    const a = quotes('The reason he refuses to release his tax returns may be that they show debts.');
    expect(a[0]).toMatchObject({ rule: 'attribution/indirect', cue: 'refuses', who: 'he' });
    expect(a[0]!.c).toEqual(['to release his tax returns']);
    const b = quotes('A club focused on winning in the spring must train its players early.');
    expect(b).toHaveLength(1);
    expect(b[0]!.c).toEqual(['winning in the spring']);
  });

  it('goes on through a relative clause with no pronoun, and after a saying verb', () => {
    const a = quotes('Lee wants to fix the roads the city has neglected.');
    expect(a[0]!.c).toEqual(['to fix the roads the city has neglected']);
    const b = quotes('Ruiz said having private firms do the work is wrong.');
    expect(b[0]!.c).toEqual(['having private firms do the work is wrong']);
  });
});

describe('lists and appositives in noun-phrase objects', () => {
  it('a relative on the tail of a list of names', () => {
    const qs = quotes('Ruiz did support workers in Dayton, Akron and Toledo who demanded a raise.');
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ cue: 'did support', who: 'Ruiz' });
    expect(qs[0]!.c).toEqual(['workers in Dayton, Akron and Toledo who demanded a raise']);
  });

  it('a list going on after an appositive title', () => {
    const qs = quotes('Ruiz will discuss his new book, The War on Towns, and the campaign.');
    expect(qs[0]!.c).toEqual(['his new book, The War on Towns, and the campaign']);
  });

  it('an appositive with a phrase of its own', () => {
    const qs = quotes('Ruiz worries about the tough reviews, the ones about her ferry budget.');
    expect(qs[0]!.c).toEqual(['the tough reviews, the ones about her ferry budget']);
  });

  it('a list of adjectives after a naming cue, but not a new clause', () => {
    const a = quotes('Ruiz called him a patient, modest and generous neighbor.');
    expect(a[0]).toMatchObject({ rule: 'attribution/naming', cue: 'called', who: 'Ruiz' });
    expect(a[0]!.c).toEqual(['him a patient, modest and generous neighbor']);
    const b = quotes('Ruiz called the plan reckless, and he left.');
    expect(b[0]!.c).toEqual(['the plan reckless']);
  });
});

describe('nouns joined by "or" open one subject', () => {
  it('the later cue does not cut the reported clause at "or"', () => {
    const qs = quotes('Ruiz said teachers or parents would sometimes dismiss her ideas.');
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ rule: 'attribution/indirect', cue: 'said', who: 'Ruiz' });
    expect(qs[0]!.c).toEqual(['teachers or parents would sometimes dismiss her ideas']);
  });
});

describe('a hyphenated verb inside a nominal cue content', () => {
  it('keeps its verb group', () => {
    const qs = quotes('Lee persisted in claims that the board is trying to second-guess the judge.');
    expect(qs[0]).toMatchObject({ rule: 'attribution/noun-cue', cue: 'claims' });
    expect(qs[0]!.c).toEqual(['that the board is trying to second-guess the judge']);
  });
});

describe('a reduced passive with its agent inside a content', () => {
  it('modifies a noun of the content and opens no clause', () => {
    const a = quotes('Ruiz was commenting on the racial divide highlighted by the recent shootings in Ohio.');
    expect(a).toHaveLength(1);
    expect(a[0]).toMatchObject({ cue: 'was commenting on', who: 'Ruiz' });
    expect(a[0]!.c).toEqual(['the racial divide highlighted by the recent shootings in Ohio']);
    const b = quotes('Leaders hoped the meeting, requested by Lee, would be a moment of healing.');
    expect(b).toHaveLength(1);
    expect(b[0]!.c).toEqual(['the meeting, requested by Lee, would be a moment of healing']);
  });

  it('a full passive still reports its agent', () => {
    const qs = quotes('The plan was praised by the mayor.');
    expect(qs[0]).toMatchObject({ rule: 'attribution/passive-by', who: 'the mayor' });
  });
});

describe('attribution/contact-relative, more shapes', () => {
  it('the subject of "to be" as the gap after a belief verb', () => {
    const qs = quotes('It was a loss the mayor believes to be the worst of her career.');
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ rule: 'attribution/contact-relative', cue: 'believes', who: 'the mayor' });
    expect(qs[0]!.c).toEqual(['a loss', 'to be the worst of her career']);
  });

  it('a titled name as the subject', () => {
    const qs = quotes('It was a defeat President Ruiz believes to be the worst of her career.');
    expect(qs[0]).toMatchObject({ rule: 'attribution/contact-relative', who: 'President Ruiz' });
    expect(qs[0]!.c).toEqual(['a defeat', 'to be the worst of her career']);
  });

  it('an infinitive the tagger read as a noun before a modal', () => {
    const qs = quotes('The tax he wants to cut would hurt schools.');
    expect(qs[0]).toMatchObject({ rule: 'attribution/contact-relative', cue: 'wants', who: 'he' });
    expect(qs[0]!.c).toEqual(['The tax', 'to cut']);
  });
});

describe('a linking verb in -ed makes a clause', () => {
  it('the setting after "appeared + adjective" stays in the reported clause', () => {
    const qs = quotes('Lee noted that Ann Ruiz appeared unsteady in her first debate.');
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ rule: 'attribution/indirect-that', cue: 'noted', who: 'Lee' });
    expect(qs[0]!.c).toEqual(['that Ann Ruiz appeared unsteady in her first debate']);
  });
});

describe('a naming object with an aside before "as"', () => {
  it('goes on past the aside to the name', () => {
    const a = quotes('Lee described Tom Reyes, the mayor, as a hawk.');
    expect(a[0]).toMatchObject({ rule: 'attribution/naming', cue: 'described', who: 'Lee' });
    expect(a[0]!.c).toEqual(['Tom Reyes, the mayor, as a hawk']);
    const b = quotes('Lee characterized Sen. Tom Reyes, D-Ohio, as a little desperate.');
    expect(b[0]!.c).toEqual(['Sen. Tom Reyes, D-Ohio, as a little desperate']);
  });
});

describe('a name word the tagger read as a verb', () => {
  it('does not end a backed object', () => {
    const qs = quotes("Groups supporting Texas Sen. Ted Cruz's campaign spent more.");
    expect(qs[0]).toMatchObject({ rule: 'attribution/participle-backing', cue: 'supporting', who: 'Groups' });
    expect(qs[0]!.c).toEqual(["Texas Sen. Ted Cruz's campaign"]);
  });
});

describe('a dotted abbreviation glued to a word', () => {
  it('is no sentence end inside the content', () => {
    const qs = quotes('Ruiz asked whether the city should count non-U.S. residents.');
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ cue: 'asked', who: 'Ruiz' });
    expect(qs[0]!.c).toEqual(['whether the city should count non-U.S. residents']);
  });
});

describe('the subject of a reported clause before its verb', () => {
  it('"and" + a participle modifier inside a that-clause subject goes on', () => {
    const qs = quotes('Research suggests that automation and related wage cuts have hurt the suburbs.');
    expect(qs).toHaveLength(1);
    expect(qs[0]!.c).toEqual(['that automation and related wage cuts have hurt the suburbs']);
  });

  it('a name + "and" after a saying verb coordinates the subject', () => {
    const qs = quotes('Lee said Ruiz and the Democratic party are too concerned with power.');
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ rule: 'attribution/indirect', cue: 'said', who: 'Lee' });
    expect(qs[0]!.c).toEqual(['Ruiz and the Democratic party are too concerned with power']);
  });

  it('a bare object + "and" + a verb is still the subject’s next act', () => {
    const qs = quotes('Ruiz rejected the report and sued the paper.');
    expect(qs[0]!.c).toEqual(['the report']);
  });
});

describe('commas inside a raising content', () => {
  it('an adverb aside goes on', () => {
    const qs = quotes('Lee appears ready, moreover, to use tariffs against China.');
    expect(qs[0]).toMatchObject({ rule: 'attribution/raising', cue: 'appears' });
    expect(qs[0]!.c).toEqual(['Lee', 'ready, moreover, to use tariffs against China']);
  });

  it('an example after an adjective does not', () => {
    const qs = quotes('Several donors appear eager, including two from Ohio.');
    expect(qs[0]!.c).toEqual(['Several donors', 'eager']);
  });
});

describe('a verbless aside after "though" before the clause\'s "that"', () => {
  it('goes on to the clause', () => {
    const qs = quotes('Ruiz knew it was possible, though not likely, that she could lose Ohio.');
    expect(qs).toHaveLength(1);
    expect(qs[0]!.c).toEqual(['it was possible, though not likely, that she could lose Ohio']);
  });

  it('a contrast with a clause of its own still ends the content', () => {
    const qs = quotes('Ruiz said the levy would pass, though voters in Dayton disagreed.');
    expect(qs[0]!.c).toEqual(['the levy would pass']);
  });
});

describe('attribution/what-clause', () => {
  it('"what" + a saying cue + a clause: the object gap and the clause up to the next conjunction', () => {
    const qs = quotes(
      'The distance between what Ruiz says her levy would fund and what it could really fund grew this spring.',
    );
    expect(qs[0]).toMatchObject({ kind: 'indirect', rule: 'attribution/what-clause', cue: 'says', who: 'Ruiz' });
    expect(qs[0]!.c).toEqual(['what', 'her levy would fund']);
  });

  it('not without a subject of its own after the cue', () => {
    const qs = quotes('What Lee says is true.');
    expect(qs.every((q) => q.rule !== 'attribution/what-clause')).toBe(true);
  });
});

describe('a how/whether complement of a noun-phrase cue is a clause', () => {
  it('its commas do not end it', () => {
    const qs = quotes("Ruiz focused on how Lee's wife, Ann, had stayed silent.");
    expect(qs[0]).toMatchObject({ cue: 'focused on', who: 'Ruiz' });
    expect(qs[0]!.c).toEqual(["how Lee's wife, Ann, had stayed silent"]);
  });
});

describe('a participle aside on an object before the list goes on', () => {
  it('keeps the aside and the next item', () => {
    const qs = quotes('Ruiz spoke of the legacy of the mill, enshrined in local lore, and how the town grew.');
    expect(qs[0]).toMatchObject({ cue: 'spoke of', who: 'Ruiz' });
    expect(qs[0]!.c).toEqual(['the legacy of the mill, enshrined in local lore, and how the town grew']);
  });

  it('not without a list after it', () => {
    const qs = quotes('Ruiz praised the old mill, restored in 1990, and left.');
    expect(qs[0]!.c).toEqual(['the old mill']);
  });
});
