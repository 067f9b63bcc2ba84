/**
 * SqliteStore: the Store on one SQLite file (better-sqlite3 12 + kysely 0.28). WAL mode, one writer. Reads go
 * through kysely (dialect-neutral query builders, except FTS5); the hot write path is a set of prepared statements
 * run inside one better-sqlite3 transaction per batch, which is where the ingest time goes.
 */
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect, sql } from 'kysely';
import { ParleyError } from '../../model/index.js';
import { analysisFromColumns, quoteFtsTerms, signatureFromBytes } from '../rows.js';
import type { StoreDatabase } from '../tables.js';
import type {
  ArticleRecord,
  ArticleRow,
  CopyCandidate,
  CopyRow,
  CorpusEntityRow,
  DisputeRow,
  EntityFilter,
  ExistingKeys,
  ExportRow,
  IngestState,
  PropositionCandidate,
  PutOutcome,
  QuoteFilter,
  QuoteRow,
  SearchHit,
  SearchOptions,
  Store,
  StoreCounts,
  StoredArticle,
  StoryRow,
} from '../types.js';
import { BandFilter } from './band-filter.js';
import { type LookupStatements, lookupStatements } from './lookups.js';
import { sqliteMigrationProvider } from './migrations.js';
import { PendingBandIndex } from './pending-bands.js';
import { type PendingBands, type WriteStatements, writeStatements } from './write.js';

export interface SqliteStoreOptions {
  /** Fail with a coded error when the file does not exist (read commands); default false (ingest creates it). */
  readonly mustExist?: boolean;
  readonly readonly?: boolean;
  /** Band rows gathered before they are written into `lsh_bands` (default 200,000; see BAND_GROUP). */
  readonly bandGroup?: number;
}

/** Copy candidates kept decoded in memory (~2 kB each). */
const CANDIDATE_CACHE = 8192;

/**
 * Band rows held back from `lsh_bands` (kept in `lsh_pending` and in memory) until this many have gathered, then
 * written sorted by key in one transaction: each page of the band index is rewritten once per group, not once per
 * batch. ~32 rows per article: one group every ~6,000 articles; a few MB of memory.
 */
const BAND_GROUP = 200_000;

/** How many ids/keys go into one `IN (…)` list (SQLite's default variable limit is 32766; stay well below). */
const IN_CHUNK = 500;

type ArticleSelect = {
  id: number;
  external_id: string | null;
  source: string | null;
  url: string | null;
  origin: string;
  title: string | null;
  published: string | null;
  language: string | null;
  publisher: string | null;
  fetched_at: string | null;
  content_hash: string;
  body_hash: string;
  copy_of: number | null;
  copy_kind: 'exact' | 'near' | null;
  story_id: number | null;
};

const ARTICLE_COLUMNS = [
  'id',
  'external_id',
  'source',
  'url',
  'origin',
  'title',
  'published',
  'language',
  'publisher',
  'fetched_at',
  'content_hash',
  'body_hash',
  'copy_of',
  'copy_kind',
  'story_id',
] as const;

const toArticleRow = (r: ArticleSelect): ArticleRow => ({
  id: r.id,
  externalId: r.external_id,
  source: r.source,
  url: r.url,
  origin: r.origin,
  title: r.title,
  published: r.published,
  language: r.language,
  publisher: r.publisher,
  fetchedAt: r.fetched_at,
  contentHash: r.content_hash,
  bodyHash: r.body_hash,
  copyOf: r.copy_of,
  copyKind: r.copy_kind,
  storyId: r.story_id,
});

function chunks<T>(xs: readonly T[], n = IN_CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
}

