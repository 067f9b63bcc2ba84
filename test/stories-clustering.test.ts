import { describe, expect, it } from 'vitest';
import {
  bcubed,
  DocumentFrequency,
  STORY_DEFAULTS,
  StoryClusterer,
  type StoryMatch,
  stem,
  storyFeaturesOfAnalysis,
  storyFeaturesOfText,
} from '../src/corpus/stories/index.js';
import { createAnalyzer } from '../src/index.js';

// Three stories written for these tests: two earthquakes (same kind of event, different places, sizes and people)
// and a port strike.
const QUAKE_A = [
  'A magnitude 6.4 earthquake struck the mountain province of Verano early on Tuesday, killing at least 14 people and cutting power to the town of San Telmo. Governor Lucia Ferraz said rescue teams were searching collapsed homes.',
  'Rescuers in Verano pulled survivors from the rubble of San Telmo on Tuesday after the 6.4 quake. Governor Lucia Ferraz said the death toll had risen to 14 and that the main hospital was treating dozens of injured people.',
  'The death toll from the 6.4 magnitude earthquake in Verano province rose to 19, Governor Lucia Ferraz said. Aftershocks rattled San Telmo overnight and many families slept outside.',
];
const QUAKE_B = [
  'A strong 7.1 earthquake shook the coastal city of Port Halden on Friday, damaging the harbour wall and sending residents into the streets. Mayor Erik Soler said two people were hurt and a tsunami warning was lifted.',
  'Port Halden counted the damage on Friday after the 7.1 quake cracked the harbour wall. Mayor Erik Soler said only two injuries were reported and that the tsunami warning had been lifted within an hour.',
  'Engineers inspected the cracked harbour wall in Port Halden a day after the 7.1 earthquake. Mayor Erik Soler said the port would reopen on Monday once the pier was declared safe.',
];
const STRIKE = [
  'Dock workers at the Greyhaven container terminal walked off the job on Wednesday over pay, halting cargo traffic. Union leader Marta Kovac said the strike would last until the operator improved its wage offer.',
  'The strike at the Greyhaven container terminal entered its second day as ships queued offshore. Marta Kovac of the dock workers union said talks with the operator over wages had broken down.',
];

describe('bcubed', () => {
  it('scores a hand-checked clustering', () => {
    const gold = new Map([
      ['a', 'X'],
      ['b', 'X'],
      ['c', 'X'],
      ['d', 'Y'],
      ['e', 'Y'],
    ]);
    const pred = new Map([
      ['a', 1],
      ['b', 1],
      ['c', 2],
      ['d', 2],
      ['e', 2],
    ]);
    const s = bcubed(pred, gold);
    // P: (1 + 1 + 1/3 + 2/3 + 2/3) / 5; R: (2/3 + 2/3 + 1/3 + 1 + 1) / 5.
    expect(s.precision).toBeCloseTo(11 / 15, 10);
    expect(s.recall).toBeCloseTo(11 / 15, 10);
    expect(s.f1).toBeCloseTo(11 / 15, 10);
    expect(s.items).toBe(5);
  });
  it('gives the known values of the all-in-one and singleton baselines', () => {
    const gold = new Map([
      ['a', 'X'],
      ['b', 'X'],
      ['c', 'Y'],
      ['d', 'Y'],
    ]);
    const one = bcubed(new Map([...gold.keys()].map((k) => [k, 0])), gold);
    expect(one).toEqual({ precision: 0.5, recall: 1, f1: 2 / 3, items: 4 });
    const single = bcubed(new Map([...gold.keys()].map((k) => [k, k])), gold);
    expect(single).toEqual({ precision: 1, recall: 0.5, f1: 2 / 3, items: 4 });
  });
  it('ignores items missing from gold, and scores 0 with none', () => {
    expect(bcubed(new Map([['zz', 1]]), new Map([['a', 'X']]))).toEqual({ precision: 0, recall: 0, f1: 0, items: 0 });
    const s = bcubed(
      new Map([
        ['a', 1],
        ['zz', 1],
      ]),
      new Map([['a', 'X']]),
    );
    expect(s).toEqual({ precision: 1, recall: 1, f1: 1, items: 1 });
  });
});

