import { describe, expect, it } from 'vitest';
import { quotes } from './attribution-helpers.js';

function byCue(text: string, cue: string) {
  const q = quotes(text).find((x) => x.cue === cue);
  expect(q, `no quote with cue “${cue}” in: ${text}`).toBeDefined();
  return q!;
}

describe('objects of nominal cues (session 7)', () => {
  it('keeps a relative clause on the object', () => {
    expect(
      byCue('Ruiz has been firm in her support for a bill that shields dock workers from fines.', 'support for'),
    ).toEqual({
      kind: 'indirect',
      rule: 'attribution/noun-cue',
      act: 'praise',
      c: ['a bill that shields dock workers from fines'],
      cue: 'support for',
      who: 'Ruiz',
    });
  });

  it('keeps the infinitive of a noun that takes one', () => {
    expect(byCue('Lee’s attacks on her willingness to raise the port fees fell flat.', 'attacks on').c).toEqual([
      'her willingness to raise the port fees',
    ]);
  });

  it('ends before a purpose infinitive', () => {
    expect(byCue('Two days after his endorsement of Ortiz to rally the base, Lee left.', 'endorsement of').c).toEqual([
      'Ortiz',
    ]);
  });
});

describe('more nouns with a “that” clause (session 7)', () => {
  it('reads “complaints that …” as a sourceless criticism', () => {
    expect(byCue('The board heard complaints that the ferry fares were too high.', 'complaints')).toEqual({
      kind: 'indirect',
      rule: 'attribution/noun-cue',
      act: 'criticise',
      c: ['that the ferry fares were too high'],
      cue: 'complaints',
      who: null,
    });
  });

  it('reads “doubts that …” as a question', () => {
    const q = byCue('Few voters had doubts that the pier would reopen by spring.', 'doubts');
    expect([q.act, q.c]).toEqual(['question', ['that the pier would reopen by spring']]);
  });

  it('reads “hints that …” and “the recognition that …”', () => {
    expect(byCue('Her speech held hints that she was weighing a run.', 'hints').c).toEqual([
      'that she was weighing a run',
    ]);
    expect(byCue('There is a growing recognition that the port needs repairs.', 'recognition').act).toEqual('concede');
  });

  it('reads “confidence that …” as a belief', () => {
    const q = byCue('There was little confidence that the ferry would run on time.', 'confidence');
    expect([q.act, q.c]).toEqual(['believe', ['that the ferry would run on time']]);
  });

  it('ends the clause at the comma before the main clause', () => {
    expect(byCue('Despite complaints that the fee is unfair, the mayor kept it.', 'complaints').c).toEqual([
      'that the fee is unfair',
    ]);
  });

  it('keeps an infinitive and a relative clause inside the clause', () => {
    expect(
      byCue('The notion that the levy had anything to do with the deficit struck Ruiz as odd.', 'notion').c,
    ).toEqual(['that the levy had anything to do with the deficit']);
    expect(
      byCue('The suggestion that she had helped a donor who was charged with fraud angered Lee.', 'suggestion').c,
    ).toEqual(['that she had helped a donor who was charged with fraud']);
  });

  it('keeps a gerund after a preposition and an attributive participle', () => {
    expect(byCue('The belief that by quietly staying on the board he keeps his sway is common.', 'belief').c).toEqual([
      'that by quietly staying on the board he keeps his sway',
    ]);
    expect(byCue('Amid reports that the polling firm had lost its funding, the mayor spoke.', 'reports').c).toEqual([
      'that the polling firm had lost its funding',
    ]);
  });

  it('keeps a subordinate clause and ends before a main clause after a comma', () => {
    expect(
      byCue('Her suggestion that voters stayed home because they did not like the plan angered Lee.', 'suggestion').c,
    ).toEqual(['that voters stayed home because they did not like the plan']);
    expect(byCue('Despite claims that the levy is fair, all of the dock workers opposed it.', 'claims').c).toEqual([
      'that the levy is fair',
    ]);
  });

  it('but not a relative clause on the noun', () => {
    expect(quotes('The complaints that reached the board were few.')).toEqual([]);
  });
});

