import { describe, expect, it } from 'vitest';
import { quotes } from './attribution-helpers.js';

describe('noun-phrase objects that go on past a comma', () => {
  it('a list whose items open with a possessive', () => {
    const qs = quotes('Okafor questioned the mayor’s budget, his judgment, his staff and his timing.');
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ kind: 'indirect', rule: 'attribution/indirect', cue: 'questioned', who: 'Okafor' });
    expect(qs[0]!.c).toEqual(['the mayor’s budget, his judgment, his staff and his timing']);
  });

  it('a longer list whose items open on a possessive', () => {
    const qs = quotes("Ruiz questioned the mayor's tactics, his aides, his judgment, his plans and his temper.");
    expect(qs[0]!.c).toEqual(["the mayor's tactics, his aides, his judgment, his plans and his temper"]);
  });

  it('list items holding an "of/for/on" phrase', () => {
    const qs = quotes('Okafor praised the mayor’s gifts as a speaker, her knowledge of budgets and her calm.');
    expect(qs[0]!.c).toEqual(['the mayor’s gifts as a speaker, her knowledge of budgets and her calm']);
  });

  it('an item added with "along with" or "as well as"', () => {
    const a = quotes('Lina Park praised the new council, along with the two clerks who ran the count.');
    expect(a[0]).toMatchObject({ act: 'praise', cue: 'praised', who: 'Lina Park' });
    expect(a[0]!.c).toEqual(['the new council, along with the two clerks who ran the count']);
    const b = quotes('Ruiz welcomed the pay deal, as well as the new rules on overtime.');
    expect(b[0]).toMatchObject({ cue: 'welcomed', who: 'Ruiz' });
    expect(b[0]!.c).toEqual(['the pay deal, as well as the new rules on overtime']);
  });

  it('an example or a narrowing of the object', () => {
    const a = quotes('Dorsey congratulated her rivals, especially Tom Reyes and Ann Lee as they head into the runoff.');
    expect(a[0]!.c).toEqual(['her rivals, especially Tom Reyes and Ann Lee as they head into the runoff']);
    const b = quotes('Ames criticized the missed chances, like the tunnel that was never built.');
    expect(b[0]).toMatchObject({ act: 'criticise', cue: 'criticized', who: 'Ames' });
    expect(b[0]!.c).toEqual(['the missed chances, like the tunnel that was never built']);
    const c = quotes('Reyes praised the port workers, particularly the night crews at the docks.');
    expect(c[0]!.c).toEqual(['the port workers, particularly the night crews at the docks']);
  });

  it('an appositive running to the end goes with the object', () => {
    const a = quotes('Ruiz thanked her predecessor, Tom Reyes.');
    expect(a[0]).toMatchObject({ cue: 'thanked', who: 'Ruiz' });
    expect(a[0]!.c).toEqual(['her predecessor, Tom Reyes']);
    const b = quotes('Ruiz praised Ann Lee, the county clerk.');
    expect(b[0]!.c).toEqual(['Ann Lee, the county clerk']);
  });

  it('a comma between adjectives before their noun', () => {
    const qs = quotes('Ruiz criticized the angry, divisive tone of the council debate.');
    expect(qs[0]).toMatchObject({ cue: 'criticized', who: 'Ruiz' });
    expect(qs[0]!.c).toEqual(['the angry, divisive tone of the council debate']);
    const b = quotes('Ruiz said the letters went to a private, unlisted mail account.');
    expect(b[0]!.c).toEqual(['the letters went to a private, unlisted mail account']);
  });

  it('a state after a city, and the noun the place modifies', () => {
    const a = quotes(
      'Two mayors on Friday reacted to a flood in Dayton, Ohio, where officials lost count of the homes.',
    );
    expect(a[0]).toMatchObject({ cue: 'reacted to', who: 'Two mayors on Friday' });
    expect(a[0]!.c).toEqual(['a flood in Dayton, Ohio']);
    const b = quotes('Ruiz criticized Tulsa, Okla., police officer Ann Shell for shooting a man.');
    expect(b[0]!.c).toEqual(['Tulsa, Okla., police officer Ann Shell for shooting a man']);
  });

  it('a participle phrase or a floating quantifier after the comma does not', () => {
    const a = quotes('Okafor criticized the ruling on the harbour tolls, issued in Dayton, Ohio.');
    expect(a[0]!.c).toEqual(['the ruling on the harbour tolls']);
    const b = quotes('Okafor attacked the two toll plans, both favourites of the council.');
    expect(b[0]!.c).toEqual(['the two toll plans']);
  });

  it('a "that" clause in apposition to the object noun', () => {
    const qs = quotes('Okafor echoed the mayor’s point, that the tolls would hurt the poor.');
    expect(qs[0]).toMatchObject({ cue: 'echoed', who: 'Okafor' });
    expect(qs[0]!.c).toEqual(['the mayor’s point, that the tolls would hurt the poor']);
  });

  it('a contrasted item after ", not"', () => {
    const qs = quotes('Ruiz criticized the levy for local, not federal, reasons.');
    expect(qs[0]!.c).toEqual(['the levy for local, not federal, reasons']);
  });

  it('a relative on the object still ends it', () => {
    const qs = quotes('Ruiz praised Tom Okafor, who ran the count in the harbour ward.');
    expect(qs[0]!.c).toEqual(['Tom Okafor']);
  });
});