export class SqliteStore implements Store {
  readonly dialect = 'sqlite';
  readonly path: string;
  readonly db: Kysely<StoreDatabase>;
  private readonly raw: Database.Database;
  private writes: WriteStatements | null = null;
  private lookupStmts: LookupStatements | null = null;
  /**
   * Copy candidates recently read (a stored article's copy link, story and fingerprint never change): articles that
   * share band keys with many others come back batch after batch. Bounded, so memory stays flat.
   */
  private readonly candidateCache = new Map<number, CopyCandidate>();
  /**
   * Band key → ids (ascending) of the stored originals whose band rows are still pending (see BAND_GROUP), in typed
   * arrays reused from group to group.
   */
  private readonly pendingBands = new PendingBandIndex();
  /** The articles whose rows those are. */
  private pendingIds: number[] = [];
  /**
   * The band keys of `lsh_bands` (a Bloom filter, built at the second look-up): keys it never saw are not looked up.
   * Dropped when another connection has committed since (`PRAGMA data_version`), so its rows are seen too, and
   * rebuilt once that connection has been quiet for a look-up.
   */
  private bandFilter: BandFilter | null = null;
  private bandFilterVersion = -1;
  /** The `data_version` seen at the previous look-up without a filter (a rebuild waits for it to hold still). */
  private quietSince = -1;
  private closed = false;
  private readonly readonly: boolean;
  private readonly bandGroup: number;

  private constructor(path: string, raw: Database.Database, opts: SqliteStoreOptions) {
    this.path = path;
    this.raw = raw;
    this.readonly = Boolean(opts.readonly);
    this.bandGroup = Math.max(1, opts.bandGroup ?? BAND_GROUP);
    this.db = new Kysely<StoreDatabase>({ dialect: new SqliteDialect({ database: raw }) });
  }

  /** Opens (or creates) the store file and applies pending migrations unless read-only. */
  static async open(path: string, opts: SqliteStoreOptions = {}): Promise<SqliteStore> {
    if ((opts.mustExist || opts.readonly) && path !== ':memory:' && !existsSync(path)) {
      throw new ParleyError('PARLEY_ERR_STORE', `${path}: no such database (run \`parley ingest --db ${path}\` first)`);
    }
    let raw: Database.Database;
    try {
      raw = new Database(path, { fileMustExist: Boolean(opts.mustExist || opts.readonly) });
      raw.pragma('busy_timeout = 10000');
      if (!opts.readonly && path !== ':memory:') raw.pragma('journal_mode = WAL');
      // WAL + NORMAL: a killed process never loses a committed batch; only an OS crash may drop the last one.
      raw.pragma('synchronous = NORMAL');
      // References are declared (and hold: `PRAGMA foreign_key_check` is empty, tested) but not enforced row by row:
      // the only writer, the batch writer, takes every id it references from the same transaction, and the checks
      // cost a look-up per reference on each of the ~100 rows an article writes.
      raw.pragma('foreign_keys = OFF');
      raw.pragma('cache_size = -32000');
      // Checkpoint the WAL every ~32 MB instead of 4 MB: fewer, larger copies into the main file during ingest.
      raw.pragma('wal_autocheckpoint = 8000');
    } catch (e) {
      throw new ParleyError('PARLEY_ERR_STORE', `${path}: ${(e as Error).message}`);
    }
    const store = new SqliteStore(path, raw, opts);
    if (opts.readonly) {
      const hasSchema = raw.prepare(`SELECT 1 FROM sqlite_master WHERE type='table' AND name='articles'`).get();
      if (!hasSchema) {
        await store.close();
        throw new ParleyError('PARLEY_ERR_STORE', `${path}: not a Parley database`);
      }
    } else {
      await store.migrate();
      // Band rows a previous run left pending (killed, or closed without moving them): back into the buffer.
      store.bufferBands(store.writeStatements().pendingBands());
    }
    return store;
  }

