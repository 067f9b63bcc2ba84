import { describe, expect, it } from 'vitest';
import { quotes } from './attribution-helpers.js';

function byCue(text: string, cue: string) {
  const q = quotes(text).find((x) => x.cue === cue);
  expect(q, `no quote with cue “${cue}” in: ${text}`).toBeDefined();
  return q!;
}

describe('courts and boards that rule (session 6 round 2)', () => {
  it('“the court ruled that …” is a reported clause', () => {
    expect(
      byCue('The appeals court ruled that the new district map violated the state constitution.', 'ruled'),
    ).toEqual({
      kind: 'indirect',
      rule: 'attribution/indirect-that',
      act: 'assert',
      c: ['that the new district map violated the state constitution'],
      cue: 'ruled',
      who: 'The appeals court',
    });
  });

  it('but ruling a place is no speech', () => {
    expect(quotes('The old king ruled the island for forty years.')).toEqual([]);
  });

  it('“rule out” and “rule against” take their object as the content', () => {
    expect(byCue('Governor Ortiz did not rule out a second term.', 'did not rule out')).toMatchObject({
      act: 'deny',
      c: ['a second term'],
      who: 'Governor Ortiz',
    });
    expect(
      byCue('The state supreme court ruled against the harbor authority last week.', 'ruled against'),
    ).toMatchObject({ act: 'criticise', c: ['the harbor authority'], who: 'The state supreme court' });
  });
});

describe('calls to act and light-verb critiques (session 6 round 2)', () => {
  it('“encouraged X to …” keeps the hearer in the content', () => {
    expect(byCue('Lee encouraged her neighbors to vote early.', 'encouraged')).toEqual({
      kind: 'indirect',
      rule: 'attribution/indirect',
      act: 'demand',
      c: ['her neighbors to vote early'],
      cue: 'encouraged',
      who: 'Lee',
    });
  });

  it('“delivered a critique of”, “offered a defense of”', () => {
    expect(
      byCue('Mayor Ortiz delivered a sharp critique of the budget on Monday.', 'delivered a sharp critique of'),
    ).toMatchObject({ act: 'criticise', c: ['the budget'], who: 'Mayor Ortiz' });
    expect(byCue('Lee offered a spirited defense of the ferry plan.', 'offered a spirited defense of')).toMatchObject({
      act: 'praise',
      c: ['the ferry plan'],
      who: 'Lee',
    });
  });
});

describe('speech participles the tagger reads as adjectives, with an infinitive (session 6 round 2)', () => {
  it('“is promising to …” after “be”', () => {
    expect(byCue('Governor Ortiz is promising to cut the ferry tolls.', 'is promising')).toEqual({
      kind: 'indirect',
      rule: 'attribution/indirect',
      act: 'promise',
      c: ['to cut the ferry tolls'],
      cue: 'is promising',
      who: 'Governor Ortiz',
    });
  });

  it('“…,” promising to …” after a quote closing on a comma', () => {
    expect(byCue('Ortiz praised the union’s “fair deal,” promising to sign it.', 'promising')).toMatchObject({
      act: 'promise',
      c: ['to sign it'],
      who: 'Ortiz',
    });
  });
});

describe('sounding alarms and pressing for action (session 6 round 2)', () => {
  it('“sounded the alarm about”, “sounded a cautious note on”', () => {
    expect(byCue('Dr. Lee sounded the alarm about the water supply.', 'sounded the alarm about')).toMatchObject({
      act: 'warn',
      c: ['the water supply'],
      who: 'Dr. Lee',
    });
    expect(byCue('Ortiz sounded a cautious note on the budget.', 'sounded a cautious note on')).toMatchObject({
      act: 'assert',
      c: ['the budget'],
    });
  });

  it('“pressed X to …” is a demand, pressing a button is not', () => {
    expect(byCue('The union pressed the mayor to reopen the talks.', 'pressed')).toEqual({
      kind: 'indirect',
      rule: 'attribution/indirect',
      act: 'demand',
      c: ['the mayor to reopen the talks'],
      cue: 'pressed',
      who: 'The union',
    });
    expect(quotes('She pressed the button twice.')).toEqual([]);
  });
});

