import { DocumentFrequency, type DocumentFrequencyJson } from './document-frequency.js';
import type { StoryFeatures } from './features.js';

/** Settings of online story clustering. Defaults were tuned on ECB+ dev topics (`npm run eval:stories`). */
export interface StoryOptions {
  /** An article joins the most similar story when the cosine similarity reaches this; else it starts a story. */
  readonly threshold: number;
  /** Stories idle longer than this (days, by published dates) are closed and evicted from memory. */
  readonly windowDays: number;
  /**
   * Short articles share fewer terms with anything, their own story included: below `shortTerms` distinct terms the
   * threshold falls linearly towards `threshold × shortFloor`.
   */
  readonly shortTerms: number;
  readonly shortFloor: number;
  /** Terms kept per article vector (highest tf-idf). */
  readonly articleTerms: number;
  /** Candidate stories are those sharing one of the article's this many heaviest terms … */
  readonly candidateTerms: number;
  /** … at most this many of them (those sharing the most such terms). */
  readonly maxCandidates: number;
  /** Terms kept per story centroid. */
  readonly centroidTerms: number;
  /**
   * The similarity is a weighted mean of three cosines, each part of the vectors normalised on its own: content
   * words, names (capitalised names and analysed entities) and numbers. Two stories of one kind (two quakes, two
   * arrests) share their words and differ in their names and numbers. These are the weights of names and numbers;
   * content words get the rest. A part the article lacks drops out of the mean.
   */
  readonly nameShare: number;

  readonly numberShare: number;
  /** Weight multiplier of `n:` (capitalised name) terms. */
  readonly nameWeight: number;
  /** Weight multiplier of `e:` (analysed entity) terms. */
  readonly entityWeight: number;
  /**
   * Weight multiplier of number terms (dates, tolls, magnitudes tell stories apart): it ranks them for the
   * `articleTerms` cut (each part is then normalised on its own).
   */
  readonly numberWeight: number;
  /**
   * After an article joins a story, a live story whose centroid reaches this cosine with the joined story's centroid
   * is merged into it (fragments of one story meet once each has a few articles); 1 disables merging.
   */
  readonly mergeThreshold: number;
  /**
   * At most this many stories stay in memory (about 10 KB each); past it the least recently updated tenth is evicted.
   * Dated corpora rarely reach it: the time window evicts idle stories first.
   */
  readonly maxStories: number;
  /** Bound of the document-frequency table (distinct terms). */
  readonly maxTerms: number;
}

export const STORY_DEFAULTS: StoryOptions = Object.freeze({
  threshold: 0.27,
  windowDays: 7,
  shortTerms: 80,
  shortFloor: 0.7,
  articleTerms: 250,
  centroidTerms: 300,
  candidateTerms: 30,
  maxCandidates: 50,
  nameShare: 0.35,
  numberShare: 0.35,
  nameWeight: 1,
  entityWeight: 1,
  numberWeight: 1.2,
  mergeThreshold: 1,
  maxStories: 5_000,
  maxTerms: 500_000,
});

/** A story as the clusterer keeps it, and as a store can persist it. */
export interface StoryRecord {
  readonly id: string;
  /** Articles assigned so far. */
  readonly size: number;
  /** Earliest and latest published time (ms) of its dated articles, or null. */
  readonly first: number | null;
  readonly last: number | null;
  /** Order of the last update (for eviction). */
  readonly touched: number;
  /** The centroid: the sum of member article vectors, top `centroidTerms` terms, heaviest first. */
  readonly centroid: readonly (readonly [string, number])[];
}

/** What `assign` decided. */
export interface StoryAssignment {
  readonly story: string;
  /** True when the article started a new story. */
  readonly created: boolean;
  /** Cosine similarity to the story joined (0 for a new story). */
  readonly similarity: number;
  /** Stories compared (those sharing a term with the article, within the window). */
  readonly candidates: number;
  /** Stories merged into `story` by this assignment (their articles now belong to `story`); usually empty. */
  readonly merged: readonly string[];
}

/** Serialised clusterer state. */
export interface StoryClustererJson {
  readonly version: 1;
  readonly options: StoryOptions;
  readonly nextId: number;
  readonly clock: number;
  readonly latest: number | null;
  readonly df: DocumentFrequencyJson;
  readonly stories: readonly StoryRecord[];
}

/** A candidate story of an article, as `rank` reports it. */
export interface StoryMatch {
  readonly story: string;
  readonly similarity: number;
  /** Cosines of the parts: content words, names and entities, numbers; `specific` is the mean of the last two. */
  readonly general: number;
  readonly specific: number;
  readonly names: number;
  readonly numbers: number;
}

