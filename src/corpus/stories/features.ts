import { NAME_TITLES } from '../link/lexicon/titles.js';
import { MONTHS, TIME_WORDS, WEEKDAYS } from './lexicon/dates.js';
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
  /**
   * Years (1900–2099) written in the article's first `LEAD_YEAR_CHARS` characters, in order, without repeats: a
   * dateline or a lede names the event's year; later years are background. Absent on features made elsewhere.
   */
  readonly leadYears?: readonly string[];
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

const UPPER = /^\p{Lu}/u;
const ALL_DIGITS = /^\d+$/;
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
  addTextTerms(text, terms, leadEnd(text));
  return { terms, published: toTime(published), leadYears: leadYears(text) };
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
  addTextTerms(text, terms, leadEnd(text));
  for (const e of a.entities ?? []) {
    const key = entityTerm(e);
    if (key) bump(terms, key, Math.max(1, Math.min(3, e.mentions?.length ?? 1)));
  }
  return { terms, published: toTime(art?.published ?? a.meta?.published ?? null), leadYears: leadYears(text) };
}

/** Headline and lede name the event; later paragraphs bring background (often other, earlier events). */
const LEAD_CHARS = 500;

/**
 * How far the lead years are read. On ECB+ (same-topic article pairs both with a year there), two reports of one
 * story share a year in their first 300 characters in 1,077 pairs of 1,115; sibling stories in none of 186.
 * Within 500 characters sibling pairs start to share background years (13 of 355).
 */
const LEAD_YEAR_CHARS = 300;
const YEAR = /(?<![\p{L}\p{N}.,])(?:19|20)\d\d(?![\p{L}\p{N}]|[.,]\d)/gu;

/** The years written in the first `LEAD_YEAR_CHARS` characters of a text (from its first non-space). */
function leadYears(text: string): string[] {
  const from = text.length - text.trimStart().length;
  const found = text.slice(from, from + LEAD_YEAR_CHARS).match(YEAR);
  return found ? [...new Set(found)] : [];
}

/** Where the lead ends: `LEAD_CHARS` characters past the first non-space, at a word boundary. */
function leadEnd(text: string): number {
  const from = text.length - text.trimStart().length;
  if (text.length - from <= LEAD_CHARS) return text.length;
  const cut = text.lastIndexOf(' ', from + LEAD_CHARS);
  return cut > from ? cut : from + LEAD_CHARS;
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

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return LETTER_OR_DIGIT.test(text[i]!);
}

/**
 * Every word list `addTextTerms` consults, in one table: word → its classes (bits below), so a word costs one hash
 * look-up, not five (most words are in none of the lists).
 */
const WEEKDAY_MASK = 0b111; // ISO weekday number, 1-7
const MONTH_SHIFT = 3; // month number 1-12, 4 bits
const MONTH_MASK = 0b1111 << MONTH_SHIFT;
const TIME_WORD = 1 << 7;
const STOP = 1 << 8; // STOPWORDS or NOT_NAMES
const TITLE = 1 << 9;
const WORD_CLASSES: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  const mark = (w: string, bits: number) => m.set(w, (m.get(w) ?? 0) | bits);
  for (const [w, d] of WEEKDAYS) mark(w, d);
  for (const [w, mo] of MONTHS) mark(w, mo << MONTH_SHIFT);
  for (const w of TIME_WORDS) mark(w, TIME_WORD);
  for (const w of STOPWORDS) mark(w, STOP);
  for (const w of NOT_NAMES) mark(w, STOP);
  for (const w of NAME_TITLES) mark(w, TITLE);
  return m;
})();

/**
 * Adds the terms of a text, in one scan: content-word stems and numbers, and runs of capitalised words as `n:`
 * names (a single capitalised word only off a sentence start). Words starting before `leadEnd` count twice.
 */
