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

  it('an "-s" verb tagged as a noun after a short singular subject, with an object at once', () => {
    const sue = quotes('The lawsuit demands his reinstatement as a harbor pilot.');
    expect(sue).toHaveLength(1);
    expect(sue[0]).toMatchObject({ rule: 'attribution/indirect', cue: 'demands', act: 'demand', who: 'The lawsuit' });
    expect(sue[0]!.c).toEqual(['his reinstatement as a harbor pilot']);
    const praise = quotes("A Danish economist praises Ortiz's budget.");
    expect(praise[0]).toMatchObject({ cue: 'praises', act: 'praise', who: 'A Danish economist' });
    expect(praise[0]!.c).toEqual(["Ortiz's budget"]);
  });

  it('a compound noun before a time, and an uninflected noun, stay nouns', () => {
    expect(quotes('Your two free bank statements each month are online.')).toEqual([]);
    expect(quotes('The press Ortiz courted turned on her.')).toEqual([]);
  });

  it('a verb tagged as a noun right after an aside on its subject', () => {
    const notes = quotes('Ana Ruiz, a retired harbor pilot, notes that the channel silts up every spring.');
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ rule: 'attribution/appositive', cue: 'notes', act: 'assert' });
    expect(notes[0]!.who).toBe('Ana Ruiz, a retired harbor pilot');
    expect(notes[0]!.c).toEqual(['that the channel silts up every spring']);
    const plans = quotes("The mayor's deputy, Ivo Lind, plans to release the audit soon.");
    expect(plans[0]).toMatchObject({ cue: 'plans', act: 'intend', who: "The mayor's deputy, Ivo Lind" });
    expect(plans[0]!.c).toEqual(['to release the audit soon']);
  });

  it('a base-form verb tagged as a noun after two coordinated names', () => {
    const qs = quotes('Peru and Chile support the new fishing treaty.');
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ rule: 'attribution/indirect', cue: 'support', who: 'Peru and Chile' });
    expect(qs[0]!.c).toEqual(['the new fishing treaty']);
    const out = quotes('Ortiz and Lee point out that the port lost money.');
    expect(out[0]).toMatchObject({ cue: 'point out', who: 'Ortiz and Lee' });
    expect(out[0]!.c).toEqual(['that the port lost money']);
  });

  it('a relative "that"/"which" read as a determiner before a verb read as a noun', () => {
    const ad = quotes('They aired an ad that attacks Ortiz as a tool of the banks.');
    expect(ad).toHaveLength(1);
    expect(ad[0]).toMatchObject({ rule: 'attribution/relative', cue: 'attacks', act: 'criticise' });
    expect(ad[0]!.c).toEqual(['Ortiz as a tool of the banks']);
    const suit = quotes('The group filed a suit, which challenges the new map.');
    expect(suit[0]).toMatchObject({ rule: 'attribution/relative', cue: 'challenges' });
    expect(suit[0]!.c).toEqual(['the new map']);
  });

  it('an evidence verb after a relative on a poll noun', () => {
    const qs = quotes('Reporters looked at the polls that show Ortiz with a wide lead.');
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ rule: 'attribution/relative', cue: 'show' });
    expect(qs[0]!.c).toEqual(['Ortiz with a wide lead']);
  });

  it('not when the relative sits on the subject of a later main verb', () => {
    expect(quotes('A tweet that blasts Ortiz includes a photo.')).toEqual([]);
  });
});

describe('tagger slips at speakers', () => {
  it('a capitalised modal before an inflected reporting verb is a name', () => {
    const qs = quotes('The columnist Ada Will spoke in Dover. On Monday, Will urged voters to stay home.');
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ rule: 'attribution/indirect', cue: 'urged', act: 'demand', who: 'Will' });
    expect(qs[0]!.c).toEqual(['voters to stay home']);
  });

  it('an adverb-tagged word that the document uses in a person name is that name', () => {
    const qs = quotes('Rep. Dana Jolly toured the port. Jolly said the dredging must start soon.');
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ rule: 'attribution/indirect', cue: 'said', who: 'Jolly' });
    expect(qs[0]!.c).toEqual(['the dredging must start soon']);
  });

  it('a real adverb before the cue stays out of the speaker', () => {
    const qs = quotes('When asked, the mayor said the port would reopen.');
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ cue: 'said', who: 'the mayor' });
  });
});