  async migrate(): Promise<void> {
    const migrator = new Migrator({ db: this.db, provider: sqliteMigrationProvider });
    let { error } = await migrator.migrateToLatest();
    // Kysely takes no lock around SQLite migrations: two runs opening one new file race, and the loser finds the
    // winner's tables half made. Once the winner is done, asking again finds every migration applied.
    for (let attempt = 1; error && attempt <= 5; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
      ({ error } = await migrator.migrateToLatest());
    }
    if (error) throw new ParleyError('PARLEY_ERR_STORE', `migration failed: ${(error as Error).message ?? error}`);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    if (!this.readonly && this.pendingBands.size > 0) this.moveBands();
    this.closed = true;
    await this.db.destroy(); // closes the better-sqlite3 handle too
  }

  private lookups(): LookupStatements {
    if (this.closed) throw new ParleyError('PARLEY_ERR_STORE', `${this.path}: the store is closed`);
    this.lookupStmts ??= lookupStatements(this.raw);
    return this.lookupStmts;
  }

  private writeStatements(): WriteStatements {
    if (this.closed) throw new ParleyError('PARLEY_ERR_STORE', `${this.path}: the store is closed`);
    this.writes ??= writeStatements(this.raw);
    return this.writes;
  }

  async putArticles(records: readonly ArticleRecord[], state?: IngestState): Promise<PutOutcome[]> {
    const w = this.writeStatements();
    const run = this.raw.transaction(() => {
      const out = w.putBatch(records, new Date().toISOString());
      if (state) for (const [k, v] of Object.entries(state)) w.putState(k, v);
      return out;
    });
    let res: ReturnType<WriteStatements['putBatch']>;
    try {
      res = run.immediate();
    } catch (e) {
      throw new ParleyError('PARLEY_ERR_STORE', (e as Error).message);
    }
    // Committed: the batch's band rows join the buffer (they are in lsh_pending already).
    this.bufferBands(res.bands);
    if (this.pendingBands.size >= this.bandGroup) this.moveBands();
    return res.outcomes;
  }

  private bufferBands(rows: readonly PendingBands[]): void {
    for (const { id, bands } of rows) {
      for (const band of bands) this.pendingBands.add(band, id);
      this.pendingIds.push(id);
    }
  }

  /** Writes the buffered band rows into `lsh_bands`, sorted by (band, article id), in one transaction. */
  private moveBands(): void {
    const { keys, bands, ids } = this.pendingBands.sorted();
    const w = this.writeStatements();
    try {
      this.raw.transaction(() => w.moveBands(bands, ids, this.pendingIds)).immediate();
    } catch (e) {
      throw new ParleyError('PARLEY_ERR_STORE', (e as Error).message);
    }
    if (this.bandFilter) for (const k of keys) this.bandFilter.add(k);
    this.pendingBands.clear();
    this.pendingIds = [];
  }

  async existing(keys: {
    contentHashes: readonly string[];
    urls: readonly string[];
    externalIds: readonly string[];
  }): Promise<ExistingKeys> {
    const l = this.lookups();
    return {
      contentHashes: l.existing('content_hash', keys.contentHashes),
      urls: l.existing('url', keys.urls),
      externalIds: l.existing('external_id', keys.externalIds),
    };
  }

  async hasContentHash(hash: string): Promise<boolean> {
    return (await this.existing({ contentHashes: [hash], urls: [], externalIds: [] })).contentHashes.size > 0;
  }
  async hasUrl(url: string): Promise<boolean> {
    return (await this.existing({ contentHashes: [], urls: [url], externalIds: [] })).urls.size > 0;
  }
  async hasExternalId(externalId: string): Promise<boolean> {
    return (await this.existing({ contentHashes: [], urls: [], externalIds: [externalId] })).externalIds.size > 0;
  }

  async byBodyHash(hashes: readonly string[]): Promise<Map<string, CopyCandidate>> {
    const first = this.lookups().firstByBodyHash(hashes);
    const cands = await this.copyCandidates([...first.values()]);
    const out = new Map<string, CopyCandidate>();
    for (const [hash, id] of first) {
      const c = cands.get(id);
      if (c) out.set(hash, c);
    }
    return out;
  }

