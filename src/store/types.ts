/**
 * The Store: everything the corpus tools need from a database, as one async interface. SqliteStore implements it
 * today; a PostgreSQL store will implement the same interface (docs/store.md, "Postgres plan"), so every method is
 * async, takes and returns plain data, and never leaks a driver type.
 */
import type { AnalysisV1 } from '../model/index.js';

/** How an article relates to one already stored: an exact copy (same normalised body) or a near-copy (MinHash). */
export interface CopyLink {
  /** The canonical article: an id already in the store, or the index of an earlier record in the same batch. */
  readonly of: { readonly id: number } | { readonly batchIndex: number };
  readonly kind: 'exact' | 'near';
  /** Estimated Jaccard similarity of the word shingles (1 for exact copies). */
  readonly similarity: number;
}

/** The corpus identity of one article entity (computed by the linker); null key = never merged across articles. */
export interface EntityLink {
  /** The article-local entity id ("e1"). */
  readonly localId: string;
  readonly key: string | null;
}

/** One analysed article, ready to store. Built by ingest; the store only writes it. */
export interface ArticleRecord {
  /** sha256 of the input as read (format + text or html): the first duplicate test, before analysis. */
  readonly contentHash: string;
  /** Hash of the normalised body (dedup helper): equal hashes = exact copies. */
  readonly bodyHash: string;
  readonly externalId: string | null;
  readonly url: string | null;
  /** The outlet (publisher, JSON `source`, or URL host); may be null. */
  readonly source: string | null;
  /** Where the reader found it ("feed.xml#3"). */
  readonly origin: string;
  readonly fetchedAt: string | null;
  readonly analysis: AnalysisV1;
  readonly copy: CopyLink | null;
  /** Story id from the clusterer; null for copies (they inherit their canonical's story). */
  readonly storyId: number | null;
  /**
   * LSH band keys of the MinHash signature as integers (band × 2³² + row hash), stored for originals so later
   * articles find them as candidates.
   */
  readonly bands: readonly number[];
  /** The copy fingerprint (MinHash signature, shingle count and set), kept for near-copy verification. */
  readonly fingerprint: StoredFingerprint | null;
  readonly entityLinks: readonly EntityLink[];
  /** Corpus proposition per claim id ("c1" → key), for cross-article disputes. */
  readonly claimKeys: ReadonlyMap<string, ClaimKey>;
}

/** Where a claim stands among the corpus propositions (decided by ingest, stored with the claim). */
export interface ClaimKey {
  /** The corpus proposition: claims with equal keys are one proposition across articles. */
  readonly key: string;
  /**
   * The coarse key it was matched under, when the proposition needs matching (else null: the key alone decides).
   * The store keeps such propositions findable by coarse key (`propositions`).
   */
  readonly coarse: string | null;
  /** For a new proposition that needs matching: what matching compares later claims with (JSON, opaque). */
  readonly match: string | null;
}

/** A known corpus proposition, with the matching data of its first claim. */
export interface PropositionCandidate {
  readonly key: string;
  readonly match: string;
}

/** What happened to each record of a batch, in order. */
export type PutOutcome = { readonly status: 'stored'; readonly id: number } | { readonly status: 'duplicate' };

/** Key/value state saved in the same transaction as a batch (e.g. the story clusterer), so a crash cannot split them. */
export type IngestState = Readonly<Record<string, string>>;

export interface ExistingKeys {
  readonly contentHashes: ReadonlySet<string>;
  readonly urls: ReadonlySet<string>;
  readonly externalIds: ReadonlySet<string>;
}

/** What near-copy verification needs of an article (structurally the dedup module's CopyFingerprint). */
export interface StoredFingerprint {
  /** The normalised body hash. */
  readonly hash: string;
  readonly signature: Uint32Array;
  /** Distinct shingles. */
  readonly size: number;
  /** Sorted distinct shingle hashes (exact verification). */
  readonly shingles?: Uint32Array;
}

/** A stored article that may be the canonical of a new copy. */
export interface CopyCandidate {
  readonly id: number;
  /** Its own canonical when it is itself a copy (so links always point at the root). */
  readonly copyOf: number | null;
  readonly storyId: number | null;
  readonly fingerprint: StoredFingerprint | null;
}

export interface ArticleRow {
  readonly id: number;
  readonly externalId: string | null;
  readonly source: string | null;
  readonly url: string | null;
  readonly origin: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly language: string | null;
  readonly publisher: string | null;
  readonly fetchedAt: string | null;
  readonly contentHash: string;
  readonly bodyHash: string;
  readonly copyOf: number | null;
  readonly copyKind: 'exact' | 'near' | null;
  readonly storyId: number | null;
}

export interface StoredArticle extends ArticleRow {
  readonly analysis: AnalysisV1;
}

export interface SearchHit {
  readonly kind: 'article' | 'quote';
  readonly articleId: number;
  readonly externalId: string | null;
  readonly title: string | null;
  readonly source: string | null;
  readonly published: string | null;
  /** For quote hits: the quote's id in its article and its speaker. */
  readonly quoteId: string | null;
  readonly speaker: string | null;
  /** Matched text with the hits between [ and ]. */
  readonly snippet: string;
  /** Lower is better (bm25). */
  readonly rank: number;
}

export interface SearchOptions {
  readonly in?: 'all' | 'articles' | 'quotes';
  readonly limit?: number;
  readonly includeCopies?: boolean;
}

export interface QuoteFilter {
  /** Speaker name or corpus entity name contains this (case-insensitive). */
  readonly speaker?: string;
  /** Speaker's affiliation contains this (case-insensitive). */
  readonly org?: string;
  readonly act?: string;
  readonly limit?: number;
  readonly includeCopies?: boolean;
}

