/**
 * SQLite migrations, in code (kysely Migrator). Each migration is append-only: never edit one that shipped, add the
 * next. The Postgres store will carry its own list with the same names and the same tables (docs/store.md).
 */
import { type Kysely, type Migration, type MigrationProvider, sql } from 'kysely';

const init: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('articles')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('external_id', 'text', (c) => c.unique())
      .addColumn('source', 'text')
      .addColumn('url', 'text', (c) => c.unique())
      .addColumn('origin', 'text', (c) => c.notNull())
      .addColumn('content_hash', 'text', (c) => c.notNull().unique())
      .addColumn('body_hash', 'text', (c) => c.notNull())
      .addColumn('title', 'text')
      .addColumn('published', 'text')
      .addColumn('language', 'text')
      .addColumn('publisher', 'text')
      .addColumn('authors', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('fetched_at', 'text')
      .addColumn('ingested_at', 'text', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('analysis', 'text', (c) => c.notNull())
      .addColumn('copy_of', 'integer', (c) => c.references('articles.id'))
      .addColumn('copy_kind', 'text')
      .addColumn('copy_similarity', 'real')
      .addColumn('story_id', 'integer')
      .execute();
    await db.schema.createIndex('articles_body_hash').on('articles').column('body_hash').execute();
    await db.schema.createIndex('articles_story').on('articles').column('story_id').execute();
    await db.schema.createIndex('articles_copy_of').on('articles').column('copy_of').execute();
    await db.schema.createIndex('articles_published').on('articles').column('published').execute();

    await db.schema
      .createTable('corpus_entities')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('key', 'text', (c) => c.notNull().unique())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('country', 'text')
      .addColumn('article_count', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('mention_count', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('quote_count', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();

    await db.schema
      .createTable('entities')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id'))
      .addColumn('local_id', 'text', (c) => c.notNull())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('country', 'text')
      .addColumn('roles', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('affiliation', 'text')
      .addColumn('sector', 'text')
      .addColumn('corpus_entity_id', 'integer', (c) => c.references('corpus_entities.id'))
      .addColumn('mention_count', 'integer', (c) => c.notNull())
      .addUniqueConstraint('entities_article_local', ['article_id', 'local_id'])
      .execute();
    await db.schema.createIndex('entities_corpus').on('entities').column('corpus_entity_id').execute();

    await db.schema
      .createTable('mentions')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id'))
      .addColumn('entity_id', 'integer', (c) => c.notNull().references('entities.id'))
      .addColumn('start_offset', 'integer', (c) => c.notNull())
      .addColumn('end_offset', 'integer', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('mentions_entity').on('mentions').column('entity_id').execute();

    await db.schema
      .createTable('quotes')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id'))
      .addColumn('local_id', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('act', 'text', (c) => c.notNull())
      .addColumn('negated', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('content', 'text', (c) => c.notNull())
      .addColumn('spans', 'text', (c) => c.notNull())
      .addColumn('cue', 'text')
      .addColumn('speaker_name', 'text')
      .addColumn('speaker_entity_id', 'integer', (c) => c.references('entities.id'))
      .addColumn('corpus_entity_id', 'integer', (c) => c.references('corpus_entities.id'))
      .addColumn('anonymous', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('rule', 'text')
      .addColumn('confidence', 'real')
      .addUniqueConstraint('quotes_article_local', ['article_id', 'local_id'])
      .execute();
    await db.schema.createIndex('quotes_corpus_entity').on('quotes').column('corpus_entity_id').execute();
    await db.schema.createIndex('quotes_act').on('quotes').column('act').execute();

    await db.schema
      .createTable('events')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id'))
      .addColumn('local_id', 'text', (c) => c.notNull())
      .addColumn('cameo', 'text', (c) => c.notNull())
      .addColumn('plover_type', 'text', (c) => c.notNull())
      .addColumn('plover_mode', 'text')
      .addColumn('plover_context', 'text')
      .addColumn('goldstein', 'real', (c) => c.notNull())
      .addColumn('quad', 'integer', (c) => c.notNull())
      .addColumn('negated', 'integer', (c) => c.notNull())
      .addColumn('modality', 'text', (c) => c.notNull())
      .addColumn('source_code', 'text', (c) => c.notNull())
      .addColumn('source_text', 'text')
      .addColumn('source_country', 'text')
      .addColumn('source_sector', 'text')
      .addColumn('source_entity_id', 'integer', (c) => c.references('corpus_entities.id'))
      .addColumn('target_code', 'text')
      .addColumn('target_text', 'text')
      .addColumn('target_country', 'text')
      .addColumn('target_sector', 'text')
      .addColumn('target_entity_id', 'integer', (c) => c.references('corpus_entities.id'))
      .addColumn('quote_local_id', 'text')
      .addColumn('trigger_start', 'integer', (c) => c.notNull())
      .addColumn('trigger_end', 'integer', (c) => c.notNull())
      .addColumn('trigger_text', 'text', (c) => c.notNull())
      .addColumn('sentence_text', 'text', (c) => c.notNull())
      .addColumn('rule', 'text', (c) => c.notNull())
      .addColumn('confidence', 'real', (c) => c.notNull())
      .addUniqueConstraint('events_article_local', ['article_id', 'local_id'])
      .execute();
    await db.schema.createIndex('events_cameo').on('events').column('cameo').execute();

    await db.schema
      .createTable('claims')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id'))
      .addColumn('local_id', 'text', (c) => c.notNull())
      .addColumn('claim_key', 'text', (c) => c.notNull())
      .addColumn('proposition', 'text', (c) => c.notNull())
      .addColumn('event_local_id', 'text')
      .addColumn('disputed', 'integer', (c) => c.notNull())
      .addUniqueConstraint('claims_article_local', ['article_id', 'local_id'])
      .execute();
    await db.schema.createIndex('claims_key').on('claims').column('claim_key').execute();

    await db.schema
      .createTable('positions')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('claim_id', 'integer', (c) => c.notNull().references('claims.id'))
      .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id'))
      .addColumn('holder_local_id', 'text')
      .addColumn('corpus_entity_id', 'integer', (c) => c.references('corpus_entities.id'))
      .addColumn('holder_name', 'text', (c) => c.notNull())
      .addColumn('stance', 'text', (c) => c.notNull())
      .addColumn('evidence', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('positions_claim').on('positions').column('claim_id').execute();

    await db.schema
      .createTable('stories')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('title', 'text')
      .addColumn('first_published', 'text')
      .addColumn('last_published', 'text')
      .addColumn('article_count', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();

    // Band keys live on disk, not in memory: a lookup per band is an index probe, so RSS stays flat with corpus size.
    await sql`CREATE TABLE lsh_bands (band INTEGER NOT NULL, article_id INTEGER NOT NULL REFERENCES articles(id),
      PRIMARY KEY (band, article_id)) WITHOUT ROWID`.execute(db);
    await db.schema
      .createTable('signatures')
      .addColumn('article_id', 'integer', (c) => c.primaryKey().references('articles.id'))
      .addColumn('minhash', 'blob', (c) => c.notNull())
      .addColumn('size', 'integer', (c) => c.notNull())
      .addColumn('shingles', 'blob')
      .execute();
    await db.schema
      .createTable('ingest_state')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('value', 'text', (c) => c.notNull())
      .execute();

    // Full-text search: external-content FTS5 tables (the text lives once, in articles/quotes), filled by the store.
    await sql`CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='id',
      tokenize='unicode61 remove_diacritics 2')`.execute(db);
    await sql`CREATE VIRTUAL TABLE quotes_fts USING fts5(content, speaker_name, content='quotes', content_rowid='id',
      tokenize='unicode61 remove_diacritics 2')`.execute(db);
  },
};

/**
 * Corpus propositions that need matching (claims whose coarse key names parties): one row each, with the matching
 * data of its first claim, found by coarse key, most recently used first (an index range scan with a limit, so the
 * lookup cost does not grow with the corpus).
 */
const propositions: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('propositions')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('coarse_key', 'text', (c) => c.notNull())
      .addColumn('match', 'text', (c) => c.notNull())
      .addColumn('proposition', 'text', (c) => c.notNull())
      .addColumn('last_claim', 'integer', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('propositions_coarse')
      .on('propositions')
      .columns(['coarse_key', 'last_claim'])
      .execute();
  },
};

/**
 * Band rows not yet in `lsh_bands`: one row per stored original with all its band keys (float64 LE, exact below
 * 2⁵³). Appended in id order with each batch (sequential writes), and moved into `lsh_bands` thousands of articles at
 * a time, sorted by key — so the random-keyed band index is rewritten page by page once per group instead of once
 * per batch. The store keeps these rows in memory too (bounded by the group size) and looks up both.
 */
const pendingBands: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('lsh_pending')
      .addColumn('article_id', 'integer', (c) => c.primaryKey().references('articles.id'))
      .addColumn('bands', 'blob', (c) => c.notNull())
      .execute();
  },
};

/**
 * Indexes for the ingest path:
 * - `articles_links`: the columns copy detection reads of a candidate article (its copy link, story and body hash)
 *   in an index of their own. In the table they sit after the text and the analysis JSON, past the row's overflow
 *   pages: reading them from the table reads the whole row (four or five pages, at random places once the file
 *   outgrows the page cache).
 * - dropped, four indexes no query of the store reads (every entity, mention, quote and event row paid for them):
 *   `entities_corpus`, `mentions_entity`, `quotes_corpus_entity` (quotes join corpus entities by the latter's
 *   primary key) and `events_cameo`.
 */
const ingestIndexes: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createIndex('articles_links')
      .on('articles')
      .columns(['id', 'copy_of', 'story_id', 'body_hash'])
      .execute();
    for (const name of ['entities_corpus', 'mentions_entity', 'quotes_corpus_entity', 'events_cameo'])
      await db.schema.dropIndex(name).ifExists().execute();
  },
};

/** Every SQLite migration, by name (names sort in application order). */
export const SQLITE_MIGRATIONS: Readonly<Record<string, Migration>> = Object.freeze({
  '0001_init': init,
  '0002_propositions': propositions,
  '0003_pending_bands': pendingBands,
  '0004_ingest_indexes': ingestIndexes,
});

export const sqliteMigrationProvider: MigrationProvider = {
  getMigrations: async () => ({ ...SQLITE_MIGRATIONS }),
};
