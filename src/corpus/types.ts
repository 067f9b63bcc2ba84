import type { ArticleMeta } from '../model/index.js';

/** One article as a reader found it, before analysis. */
export interface RawArticle {
  /** Where it came from: "file.txt", "file.jsonl:17" (line), "feed.xml#3" (item), "crawl.warc.gz#42" (record). */
  readonly origin: string;
  readonly format: 'text' | 'html';
  /** The article text, for format 'text'. */
  readonly text?: string;
  /** The page, for format 'html' (extract with extractHtml). */
  readonly html?: string;
  /** What the input said about the article: externalId, url, title, published (ISO), publisher, authors. */
  readonly meta: ArticleMeta;
  /** When the page was fetched (WARC-Date), ISO 8601, or null when unknown. */
  readonly fetchedAt?: string | null;
}

/** What a reader yields: an article, or a record it set aside (never fatal). */
export type ReadItem =
  | { readonly kind: 'article'; readonly article: RawArticle }
  | { readonly kind: 'skipped'; readonly origin: string; readonly reason: string };

/** The input formats readInputs knows. */
export type InputFormat = 'text' | 'html' | 'jsonl' | 'json' | 'feed' | 'warc';

/** Options of readInputs; every field has a default. */
export interface ReadOptions {
  /** Force one format for every file instead of guessing by extension and content. */
  readonly format?: InputFormat;
  /** Largest single article (text file, HTML page, JSON line, feed item, WARC record body), in bytes. Default 16 MiB. */
  readonly maxArticleBytes?: number;
  /** Standard input, for the path "-" (default process.stdin). */
  readonly stdin?: AsyncIterable<Uint8Array>;
  /** Descend into sub-directories (default true). */
  readonly recursive?: boolean;
  /**
   * `--fetch`: download the page each feed item links to (the only network access in Parley). Absent = never.
   * See FetchOptions in readers/fetch.ts for timeouts, size cap, redirects and the private-address rule.
   */
  readonly fetch?: import('./readers/fetch.js').FetchOptions;
  /**
   * Told the size of each chunk of raw input (as stored: still gzipped) as it is read, so a caller that knows the
   * inputs' total size can show progress and an ETA.
   */
  readonly onBytes?: (n: number) => void;
}

export const DEFAULT_MAX_ARTICLE_BYTES = 16 * 1024 * 1024;