describe('topic nouns are no nominal cues (session 7)', () => {
  it('reads no attribution in “her position on the levy”', () => {
    expect(quotes('Ruiz’s position on the levy was hard to pin down.')).toEqual([]);
  });
});

describe('nominal cues without a possessor (session 7)', () => {
  it('reads “doubts about X” with no source', () => {
    expect(byCue('The vote ended, but lingering doubts about the harbor deal remained.', 'doubts about')).toEqual({
      kind: 'indirect',
      rule: 'attribution/noun-bare',
      act: 'question',
      c: ['the harbor deal'],
      cue: 'doubts about',
      who: null,
    });
  });

  it('takes the quoted chant as a direct quote', () => {
    const q = byCue('Their chants of “Four more years!” filled the hall.', 'chants of');
    expect([q.kind, q.c, q.who]).toEqual(['direct', ['Four more years!'], 'Their']);
  });

  it('ends the object at a colon', () => {
    expect(byCue('Lee had no doubts about his best asset: after all, the union backed him.', 'doubts about').c).toEqual(
      ['his best asset'],
    );
  });

  it('gives the possessor past an adjective', () => {
    const q = byCue('Lee’s lavish praise for the new mayor surprised the council.', 'praise for');
    expect([q.c, q.who, q.act]).toEqual([['the new mayor'], 'Lee', 'praise']);
  });

  it('reads “anxiety about X” and “a broad consensus on X”', () => {
    expect(byCue('Voters in the valley are gripped by anxiety about the mill closing.', 'anxiety about').c).toEqual([
      'the mill closing',
    ]);
    expect(byCue('The council reached a broad consensus on the harbor budget.', 'consensus on').act).toEqual('believe');
  });

  it('leaves out indirect questions and bare nouns outside the list', () => {
    expect(quotes('Doubts about whether the pier will reopen grew.')).toEqual([]);
    expect(quotes('Questions about the harbor deal grew.')).toEqual([]);
  });
});

describe('light verbs with condemnation and denunciation (session 7)', () => {
  it('gives the subject of “made a strong condemnation of”', () => {
    const q = byCue(
      'The harbor board made a strong condemnation of the toll rise this week.',
      'made a strong condemnation of',
    );
    expect([q.c, q.who, q.act]).toEqual([['the toll rise'], 'The harbor board', 'criticise']);
  });
});

describe('more verbs of receiving a stance (session 7)', () => {
  it('reads “snagged the endorsement of X” with X as the holder', () => {
    const q = byCue('Ortiz snagged the endorsement of the dock union on Monday.', 'snagged the endorsement of');
    expect([q.c, q.who, q.rule]).toEqual([['Ortiz'], 'the dock union', 'attribution/received']);
  });
});

describe('a stance held among a group, on a possessor (session 7)', () => {
  it('reads “her broad support among X”: the possessor is the content, X the holder', () => {
    expect(byCue('Ortiz can count on her broad support among dock workers.', 'support')).toEqual({
      kind: 'indirect',
      rule: 'attribution/received',
      act: 'praise',
      c: ['her'],
      cue: 'support',
      who: 'dock workers',
    });
  });

  it('also after a name and a share', () => {
    const q = byCue('Lee’s 34% support among women is a record low.', 'support');
    expect([q.c, q.who]).toEqual([['Lee’s'], 'women']);
  });

  it('but not without a possessor', () => {
    expect(quotes('Support among women fell.').filter((q) => q.rule === 'attribution/received')).toEqual([]);
  });
});

describe('light-verb support “to” (session 7)', () => {
  it('reads “threw her support to X”', () => {
    const q = byCue('The mayor threw her support to Ortiz.', 'threw her support to');
    expect([q.c, q.who, q.act]).toEqual([['Ortiz'], 'The mayor', 'praise']);
  });
});
