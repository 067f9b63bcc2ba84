import { describe, expect, it } from 'vitest';
import { quotes } from './attribution-helpers.js';

// Session 7 (att-tags): verb readings of words the tagger reads as nouns, adjectives or function words. Each test
// text has the slip it repairs (the tag is wink's; the nlp stage keeps it).
describe('tagger slips at cues', () => {
  it('a saying or intention verb tagged as a noun before its infinitive', () => {
    const vow = quotes('Dock workers vow to block the new pier.');
    expect(vow).toHaveLength(1);
    expect(vow[0]).toMatchObject({ rule: 'attribution/indirect', cue: 'vow', act: 'promise', who: 'Dock workers' });
    expect(vow[0]!.c).toEqual(['to block the new pier']);
    const claim = quotes('Farm workers who claim to speak for the valley met the mayor.');
    expect(claim).toHaveLength(1);
    expect(claim[0]).toMatchObject({ rule: 'attribution/relative', cue: 'claim', act: 'assert' });
    expect(claim[0]!.c).toEqual(['to speak for the valley']);
  });

  it('a phrase cue tagged as a noun after a plural subject', () => {
    const qs = quotes('Labor leaders point out that the mill pays well.');
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ cue: 'point out', act: 'assert', who: 'Labor leaders' });
    expect(qs[0]!.c).toEqual(['that the mill pays well']);
  });

  it('a past tense with a doubled consonant tagged as an adjective', () => {
    const qs = quotes('The Ortizes preferred the coastal route.');
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ rule: 'attribution/indirect', cue: 'preferred', who: 'The Ortizes' });
    expect(qs[0]!.c).toEqual(['the coastal route']);
  });

  it('"state" before a title stays a noun', () => {
    expect(quotes('The farmers state Rep. Ana Ortiz met were angry.')).toEqual([]);
  });
});
