import type { Span } from './span.js';

/** What a block of the article is. `summary` is the one-line description scrapers put before the headline. */
export type BlockRole = 'summary' | 'title' | 'standfirst' | 'byline' | 'dateline' | 'body' | 'caption' | 'boilerplate';

/** A line or paragraph of the input, exactly as given (its span excludes the line break). */
export interface Block {
  readonly index: number;
  readonly span: Span;
  role: BlockRole;
  /** Index of the earlier block this one repeats, or null when it is unique. Repeats are dropped. */
  repeats: number | null;
}

/** A block that cleaning set aside, and why. */
export interface DroppedBlock {
  readonly span: Span;
  readonly reason: 'repeat' | 'boilerplate' | 'empty';
  /** The block it repeats, for `repeat`. */
  readonly of: Span | null;
}

/** Universal POS tags, as wink emits them. */
export type UPos =
  | 'ADJ'
  | 'ADP'
  | 'ADV'
  | 'AUX'
  | 'CCONJ'
  | 'DET'
  | 'INTJ'
  | 'NOUN'
  | 'NUM'
  | 'PART'
  | 'PRON'
  | 'PROPN'
  | 'PUNCT'
  | 'SCONJ'
  | 'SYM'
  | 'VERB'
  | 'X'
  | 'SPACE';

export interface Token {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  /** The surface form, as in the text. */
  readonly text: string;
  /** Lower-cased surface form, for lexicon look-ups. */
  readonly lower: string;
  readonly pos: UPos;
  readonly lemma: string;
  /** True inside the scope of a negation ("not", "never", "n't"), as wink marks it. */
  readonly negated: boolean;
  readonly sentence: number;
}

export interface Sentence {
  readonly index: number;
  readonly span: Span;
  readonly block: number;
  /** Token range [tokenStart, tokenEnd) in Doc.tokens. */
  readonly tokenStart: number;
  readonly tokenEnd: number;
}

/** Metadata that came with the input (HTML head, JSON Lines fields, WARC headers), never guessed from the body. */
export interface ArticleMeta {
  title?: string | null;
  authors?: string[];
  published?: string | null;
  publisher?: string | null;
  url?: string | null;
  language?: string | null;
  externalId?: string | null;
}

/** The cleaned article: roles as spans into the text; body paragraphs in order. */
export interface Article {
  title: Span | null;
  standfirst: Span | null;
  summary: Span | null;
  byline: Span | null;
  dateline: Span | null;
  published: string | null;
  body: Span[];
  dropped: DroppedBlock[];
}
