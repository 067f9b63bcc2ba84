import { describe, expect, it } from 'vitest';
import { quotes } from './attribution-helpers.js';

function byCue(text: string, cue: string) {
  const q = quotes(text).find((x) => x.cue === cue);
  expect(q, `no quote with cue “${cue}” in: ${text}`).toBeDefined();
  return q!;
}

describe('“seem” with a noun or prepositional phrase (session 6)', () => {
  it('reads “seemed a trap” as the writer’s impression, two spans and no source', () => {
    expect(byCue('The ferry deal seemed a trap to the fishermen.', 'seemed')).toEqual({
      kind: 'indirect',
      rule: 'attribution/raising',
      act: 'believe',
      c: ['The ferry deal', 'a trap to the fishermen'],
      cue: 'seemed',
      who: null,
    });
  });

  it('also with a prepositional phrase', () => {
    expect(byCue('The second vote seemed beside the point.', 'seemed').c).toEqual([
      'The second vote',
      'beside the point',
    ]);
  });

  it('but “appeared in court” is no judgement', () => {
    expect(quotes('The mayor appeared in court on Monday.')).toEqual([]);
  });
});

describe('reduced passive judgements (session 6)', () => {
  it('“X, seen as Y,” gives the noun phrase and the judgement, no source', () => {
    expect(byCue('Low tolls, seen as a gift to drivers, have hurt the port.', 'seen as')).toEqual({
      kind: 'indirect',
      rule: 'attribution/passive-as-reduced',
      act: 'believe',
      c: ['Low tolls', 'a gift to drivers'],
      cue: 'seen as',
      who: null,
    });
  });

  it('keeps the adverb in the cue', () => {
    const q = byCue('Ortiz, widely viewed as the favourite, lost the runoff.', 'widely viewed as');
    expect(q.c).toEqual(['Ortiz', 'the favourite']);
  });

  it('“a think tank known for X”: a reputation, two spans', () => {
    expect(byCue('They hired a think tank known for its polling.', 'known for').c).toEqual([
      'a think tank',
      'its polling',
    ]);
  });

  it('leaves “known as” to the naming construction', () => {
    const q = quotes('Residents fear a drilling method known as fracking.');
    expect(q.every((x) => x.rule !== 'attribution/passive-as-reduced')).toBe(true);
  });
});

describe('evidence verbs the tagger reads as nouns (session 6)', () => {
  it('“Polls in Ohio show …”: a poll noun a few words before a base-form “show”', () => {
    expect(byCue('Polls in Ohio show the mayor is trailing.', 'show')).toEqual({
      kind: 'indirect',
      rule: 'attribution/indirect',
      act: 'assert',
      c: ['the mayor is trailing'],
      cue: 'show',
      who: 'Polls in Ohio',
    });
  });

  it('“Findings show …” counts findings as evidence', () => {
    expect(byCue('Findings show voters fear the levy.', 'show')).toMatchObject({
      c: ['voters fear the levy'],
      who: 'Findings',
    });
  });
});

describe('a noun backing or opposing someone (session 6)', () => {
  it('“a super PAC backing Ortiz”: the noun phrase holds the stance, the object is the content', () => {
    expect(byCue('A super PAC backing Ortiz spent two million dollars on ads.', 'backing')).toEqual({
      kind: 'indirect',
      rule: 'attribution/participle-backing',
      act: 'praise',
      c: ['Ortiz'],
      cue: 'backing',
      who: 'A super PAC',
    });
  });

  it('every backing verb the content ends share (“favoring”, “preferring”)', () => {
    expect(byCue('A super PAC favoring Ortiz spent two million dollars.', 'favoring')).toMatchObject({
      rule: 'attribution/participle-backing',
      c: ['Ortiz'],
      who: 'A super PAC',
    });
  });

  it('the object ends at the comma of an aside', () => {
    expect(byCue('Groups opposing the levy, including the port union, sued the city.', 'opposing')).toMatchObject({
      act: 'criticise',
      c: ['the levy'],
      who: 'Groups',
    });
  });

  it('not without a determined or named object (“families supporting themselves”, “a PAC supporting her”)', () => {
    expect(quotes('Families supporting themselves on one wage are rare here.')).toEqual([]);
    expect(quotes('A new PAC supporting her spent heavily in May.')).toEqual([]);
  });
});