interface Scored {
  readonly story: LiveStory;
  readonly similarity: number;
  readonly general: number;
  readonly specific: number;
  readonly names: number;
  readonly numbers: number;
}

interface LiveStory {
  readonly id: string;
  size: number;
  first: number | null;
  last: number | null;
  touched: number;
  centroid: Map<string, number>;
  /** Norms of the centroid's general and specific parts. */
  /** Norms of the centroid's parts (content words, names, numbers). */
  norms: [number, number, number];
}

const DAY = 86_400_000;

/**
 * Online story clustering: each article arrives once and joins the most similar live story (cosine of tf-idf vectors
 * over salient terms and entities, within a time window) or starts a new one. Candidates come from an inverted
 * index over centroid terms, probed with the article's heaviest terms, so assignment never scans all stories. State is bounded (window and `maxStories`
 * eviction) and serialisable (`toJSON`/`fromJSON`).
 *
 * @example
 * const sc = new StoryClusterer();
 * sc.assign(storyFeaturesOfText(quakeReport1)).story   // 's1'
 * sc.assign(storyFeaturesOfText(quakeReport2)).story   // 's1'
 */
export class StoryClusterer {
  readonly options: StoryOptions;
  private readonly df: DocumentFrequency;
  private readonly live = new Map<string, LiveStory>();
  private readonly index = new Map<string, Set<LiveStory>>();
  private nextId = 1;
  private clock = 0;
  private latest: number | null = null;

  constructor(options: Partial<StoryOptions> = {}, state?: StoryClustererJson) {
    this.options = Object.freeze({ ...STORY_DEFAULTS, ...(state?.options ?? {}), ...options });
    this.df = new DocumentFrequency(this.options.maxTerms, state?.df);
    if (state) {
      this.nextId = state.nextId;
      this.clock = state.clock;
      this.latest = state.latest;
      for (const r of state.stories) this.restore(r);
    }
  }

  /** Rebuilds a clusterer from `toJSON()` output. */
  static fromJSON(state: StoryClustererJson): StoryClusterer {
    if (state.version !== 1) throw new RangeError(`StoryClusterer: unknown state version ${String(state.version)}`);
    return new StoryClusterer({}, state);
  }

  /** Live stories (in memory). */
  get size(): number {
    return this.live.size;
  }

  /**
   * Counts an article in the document frequencies without assigning it (to warm up the tf-idf weights of a new
   * corpus with background articles, e.g. an earlier period).
   */
  observe(features: StoryFeatures): void {
    this.df.observe(features.terms.keys());
  }

  /** Assigns an article to a story (existing or new) and updates that story. */
  assign(features: StoryFeatures): StoryAssignment {
    const o = this.options;
    this.df.observe(features.terms.keys());
    const vec = this.vector(features);
    const t = features.published;
    if (t !== null && (this.latest === null || t > this.latest)) this.latest = t;

    const ranked = this.scored(vec, t);
    const candidates = ranked.length;
    const size = features.terms.size;
    const threshold = o.threshold * Math.min(1, o.shortFloor + ((1 - o.shortFloor) * size) / o.shortTerms);
    let best: LiveStory | null = null;
    let bestSim = 0;
    for (const c of ranked)
      if (c.similarity > bestSim) {
        bestSim = c.similarity;
        best = c.story;
      }
    this.clock++;
    let created = false;
    if (!best || bestSim < threshold) {
      best = {
        id: `s${this.nextId++}`,
        size: 0,
        first: null,
        last: null,
        touched: 0,
        centroid: new Map(),
        norms: [0, 0, 0],
      };
      this.live.set(best.id, best);
      created = true;
      bestSim = 0;
    }
    this.join(best, vec, t);
    const merged = o.mergeThreshold < 1 && !created ? this.mergeInto(best) : [];
    if (this.clock % 256 === 0) this.evictIdle();
    // Evicted a tenth at a time, so the sort by age runs once per maxStories/10 articles, not per article.
    if (this.live.size > o.maxStories) this.evictOldest(this.live.size - Math.floor(o.maxStories * 0.9));
    return { story: best.id, created, similarity: bestSim, candidates, merged };
  }

  /**
   * The live stories an article would be compared with, most similar first (at most `n`), with the two parts of the
   * similarity; nothing changes (for error analysis and explanations).
   */
  rank(features: StoryFeatures, n = 5): StoryMatch[] {
    const vec = this.vector(features);
    return this.scored(vec, features.published)
      .sort((a, b) => b.similarity - a.similarity)
      .slice(0, n)
      .map((c) => ({ ...c, story: c.story.id }));
  }

  /** The record of a live story, or undefined when unknown or evicted. */
  story(id: string): StoryRecord | undefined {
    const s = this.live.get(id);
    return s ? toRecord(s) : undefined;
  }