  async lshLookup(bands: readonly number[], perKey = Number.MAX_SAFE_INTEGER): Promise<Map<number, number[]>> {
    const stored = this.lookups().bands(this.mayBeStored(bands), perKey);
    if (this.pendingBands.size === 0) return stored;
    // The pending rows are the newest (ids above every row of lsh_bands, unless another process wrote meanwhile):
    // after the stored ones, the last perKey kept.
    const out = new Map<number, number[]>();
    for (const band of bands) {
      if (out.has(band)) continue;
      const older = stored.get(band);
      const newer = this.pendingBands.get(band);
      if (!newer) {
        if (older) out.set(band, older);
        continue;
      }
      let all = older ? older.concat(newer) : newer;
      if (older?.length && older[older.length - 1]! >= newer[0]!) all = [...new Set(all)].sort((x, y) => x - y);
      out.set(band, all.length > perKey ? all.slice(all.length - perKey) : all);
    }
    return out;
  }

  /** The keys that may have rows in `lsh_bands` (the others certainly have none). */
  private mayBeStored(keys: readonly number[]): readonly number[] {
    const version = this.raw.pragma('data_version', { simple: true }) as number;
    if (!this.bandFilter || version !== this.bandFilterVersion) {
      // Another connection committed since (or first use): its rows are not in the filter, so every key is looked
      // up. The filter is rebuilt — a scan of the whole band table — only once that writer has been quiet for a
      // look-up: rebuilding after each batch of a concurrent writer would cost more than it saves.
      this.bandFilter = null;
      if (version !== this.quietSince) {
        this.quietSince = version;
        return keys;
      }
      const filter = new BandFilter();
      for (const k of this.raw.prepare('SELECT band FROM lsh_bands').pluck().iterate() as Iterable<number>)
        filter.add(k);
      this.bandFilter = filter;
      this.bandFilterVersion = version;
    }
    const filter = this.bandFilter;
    return keys.filter((k) => filter.mayHave(k));
  }

  async copyCandidates(ids: readonly number[]): Promise<Map<number, CopyCandidate>> {
    const out = new Map<number, CopyCandidate>();
    const cache = this.candidateCache;
    const missing: number[] = [];
    for (const id of ids) {
      const c = cache.get(id);
      if (c) {
        // Most recently used last: the first entries are the ones to evict.
        cache.delete(id);
        cache.set(id, c);
        out.set(id, c);
      } else missing.push(id);
    }
    for (const r of this.lookups().candidates(missing)) {
      const c: CopyCandidate = {
        id: r.id,
        copyOf: r.copy_of,
        storyId: r.story_id,
        fingerprint: r.minhash
          ? {
              hash: r.body_hash,
              signature: signatureFromBytes(r.minhash),
              size: r.size ?? 0,
              ...(r.shingles ? { shingles: signatureFromBytes(r.shingles) } : {}),
            }
          : null,
      };
      out.set(r.id, c);
      cache.set(r.id, c);
    }
    for (const id of cache.keys()) {
      if (cache.size <= CANDIDATE_CACHE) break;
      cache.delete(id);
    }
    return out;
  }

  async getState(key: string): Promise<string | null> {
    const row = await this.db.selectFrom('ingest_state').select('value').where('key', '=', key).executeTakeFirst();
    return row?.value ?? null;
  }

  async propositions(coarseKeys: readonly string[], perKey = 50): Promise<Map<string, PropositionCandidate[]>> {
    const out = new Map<string, PropositionCandidate[]>();
    const l = this.lookups();
    for (const coarse of new Set(coarseKeys)) {
      const rows = l.propositions(coarse, perKey);
      if (rows.length > 0) out.set(coarse, rows);
    }
    return out;
  }