describe('intention nouns after a light verb (session 6 round 2)', () => {
  it('“has shown no interest in X” is an intention about X', () => {
    expect(byCue('Lee has shown no interest in the ferry plan.', 'has shown no interest in')).toEqual({
      kind: 'indirect',
      rule: 'attribution/indirect',
      act: 'intend',
      c: ['the ferry plan'],
      cue: 'has shown no interest in',
      who: 'Lee',
    });
  });

  it('“showed a willingness to …” takes the infinitive', () => {
    expect(byCue('The board showed a willingness to compromise.', 'showed a willingness')).toMatchObject({
      act: 'intend',
      c: ['to compromise'],
      who: 'The board',
    });
  });

  it('but owning a stake is no intention', () => {
    expect(quotes('The bank has an interest in the mill.')).toEqual([]);
  });
});

describe('light-verb cues with listed modifiers, cases for acts, jokes (session 6 round 2)', () => {
  it('a list of modifiers before the speech noun stays in the cue', () => {
    expect(
      byCue(
        'Ortiz is making an increasingly explicit, stern and anxious case that the mill must close.',
        'is making an increasingly explicit, stern and anxious case',
      ),
    ).toMatchObject({ rule: 'attribution/indirect-that', c: ['that the mill must close'], who: 'Ortiz' });
  });

  it('but a list before a plain noun is no cue', () => {
    expect(quotes('Lee made a big, red and shiny cake for the board.')).toEqual([]);
  });

  it('“made the case to …” takes the infinitive, “made jokes about” its topic', () => {
    expect(byCue('Ortiz made the case to repeal the levy.', 'made the case')).toMatchObject({
      act: 'assert',
      c: ['to repeal the levy'],
      who: 'Ortiz',
    });
    expect(byCue('Lee made jokes about the weather.', 'made jokes about').c).toEqual(['the weather']);
  });
});

describe('evidence subjects: research words and pollsters (session 6 round 2)', () => {
  it('a pollster’s name stands for its poll', () => {
    expect(byCue('Gallup found most voters back the levy.', 'found')).toEqual({
      kind: 'indirect',
      rule: 'attribution/indirect',
      act: 'assert',
      c: ['most voters back the levy'],
      cue: 'found',
      who: 'Gallup',
    });
  });

  it('memos and the census report findings, a person finding keys does not', () => {
    expect(byCue('A memo from the treasury shows tolls cut traffic.', 'shows')).toMatchObject({
      c: ['tolls cut traffic'],
      who: 'A memo from the treasury',
    });
    expect(byCue('The census found the valley had grown.', 'found').c).toEqual(['the valley had grown']);
    expect(quotes('Lee found her keys.')).toEqual([]);
  });
});

describe('retweets, memories and interpretations (session 6 round 2)', () => {
  it('“retweeted that …” is speech (the tagger keeps “retweeted” as its own lemma)', () => {
    expect(byCue('Ortiz retweeted that the pier would reopen.', 'retweeted')).toEqual({
      kind: 'indirect',
      rule: 'attribution/indirect-that',
      act: 'assert',
      c: ['that the pier would reopen'],
      cue: 'retweeted',
      who: 'Ortiz',
    });
  });

  it('“remembers that …” is a belief', () => {
    expect(byCue('Lee remembers that the mill closed in 1990.', 'remembers')).toMatchObject({
      act: 'believe',
      c: ['that the mill closed in 1990'],
      who: 'Lee',
    });
  });

  it('“interpreted X as Y” is a judgement', () => {
    expect(byCue('Voters interpreted the vote as a rebuke.', 'interpreted')).toMatchObject({
      act: 'believe',
      c: ['the vote as a rebuke'],
      who: 'Voters',
    });
  });
});

describe('outspokenness (session 6 round 2)', () => {
  it('“outspoken about X” like “vocal about X”', () => {
    expect(byCue('Lee has been outspoken about the levy.', 'has been outspoken about')).toMatchObject({
      act: 'assert',
      c: ['the levy'],
      who: 'Lee',
    });
  });
});