function addTextTerms(text: string, terms: Map<string, number>, leadEnd = 0): void {
  const n = text.length;
  const lowerAll = text.toLowerCase();
  const sameLength = lowerAll.length === n;
  let name: string[] = [];
  let nameWeight = 1;
  let nameAtSentenceStart = false;
  let sentenceStart = true;
  let prevEnd = 0;
  // Month of the previous word when it was a month name ("Dec." before "14").
  let lastMonth = 0;
  const flush = () => {
    if (name.length >= 2 || (name.length === 1 && !nameAtSentenceStart)) bump(terms, `n:${name.join(' ')}`, nameWeight);
    name = [];
  };
  let i = 0;
  while (i < n) {
    if (!isWordChar(text, i)) {
      i++;
      continue;
    }
    const start = i;
    // Whether the word holds an ASCII digit or a curly apostrophe, noted as it is scanned.
    let digit = false;
    let curly = false;
    // A run of letters and digits; an inner apostrophe, dot, comma or hyphen followed by one continues it.
    for (;;) {
      while (i < n && isWordChar(text, i)) {
        const c = text.charCodeAt(i);
        if (c >= 48 && c <= 57) digit = true;
        i++;
      }
      const c = text.charCodeAt(i);
      if (i + 1 < n && (c === 39 || c === 0x2019 || c === 46 || c === 44 || c === 45) && isWordChar(text, i + 1)) {
        if (c === 0x2019) curly = true;
        i++;
        continue;
      }
      break;
    }
    // What lies between the previous word and this one: a sentence end, a line break, other punctuation?
    let sentenceBreak = false;
    let punct = false;
    for (let k = prevEnd; k < start; k++) {
      const ch = text.charCodeAt(k);
      if (ch === 10 || ch === 46 || ch === 33 || ch === 63 || ch === 58 || ch === 59 || ch === 34 || ch === 0x201d)
        sentenceBreak = true;
      else if (ch !== 32 && ch !== 9 && ch !== 13 && ch !== 0xa0) punct = true;
    }
    const gapStart = prevEnd;
    prevEnd = i;
    if (sentenceBreak) {
      flush();
      sentenceStart = true;
    } else if (punct) flush();
    let lower = sameLength ? lowerAll.slice(start, i) : text.slice(start, i).toLowerCase();
    if (curly) lower = lower.replace(/\u2019/g, "'");
    const weight = start < leadEnd ? 2 : 1;
    const c0 = text.charCodeAt(start);
    const upper = c0 >= 65 && c0 <= 90 ? true : c0 > 127 && UPPER.test(text[start]!);
    const classes = WORD_CLASSES.get(lower) ?? 0;
    // Dates and clock times: a capitalised month name is a date part, not a name or a content word.
    const month = upper && (classes & MONTH_MASK) !== 0 ? monthOf(lower, text, start, i) : 0;
    const afterMonth = lastMonth > 0 && plainGap(text, gapStart, start) ? lastMonth : 0;
    lastMonth = 0;
    const weekday = classes & WEEKDAY_MASK;
    if (weekday !== 0) {
      flush();
      sentenceStart = false;
      bump(terms, `${weekday}/wd`, weight);
      continue;
    }
    if (month > 0 || (classes & TIME_WORD) !== 0) {
      flush();
      sentenceStart = false;
      if (month > 0) {
        lastMonth = month;
        bump(terms, `${pad2(month)}/`, weight);
      }
      continue;
    }
    if (digit) {
      const nd = i - start <= 2 ? numericDate(lower, text, i) : null;
      const t = nd ?? numberTerm(lower, text, start, i, afterMonth);
      if (t !== null) {
        flush();
        sentenceStart = false;
        if (t !== '') bump(terms, t, weight);
        // A numeric date ("03/14/2013") names its month too, as "March 14, 2013" does.
        if (nd !== null) bump(terms, nd.slice(0, 3), weight);
        continue;
      }
    }
    const stop = (classes & STOP) !== 0;
    let stemmed: string | null = null;
    if (upper && !stop) {
      // A title opening a name ("Governor Lucia Ferraz") is not part of it.
      if (name.length === 0 && (classes & TITLE) !== 0) nameAtSentenceStart = false;
      else {
        if (name.length === 0) {
          nameAtSentenceStart = sentenceStart;
          nameWeight = weight;
        }
        stemmed = digit ? lower : stem(lower);
        name.push(stemmed);
      }
    } else flush();
    sentenceStart = false;
    if (stop) continue;
    if (digit) {
      const num = lower.includes(',') ? lower.replace(/,/g, '') : lower;
      // Clock and date parts ("10: 00", "09/26") come with a leading zero and say nothing of the event.
      if (!(num.charCodeAt(0) === 48 && num.length >= 2 && ALL_DIGITS.test(num))) bump(terms, num, weight);
    } else if (lower.length >= 3) bump(terms, stemmed ?? stem(lower), weight);
  }
  flush();
}

const AM_PM = /^\d{1,2}(?:[.:]\d\d)?[ap]m$/;
const CLOCK_NEXT = /^ ?: ?\d\d/;
const CLOCK_PREV = /\d ?: ?$/;
const AM_PM_NEXT = /^ ?[ap]\. ?m\b|^ ?[ap]m\b/i;
const SCALE_NEXT = /^[ -](million|mln|mn|billion|bn)\b/i;
const NUMERIC_DATE = /^ ?\/ ?(\d{1,2}) ?\/ ?(?:\d{4}|\d{2})(?!\d)/;
const NUMERIC_DATE_PREV = /\d ?\/ ?$/;
const ORDINAL = /^(\d{1,2})(?:st|nd|rd|th)$/;
const MONTH_NEXT = /^[ ,]{0,2}(?:of )?(\p{Lu}\p{L}{2,8})/u;