describe('a stance received from someone (session 6)', () => {
  it('“X won the backing of Y”: the subject is the content, Y the holder', () => {
    expect(quotes('Ortiz won the backing of the dock workers.')).toEqual([
      {
        kind: 'indirect',
        rule: 'attribution/received',
        act: 'praise',
        c: ['Ortiz'],
        cue: 'won the backing of',
        who: 'the dock workers',
      },
    ]);
  });

  it('criticism drawn, with an adjective and a time after the holder', () => {
    expect(
      byCue('The toll plan drew sharp criticism from landlords on Monday.', 'drew sharp criticism from'),
    ).toMatchObject({
      act: 'criticise',
      c: ['The toll plan'],
      who: 'landlords',
    });
  });

  it('“has the support of” with “have” as the verb, and negation in the cue', () => {
    expect(byCue('Lee has the support of most farmers in the valley.', 'has the support of').c).toEqual(['Lee']);
    expect(
      byCue('She has not received the endorsement of the mayor.', 'has not received the endorsement of'),
    ).toMatchObject({
      c: ['She'],
      who: 'the mayor',
    });
  });

  it('past a time phrase before the subject', () => {
    expect(byCue('This week Ortiz secured the endorsement of the union.', 'secured the endorsement of').c).toEqual([
      'Ortiz',
    ]);
  });

  it('not without a holder (“the plan has support”)', () => {
    expect(quotes('The plan has broad support.')).toEqual([]);
  });
});

describe('more light verbs (session 6)', () => {
  it('“mounted a fierce attack on”', () => {
    expect(quotes('Ortiz mounted a fierce attack on the levy.')).toEqual([
      {
        kind: 'indirect',
        rule: 'attribution/indirect',
        act: 'criticise',
        c: ['the levy'],
        cue: 'mounted a fierce attack on',
        who: 'Ortiz',
      },
    ]);
  });

  it('“answered a question about”', () => {
    expect(byCue('Lee answered a question about the tolls.', 'answered a question about')).toMatchObject({
      act: 'question',
      c: ['the tolls'],
      who: 'Lee',
    });
  });
});

describe('phrase cues whose verb the tagger reads as a plural noun (session 6)', () => {
  it('“Sanders talks about …”', () => {
    expect(quotes('Ortiz talks about a revolution in the valley.')).toEqual([
      {
        kind: 'indirect',
        rule: 'attribution/indirect',
        act: 'assert',
        c: ['a revolution in the valley'],
        cue: 'talks about',
        who: 'Ortiz',
      },
    ]);
  });
});

describe('intentions with “look to / look for” and “made the case to X that” (session 6)', () => {
  it('“is looking to …” is an intention', () => {
    expect(quotes('Ortiz is looking to win back rural voters.')).toEqual([
      {
        kind: 'indirect',
        rule: 'attribution/indirect',
        act: 'intend',
        c: ['win back rural voters'],
        cue: 'is looking to',
        who: 'Ortiz',
      },
    ]);
  });

  it('“is looking for …” names what is sought', () => {
    expect(byCue('Lee is looking for a strong finish in Ohio.', 'is looking for')).toMatchObject({
      act: 'intend',
      c: ['a strong finish in Ohio'],
      who: 'Lee',
    });
  });

  it('a hearer after “to” between the case and its clause', () => {
    const text = 'Ortiz made an impassioned case to a crowd of dock workers that she would save the port.';
    expect(byCue(text, 'made an impassioned case')).toMatchObject({
      rule: 'attribution/indirect-that',
      c: ['that she would save the port'],
      who: 'Ortiz',
    });
  });
});

describe('a setting or a time after a speech noun is no topic (session 6)', () => {
  it('“made his remarks at a rally” reports nothing', () => {
    expect(quotes('Ortiz made his remarks at a rally.')).toEqual([]);
  });

  it('“made comments on Thursday” reports nothing, “made comments about the levy” does', () => {
    expect(quotes('Ortiz made similar comments on Thursday morning.')).toEqual([]);
    expect(byCue('Lee made comments about the levy.', 'made comments about').c).toEqual(['the levy']);
  });
});

describe('“the question is whether …” (session 6)', () => {
  it('names an open question with no source', () => {
    expect(quotes('The question is whether the pier will reopen before summer.')).toEqual([
      {
        kind: 'indirect',
        rule: 'attribution/question-is',
        act: 'question',
        c: ['whether the pier will reopen before summer'],
        cue: 'question is',
        who: null,
      },
    ]);
  });

  it('not “the question of funding was raised”', () => {
    expect(quotes('The question was settled by the council.')).toEqual([]);
  });
});