describe('attribution/contact-relative: a relative clause with no pronoun', () => {
  it('the noun before a pronoun subject and the infinitive lacking its object', () => {
    const qs = quotes('The bridge he wants to build across the bay would cost four billion dollars.');
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ kind: 'indirect', rule: 'attribution/contact-relative', act: 'intend', who: 'he' });
    expect(qs[0]!.c).toEqual(['The bridge', 'to build across the bay']);
  });

  it('a noun-phrase subject read into the speaker is split off; the main verb ends the infinitive', () => {
    const qs = quotes('The judge the governor plans to nominate is known for long rulings.');
    expect(qs[0]).toMatchObject({ rule: 'attribution/contact-relative', cue: 'plans', who: 'the governor' });
    expect(qs[0]!.c).toEqual(['The judge', 'to nominate']);
  });

  it('a subordinator ends the infinitive', () => {
    const qs = quotes('The office he has wanted to hold since college is finally open.');
    expect(qs[0]).toMatchObject({ rule: 'attribution/contact-relative', cue: 'has wanted', who: 'he' });
    expect(qs[0]!.c).toEqual(['The office', 'to hold']);
  });

  it('after "it" as the subject too', () => {
    const qs = quotes('The target it pledged to reach at the summit is far off.');
    expect(qs[0]).toMatchObject({ rule: 'attribution/contact-relative', cue: 'pledged', who: 'it' });
    expect(qs[0]!.c).toEqual(['The target', 'to reach at the summit']);
  });

  it('an infinitive with its own object is no gap', () => {
    const qs = quotes('In the letter she asked to see the books.');
    expect(qs[0]).toMatchObject({ rule: 'attribution/indirect', cue: 'asked', who: 'she' });
    expect(qs[0]!.c).toEqual(['to see the books']);
  });
});

describe('"according to X" in mid-sentence', () => {
  it('the clause goes on past a source with a relative', () => {
    const qs = quotes(
      'Notably missing from the talks, according to aides who spoke with reporters later, was any mention of the tolls.',
    );
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ rule: 'attribution/parenthetical', cue: 'according to', who: 'aides' });
    expect(qs[0]!.c).toEqual(['Notably missing from the talks', 'was any mention of the tolls']);
  });

  it('and past an appositive on the source', () => {
    const qs = quotes(
      'At the core of the dispute, according to Ann Lee, a former city planner, was a decision by the mayor to close the port.',
    );
    expect(qs[0]).toMatchObject({ rule: 'attribution/parenthetical', who: 'Ann Lee' });
    expect(qs[0]!.c).toEqual(['At the core of the dispute', 'was a decision by the mayor to close the port']);
  });

  it('an appositive closing the sentence is no second part', () => {
    const qs = quotes('The port will close, according to Ann Lee, a former city planner.');
    expect(qs[0]).toMatchObject({ rule: 'attribution/according-to', who: 'Ann Lee' });
    expect(qs[0]!.c).toEqual(['The port will close']);
  });
});

describe('a later cue whose subject ends a list', () => {
  it('does not cut the list in a content after "according to"', () => {
    const qs = quotes(
      'According to early results of the county survey, most voters in Dayton, Akron and Toledo want a new ferry line.',
    );
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ rule: 'attribution/according-to', who: 'early results of the county survey' });
    expect(qs[0]!.c).toEqual(['most voters in Dayton, Akron and Toledo want a new ferry line']);
  });

  it('nor when the list opens a second "that" clause', () => {
    const qs = quotes('The paper wrote that the mayor had left and that Lee, Ames and Ruiz had seen it.');
    expect(qs).toHaveLength(1);
    expect(qs[0]!.c).toEqual(['that the mayor had left and that Lee, Ames and Ruiz had seen it']);
  });

  it('nor after a reporting verb', () => {
    const qs = quotes('Ruiz said the mayors of Dayton, Akron and Toledo want a new ferry line.');
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ cue: 'said', who: 'Ruiz' });
    expect(qs[0]!.c).toEqual(['the mayors of Dayton, Akron and Toledo want a new ferry line']);
  });
});