/** Month number (1-12) of a capitalised month name or abbreviation, else 0; "May" and "March" only beside a number. */
function monthOf(lower: string, text: string, start: number, end: number): number {
  const m = MONTHS.get(lower);
  if (m === undefined) return 0;
  if (lower === 'may' || lower === 'march' || lower === 'mar')
    return DIGIT_NEXT.test(text.slice(end, end + 4)) || DIGIT_PREV.test(text.slice(Math.max(0, start - 8), start))
      ? m
      : 0;
  return m;
}
const DIGIT_NEXT = /^[ .,]{0,3}\d/;
const DIGIT_PREV = /\d(?:st|nd|rd|th)?(?: of)? $/;

/** True when only spaces, dots and commas (at most three) separate two words: "Dec. 14", "14, 2008". */
function plainGap(text: string, from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 46 && c !== 44 && c !== 0xa0) return false;
  }
  return true;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * `MM/DD` of a numeric date starting with this one- or two-digit word ("03/14/2013", "2 / 3 / 2009"), month first as
 * in US datelines unless the first part cannot be a month ("14/3/2013"); else null.
 */
function numericDate(word: string, text: string, end: number): string | null {
  const nd = NUMERIC_DATE.exec(text.slice(end, end + 12));
  if (!nd) return null;
  const a = Number(word);
  const b = Number(nd[1]);
  const [mo, day] = a <= 12 ? [a, b] : [b, a];
  return mo >= 1 && mo <= 12 && day >= 1 && day <= 31 ? `${pad2(mo)}/${pad2(day)}` : null;
}

/**
 * The term of a word starting with a digit: '' for clock times ("4: 30", "11.30pm"), `MM/DD` for a day beside a
 * month name ("Dec. 14", "9th September"), else the number with ordinal, unit-word and possessive endings cut
 * ("18th" → 18, "137-million" → 137). Null for words that start with a letter (identifiers such as "ms08-078").
 */
function numberTerm(word: string, text: string, start: number, end: number, afterMonth: number): string | null {
  const c0 = word.charCodeAt(0);
  if (c0 < 48 || c0 > 57) return null;
  // "137-million", "50-year-old", "1980's": the number is the first part.
  const cut = word.search(/['-]/);
  const lower = cut > 0 ? word.slice(0, cut) : word;
  if (AM_PM.test(lower)) return '';
  const short = lower.length <= 2;
  if (
    short &&
    (CLOCK_NEXT.test(text.slice(end, end + 5)) || CLOCK_PREV.test(text.slice(Math.max(0, start - 4), start)))
  )
    return '';
  if (AM_PM_NEXT.test(text.slice(end, end + 6))) return '';
  // The day and year of a numeric date read by `numericDate`.
  if (short && NUMERIC_DATE_PREV.test(text.slice(Math.max(0, start - 6), start))) return '';
  const ord = ORDINAL.exec(lower);
  const dayText = ord ? ord[1]! : short ? lower : null;
  if (dayText !== null) {
    const day = Number(dayText);
    if (day >= 1 && day <= 31) {
      if (afterMonth > 0) return `${pad2(afterMonth)}/${pad2(day)}`;
      const next = MONTH_NEXT.exec(text.slice(end, end + 16));
      const m = next ? MONTHS.get(next[1]!.toLowerCase()) : undefined;
      if (m !== undefined) return `${pad2(m)}/${pad2(day)}`;
    }
    if (ord) return String(Number(dayText));
  }
  let num = lower;
  if (num.includes(',')) num = num.replace(/,/g, '');
  if (num.endsWith('.')) num = num.slice(0, -1);
  // Amounts: "2.6 million", "2.6m" and "2.6mn" are one term, "2.6m" (billions "bn").
  const scale = SCALE_NEXT.exec(text.slice(end, end + 10));
  if (scale) return `${num}${scale[1]!.toLowerCase().startsWith('b') ? 'bn' : 'm'}`;
  if (num.endsWith('mn') || num.endsWith('mln')) return `${num.slice(0, num.endsWith('mn') ? -2 : -3)}m`;
  // Other numbers with a leading zero are clock and date parts too ("09/26").
  if (num.charCodeAt(0) === 48 && num.length >= 2 && ALL_DIGITS.test(num)) return '';
  return num;
}

/** A light English stemmer: possessives and plurals, and the commonest verb endings. */
export function stem(w: string): string {
  let s = w.endsWith("'s") ? w.slice(0, -2) : w;
  if (s.length > 4 && s.endsWith('ies')) s = `${s.slice(0, -3)}y`;
  else if (s.length > 4 && (s.endsWith('sses') || s.endsWith('ches') || s.endsWith('shes'))) s = s.slice(0, -2);
  else if (s.length > 3 && s.endsWith('s') && !s.endsWith('ss') && !s.endsWith('us') && !s.endsWith('is'))
    s = s.slice(0, -1);
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