  /** Records of all live stories. */
  stories(): StoryRecord[] {
    return [...this.live.values()].map(toRecord);
  }

  /** Evicts stories whose latest article is older than `time` (ms); returns their ids. */
  evictBefore(time: number): string[] {
    const out: string[] = [];
    for (const s of this.live.values()) if (s.last !== null && s.last < time) out.push(s.id);
    for (const id of out) this.remove(id);
    return out;
  }

  toJSON(): StoryClustererJson {
    return {
      version: 1,
      options: this.options,
      nextId: this.nextId,
      clock: this.clock,
      latest: this.latest,
      df: this.df.toJSON(),
      stories: this.stories(),
    };
  }

  /** Candidates (inverted index over centroid terms, within the window) and their similarities. */
  private scored(vec: Map<string, number>, t: number | null): Scored[] {
    const o = this.options;
    // Candidates: live stories sharing one of the article's heaviest terms, the most sharing first.
    const hits = new Map<LiveStory, number>();
    let probes = 0;
    for (const term of vec.keys()) {
      if (probes++ >= o.candidateTerms) break;
      for (const st of this.index.get(term) ?? []) hits.set(st, (hits.get(st) ?? 0) + 1);
    }
    let pool = [...hits.keys()];
    if (pool.length > o.maxCandidates)
      pool = pool.sort((a, b) => hits.get(b)! - hits.get(a)!).slice(0, o.maxCandidates);
    // Weights of the parts the article has; a part the story lacks drops out too (absent on both sides, it says
    // nothing; present on one side only, the other parts decide).
    const has = [false, false, false];
    for (const term of vec.keys()) has[partOf(term)] = true;
    const share = [1 - o.nameShare - o.numberShare, o.nameShare, o.numberShare].map((x, k) => (has[k] ? x : 0));
    const out: Scored[] = [];
    const dot = [0, 0, 0];
    // The article's terms, weights and parts as flat arrays: the candidate loop below is the hot path.
    const terms = [...vec.keys()];
    const weights = Float64Array.from(vec.values());
    const parts = Uint8Array.from(terms, partOf);
    for (const s of pool) {
      if (!this.inWindow(s, t)) continue;
      // Exact dot products over the whole article vector, each part apart.
      dot[0] = dot[1] = dot[2] = 0;
      for (let i = 0; i < terms.length; i++) {
        const c = s.centroid.get(terms[i]!);
        if (c !== undefined) dot[parts[i]!]! += weights[i]! * c;
      }
      const cos = dot.map((d, k) => (s.norms[k]! > 0 ? d / s.norms[k]! : 0));
      let num = 0;
      let den = 0;
      for (let k = 0; k < 3; k++)
        if (s.norms[k]! > 0) {
          num += share[k]! * cos[k]!;
          den += share[k]!;
        }
      const similarity = den > 0 ? num / den : 0;
      out.push({
        story: s,
        similarity,
        general: cos[0]!,
        specific: (cos[1]! + cos[2]!) / 2,
        names: cos[1]!,
        numbers: cos[2]!,
      });
    }
    return out;
  }

  private vector(f: StoryFeatures): Map<string, number> {
    const o = this.options;
    const weighted: [string, number][] = [];
    for (const [term, tf] of f.terms) {
      let w = (1 + Math.log(tf)) * this.df.idf(term);
      if (term.startsWith('n:')) w *= o.nameWeight;
      else if (term.startsWith('e:')) w *= o.entityWeight;
      else if (partOf(term) === 2) w *= o.numberWeight;
      weighted.push([term, w]);
    }
    weighted.sort((a, b) => b[1] - a[1]);
    if (weighted.length > o.articleTerms) weighted.length = o.articleTerms;
    // Each part is normalised apart, so each is a unit vector.
    const sq = [0, 0, 0];
    for (const [term, w] of weighted) sq[partOf(term)]! += w * w;
    const norm = sq.map((x) => Math.sqrt(x) || 1);
    return new Map(weighted.map(([term, w]) => [term, w / norm[partOf(term)]!]));
  }

  private inWindow(s: LiveStory, t: number | null): boolean {
    if (t === null || s.first === null || s.last === null) return true;
    const win = this.options.windowDays * DAY;
    return t >= s.first - win && t <= s.last + win;
  }