describe('a past form in -ed is a finite verb after a subject', () => {
  it('"and" + a verb and a trailing time phrase go on after "it started …"', () => {
    const qs = quotes(
      'The paper says it started cutting her rating in March and changed it to zero in May as one of its reporters began digging.',
    );
    expect(qs[0]).toMatchObject({ rule: 'attribution/indirect', cue: 'says', who: 'The paper' });
    expect(qs[0]!.c).toEqual([
      'it started cutting her rating in March and changed it to zero in May as one of its reporters began digging',
    ]);
  });

  it('after a noun before its object', () => {
    const qs = quotes('Ruiz said the crews assembled their gear and drove to the pier.');
    expect(qs[0]!.c).toEqual(['the crews assembled their gear and drove to the pier']);
  });

  it('an object with "and" + a verb still ends there', () => {
    const qs = quotes('Ruiz rejected the report and sued the paper.');
    expect(qs[0]).toMatchObject({ cue: 'rejected', who: 'Ruiz' });
    expect(qs[0]!.c).toEqual(['the report']);
  });
});

describe('a cue in mid-sentence before a semicolon', () => {
  it('the clause after the semicolon goes on with what was said', () => {
    const qs = quotes('These were not errors of haste, Ruiz noted; the council had hidden the costs on purpose.');
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ rule: 'attribution/parenthetical', cue: 'noted', who: 'Ruiz' });
    expect(qs[0]!.c).toEqual(['These were not errors of haste', 'the council had hidden the costs on purpose']);
  });

  it('a phrase with no verb after the semicolon does not', () => {
    const qs = quotes('The tolls will rise, Ruiz said; a blow to commuters.');
    expect(qs[0]!.c).toEqual(['The tolls will rise']);
  });
});

describe('a relative pronoun before a naming cue', () => {
  it('is not part of the speaker when the tagger reads it into the subject', () => {
    const qs = quotes('Ruiz fought what former aides have called a “sham audit” for a year.');
    const naming = qs.find((q) => q.cue === 'have called');
    expect(naming).toMatchObject({ kind: 'mixed', rule: 'attribution/naming', who: 'former aides' });
    expect(naming!.c).toEqual(['what', 'a “sham audit”']);
  });

  it('nor before a reporting cue with a noun subject ("which parents say …")', () => {
    const qs = quotes('Ruiz attacked the school funding plan, which parents say hurts poor districts.');
    expect(qs[1]).toMatchObject({ rule: 'attribution/relative-subject', cue: 'say', who: 'parents' });
    expect(qs[1]!.c).toEqual(['which', 'hurts poor districts']);
  });

  it('the named noun phrase ends the content; the main clause after it is not named', () => {
    const qs = quotes('Ruiz fought what her aides called the “sham” audit of the port - a fight that took a year.');
    const naming = qs.find((q) => q.cue === 'called');
    expect(naming!.c).toEqual(['what', 'the “sham” audit of the port']);
  });
});

describe('transcript turns', () => {
  it('a speaker label in capitals speaks to the end of its paragraph', () => {
    const qs = quotes(
      'The debate went on late.\n\nREYES: I think the ferry is a waste of money. It has never paid for itself.\n\nMORAN: That is not true.',
    );
    expect(qs).toHaveLength(2);
    expect(qs[0]).toMatchObject({ kind: 'indirect', rule: 'attribution/colon', cue: ':', who: 'REYES' });
    expect(qs[0]!.c).toEqual(['I think the ferry is a waste of money. It has never paid for itself']);
    expect(qs[1]).toMatchObject({ who: 'MORAN' });
    expect(qs[1]!.c).toEqual(['That is not true']);
  });
});

describe('a "that" clause after a trailing cue', () => {
  it('goes on with a direct quote (mixed-continued)', () => {
    const qs = quotes('“It is a poor omen,” he said, that both of the men had ties to the small club.');
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ kind: 'mixed', rule: 'attribution/mixed-continued', cue: 'said', who: 'he' });
    expect(qs[0]!.c).toEqual(['It is a poor omen,', 'that both of the men had ties to the small club']);
  });

  it('and with a mixed quote', () => {
    const qs = quotes(
      'Ruiz was put on the list because of the “impact,” Lee said, that she has had on the port this year.',
    );
    expect(qs[0]).toMatchObject({ kind: 'mixed', rule: 'attribution/mixed-trailing', cue: 'said', who: 'Lee' });
    expect(qs[0]!.c).toEqual([
      'Ruiz was put on the list because of the “impact,”',
      'that she has had on the port this year',
    ]);
  });
});