describe('story features', () => {
  it('stems plurals and verb endings lightly', () => {
    expect(['earthquakes', 'injuries', 'searching', 'killed', 'boss', 'bus', "ferraz's"].map(stem)).toEqual([
      'earthquake',
      'injury',
      'search',
      'kill',
      'boss',
      'bus',
      'ferraz',
    ]);
  });
  it('counts content words, numbers and capitalised names, not function words; the lede twice', () => {
    const f = storyFeaturesOfText(
      'Governor Lucia Ferraz said the 6.4 quake killed 14 people.\nLater, rescue teams reached San Telmo.',
      '2026-03-03T10:00:00Z',
    );
    expect(f.terms.get('n:lucia ferraz')).toBe(2);
    expect(f.terms.get('n:san telmo')).toBe(2);
    expect(f.terms.get('6.4')).toBe(2);
    expect(f.terms.get('quake')).toBe(2);
    expect(f.terms.has('the')).toBe(false);
    expect(f.terms.has('said')).toBe(false);
    expect(f.terms.has('n:later')).toBe(false); // sentence-initial single capitalised word
    expect(f.published).toBe(Date.parse('2026-03-03T10:00:00Z'));
    expect(storyFeaturesOfText('x', 'not a date').published).toBeNull();
  });
  it('leaves out clock and date parts with a leading zero, keeps other numbers', () => {
    const f = storyFeaturesOfText('Polls closed at 8: 00 p.m. on 09/26 after 2,507 candidates ran for 125 seats.');
    expect(f.terms.has('00')).toBe(false);
    expect(f.terms.has('09')).toBe(false);
    expect(f.terms.get('2507')).toBe(2);
    expect(f.terms.get('125')).toBe(2);
    expect(f.terms.has('26')).toBe(false); // the day of a numeric date without its year
    expect(f.terms.has('09/26')).toBe(false);
  });
  it('adds analysed entities as e: terms, groups left out', () => {
    const analysis = createAnalyzer().analyze(QUAKE_A[0]!);
    const f = storyFeaturesOfAnalysis(analysis);
    const persons = analysis.entities.filter((e) => e.type === 'person');
    for (const e of persons) expect(f.terms.has(`e:${e.name.toLowerCase()}`)).toBe(true);
    for (const e of analysis.entities.filter((x) => x.type === 'group'))
      expect(f.terms.has(`e:${e.name.toLowerCase()}`)).toBe(false);
    expect(f.terms.get('earthquake')).toBeGreaterThan(0);
  });
});

describe('DocumentFrequency', () => {
  it('counts documents per term, smooths idf and round-trips', () => {
    const df = new DocumentFrequency();
    df.observe(['quake', 'verano']);
    df.observe(['quake', 'halden']);
    expect(df.docs).toBe(2);
    expect(df.df('quake')).toBe(2);
    expect(df.idf('quake')).toBeCloseTo(Math.log(3 / 3) + 1, 10);
    expect(df.idf('verano')).toBeCloseTo(Math.log(3 / 2) + 1, 10);
    const back = new DocumentFrequency(undefined, df.toJSON());
    expect(back.idf('halden')).toBe(df.idf('halden'));
  });
  it('stays bounded by dropping the rarest terms', () => {
    const df = new DocumentFrequency(10);
    for (let i = 0; i < 30; i++) df.observe(['common', `rare${i}`]);
    expect(df.terms).toBeLessThanOrEqual(10);
    expect(df.df('common')).toBe(30);
  });
});

