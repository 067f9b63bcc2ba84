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
   * An article joins a story only when their content-word cosine reaches this: names and numbers alone (a date, a
   * team, a city shared by unrelated reports) never make a story. Articles without content words are exempt.
   */
  readonly minWords: number;
  /**
   * Lead years: a dateline or lede names the event's year (`StoryFeatures.leadYears`; a story's are those of its
   * articles). Sibling stories of one topic share its words and names, and a numbers cosine of 0 cannot outvote them
   * in a weighted mean; when the article and the story both have lead years and the nearest two are `leadYearGap` or
   * more years apart, the similarity is multiplied by `leadYearConflict` (0.6 by default; 0 forbids the join, 1 turns
   * it off; measured in docs/corpus.md).
   */
  readonly leadYearConflict: number;
  readonly leadYearGap: number;
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
  minWords: 0.1,
  leadYearConflict: 0.6,
  leadYearGap: 2,
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
  /** Lead years of its articles, each with the number of articles naming it (absent in states from before them). */
  readonly leadYears?: readonly (readonly [string, number])[];
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
  /** Whether the article may join the story (content words in common: `minWords`). */
  readonly joinable: boolean;
}

/** A candidate as `scored` computes it: a `StoryMatch` holding the live story itself. */
type Scored = Omit<StoryMatch, 'story'> & { readonly story: LiveStory };

interface LiveStory {
  readonly id: string;
  size: number;
  first: number | null;
  last: number | null;
  touched: number;
  /** Term id (see `StoryClusterer.intern`) → weight, in insertion order. */
  centroid: Map<number, number>;
  /** Norms of the centroid's parts (content words, names, numbers). */
  norms: [number, number, number];
  /** Lead year → articles naming it. */
  leadYears: Map<string, number>;
  /** Its row in the dot products of the current `scored` call, valid while `scoring` equals that call's number. */
  slot: number;
  scoring: number;
  /** Probe terms it shares with the article of the current `scored` call, valid while `probing` equals its number. */
  hits: number;
  probing: number;
}

/** An article vector: its terms, heaviest first, with their weights (each part a unit vector) and parts. */
interface Vec {
  readonly leadYears: readonly string[];
  readonly terms: readonly string[];
  readonly weights: Float64Array;
  readonly parts: Uint8Array;
}

const DAY = 86_400_000;

