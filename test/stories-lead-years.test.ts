import { describe, expect, it } from 'vitest';
import { STORY_DEFAULTS, StoryClusterer, storyFeaturesOfText } from '../src/corpus/stories/index.js';

// Two fire stories at one harbour, written for these tests: the same place, the same crews, five years apart.
const FIRE_2019 =
  'March 3, 2019 — Fire destroyed a warehouse on the Kessel Quay in Port Ardent overnight, fire chief Ivo Brandt said. Crews from three stations fought the blaze for six hours.';
const FIRE_2019_LATER =
  'Updated March 4, 2019. Investigators in Port Ardent said the Kessel Quay warehouse fire started in a storage room; fire chief Ivo Brandt said crews stayed on the quay all night.';
const FIRE_2024 =
  'June 9, 2024 — A fire gutted a warehouse on the Kessel Quay in Port Ardent, fire chief Ivo Brandt said, as crews from three stations fought the blaze through the night.';

describe('lead years', () => {
  it('reads the years of the first 300 characters, once each, in order', () => {
    const f = storyFeaturesOfText(
      '9 May 2021 Last updated. In 2019 and 2021 the port, built in 1990 (not in 1890), moved 2,013 boxes.',
    );
    expect(f.leadYears).toEqual(['2021', '2019', '1990']);
    // Not a year: amounts with separators, numbers glued to letters, years past the first 300 characters.
    expect(storyFeaturesOfText('Some 2,019 boxes and the A2020 road.').leadYears).toEqual([]);
    expect(storyFeaturesOfText(`${'The port grew. '.repeat(25)}In 2020 it closed.`).leadYears).toEqual([]);
  });

  it('on by default at 0.6; 1 turns it off', () => {
    const sc = new StoryClusterer();
    expect(STORY_DEFAULTS.leadYearConflict).toBe(0.6);
    sc.assign(storyFeaturesOfText(FIRE_2019));
    const m = sc.rank(storyFeaturesOfText(FIRE_2024), 1)[0]!;
    const plain = new StoryClusterer({ leadYearGap: 1e9 });
    plain.assign(storyFeaturesOfText(FIRE_2019));
    const off = new StoryClusterer({ leadYearConflict: 1 });
    off.assign(storyFeaturesOfText(FIRE_2019));
    const unscaled = plain.rank(storyFeaturesOfText(FIRE_2024), 1)[0]!.similarity;
    expect(m.similarity).toBeCloseTo(unscaled * 0.6, 12);
    expect(off.rank(storyFeaturesOfText(FIRE_2024), 1)[0]!.similarity).toBeCloseTo(unscaled, 12);
  });

  it('scales the similarity to a story whose lead years are far from the article’s, not to its own story', () => {
    const on = new StoryClusterer({ leadYearConflict: 0.5 });
    const off = new StoryClusterer({ leadYearConflict: 1 });
    for (const sc of [on, off]) sc.assign(storyFeaturesOfText(FIRE_2019));
    // Five years apart: half the similarity.
    const far = [on, off].map((sc) => sc.rank(storyFeaturesOfText(FIRE_2024), 1)[0]!.similarity);
    expect(far[0]!).toBeCloseTo(far[1]! * 0.5, 12);
    // The same year: unchanged.
    const near = [on, off].map((sc) => sc.rank(storyFeaturesOfText(FIRE_2019_LATER), 1)[0]!.similarity);
    expect(near[0]!).toBeCloseTo(near[1]!, 12);
    expect(near[0]!).toBeGreaterThan(STORY_DEFAULTS.threshold);
    // A year apart is under the default gap (2): a story told across New Year is not split.
    const nextYear = storyFeaturesOfText(FIRE_2019_LATER.replace('2019', '2020'));
    expect(on.rank(nextYear, 1)[0]!.similarity).toBeCloseTo(off.rank(nextYear, 1)[0]!.similarity, 12);
  });

  it('forbids the join at 0, so the other year starts its own story', () => {
    const sc = new StoryClusterer({ leadYearConflict: 0 });
    const a = sc.assign(storyFeaturesOfText(FIRE_2019));
    expect(sc.assign(storyFeaturesOfText(FIRE_2019_LATER)).story).toBe(a.story);
    const b = sc.assign(storyFeaturesOfText(FIRE_2024));
    expect(b.created).toBe(true);
    expect(sc.story(a.story)!.leadYears).toEqual([['2019', 2]]);
    const open = new StoryClusterer({ leadYearConflict: 1 });
    open.assign(storyFeaturesOfText(FIRE_2019));
    expect(open.assign(storyFeaturesOfText(FIRE_2024)).created).toBe(false);
  });

  it('keeps lead years in the state, and loads states from before them', () => {
    const sc = new StoryClusterer({ leadYearConflict: 0 });
    sc.assign(storyFeaturesOfText(FIRE_2019));
    const state = JSON.parse(JSON.stringify(sc.toJSON()));
    const back = StoryClusterer.fromJSON(state);
    expect(back.stories()).toEqual(sc.stories());
    expect(back.assign(storyFeaturesOfText(FIRE_2024)).created).toBe(true);
    // An old state: no lead years on its stories, no lead-year options. It loads with the defaults, and its stories
    // have no lead years, so nothing conflicts with them.
    const { leadYearConflict: _c, leadYearGap: _g, ...oldOptions } = state.options;
    const old = {
      ...state,
      options: oldOptions,
      stories: state.stories.map(({ leadYears: _y, ...r }: { leadYears: unknown }) => r),
    };
    const resumed = StoryClusterer.fromJSON(old);
    expect(resumed.options.leadYearConflict).toBe(STORY_DEFAULTS.leadYearConflict);
    expect(resumed.stories()[0]!.leadYears).toEqual([]);
    const strict = new StoryClusterer({ leadYearConflict: 0 }, old);
    expect(strict.assign(storyFeaturesOfText(FIRE_2024)).created).toBe(false);
  });
});