describe('StoryClusterer', () => {
  const interleaved = [
    QUAKE_A[0]!,
    QUAKE_B[0]!,
    STRIKE[0]!,
    QUAKE_A[1]!,
    QUAKE_B[1]!,
    STRIKE[1]!,
    QUAKE_A[2]!,
    QUAKE_B[2]!,
  ];
  const gold = ['A', 'B', 'S', 'A', 'B', 'S', 'A', 'B'];

  it('groups articles of one event and keeps two events of one kind apart', () => {
    const sc = new StoryClusterer();
    const stories = interleaved.map((t) => sc.assign(storyFeaturesOfText(t)).story);
    const score = bcubed(new Map(stories.map((s, i) => [String(i), s])), new Map(gold.map((g, i) => [String(i), g])));
    expect(score.f1).toBe(1);
    expect(sc.size).toBe(3);
  });
  it('reports new stories, similarity and candidates', () => {
    const sc = new StoryClusterer();
    const first = sc.assign(storyFeaturesOfText(QUAKE_A[0]!));
    expect(first).toMatchObject({ story: 's1', created: true, similarity: 0, candidates: 0, merged: [] });
    const second = sc.assign(storyFeaturesOfText(QUAKE_A[1]!));
    expect(second.story).toBe('s1');
    expect(second.created).toBe(false);
    expect(second.similarity).toBeGreaterThan(STORY_DEFAULTS.threshold);
    expect(second.candidates).toBe(1);
  });
  it('ranks candidates without changing anything, with the parts of each similarity', () => {
    // Every story sharing a term is a candidate here (by default only the article's heaviest terms are probed).
    const sc = new StoryClusterer({ candidateTerms: 1000 });
    sc.assign(storyFeaturesOfText(QUAKE_A[0]!));
    sc.assign(storyFeaturesOfText(QUAKE_B[0]!));
    const before = JSON.stringify(sc.toJSON());
    const ranked = sc.rank(storyFeaturesOfText(QUAKE_A[2]!));
    expect(JSON.stringify(sc.toJSON())).toBe(before);
    expect(ranked.map((r) => r.story)).toEqual(['s1', 's2']);
    const [a, b] = ranked as [StoryMatch, StoryMatch];
    expect(a.similarity).toBeGreaterThan(STORY_DEFAULTS.threshold);
    // Same kind of event: the other quake shares content words, not names or numbers.
    expect(b.general).toBeGreaterThan(0);
    expect(b.names).toBe(0);
    expect(b.numbers).toBe(0);
    expect(a.names).toBeGreaterThan(0.3);
    expect(a.numbers).toBeGreaterThan(0.3);
    expect(a.specific).toBeCloseTo((a.names + a.numbers) / 2, 12);
  });
  it('scores only the parts both sides have: articles without numbers still join their story', () => {
    const sc = new StoryClusterer();
    const a = sc.assign(
      storyFeaturesOfText('Dock workers at the Greyhaven terminal walked out over pay, union leader Marta Kovac said.'),
    );
    const b = sc.assign(
      storyFeaturesOfText(
        'Union leader Marta Kovac said dock workers at the Greyhaven terminal would stay out over pay.',
      ),
    );
    expect(b.story).toBe(a.story);
    const c = sc.rank(
      storyFeaturesOfText('Marta Kovac: the Greyhaven dock strike over pay goes on, 3 ships wait.'),
    )[0]!;
    // The article's number has nothing to meet in the story: the names and words decide alone.
    expect(c.numbers).toBe(0);
    expect(c.similarity).toBeGreaterThan(STORY_DEFAULTS.threshold);
  });
  it('never joins a story on shared numbers alone (minWords)', () => {
    const a = 'Storms flooded 40 villages near the coast on 14 March 2026, and rescuers waded through mud.';
    const b = 'The chess final ended on 14 March 2026 after 40 moves, and the champion kept her title.';
    const gated = new StoryClusterer();
    gated.assign(storyFeaturesOfText(a));
    const m = gated.rank(storyFeaturesOfText(b))[0]!;
    // The date and the count meet, no content word does: the similarity alone would join them.
    expect(m.numbers).toBeGreaterThan(0.9);
    expect(m.general).toBe(0);
    expect(m.similarity).toBeGreaterThan(STORY_DEFAULTS.threshold);
    expect(m.joinable).toBe(false);
    expect(gated.assign(storyFeaturesOfText(b)).created).toBe(true);
    const open = new StoryClusterer({ minWords: 0 });
    open.assign(storyFeaturesOfText(a));
    expect(open.assign(storyFeaturesOfText(b)).created).toBe(false);
  });
  it('does not join a story outside the time window, and evicts idle stories', () => {
    const sc = new StoryClusterer({ windowDays: 7 });
    const a = sc.assign(storyFeaturesOfText(QUAKE_A[0]!, '2026-03-03'));
    const b = sc.assign(storyFeaturesOfText(QUAKE_A[1]!, '2026-04-20'));
    expect(b.story).not.toBe(a.story);
    const c = sc.assign(storyFeaturesOfText(QUAKE_A[2]!, '2026-04-21'));
    expect(c.story).toBe(b.story);
    expect(sc.evictBefore(Date.parse('2026-04-01'))).toEqual([a.story]);
    expect(sc.story(a.story)).toBeUndefined();
    expect(sc.story(b.story)).toMatchObject({
      size: 2,
      first: Date.parse('2026-04-20'),
      last: Date.parse('2026-04-21'),
    });
  });
  it('keeps at most maxStories in memory, evicting the least recently updated tenth', () => {
    const sc = new StoryClusterer({ maxStories: 10 });
    // Eleven unrelated articles: eleven stories; the eleventh pushes out the two oldest.
    for (let i = 0; i < 11; i++) sc.assign({ terms: new Map([[`topic${i}`, 3]]), published: null });
    expect(sc.size).toBe(9);
    expect(sc.story('s1')).toBeUndefined();
    expect(sc.story('s2')).toBeUndefined();
    expect(sc.story('s3')).toMatchObject({ size: 1 });
  });
  it('serialises its state and resumes with the same decisions', () => {
    const sc = new StoryClusterer();
    for (const t of interleaved.slice(0, 5)) sc.assign(storyFeaturesOfText(t));
    const state = JSON.parse(JSON.stringify(sc.toJSON()));
    const back = StoryClusterer.fromJSON(state);
    expect(back.stories()).toEqual(sc.stories());
    for (const t of interleaved.slice(5)) {
      const x = back.assign(storyFeaturesOfText(t));
      const y = sc.assign(storyFeaturesOfText(t));
      expect([x.story, x.created, x.candidates]).toEqual([y.story, y.created, y.candidates]);
      expect(x.similarity).toBeCloseTo(y.similarity, 12);
    }
    expect(() => StoryClusterer.fromJSON({ ...state, version: 2 })).toThrow(RangeError);
  });
  it('merges two fragments of one story when merging is on', () => {
    // Two live fragments of one story (as a store would restore them), and an article close to both.
    const fragment = (id: string, touched: number) => ({
      id,
      size: 1,
      first: null,
      last: null,
      touched,
      centroid: [
        ['harbour', 0.7],
        ['wall', 0.5],
        ['n:port halden', 0.9],
      ] as [string, number][],
    });
    const state = {
      version: 1 as const,
      options: { ...STORY_DEFAULTS, mergeThreshold: 0.8 },
      nextId: 3,
      clock: 2,
      latest: null,
      df: { docs: 2, df: [] },
      stories: [fragment('s1', 1), fragment('s2', 2)],
    };
    const sc = StoryClusterer.fromJSON(state);
    const a = sc.assign(storyFeaturesOfText('Port Halden harbour wall repairs begin.'));
    expect(a.created).toBe(false);
    expect(a.merged).toHaveLength(1);
    expect(sc.size).toBe(1);
    expect(sc.stories()[0]!.size).toBe(3);
    // With merging off (the default) both fragments stay.
    const off = StoryClusterer.fromJSON({ ...state, options: STORY_DEFAULTS });
    expect(off.assign(storyFeaturesOfText('Port Halden harbour wall repairs begin.')).merged).toEqual([]);
    expect(off.size).toBe(2);
  });
});