  async getArticle(id: number): Promise<StoredArticle | null> {
    const row = await this.db
      .selectFrom('articles')
      .select([...ARTICLE_COLUMNS, 'text', 'analysis'])
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? { ...toArticleRow(row), analysis: analysisFromColumns(row.text, row.analysis) } : null;
  }

  async getArticleBy(key: { externalId?: string; url?: string }): Promise<StoredArticle | null> {
    let q = this.db.selectFrom('articles').select('id');
    if (key.externalId !== undefined) q = q.where('external_id', '=', key.externalId);
    else if (key.url !== undefined) q = q.where('url', '=', key.url);
    else return null;
    const row = await q.executeTakeFirst();
    return row ? this.getArticle(row.id) : null;
  }

  async search(query: string, opts: SearchOptions = {}): Promise<SearchHit[]> {
    const where = opts.in ?? 'all';
    const limit = opts.limit ?? 20;
    const q = query.trim();
    if (q.length === 0) return [];
    const attempt = async (match: string): Promise<SearchHit[]> => {
      const hits: SearchHit[] = [];
      const copies = opts.includeCopies ? sql`1 = 1` : sql`a.copy_of IS NULL`;
      if (where !== 'quotes') {
        const res = await sql<{
          id: number;
          external_id: string | null;
          title: string | null;
          source: string | null;
          published: string | null;
          snippet: string;
          rank: number;
        }>`SELECT a.id, a.external_id, a.title, a.source, a.published,
              snippet(articles_fts, 1, '[', ']', ' … ', 12) AS snippet, bm25(articles_fts) AS rank
            FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
            WHERE articles_fts MATCH ${match} AND ${copies}
            ORDER BY rank LIMIT ${limit}`.execute(this.db);
        for (const r of res.rows)
          hits.push({
            kind: 'article',
            articleId: r.id,
            externalId: r.external_id,
            title: r.title,
            source: r.source,
            published: r.published,
            quoteId: null,
            speaker: null,
            snippet: r.snippet,
            rank: r.rank,
          });
      }
      if (where !== 'articles') {
        const res = await sql<{
          id: number;
          external_id: string | null;
          title: string | null;
          source: string | null;
          published: string | null;
          local_id: string;
          speaker_name: string | null;
          snippet: string;
          rank: number;
        }>`SELECT a.id, a.external_id, a.title, a.source, a.published, q.local_id, q.speaker_name,
              snippet(quotes_fts, 0, '[', ']', ' … ', 16) AS snippet, bm25(quotes_fts) AS rank
            FROM quotes_fts JOIN quotes q ON q.id = quotes_fts.rowid JOIN articles a ON a.id = q.article_id
            WHERE quotes_fts MATCH ${match} AND ${copies}
            ORDER BY rank LIMIT ${limit}`.execute(this.db);
        for (const r of res.rows)
          hits.push({
            kind: 'quote',
            articleId: r.id,
            externalId: r.external_id,
            title: r.title,
            source: r.source,
            published: r.published,
            quoteId: r.local_id,
            speaker: r.speaker_name,
            snippet: r.snippet,
            rank: r.rank,
          });
      }
      hits.sort((x, y) => x.rank - y.rank || x.articleId - y.articleId);
      return hits.slice(0, limit);
    };
    try {
      return await attempt(q);
    } catch {
      // Not valid FTS5 syntax (a stray quote, a bare "-"): search the words instead.
      const safe = quoteFtsTerms(q);
      if (safe.length === 0) return [];
      try {
        return await attempt(safe);
      } catch (e) {
        throw new ParleyError('PARLEY_ERR_STORE', `search failed: ${(e as Error).message}`);
      }
    }
  }