/**
 * Online story clustering: each article arrives once and joins the most similar live story (cosine of tf-idf vectors
 * over salient terms and entities, within a time window) or starts a new one. Candidates come from an inverted
 * index over centroid terms, probed with the article's heaviest terms, so assignment never scans all stories. State is bounded (window and `maxStories`
 * eviction) and serialisable (`toJSON`/`fromJSON`).
 *
 * Centroids are keyed by small integer term ids (the hot loop compares an article with up to `maxCandidates`
 * centroids term by term: integer keys hash and compare faster than strings). Ids are handed out to the terms of
 * centroids only, and renumbered when the table holds many ids no centroid uses any more, so it stays bounded.
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
  /** Term → id, id → term and id → part, for the terms of centroids (and some no longer in any). */
  private termIds = new Map<string, number>();
  private termNames: string[] = [];
  private termParts: number[] = [];
  /**
   * The inverted index: term id → the live stories whose centroid holds it, with its weight there (undefined: none).
   * In the order the stories took the term, which decides the order of candidates.
   */
  private postings: (Map<LiveStory, number> | undefined)[] = [];
  private scorings = 0;
  /** Ids with a posting. */
  private indexedTerms = 0;
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
      if (c.similarity > bestSim && c.joinable) {
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
        leadYears: new Map(),
        slot: 0,
        scoring: 0,
        hits: 0,
        probing: 0,
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
    if (this.termNames.length > 2 * this.indexedTerms + 65_536) this.compactTerms();
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
    return s ? this.toRecord(s) : undefined;
  }

  /** Records of all live stories. */
  stories(): StoryRecord[] {
    return [...this.live.values()].map((s) => this.toRecord(s));
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
  private scored(vec: Vec, t: number | null): Scored[] {
    const o = this.options;
    const { terms, weights, parts } = vec;
    const n = terms.length;
    // The article's term ids (-1: in no centroid) and postings; how many entries the postings hold in all.
    const ids = new Int32Array(n);
    const lists: (Map<LiveStory, number> | undefined)[] = new Array(n);
    let entries = 0;
    for (let i = 0; i < n; i++) {
      const id = this.termIds.get(terms[i]!) ?? -1;
      ids[i] = id;
      const p = id >= 0 ? this.postings[id] : undefined;
      lists[i] = p;
      if (p) entries += p.size;
    }
    // Candidates: live stories sharing one of the article's heaviest terms (in the order first met), the most
    // sharing first. Counted on the stories themselves (a stamp per call), not in a map.
    const probing = ++this.scorings;
    let pool: LiveStory[] = [];
    const probes = Math.min(n, o.candidateTerms);
    for (let i = 0; i < probes; i++) {
      const p = lists[i];
      if (!p) continue;
      for (const st of p.keys()) {
        if (st.probing === probing) st.hits++;
        else {
          st.probing = probing;
          st.hits = 1;
          pool.push(st);
        }
      }
    }
    if (pool.length > o.maxCandidates) pool = pool.sort((a, b) => b.hits - a.hits).slice(0, o.maxCandidates);
    // Weights of the parts the article has; a part the story lacks drops out too (absent on both sides, it says
    // nothing; present on one side only, the other parts decide).
    const has = [false, false, false];
    for (let i = 0; i < n; i++) has[parts[i]!] = true;
    const share = [1 - o.nameShare - o.numberShare, o.nameShare, o.numberShare].map((x, k) => (has[k] ? x : 0));
    const inWindow = pool.filter((s) => this.inWindow(s, t));
    // Exact dot products over the whole article vector, each part apart, summed in the article's term order.
    // Either story by story (a look-up per article term) or term by term through the postings (an entry per story
    // holding the term), whichever reads fewer entries: the sums are the same.
    const dots = new Float64Array(inWindow.length * 3);
    if (entries <= 2 * inWindow.length * n) {
      const scoring = ++this.scorings;
      inWindow.forEach((s, k) => {
        s.slot = k;
        s.scoring = scoring;
      });
      let w = 0;
      let part = 0;
      const add = (c: number, st: LiveStory) => {
        if (st.scoring === scoring) dots[st.slot * 3 + part]! += w * c;
      };
      for (let i = 0; i < n; i++) {
        const p = lists[i];
        if (!p) continue;
        w = weights[i]!;
        part = parts[i]!;
        p.forEach(add);
      }
    } else {
      inWindow.forEach((s, k) => {
        const centroid = s.centroid;
        for (let i = 0; i < n; i++) {
          const id = ids[i]!;
          if (id < 0) continue;
          const c = centroid.get(id);
          if (c !== undefined) dots[k * 3 + parts[i]!]! += weights[i]! * c;
        }
      });
    }
    const out: Scored[] = [];
    inWindow.forEach((s, k) => {
      const cos = [0, 1, 2].map((p) => (s.norms[p]! > 0 ? dots[k * 3 + p]! / s.norms[p]! : 0));
      let num = 0;
      let den = 0;
      for (let p = 0; p < 3; p++)
        if (s.norms[p]! > 0) {
          num += share[p]! * cos[p]!;
          den += share[p]!;
        }
      let similarity = den > 0 ? num / den : 0;
      if (o.leadYearConflict !== 1 && vec.leadYears.length > 0 && s.leadYears.size > 0)
        if (yearGap(vec.leadYears, s.leadYears) >= o.leadYearGap) similarity *= o.leadYearConflict;
      out.push({
        story: s,
        similarity,
        general: cos[0]!,
        specific: (cos[1]! + cos[2]!) / 2,
        names: cos[1]!,
        numbers: cos[2]!,
        joinable: !has[0] || cos[0]! >= o.minWords,
      });
    });
    return out;
  }

  private vector(f: StoryFeatures): Vec {
    const o = this.options;
    const all: string[] = [];
    const raw: number[] = [];
    for (const [term, tf] of f.terms) {
      let w = (1 + Math.log(tf)) * this.df.idf(term);
      if (term.startsWith('n:')) w *= o.nameWeight;
      else if (term.startsWith('e:')) w *= o.entityWeight;
      else if (partOf(term) === 2) w *= o.numberWeight;
      all.push(term);
      raw.push(w);
    }
    // Heaviest first, ties in the article's order (what a stable sort of the pairs gives), the first articleTerms.
    const order = heaviestFirst(raw);
    const n = Math.min(order.length, o.articleTerms);
    // Each part is normalised apart, so each is a unit vector.
    const sq = [0, 0, 0];
    const terms: string[] = new Array(n);
    const weights = new Float64Array(n);
    const parts = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const k = order[i]!;
      const term = all[k]!;
      const part = partOf(term);
      const w = raw[k]!;
      sq[part]! += w * w;
      terms[i] = term;
      parts[i] = part;
      weights[i] = w;
    }
    const norm = sq.map((x) => Math.sqrt(x) || 1);
    for (let i = 0; i < n; i++) weights[i] = weights[i]! / norm[parts[i]!]!;
    return { terms, weights, parts, leadYears: f.leadYears ?? [] };
  }

  private inWindow(s: LiveStory, t: number | null): boolean {
    if (t === null || s.first === null || s.last === null) return true;
    const win = this.options.windowDays * DAY;
    return t >= s.first - win && t <= s.last + win;
  }

  private join(s: LiveStory, vec: Vec, t: number | null): void {
    const ids = vec.terms.map((term) => this.intern(term));
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      s.centroid.set(id, (s.centroid.get(id) ?? 0) + vec.weights[i]!);
    }
    // Pruned back to `centroidTerms` once it outgrows it by half (amortised: no sort per article).
    if (s.centroid.size > this.options.centroidTerms * 1.5) {
      // The lightest terms past the first centroidTerms go (ties: the later-inserted ones, as a stable sort orders).
      const ids = new Int32Array(s.centroid.size);
      const ws: number[] = [];
      let k = 0;
      s.centroid.forEach((w, id) => {
        ids[k++] = id;
        ws.push(w);
      });
      const order = heaviestFirst(ws);
      for (let j = this.options.centroidTerms; j < order.length; j++) {
        const id = ids[order[j]!]!;
        s.centroid.delete(id);
        this.unindex(id, s);
      }
    }
    for (const id of ids) {
      const w = s.centroid.get(id);
      if (w !== undefined) this.indexTerm(id, s, w);
    }
    this.setNorms(s);
    for (const y of vec.leadYears) s.leadYears.set(y, (s.leadYears.get(y) ?? 0) + 1);
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
      for (const x of this.postings[term]?.keys() ?? []) {
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
      for (const [y, c] of x.leadYears) s.leadYears.set(y, (s.leadYears.get(y) ?? 0) + c);
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
    for (const [term, w] of s.centroid) this.indexTerm(term, s, w);
    this.setNorms(s);
  }

  private restore(r: StoryRecord): void {
    const s: LiveStory = {
      id: r.id,
      size: r.size,
      first: r.first,
      last: r.last,
      touched: r.touched,
      centroid: new Map(r.centroid.map(([t, w]) => [this.intern(t), w])),
      norms: [0, 0, 0],
      leadYears: new Map(r.leadYears ?? []),
      slot: 0,
      scoring: 0,
      hits: 0,
      probing: 0,
    };
    for (const [term, w] of s.centroid) this.indexTerm(term, s, w);
    this.setNorms(s);
    this.live.set(s.id, s);
  }

  /** The id of a term (a new one when it has none). */
  private intern(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.termNames.length;
      this.termIds.set(term, id);
      this.termNames.push(term);
      this.termParts.push(partOf(term));
    }
    return id;
  }

  /**
   * Renumbers the terms still in some centroid (in id order, keeping each posting set and each centroid's order)
   * and forgets the others: the term table stays within a small multiple of the live centroids' terms.
   */
  private compactTerms(): void {
    const remap = new Int32Array(this.termNames.length).fill(-1);
    const termIds = new Map<string, number>();
    const termNames: string[] = [];
    const termParts: number[] = [];
    const postings: (Map<LiveStory, number> | undefined)[] = [];
    for (let id = 0; id < this.termNames.length; id++) {
      const p = this.postings[id];
      if (!p) continue;
      const name = this.termNames[id]!;
      remap[id] = termNames.length;
      termIds.set(name, termNames.length);
      termNames.push(name);
      termParts.push(this.termParts[id]!);
      postings.push(p);
    }
    for (const s of this.live.values()) {
      const centroid = new Map<number, number>();
      for (const [id, w] of s.centroid) centroid.set(remap[id]!, w);
      s.centroid = centroid;
    }
    this.termIds = termIds;
    this.termNames = termNames;
    this.termParts = termParts;
    this.postings = postings;
  }

  /** Records that `s` holds the term with weight `w` (a story already there keeps its place). */
  private indexTerm(term: number, s: LiveStory, w: number): void {
    const p = this.postings[term];
    if (p) p.set(s, w);
    else {
      this.postings[term] = new Map([[s, w]]);
      this.indexedTerms++;
    }
  }

  private unindex(term: number, s: LiveStory): void {
    const p = this.postings[term];
    if (!p) return;
    p.delete(s);
    if (p.size === 0) {
      this.postings[term] = undefined;
      this.indexedTerms--;
    }
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

  private setNorms(s: LiveStory): void {
    let sq0 = 0;
    let sq1 = 0;
    let sq2 = 0;
    const parts = this.termParts;
    // Summed in the centroid's order, part by part, as before: the same norms to the last bit.
    s.centroid.forEach((w, term) => {
      const p = parts[term];
      if (p === 0) sq0 += w * w;
      else if (p === 1) sq1 += w * w;
      else sq2 += w * w;
    });
    s.norms = [Math.sqrt(sq0), Math.sqrt(sq1), Math.sqrt(sq2)];
  }

  private toRecord(s: LiveStory): StoryRecord {
    const names = this.termNames;
    return {
      id: s.id,
      size: s.size,
      first: s.first,
      last: s.last,
      touched: s.touched,
      centroid: [...s.centroid.entries()].map(([id, w]) => [names[id]!, w] as const).sort((a, b) => b[1] - a[1]),
      leadYears: [...s.leadYears],
    };
  }
}

