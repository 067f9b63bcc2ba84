import { NAME_TITLES } from '../link/lexicon/titles.js';
import { STOPWORDS } from './lexicon/stopwords.js';

/**
 * What story clustering reads of an article: term counts (content-word stems, numbers, capitalised names as
 * `n:` terms, analysed entities as `e:` terms) and the published time. Weighting (tf-idf) happens in the
 * clusterer, against its running document frequencies.
 */
export interface StoryFeatures {
  /** Term → count in the article. */
  readonly terms: ReadonlyMap<string, number>;
  /** Published time in ms since the epoch, or null when unknown (no time window applies then). */
  readonly published: number | null;
}

/** An entity as story features read it (a structural subset of the contract's `EntityJson`). */
export interface FeatureEntity {
  readonly type: string;
  readonly name: string;
  readonly mentions?: readonly unknown[];
}

/** The parts of an analysis story features read (a structural subset of `AnalysisV1`). */
export interface StorySource {
  readonly text: string;
  readonly meta?: { readonly published?: string | null; readonly title?: string | null };
  readonly article?: {
    readonly published?: string | null;
    readonly title?: { readonly start: number; readonly end: number } | null;
    readonly body: readonly { readonly start: number; readonly end: number }[];
    readonly dropped?: readonly { readonly span: { readonly start: number; readonly end: number } }[];
  };
  readonly entities?: readonly FeatureEntity[];
}

const WORD = /[\p{L}\p{N}]+(?:['\u2019.,-][\p{L}\p{N}]+)*/gu;
const UPPER = /^\p{Lu}/u;
const DIGIT = /\d/;
const SENTENCE_END = /[.!?:;"\u201D]\s*$/;
// Capitalised words that start sentences or name days and months: not names.
const NOT_NAMES: ReadonlySet<string> = new Set(
  'the a an in on at for and but or it he she they we i this that these those there his her its their our after before when while as by from with of to if'.split(
    ' ',
  ),
);

/**
 * Story features of a plain text (its first 500 characters, headline and lede, count twice).
 *
 * @example
 * storyFeaturesOfText('A 6.1 earthquake struck Indonesia’s Aceh province on Tuesday.').terms.get('earthquake') // 1
 */
export function storyFeaturesOfText(text: string, published: string | number | null = null): StoryFeatures {
  const terms = new Map<string, number>();
  addTextTerms(text, terms);
  addTextTerms(lead(text), terms);
  return { terms, published: toTime(published) };
}

/**
 * Story features of an analysed article: its text (less the blocks cleaning dropped), its person, organisation and place entities
 * (weighted by mentions), and its published date.
 *
 * @example
 * storyFeaturesOfAnalysis(analyzer.analyze(text))
 */
export function storyFeaturesOfAnalysis(a: StorySource): StoryFeatures {
  const terms = new Map<string, number>();
  const art = a.article;
  // The whole text but for the blocks cleaning dropped (repeats, boilerplate): headlines, standfirsts and captions
  // name the event too.
  const text = art?.dropped?.length ? withoutSpans(a.text, art.dropped) : a.text;
  addTextTerms(text, terms);
  addTextTerms(lead(text), terms);
  for (const e of a.entities ?? []) {
    const key = entityTerm(e);
    if (key) bump(terms, key, Math.max(1, Math.min(3, e.mentions?.length ?? 1)));
  }
  return { terms, published: toTime(art?.published ?? a.meta?.published ?? null) };
}

/** Headline and lede name the event; later paragraphs bring background (often other, earlier events). */
const LEAD_CHARS = 500;

/** The first `LEAD_CHARS` characters, cut at a word boundary; counted twice. */
function lead(text: string): string {
  const t = text.trimStart();
  if (t.length <= LEAD_CHARS) return t;
  const cut = t.lastIndexOf(' ', LEAD_CHARS);
  return t.slice(0, cut > 0 ? cut : LEAD_CHARS);
}

function withoutSpans(
  text: string,
  dropped: readonly { readonly span: { readonly start: number; readonly end: number } }[],
): string {
  const spans = dropped.map((d) => d.span).sort((x, y) => x.start - y.start);
  let out = '';
  let at = 0;
  for (const s of spans) {
    if (s.start > at) out += text.slice(at, s.start);
    out += '\n';
    at = Math.max(at, s.end);
  }
  return out + text.slice(at);
}

function entityTerm(e: FeatureEntity): string | null {
  // Groups ("officials", "witnesses") are in every story.
  if (e.type === 'group') return null;
  const name = e.name
    .toLowerCase()
    .replace(/[^\p{L}\p{N} ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (name.length < 2) return null;
  return `e:${name}`;
}

function addTextTerms(text: string, terms: Map<string, number>): void {
  let name: string[] = [];
  let prevEnd = 0;
  let sentenceStart = true;
  let sentenceStartName = false;
  const flush = () => {
    if (name.length >= 2 || (name.length === 1 && !sentenceStartName)) bump(terms, `n:${name.join(' ')}`, 1);
    name = [];
  };
  for (const m of text.matchAll(WORD)) {
    const w = m[0];
    const start = m.index;
    const gap = text.slice(prevEnd, start);
    prevEnd = start + w.length;
    if (SENTENCE_END.test(gap) || gap.includes('\n')) {
      flush();
      sentenceStart = true;
    } else if (gap.trim() !== '') flush();
    const lower = w.toLowerCase().replace(/\u2019/g, "'");
    const stop = STOPWORDS.has(lower) || NOT_NAMES.has(lower);
    if (UPPER.test(w) && !stop) {
      // A title opening a name ("Governor Lucia Ferraz") is not part of it.
      if (name.length === 0 && NAME_TITLES.has(lower)) sentenceStartName = false;
      else {
        if (name.length === 0) sentenceStartName = sentenceStart;
        name.push(stem(lower));
      }
    } else flush();
    sentenceStart = false;
    if (stop) continue;
    if (DIGIT.test(lower)) {
      bump(terms, lower.replace(/,/g, ''), 1);
      continue;
    }
    if (lower.length < 3) continue;
    bump(terms, stem(lower), 1);
  }
  flush();
}

/** A light English stemmer: possessives and plurals, and the commonest verb endings. */
export function stem(w: string): string {
  let s = w.endsWith("'s") ? w.slice(0, -2) : w;
  if (s.length > 4 && s.endsWith('ies')) s = `${s.slice(0, -3)}y`;
  else if (s.length > 4 && (s.endsWith('sses') || s.endsWith('ches') || s.endsWith('shes'))) s = s.slice(0, -2);
  else if (s.length > 3 && s.endsWith('s') && !/(ss|us|is)$/.test(s)) s = s.slice(0, -1);
  if (s.length > 5 && s.endsWith('ing')) s = s.slice(0, -3);
  else if (s.length > 4 && s.endsWith('ed') && !s.endsWith('eed')) s = s.slice(0, -2);
  return s;
}

function bump(terms: Map<string, number>, t: string, n: number): void {
  terms.set(t, (terms.get(t) ?? 0) + n);
}

function toTime(v: string | number | null): number | null {
  if (v === null) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : t;
}