  async listQuotes(filter: QuoteFilter = {}): Promise<QuoteRow[]> {
    let q = this.db
      .selectFrom('quotes as q')
      .innerJoin('articles as a', 'a.id', 'q.article_id')
      .leftJoin('entities as e', 'e.id', 'q.speaker_entity_id')
      // The speaker's affiliation is an entity id local to its article; its name is what users search and read.
      .leftJoin('entities as af', (j) =>
        j.onRef('af.article_id', '=', 'e.article_id').onRef('af.local_id', '=', 'e.affiliation'),
      )
      .leftJoin('corpus_entities as ce', 'ce.id', 'q.corpus_entity_id')
      .select([
        'a.id as article_id',
        'a.external_id',
        'a.source',
        'a.published',
        'q.local_id',
        'q.kind',
        'q.act',
        'q.negated',
        'q.speaker_name',
        'q.corpus_entity_id',
        'af.name as affiliation',
        'ce.name as corpus_name',
        'q.content',
        'q.cue',
        'q.confidence',
      ]);
    if (!filter.includeCopies) q = q.where('a.copy_of', 'is', null);
    if (filter.act) q = q.where('q.act', '=', filter.act);
    if (filter.speaker) {
      const like = `%${filter.speaker.toLowerCase()}%`;
      q = q.where((eb) =>
        eb.or([eb(eb.fn('lower', ['q.speaker_name']), 'like', like), eb(eb.fn('lower', ['ce.name']), 'like', like)]),
      );
    }
    if (filter.org) {
      const like = `%${filter.org.toLowerCase()}%`;
      q = q.where((eb) =>
        eb.or([
          eb(eb.fn('lower', ['af.name']), 'like', like),
          eb.and([eb('e.type', '=', 'organization'), eb(eb.fn('lower', ['e.name']), 'like', like)]),
        ]),
      );
    }
    const rows = await q
      .orderBy('a.published')
      .orderBy('a.id')
      .orderBy('q.id')
      .limit(filter.limit ?? 1000)
      .execute();
    return rows.map((r) => ({
      articleId: r.article_id,
      externalId: r.external_id,
      source: r.source,
      published: r.published,
      quoteId: r.local_id,
      kind: r.kind,
      act: r.act,
      negated: r.negated === 1,
      speaker: r.corpus_name ?? r.speaker_name,
      speakerEntity: r.corpus_entity_id,
      affiliation: r.affiliation,
      content: r.content,
      cue: r.cue,
      confidence: r.confidence,
    }));
  }

  async listEntities(filter: EntityFilter = {}): Promise<CorpusEntityRow[]> {
    let q = this.db.selectFrom('corpus_entities').selectAll();
    if (filter.type) q = q.where('type', '=', filter.type);
    if (filter.name) q = q.where((eb) => eb(eb.fn('lower', ['name']), 'like', `%${filter.name!.toLowerCase()}%`));
    const rows = await q
      .orderBy('article_count', 'desc')
      .orderBy('mention_count', 'desc')
      .orderBy('id')
      .limit(filter.limit ?? 1000)
      .execute();
    return rows.map((r) => ({
      id: r.id,
      key: r.key,
      type: r.type,
      name: r.name,
      country: r.country,
      articles: r.article_count,
      mentions: r.mention_count,
      quotes: r.quote_count,
    }));
  }

