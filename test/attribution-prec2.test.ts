import { describe, expect, it } from 'vitest';
import { quotes } from './attribution-helpers.js';

describe('clause-only cues need a clause of their own after them', () => {
  it('a kept lead whose noun the tagger reads as a verb is no statement', () => {
    expect(
      quotes('In the county race, Mayor Ana Ruiz maintained her ten-point lead over the challenger Tom Ames.'),
    ).toEqual([]);
  });

  it('a verb past a subordinator or a relative is not the object clause', () => {
    expect(quotes('Lee and Kim maintained their feud as they sit atop the ballot.')).toEqual([]);
    expect(quotes('Can the mayor maintain the zeal of volunteers who were new to the harbour fight?')).toEqual([]);
  });

  it('a clause after the cue is still reported, also one that opens a few words on', () => {
    expect(quotes('Ann Lee maintained the levy was fair.')).toEqual([
      {
        kind: 'indirect',
        rule: 'attribution/indirect',
        act: 'assert',
        c: ['the levy was fair'],
        cue: 'maintained',
        who: 'Ann Lee',
      },
    ]);
    expect(quotes('Ruiz has learned enough about the plan that she is sure she cannot back it.')).toEqual([
      {
        kind: 'indirect',
        rule: 'attribution/indirect-that',
        act: 'believe',
        c: ['that she is sure she cannot back it'],
        cue: 'has learned',
        who: 'Ruiz',
      },
    ]);
  });
});

describe('a one-word content that is only the setting of the cue', () => {
  it('a day, an adverb or a particle after the cue is no content', () => {
    for (const text of [
      'Ortiz responded Friday.',
      'Ann Lee wrote recently.',
      'The mayor agreed to.',
      'Lee is pushing back.',
    ])
      expect(quotes(text)).toEqual([]);
  });

  it('one word standing for a clause or a question stays', () => {
    expect(quotes('Ames did not say why.').map((q) => [q.c, q.cue, q.who])).toEqual([[['why'], 'did not say', 'Ames']]);
    expect(quotes('Lee said so.').map((q) => [q.c, q.cue, q.who])).toEqual([[['so'], 'said', 'Lee']]);
  });
});

describe('a stance asked of the reader', () => {
  it('"Do you support X?" opening its sentence states nobody\'s position', () => {
    expect(quotes('Ortiz spoke for an hour.\n\nDo you support Ana Ortiz? Share this page.')).toEqual([]);
  });

  it('a stance of another subject in a question stays', () => {
    expect(quotes('Do they support the levy?').map((q) => [q.c, q.cue, q.who])).toEqual([
      [['the levy?'], 'support', 'they'],
    ]);
  });
});

describe('a participle after a degree word is an adjective', () => {
  it('"most telling", "most pressing concern for" report nothing', () => {
    expect(quotes('Perhaps most telling, though, was the crowd.')).toEqual([]);
    expect(quotes('The most pressing concern for both towns is water.')).toEqual([]);
  });

  it('a speech participle without one stays', () => {
    expect(
      quotes('Lee closed the rally telling voters that the levy would pass.').map((q) => [q.c, q.cue, q.rule]),
    ).toEqual([[['that the levy would pass'], 'telling', 'attribution/participle']]);
  });
});

describe('a cue inside a sentence-opening how-clause', () => {
  it("the how-clause is the subject of the writer's sentence, not a report", () => {
    expect(quotes('How the council reacts to the plan will be the first test of her clout.')).toEqual([]);
    expect(quotes('How boldly the board responds to the ruling is a worry for Lee.')).toEqual([]);
  });

  it('a how-question reported by a cue stays', () => {
    expect(quotes('Lee asked how the council would react.').map((q) => [q.c, q.cue, q.who])).toEqual([
      [['how the council would react'], 'asked', 'Lee'],
    ]);
  });
});
