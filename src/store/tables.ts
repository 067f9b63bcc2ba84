/**
 * The tables, as kysely sees them. Dialect-neutral: column types are the common subset of SQLite and PostgreSQL
 * (integers, reals, text; JSON kept as text here, jsonb in Postgres; booleans as 0/1 integers). docs/store.md
 * describes each table.
 */
import type { Generated } from 'kysely';

export interface ArticlesTable {
  id: Generated<number>;
  external_id: string | null;
  source: string | null;
  url: string | null;
  origin: string;
  content_hash: string;
  body_hash: string;
  title: string | null;
  published: string | null;
  language: string | null;
  publisher: string | null;
  /** JSON array of strings. */
  authors: string;
  fetched_at: string | null;
  ingested_at: string;
  text: string;
  /** The AnalysisV1 object without `text` (JSON); `text` is the column above. */
  analysis: string;
  copy_of: number | null;
  copy_kind: 'exact' | 'near' | null;
  copy_similarity: number | null;
  story_id: number | null;
}

export interface EntitiesTable {
  id: Generated<number>;
  article_id: number;
  local_id: string;
  type: string;
  name: string;
  country: string | null;
  /** JSON array of strings. */
  roles: string;
  affiliation: string | null;
  sector: string | null;
  corpus_entity_id: number | null;
  mention_count: number;
}

export interface MentionsTable {
  id: Generated<number>;
  article_id: number;
  entity_id: number;
  start_offset: number;
  end_offset: number;
}

export interface CorpusEntitiesTable {
  id: Generated<number>;
  key: string;
  type: string;
  name: string;
  country: string | null;
  article_count: number;
  mention_count: number;
  quote_count: number;
}

export interface QuotesTable {
  id: Generated<number>;
  article_id: number;
  local_id: string;
  kind: string;
  act: string;
  negated: number;
  /** The content spans' text joined with " … ". */
  content: string;
  /** JSON array of [start, end] pairs. */
  spans: string;
  cue: string | null;
  speaker_name: string | null;
  speaker_entity_id: number | null;
  corpus_entity_id: number | null;
  anonymous: number;
  rule: string | null;
  confidence: number | null;
}

export interface EventsTable {
  id: Generated<number>;
  article_id: number;
  local_id: string;
  cameo: string;
  plover_type: string;
  plover_mode: string | null;
  plover_context: string | null;
  goldstein: number;
  quad: number;
  negated: number;
  modality: string;
  source_code: string;
  source_text: string | null;
  source_country: string | null;
  source_sector: string | null;
  source_entity_id: number | null;
  target_code: string | null;
  target_text: string | null;
  target_country: string | null;
  target_sector: string | null;
  target_entity_id: number | null;
  quote_local_id: string | null;
  trigger_start: number;
  trigger_end: number;
  trigger_text: string;
  sentence_text: string;
  rule: string;
  confidence: number;
}

export interface ClaimsTable {
  id: Generated<number>;
  article_id: number;
  local_id: string;
  claim_key: string;
  proposition: string;
  event_local_id: string | null;
  disputed: number;
}

export interface PositionsTable {
  id: Generated<number>;
  claim_id: number;
  article_id: number;
  holder_local_id: string | null;
  corpus_entity_id: number | null;
  holder_name: string;
  stance: string;
  evidence: string;
}

/** Corpus propositions that need matching (migration 0002). */
export interface PropositionsTable {
  key: string;
  coarse_key: string;
  /** Matching data of its first claim (JSON, opaque to the store). */
  match: string;
  proposition: string;
  /** The latest claim row that joined it (recency for candidate lookups). */
  last_claim: number;
}

export interface StoriesTable {
  id: number;
  title: string | null;
  first_published: string | null;
  last_published: string | null;
  article_count: number;
}

export interface LshBandsTable {
  /** band × 2³² + hash of the band's rows (below 2⁵³). */
  band: number;
  article_id: number;
}

export interface SignaturesTable {
  article_id: number;
  /** The MinHash signature, little-endian uint32s. */
  minhash: Uint8Array;
  /** Distinct shingles of the body. */
  size: number;
  /** Sorted distinct shingle hashes, little-endian uint32s (exact Jaccard on verification), or null. */
  shingles: Uint8Array | null;
}

export interface IngestStateTable {
  key: string;
  value: string;
}

/** Band keys of a stored original not yet moved into `lsh_bands` (float64 little-endian each). */
export interface LshPendingTable {
  article_id: number;
  bands: Uint8Array;
}

export interface StoreDatabase {
  articles: ArticlesTable;
  entities: EntitiesTable;
  mentions: MentionsTable;
  corpus_entities: CorpusEntitiesTable;
  quotes: QuotesTable;
  events: EventsTable;
  claims: ClaimsTable;
  positions: PositionsTable;
  propositions: PropositionsTable;
  stories: StoriesTable;
  lsh_bands: LshBandsTable;
  lsh_pending: LshPendingTable;
  signatures: SignaturesTable;
  ingest_state: IngestStateTable;
}