describe('hearsay adverbs: “reportedly”, “allegedly” (session 6)', () => {
  it('the clause around the adverb is the content, no source', () => {
    expect(quotes('The club is reportedly spending two million dollars on ads.')).toEqual([
      {
        kind: 'indirect',
        rule: 'attribution/hearsay',
        act: 'assert',
        c: ['The club is', 'spending two million dollars on ads'],
        cue: 'reportedly',
        who: null,
      },
    ]);
  });

  it('sentence-initial “Reportedly,” and a content ending at the comma', () => {
    expect(byCue('Reportedly, he made angry comments to co-workers.', 'Reportedly').c).toEqual([
      'he made angry comments to co-workers',
    ]);
    expect(byCue('The hackers have allegedly entered 100 accounts, leaving staff fearful.', 'allegedly').c).toEqual([
      'The hackers have',
      'entered 100 accounts',
    ]);
  });

  it('leaves “reportedly said” to the verb', () => {
    expect(quotes('Ortiz reportedly said the pier was sold.')).toMatchObject([
      { rule: 'attribution/indirect', cue: 'said', who: 'Ortiz' },
    ]);
  });
});

describe('a share of a group as the subject of a base-form verb tagged as a noun (session 6)', () => {
  it('“Two-thirds support the levy”', () => {
    expect(quotes('Two-thirds support the levy.')).toEqual([
      {
        kind: 'indirect',
        rule: 'attribution/indirect',
        act: 'praise',
        c: ['the levy'],
        cue: 'support',
        who: 'Two-thirds',
      },
    ]);
  });

  it('“About 40 percent of voters in the valley support …”', () => {
    expect(byCue('About 40 percent of voters in the valley support the levy.', 'support').who).toBe(
      '40 percent of voters in the valley',
    );
  });
});

describe('“show” as a light verb (session 6)', () => {
  it('“showed no sign of backing down”', () => {
    expect(byCue('Ortiz showed no sign of backing down.', 'showed no sign of')).toMatchObject({
      c: ['backing down'],
      who: 'Ortiz',
    });
  });

  it('“showed little enthusiasm for”', () => {
    expect(byCue('The crowd showed little enthusiasm for the levy.', 'showed little enthusiasm for')).toMatchObject({
      act: 'praise',
      c: ['the levy'],
      who: 'The crowd',
    });
  });
});

describe('a cue noun with its source after “by” (session 6)', () => {
  it('“the claims by X that …”: the noun is the cue, X the source', () => {
    expect(quotes('The claims by rival agencies that the files were secret angered the staff.')).toEqual([
      {
        kind: 'indirect',
        rule: 'attribution/noun-by',
        act: 'assert',
        c: ['that the files were secret'],
        cue: 'claims',
        who: 'rival agencies',
      },
    ]);
  });
});

describe('an inverted cue followed by a time and a quoted show title (session 6)', () => {
  it('“…, he said Wednesday on WXYZ’s “Morning Show.”” reports the clause before', () => {
    const text = 'The mayor was wrong about the pier, he said Wednesday morning on WXYZ’s “Morning Show.”';
    expect(quotes(text)).toEqual([
      {
        kind: 'indirect',
        rule: 'attribution/inverted',
        act: 'assert',
        c: ['The mayor was wrong about the pier'],
        cue: 'said',
        who: 'he',
      },
    ]);
  });
});

describe('purpose infinitives after a whole clause (session 6)', () => {
  it('“visited the studio on Sunday to discuss the levy”: the clause subject speaks', () => {
    expect(quotes('Ortiz visited the studio on Sunday to discuss the levy.')).toEqual([
      {
        kind: 'indirect',
        rule: 'attribution/infinitive-purpose',
        act: 'assert',
        c: ['the levy'],
        cue: 'discuss',
        who: 'Ortiz',
      },
    ]);
  });

  it('“was the first senator to endorse X”', () => {
    expect(byCue('Lee was the first senator in the state to endorse Ortiz.', 'endorse')).toMatchObject({
      rule: 'attribution/infinitive-purpose',
      c: ['Ortiz'],
      who: 'Lee',
    });
  });

  it('not after a noun that takes its own infinitive', () => {
    const q = quotes('The mayor spoke at length about a plan to criticize the port.');
    expect(q.map((x) => x.rule)).not.toContain('attribution/infinitive-purpose');
    expect(q.map((x) => x.cue)).toEqual(['spoke at length about']);
  });
});