  async listDisputes(opts: { limit?: number } = {}): Promise<DisputeRow[]> {
    // A corpus dispute: one claim key with at least one assertion and one denial or doubt, in original articles.
    const keys = await this.db
      .selectFrom('positions as p')
      .innerJoin('claims as c', 'c.id', 'p.claim_id')
      .innerJoin('articles as a', 'a.id', 'p.article_id')
      .where('a.copy_of', 'is', null)
      .select(['c.claim_key', (eb) => eb.fn.min('a.published').as('first')])
      .groupBy('c.claim_key')
      .having((eb) =>
        eb.and([
          eb(eb.fn.sum(eb.case().when('p.stance', '=', 'assert').then(1).else(0).end()), '>', 0),
          eb(eb.fn.sum(eb.case().when('p.stance', 'in', ['deny', 'doubt']).then(1).else(0).end()), '>', 0),
          // Two holders at least: one source asserting and later denying has changed its mind, not disputed anyone.
          eb(eb.fn.count(sql`coalesce('e' || p.corpus_entity_id, 'n' || lower(p.holder_name))`).distinct(), '>', 1),
        ]),
      )
      .orderBy('first')
      .orderBy('c.claim_key')
      .limit(opts.limit ?? 500)
      .execute();
    const out: DisputeRow[] = [];
    for (const k of keys) {
      const rows = await this.db
        .selectFrom('positions as p')
        .innerJoin('claims as c', 'c.id', 'p.claim_id')
        .innerJoin('articles as a', 'a.id', 'p.article_id')
        .leftJoin('corpus_entities as ce', 'ce.id', 'p.corpus_entity_id')
        .where('c.claim_key', '=', k.claim_key)
        .where('a.copy_of', 'is', null)
        .select([
          'c.proposition',
          'p.holder_name',
          'ce.name as corpus_name',
          'p.corpus_entity_id',
          'p.stance',
          'p.evidence',
          'a.id as article_id',
          'a.external_id',
          'a.source',
          'a.url',
          'a.published',
        ])
        .orderBy('a.published')
        .orderBy('a.id')
        .orderBy('p.id')
        .execute();
      // One position per holder, stance and article (an article often states a stance twice, in two quotes).
      const seen = new Set<string>();
      const unique = rows.filter((r) => {
        const key = `${r.article_id}\u0000${r.corpus_entity_id ?? r.holder_name}\u0000${r.stance}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
      out.push({
        key: k.claim_key,
        proposition: rows[0]?.proposition ?? '',
        positions: unique.map((r) => ({
          holder: r.corpus_name ?? r.holder_name,
          holderEntity: r.corpus_entity_id,
          stance: r.stance,
          evidence: r.evidence,
          articleId: r.article_id,
          externalId: r.external_id,
          source: r.source,
          url: r.url,
          published: r.published,
        })),
      });
    }
    return out;
  }

  async listStories(opts: { minArticles?: number; limit?: number; after?: number } = {}): Promise<StoryRow[]> {
    const stories = await this.db
      .selectFrom('stories')
      .selectAll()
      .where('article_count', '>=', opts.minArticles ?? 1)
      .where('id', '>', opts.after ?? Number.MIN_SAFE_INTEGER)
      .orderBy('id')
      .limit(opts.limit ?? 100000)
      .execute();
    const out: StoryRow[] = [];
    for (const part of chunks(stories)) {
      const rows = await this.db
        .selectFrom('articles')
        .select(['id', 'external_id', 'source', 'title', 'published', 'story_id'])
        .where(
          'story_id',
          'in',
          part.map((s) => s.id),
        )
        .orderBy('published')
        .orderBy('id')
        .execute();
      const byStory = new Map<number, StoryRow['articles'][number][]>();
      for (const r of rows) {
        const list = byStory.get(r.story_id!) ?? [];
        list.push({ id: r.id, externalId: r.external_id, source: r.source, title: r.title, published: r.published });
        byStory.set(r.story_id!, list);
      }
      for (const s of part)
        out.push({
          story: s.id,
          title: s.title,
          firstPublished: s.first_published,
          lastPublished: s.last_published,
          articles: byStory.get(s.id) ?? [],
        });
    }
    return out;
  }

  async copies(): Promise<CopyRow[]> {
    const rows = await this.db
      .selectFrom('articles')
      .select(['id', 'copy_of', 'copy_kind', 'copy_similarity'])
      .where('copy_of', 'is not', null)
      .orderBy('id')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      canonical: r.copy_of!,
      kind: r.copy_kind ?? 'exact',
      similarity: r.copy_similarity ?? 1,
    }));
  }

  async counts(): Promise<StoreCounts> {
    const count = (table: keyof StoreDatabase, where?: string) =>
      this.raw.prepare(`SELECT count(*) AS n FROM ${table}${where ? ` WHERE ${where}` : ''}`).get() as { n: number };
    return {
      articles: count('articles').n,
      copies: count('articles', 'copy_of IS NOT NULL').n,
      stories: count('stories').n,
      entities: count('entities').n,
      corpusEntities: count('corpus_entities').n,
      quotes: count('quotes').n,
      events: count('events').n,
      claims: count('claims').n,
    };
  }

  async *articles(opts: { includeCopies?: boolean } = {}): AsyncIterable<ArticleRow> {
    let after = 0;
    for (;;) {
      let q = this.db.selectFrom('articles').select(ARTICLE_COLUMNS).where('id', '>', after);
      if (!opts.includeCopies) q = q.where('copy_of', 'is', null);
      const rows = await q.orderBy('id').limit(500).execute();
      if (rows.length === 0) return;
      for (const r of rows) yield toArticleRow(r);
      after = rows[rows.length - 1]!.id;
    }
  }

  async *analyses(opts: { offset?: number } = {}): AsyncIterable<StoredArticle> {
    let after = 0;
    const skip = opts.offset ?? 0;
    if (skip > 0) {
      // Jump over the first `offset` articles in one query.
      const row = await this.db
        .selectFrom('articles')
        .select('id')
        .orderBy('id')
        .offset(skip - 1)
        .limit(1)
        .executeTakeFirst();
      if (!row) return;
      after = row.id;
    }
    for (;;) {
      const rows = await this.db
        .selectFrom('articles')
        .select([...ARTICLE_COLUMNS, 'text', 'analysis'])
        .where('id', '>', after)
        .orderBy('id')
        .limit(200)
        .execute();
      if (rows.length === 0) return;
      for (const r of rows) yield { ...toArticleRow(r), analysis: analysisFromColumns(r.text, r.analysis) };
      after = rows[rows.length - 1]!.id;
    }
  }

  async *corpusEntities(): AsyncIterable<{ key: string; type: string; name: string; country: string | null }> {
    let after = 0;
    for (;;) {
      const rows = await this.db
        .selectFrom('corpus_entities')
        .select(['id', 'key', 'type', 'name', 'country'])
        .where('id', '>', after)
        .orderBy('id')
        .limit(1000)
        .execute();
      if (rows.length === 0) return;
      for (const r of rows) yield { key: r.key, type: r.type, name: r.name, country: r.country };
      after = rows[rows.length - 1]!.id;
    }
  }

  async *exportRows(
    opts: { kinds?: readonly ExportRow['kind'][]; includeCopies?: boolean } = {},
  ): AsyncIterable<ExportRow> {
    const kinds = new Set(opts.kinds ?? ['event', 'quote', 'claim']);
    let after = 0;
    for (;;) {
      // Keyset pagination: memory stays bounded by one page whatever the corpus size.
      let q = this.db
        .selectFrom('articles')
        .select(['id', 'external_id', 'source', 'url', 'published', 'story_id', 'text', 'analysis'])
        .where('id', '>', after);
      if (!opts.includeCopies) q = q.where('copy_of', 'is', null);
      const rows = await q.orderBy('id').limit(200).execute();
      if (rows.length === 0) return;
      for (const r of rows) {
        const a = analysisFromColumns(r.text, r.analysis);
        const base = {
          articleId: r.id,
          externalId: r.external_id,
          source: r.source,
          url: r.url,
          published: r.published,
          storyId: r.story_id,
        };
        if (kinds.has('event')) for (const e of a.events) yield { kind: 'event', ...base, item: e };
        if (kinds.has('quote')) for (const x of a.quotes) yield { kind: 'quote', ...base, item: x };
        if (kinds.has('claim')) for (const c of a.claims) yield { kind: 'claim', ...base, item: c };
      }
      after = rows[rows.length - 1]!.id;
    }
  }
}