  private join(s: LiveStory, vec: Map<string, number>, t: number | null): void {
    for (const [term, w] of vec) s.centroid.set(term, (s.centroid.get(term) ?? 0) + w);
    // Pruned back to `centroidTerms` once it outgrows it by half (amortised: no sort per article).
    if (s.centroid.size > this.options.centroidTerms * 1.5) {
      const kept = [...s.centroid.entries()].sort((a, b) => b[1] - a[1]);
      for (const [term] of kept.slice(this.options.centroidTerms)) {
        s.centroid.delete(term);
        this.unindex(term, s);
      }
    }
    for (const term of vec.keys()) if (s.centroid.has(term)) this.indexTerm(term, s);
    setNorms(s);
    s.size++;
    s.touched = this.clock;
    if (t !== null) {
      if (s.first === null || t < s.first) s.first = t;
      if (s.last === null || t > s.last) s.last = t;
    }
  }

  /** Merges into `s` every live story whose centroid is close enough to its own; returns their ids. */
  private mergeInto(s: LiveStory): string[] {
    const dots = new Map<string, number>();
    for (const [term, w] of s.centroid) {
      for (const x of this.index.get(term) ?? []) {
        if (x === s) continue;
        dots.set(x.id, (dots.get(x.id) ?? 0) + w * (x.centroid.get(term) ?? 0));
      }
    }
    const out: string[] = [];
    for (const [id, dot] of dots) {
      const x = this.live.get(id)!;
      const n = Math.hypot(...s.norms) * Math.hypot(...x.norms);
      if (n === 0 || dot / n < this.options.mergeThreshold) continue;
      if (!this.inWindow(s, x.last) && !this.inWindow(s, x.first)) continue;
      out.push(id);
    }
    for (const id of out) {
      const x = this.live.get(id)!;
      this.remove(id);
      for (const [term, w] of x.centroid) s.centroid.set(term, (s.centroid.get(term) ?? 0) + w);
      s.size += x.size;
      if (x.first !== null && (s.first === null || x.first < s.first)) s.first = x.first;
      if (x.last !== null && (s.last === null || x.last > s.last)) s.last = x.last;
    }
    if (out.length > 0) this.reindex(s);
    return out;
  }

  /** Prunes a story's centroid to `centroidTerms`, re-indexes it and recomputes its norm. */
  private reindex(s: LiveStory): void {
    for (const term of s.centroid.keys()) this.unindex(term, s);
    if (s.centroid.size > this.options.centroidTerms) {
      const kept = [...s.centroid.entries()].sort((a, b) => b[1] - a[1]).slice(0, this.options.centroidTerms);
      s.centroid = new Map(kept);
    }
    for (const term of s.centroid.keys()) this.indexTerm(term, s);
    setNorms(s);
  }

  private restore(r: StoryRecord): void {
    const s: LiveStory = {
      id: r.id,
      size: r.size,
      first: r.first,
      last: r.last,
      touched: r.touched,
      centroid: new Map(r.centroid.map(([t, w]) => [t, w])),
      norms: [0, 0, 0],
    };
    for (const term of s.centroid.keys()) this.indexTerm(term, s);
    setNorms(s);
    this.live.set(s.id, s);
  }

  private indexTerm(term: string, s: LiveStory): void {
    const p = this.index.get(term);
    if (p) p.add(s);
    else this.index.set(term, new Set([s]));
  }

  private unindex(term: string, s: LiveStory): void {
    const p = this.index.get(term);
    if (!p) return;
    p.delete(s);
    if (p.size === 0) this.index.delete(term);
  }

  private remove(id: string): void {
    const s = this.live.get(id);
    if (!s) return;
    for (const term of s.centroid.keys()) this.unindex(term, s);
    this.live.delete(id);
  }

  private evictIdle(): void {
    if (this.latest === null) return;
    this.evictBefore(this.latest - 2 * this.options.windowDays * DAY);
  }

  private evictOldest(n: number): void {
    const oldest = [...this.live.values()].sort((a, b) => a.touched - b.touched).slice(0, n);
    for (const s of oldest) this.remove(s.id);
  }
}

/** The part of the vectors a term belongs to: 0 content words, 1 names and entities, 2 numbers. */
function partOf(term: string): 0 | 1 | 2 {
  const c0 = term.charCodeAt(0);
  if (c0 >= 48 && c0 <= 57) return 2;
  // 'n:' and 'e:' prefixes (content-word stems never hold a colon).
  return term.charCodeAt(1) === 58 && (c0 === 110 || c0 === 101) ? 1 : 0;
}

function setNorms(s: LiveStory): void {
  const sq = [0, 0, 0];
  for (const [term, w] of s.centroid) sq[partOf(term)]! += w * w;
  s.norms = [Math.sqrt(sq[0]!), Math.sqrt(sq[1]!), Math.sqrt(sq[2]!)];
}

function toRecord(s: LiveStory): StoryRecord {
  return {
    id: s.id,
    size: s.size,
    first: s.first,
    last: s.last,
    touched: s.touched,
    centroid: [...s.centroid.entries()].sort((a, b) => b[1] - a[1]),
  };
}