describe('a restrictive relative on the sentence subject', () => {
  it('reports a clause up to the main verb', () => {
    const a = quotes('Voters who say the economy will decide the race were split between the two.');
    expect(a[0]).toMatchObject({ rule: 'attribution/relative', cue: 'say', who: 'who' });
    expect(a[0]!.c).toEqual(['the economy will decide the race']);
    const b = quotes('Aides who wanted to quit stayed on until May.');
    expect(b[0]).toMatchObject({ rule: 'attribution/relative', act: 'intend', cue: 'wanted' });
    expect(b[0]!.c).toEqual(['to quit']);
  });

  it('past a reporting verb inside the reported clause', () => {
    const qs = quotes('Aides who said that he believes the port is safe were let go.');
    expect(qs[0]!.c).toEqual(['that he believes the port is safe']);
  });

  it('a relative after a comma keeps its own end', () => {
    const qs = quotes('Ruiz, who said the port would close, was wrong.');
    expect(qs[0]!.c).toEqual(['the port would close']);
  });
});

describe('a dash then "and"', () => {
  it('goes on with a second "that" clause or a noun phrase', () => {
    const a = quotes('The poll shows that older voters may be pliable — and that the mayor should court them.');
    expect(a[0]!.c).toEqual(['that older voters may be pliable — and that the mayor should court them']);
    const b = quotes('Ruiz wants to emerge as the choice of the harbour wards — and the chief rival to Lee.');
    expect(b[0]!.c).toEqual(['to emerge as the choice of the harbour wards — and the chief rival to Lee']);
  });

  it('a clause with its own subject after it is the writer’s', () => {
    const qs = quotes('Ruiz said the ferry deal would pass — and the two mayors were seen arm in arm later.');
    expect(qs[0]!.c).toEqual(['the ferry deal would pass']);
  });
});

describe('a contrast after ", while"', () => {
  it('with a finite verb and no cue of its own goes on with what was said', () => {
    const qs = quotes('The poll found that Ruiz would beat Lee 46 to 40, while Okafor would beat her 52 to 38.');
    expect(qs).toHaveLength(1);
    expect(qs[0]!.c).toEqual(['that Ruiz would beat Lee 46 to 40, while Okafor would beat her 52 to 38']);
  });

  it('so does ", though" + a clause', () => {
    const qs = quotes('Ruiz said the levy was an improvement, though the rebate is still too small.');
    expect(qs[0]!.c).toEqual(['the levy was an improvement, though the rebate is still too small']);
  });

  it('with a cue of its own reports apart', () => {
    const qs = quotes('Most voters said they would back the levy, while 9 percent said it was a mistake.');
    expect(qs[0]!.c).toEqual(['they would back the levy']);
  });

  it('with only a participle is the writer’s', () => {
    const qs = quotes('Ruiz pledged to rebuild the pier, while taking aim at the council.');
    expect(qs[0]!.c).toEqual(['to rebuild the pier']);
  });
});

describe('", and" + a base verb after "to" or a modal', () => {
  it('goes on with the verb phrase list', () => {
    const qs = quotes('Ruiz urged the council to cut the fares, extend the ferry hours, and fix the pier.');
    expect(qs[0]!.c).toEqual(['the council to cut the fares, extend the ferry hours, and fix the pier']);
  });

  it('an inflected verb after ", and" is still the subject’s next act', () => {
    const qs = quotes('Ruiz said the council would cut the fares, and left the room.');
    expect(qs[0]!.c).toEqual(['the council would cut the fares']);
  });
});

describe('a dateline before a clause reported from the left', () => {
  it('is not part of the content', () => {
    const a = quotes('DAYTON, Ohio (AP) — The port will close in May, according to a city memo.');
    expect(a[0]).toMatchObject({ rule: 'attribution/according-to', who: 'a city memo' });
    expect(a[0]!.c).toEqual(['The port will close in May']);
    const b = quotes('DAYTON (Reuters) - The port will close in May, the mayor said.');
    expect(b[0]!.c).toEqual(['The port will close in May']);
  });

  it('an aside between dashes after a capitalised name is no dateline', () => {
    const qs = quotes('NATO - the alliance - will meet, Lee said.');
    expect(qs[0]!.c).toEqual(['NATO - the alliance - will meet']);
  });
});

describe('a cue inside a bracket', () => {
  it('reports from the bracket’s opening', () => {
    const qs = quotes(
      'Towns like Dover (80 percent of its voters were retired, according to county rolls) back the levy.',
    );
    expect(qs[0]).toMatchObject({ rule: 'attribution/according-to', who: 'county rolls' });
    expect(qs[0]!.c).toEqual(['80 percent of its voters were retired']);
  });
});