describe('“-ing” participles the tagger reads as nouns (session 6)', () => {
  it('“…, mocking/NOUN the mayor’s plan”: the clause subject speaks', () => {
    expect(quotes('Ortiz spoke for an hour, mocking the mayor’s plan.')).toEqual([
      {
        kind: 'indirect',
        rule: 'attribution/participle',
        act: 'criticise',
        c: ['the mayor’s plan'],
        cue: 'mocking',
        who: 'Ortiz',
      },
    ]);
  });

  it('“by repeating the claim that …”', () => {
    expect(byCue('Lee closed the rally by repeating the claim that the pier was sold.', 'repeating')).toMatchObject({
      c: ['the claim that the pier was sold'],
      who: 'Lee',
    });
  });
});

describe('past tenses the tagger reads as adjectives (session 6)', () => {
  it('“Ortiz referenced/ADJ the report”', () => {
    expect(byCue('Ortiz referenced the report in her speech.', 'referenced')).toMatchObject({
      rule: 'attribution/indirect',
      who: 'Ortiz',
    });
  });

  it('also after “has” (“has referenced/ADJ”)', () => {
    expect(byCue('Ortiz has referenced the report twice this week.', 'has referenced').who).toBe('Ortiz');
  });

  it('not an adjective before a noun (“the alleged fraud”)', () => {
    expect(quotes('The alleged fraud cost the port a fortune.')).toEqual([]);
  });
});

describe('self-naming participles (session 6)', () => {
  it('“a self-described green populist”', () => {
    expect(quotes('She is a self-described green populist who ran twice.')).toEqual([
      {
        kind: 'indirect',
        rule: 'attribution/self-named',
        act: 'assert',
        c: ['green populist'],
        cue: 'described',
        who: 'self',
      },
    ]);
  });
});

describe('a passive with “by” as an aside between commas (session 6)', () => {
  it('“The bill, opposed by the union, …”', () => {
    expect(quotes('The harbor bill, opposed by the dock union, never became law.')).toEqual([
      {
        kind: 'indirect',
        rule: 'attribution/passive-by',
        act: 'criticise',
        c: ['The harbor bill'],
        cue: 'opposed by',
        who: 'the dock union',
      },
    ]);
  });
});

describe('more cue nouns before a “that” clause (session 6)', () => {
  it('“the report that …”', () => {
    expect(byCue('The report that the pier was closed was false.', 'report')).toMatchObject({
      rule: 'attribution/noun-cue',
      act: 'assert',
      c: ['that the pier was closed'],
    });
  });

  it('“concerns that …”', () => {
    expect(byCue('The concerns that the bridge would close were real.', 'concerns')).toMatchObject({
      act: 'warn',
      c: ['that the bridge would close'],
    });
  });
});

describe('“see X as Y” with a long object (session 6)', () => {
  it('finds “as” up to 20 words after the verb', () => {
    const text = 'Both analysts saw the loss of the old ferry during the winter storm in the bay as a sign of neglect.';
    expect(byCue(text, 'saw')).toMatchObject({
      act: 'believe',
      c: ['the loss of the old ferry during the winter storm in the bay as a sign of neglect'],
      who: 'Both analysts',
    });
  });
});

describe('naming cues with a long object before the quoted name (session 6)', () => {
  it('finds the quoted fragment up to 16 words after “called”', () => {
    const text = 'Ortiz called the firm’s plans to open a new plant in Mexico “an absolute disgrace.”';
    expect(byCue(text, 'called')).toMatchObject({
      kind: 'mixed',
      rule: 'attribution/naming',
      c: ['the firm’s plans to open a new plant in Mexico “an absolute disgrace.”'],
      who: 'Ortiz',
    });
  });
});

describe('progressives the tagger reads as adjectives (session 6)', () => {
  it('“Ortiz is promising/ADJ lower taxes”', () => {
    expect(quotes('Ortiz is promising lower taxes and new jobs.')).toEqual([
      {
        kind: 'indirect',
        rule: 'attribution/indirect',
        act: 'promise',
        c: ['lower taxes and new jobs'],
        cue: 'is promising',
        who: 'Ortiz',
      },
    ]);
  });

  it('but “the plan is promising” is an adjective', () => {
    expect(quotes('The plan is promising.')).toEqual([]);
  });
});