/**
 * Indices of `w` by weight, heaviest first, equal weights in index order (what a stable sort by weight gives): a
 * merge sort over an index array, without a comparator call per step (articles have a few hundred terms).
 */
function heaviestFirst(w: ArrayLike<number>): number[] {
  const n = w.length;
  let a: number[] = [];
  let b: number[] = [];
  for (let i = 0; i < n; i++) {
    a.push(i);
    b.push(0);
  }
  // Runs of 8 by insertion sort, then merges of doubling width.
  const RUN = 8;
  for (let lo = 0; lo < n; lo += RUN) {
    const hi = Math.min(lo + RUN, n);
    for (let i = lo + 1; i < hi; i++) {
      const x = a[i]!;
      const wx = w[x]!;
      let j = i - 1;
      while (j >= lo && w[a[j]!]! < wx) {
        a[j + 1] = a[j]!;
        j--;
      }
      a[j + 1] = x;
    }
  }
  for (let width = RUN; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      let k = lo;
      // Left first on equal weights: within a merge every left index is below every right one.
      while (i < mid && j < hi) b[k++] = w[a[j]!]! > w[a[i]!]! ? a[j++]! : a[i++]!;
      while (i < mid) b[k++] = a[i++]!;
      while (j < hi) b[k++] = a[j++]!;
    }
    const t = a;
    a = b;
    b = t;
  }
  return a;
}

/** The smallest distance in years between an article's lead years and a story's. */
function yearGap(years: readonly string[], story: ReadonlyMap<string, number>): number {
  let gap = Number.POSITIVE_INFINITY;
  for (const y of years) for (const z of story.keys()) gap = Math.min(gap, Math.abs(Number(y) - Number(z)));
  return gap;
}

/** The part of the vectors a term belongs to: 0 content words, 1 names and entities, 2 numbers. */
function partOf(term: string): 0 | 1 | 2 {
  const c0 = term.charCodeAt(0);
  if (c0 >= 48 && c0 <= 57) return 2;
  // 'n:' and 'e:' prefixes (content-word stems never hold a colon).
  return term.charCodeAt(1) === 58 && (c0 === 110 || c0 === 101) ? 1 : 0;
}
