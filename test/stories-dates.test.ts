import { describe, expect, it } from 'vitest';
import { StoryClusterer, storyFeaturesOfText } from '../src/corpus/stories/index.js';

// Dates and clock times in story features: dates tell two stories of one kind apart (two quakes in different
// months or years), clock times say nothing of the event. Texts written for these tests.
const terms = (text: string) => storyFeaturesOfText(text).terms;

describe('story features: dates', () => {
  it('reads a day beside a month name as one MM/DD term, in either order, abbreviated or not', () => {
    const t = terms('The dam gave way on Dec. 14, 2011. Repairs began on 9th January and ended on 3 March 2012.');
    expect(t.get('12/14')).toBe(2);
    expect(t.get('01/09')).toBe(2);
    expect(t.get('03/03')).toBe(2);
    expect(t.get('2011')).toBe(2);
    expect(t.get('2012')).toBe(2);
    // The day is not also a bare number, nor the month a name or a content word.
    expect(t.has('14')).toBe(false);
    expect(t.has('9')).toBe(false);
    expect(t.has('n:dec')).toBe(false);
    expect(t.has('january')).toBe(false);
  });
  it('reads numeric dates month first, or day first when the first part cannot be a month', () => {
    const t = terms('Posted 03 / 14 / 2013 06: 37 AM. Updated 14/3/2013. Filed 2/3/2009.');
    expect(t.get('03/14')).toBe(4);
    expect(t.get('02/03')).toBe(2);
    expect(t.get('03/')).toBe(4);
    expect(t.get('2013')).toBe(4);
    expect(t.has('14')).toBe(false);
    expect(t.has('37')).toBe(false);
  });
  it('counts a month name alone as an MM/ term, and "May" or "March" only beside a number', () => {
    const t = terms('Floods in September cut the road. May officials march on? March 2010 saw worse.');
    expect(t.get('09/')).toBe(2);
    expect(t.get('03/')).toBe(2);
    expect(t.has('05/')).toBe(false);
    const after = terms('The vote was held on 5 May and on the 12th of March.');
    expect(after.get('05/05')).toBe(2);
    expect(after.get('05/')).toBe(2);
    expect(after.get('03/12')).toBe(2);
    expect(after.get('03/')).toBe(2);
    expect(t.get('march')).toBe(2); // the verb stays a content word
  });
  it('reads weekdays as d/wd terms (ISO number)', () => {
    const t = terms('The ferry sank on Tuesday; divers returned on Thursday and again on Tuesday.');
    expect(t.get('2/wd')).toBe(4);
    expect(t.get('4/wd')).toBe(2);
  });
  it('leaves out clock times and time zones, keeps amounts', () => {
    const t = terms(
      'Posted 10: 55 PM PDT. The 4:30 a.m. raid took $137-million in gems; at 2.30am police had 18th-floor footage.',
    );
    for (const x of ['10', '55', '4', '30', '2.30am', 'n:pm', 'n:pdt', 'n:pm pdt']) expect(t.has(x)).toBe(false);
    expect(t.get('137')).toBe(2);
    expect(t.get('18')).toBe(2);
  });
  it('reads amounts with their scale as one term', () => {
    const t = terms(
      'Raiders took 85 million euros ($108 million); insurers had covered 2mn, the firm is worth 3 billion.',
    );
    expect(t.get('85m')).toBe(2);
    expect(t.get('108m')).toBe(2);
    expect(t.get('2m')).toBe(2);
    expect(t.get('3bn')).toBe(2);
    expect(t.has('85')).toBe(false);
  });
  it('keeps identifiers that start with a letter whole', () => {
    const t = terms('Microsoft shipped fix MS11-042 for the flaw.');
    expect(t.get('ms11-042')).toBe(2);
  });
});

// Two quakes in one province, three years apart: the same province, the same kind of event, the same governor; the
// towns differ, and so do the dates, weekdays and magnitudes.
const FIRST = [
  'A magnitude 5.8 earthquake shook Verano province on Tuesday, March 8, 2011, damaging homes in San Telmo. Governor Lucia Ferraz said nobody was killed.',
  'Verano, March 8, 2011: the 5.8 quake that hit San Telmo on Tuesday cracked the old bridge, Governor Lucia Ferraz said, and schools stayed shut.',
  'Engineers checked the bridge in San Telmo on Tuesday after the 5.8 earthquake of March 8. Governor Lucia Ferraz said repairs would cost 2 million.',
];
const SECOND = [
  'A magnitude 6.3 earthquake struck Verano province on Saturday, October 18, 2014, flattening the market hall of Porto Alba. Governor Lucia Ferraz said three people were killed.',
  'Verano, Oct. 18, 2014: the 6.3 quake that struck Porto Alba on Saturday brought down the market hall, Governor Lucia Ferraz said, and three died.',
  'Rescuers searched the ruins of the market hall in Porto Alba on Saturday after the 6.3 earthquake of October 18. Governor Lucia Ferraz said 40 were hurt.',
];

const LATER =
  'Repairs to the San Telmo bridge, cracked in the 5.8 earthquake of March 8, 2011, will take a year, Governor Lucia Ferraz said.';

describe('story clustering with dates', () => {
  it('shares the date terms within a story and none across the two', () => {
    const a = terms(FIRST[0]!);
    const b = terms(SECOND[0]!);
    expect([...a.keys()].filter((k) => k.includes('/'))).toEqual(['2/wd', '03/', '03/08']);
    expect([...b.keys()].filter((k) => k.includes('/'))).toEqual(['6/wd', '10/', '10/18']);
  });
  it('scores a later report of the same quake above reports of the other one, on its numbers part', () => {
    const sc = new StoryClusterer();
    for (const t of FIRST) sc.assign(storyFeaturesOfText(t));
    expect(sc.size).toBe(1);
    const same = sc.rank(storyFeaturesOfText(LATER), 1)[0]!;
    expect(same.numbers).toBeGreaterThan(0.3);
    for (const t of SECOND) {
      const other = sc.rank(storyFeaturesOfText(t), 1)[0]!;
      expect(other.numbers).toBe(0);
      expect(other.similarity).toBeLessThan(same.similarity);
    }
  });
});