export interface QuoteRow {
  readonly articleId: number;
  readonly externalId: string | null;
  readonly source: string | null;
  readonly published: string | null;
  readonly quoteId: string;
  readonly kind: string;
  readonly act: string;
  readonly negated: boolean;
  readonly speaker: string | null;
  readonly speakerEntity: number | null;
  readonly affiliation: string | null;
  readonly content: string;
  readonly cue: string | null;
  readonly confidence: number | null;
}

export interface EntityFilter {
  readonly type?: string;
  readonly name?: string;
  readonly limit?: number;
}

export interface CorpusEntityRow {
  readonly id: number;
  readonly key: string;
  readonly type: string;
  readonly name: string;
  readonly country: string | null;
  readonly articles: number;
  readonly mentions: number;
  readonly quotes: number;
}

export interface DisputePosition {
  readonly holder: string;
  readonly holderEntity: number | null;
  readonly stance: string;
  readonly evidence: string;
  readonly articleId: number;
  readonly externalId: string | null;
  readonly source: string | null;
  readonly url: string | null;
  readonly published: string | null;
}

export interface DisputeRow {
  readonly key: string;
  readonly proposition: string;
  readonly positions: readonly DisputePosition[];
}

export interface StoryArticle {
  readonly id: number;
  readonly externalId: string | null;
  readonly source: string | null;
  readonly title: string | null;
  readonly published: string | null;
}

export interface StoryRow {
  readonly story: number;
  readonly title: string | null;
  readonly firstPublished: string | null;
  readonly lastPublished: string | null;
  readonly articles: readonly StoryArticle[];
}

export interface CopyRow {
  readonly id: number;
  readonly canonical: number;
  readonly kind: 'exact' | 'near';
  readonly similarity: number;
}

export interface StoreCounts {
  readonly articles: number;
  readonly copies: number;
  readonly stories: number;
  readonly entities: number;
  readonly corpusEntities: number;
  readonly quotes: number;
  readonly events: number;
  readonly claims: number;
}

/** One event, quote or claim with its article, for export (docs/cli-corpus.md lists the columns). */
export interface ExportRow {
  readonly kind: 'event' | 'quote' | 'claim';
  readonly articleId: number;
  readonly externalId: string | null;
  readonly source: string | null;
  readonly url: string | null;
  readonly published: string | null;
  readonly storyId: number | null;
  /** The item as the analysis contract holds it (EventJson, QuoteJson or ClaimJson). */
  readonly item: Record<string, unknown>;
}

export interface Store {
  /** Which backend ("sqlite", later "postgres"). */
  readonly dialect: string;
  /** Brings the schema to the latest migration; idempotent. */
  migrate(): Promise<void>;
  close(): Promise<void>;

  /** Writes a batch in ONE transaction, with the state; records already present (hash, URL, id) become duplicates. */
  putArticles(records: readonly ArticleRecord[], state?: IngestState): Promise<PutOutcome[]>;
  /** Which of these keys are already stored (one round trip per key kind). */
  existing(keys: {
    contentHashes: readonly string[];
    urls: readonly string[];
    externalIds: readonly string[];
  }): Promise<ExistingKeys>;
  hasContentHash(hash: string): Promise<boolean>;
  hasUrl(url: string): Promise<boolean>;
  hasExternalId(externalId: string): Promise<boolean>;
  /** Stored articles with one of these normalised body hashes: hash → candidate (the earliest). */
  byBodyHash(hashes: readonly string[]): Promise<Map<string, CopyCandidate>>;
  /**
   * Stored articles per LSH band key (only keys with at least one article appear), ids ascending: the `perKey` most
   * recent per key (all when omitted). Copy detection passes `DedupOptions.maxBucket`.
   */
  lshLookup(bands: readonly number[], perKey?: number): Promise<Map<number, number[]>>;
  /** Copy candidates (with fingerprints) by article id. */
  copyCandidates(ids: readonly number[]): Promise<Map<number, CopyCandidate>>;
  getState(key: string): Promise<string | null>;
  /** Known propositions under each coarse key, most recently used first, at most `perKey` each (default 50). */
  propositions(coarseKeys: readonly string[], perKey?: number): Promise<Map<string, PropositionCandidate[]>>;

  getArticle(id: number): Promise<StoredArticle | null>;
  getArticleBy(key: { externalId?: string; url?: string }): Promise<StoredArticle | null>;
  search(query: string, opts?: SearchOptions): Promise<SearchHit[]>;
  listQuotes(filter?: QuoteFilter): Promise<QuoteRow[]>;
  listEntities(filter?: EntityFilter): Promise<CorpusEntityRow[]>;
  listDisputes(opts?: { limit?: number }): Promise<DisputeRow[]>;
  /** Stories in id order; page with `after` (the last story id seen) and `limit`. */
  listStories(opts?: { minArticles?: number; limit?: number; after?: number }): Promise<StoryRow[]>;
  copies(): Promise<CopyRow[]>;
  counts(): Promise<StoreCounts>;
  /** Every stored article, in id order, without loading the corpus in memory. */
  articles(opts?: { includeCopies?: boolean }): AsyncIterable<ArticleRow>;
  /** Stored articles with their analysis, in id order, after skipping the first `offset` (ingest's replay). */
  analyses(opts?: { offset?: number }): AsyncIterable<StoredArticle>;
  /** Corpus entities as the entity linker re-reads them at the start of a run. */
  corpusEntities(): AsyncIterable<{ key: string; type: string; name: string; country: string | null }>;
  /** Every event, quote and claim, article by article, in id order. */
  exportRows(opts?: { kinds?: readonly ExportRow['kind'][]; includeCopies?: boolean }): AsyncIterable<ExportRow>;
}
