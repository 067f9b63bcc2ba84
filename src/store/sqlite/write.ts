/**
 * The hot write path of SqliteStore: prepared statements, compiled once per connection, run inside the batch
 * transaction. Everything here is synchronous (better-sqlite3); the caller wraps it in one transaction.
 *
 * Articles go in one by one (each may turn out to be a duplicate, and copies link to earlier ones); their layers —
 * about a hundred rows per article — are collected for the whole batch and written with multi-row INSERTs, their ids
 * assigned here from `sqlite_sequence` (the caller holds the write lock, so nobody else takes ids meanwhile).
 */
import type Database from 'better-sqlite3';
import { articleColumns, quoteContent, signatureToBytes, spansColumn } from '../rows.js';
import type { ArticleRecord, PutOutcome } from '../types.js';

export interface WriteStatements {
  /**
   * Writes a batch (inside the caller's transaction): articles first, then corpus entities once per key, then
   * layers. The band keys of the stored originals go to `lsh_pending` (returned, for the caller's buffer), not yet
   * to `lsh_bands`.
   */
  putBatch(records: readonly ArticleRecord[], ingestedAt: string): { outcomes: PutOutcome[]; bands: PendingBands[] };
  putState(key: string, value: string): void;
  /**
   * Moves pending band rows into `lsh_bands` (inside the caller's transaction), sorted by (band, article id), then
   * deletes the `lsh_pending` rows of `articles` (those moved: another writer's pending rows stay).
   */
  moveBands(bands: Float64Array, ids: Float64Array, articles: readonly number[]): void;
  /** Every `lsh_pending` row, in id order. */
  pendingBands(): PendingBands[];
}

/** The band keys of one stored original, not yet in `lsh_bands`. */
export interface PendingBands {
  readonly id: number;
  readonly bands: readonly number[];
}

const b = (x: boolean | undefined | null): number => (x ? 1 : 0);

export function writeStatements(db: Database.Database): WriteStatements {
  const insArticle = db.prepare(
    `INSERT INTO articles (external_id, source, url, origin, content_hash, body_hash, title, published, language,
       publisher, authors, fetched_at, ingested_at, text, analysis, copy_of, copy_kind, copy_similarity, story_id)
     VALUES (@external_id, @source, @url, @origin, @content_hash, @body_hash, @title, @published, @language,
       @publisher, @authors, @fetched_at, @ingested_at, @text, @analysis, @copy_of, @copy_kind, @copy_similarity,
       @story_id)
     ON CONFLICT DO NOTHING`,
  );
  const findSame = db.prepare(
    `SELECT id FROM articles WHERE content_hash = ? OR (url IS NOT NULL AND url = ?)
       OR (external_id IS NOT NULL AND external_id = ?) LIMIT 1`,
  );
  const canonicalOf = db.prepare(`SELECT id, copy_of, story_id FROM articles INDEXED BY articles_links WHERE id = ?`);
  const upsertStory = db.prepare(
    `INSERT INTO stories (id, title, first_published, last_published, article_count) VALUES (?, ?, ?, ?, 1)
     ON CONFLICT (id) DO UPDATE SET article_count = article_count + 1,
       first_published = CASE WHEN excluded.first_published IS NOT NULL AND (first_published IS NULL
         OR excluded.first_published < first_published) THEN excluded.first_published ELSE first_published END,
       last_published = CASE WHEN excluded.last_published IS NOT NULL AND (last_published IS NULL
         OR excluded.last_published > last_published) THEN excluded.last_published ELSE last_published END`,
  );
  const upsertCorpusEntity = db.prepare(
    `INSERT INTO corpus_entities (key, type, name, country, article_count, mention_count, quote_count)
     VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET article_count = article_count + excluded.article_count,
       mention_count = mention_count + excluded.mention_count, quote_count = quote_count + excluded.quote_count,
       name = CASE WHEN length(excluded.name) > length(name) THEN excluded.name ELSE name END
     RETURNING id`,
  );
  const entities = bulk(db, 'entities', [
    'id',
    'article_id',
    'local_id',
    'type',
    'name',
    'country',
    'roles',
    'affiliation',
    'sector',
    'corpus_entity_id',
    'mention_count',
  ]);
  const mentions = bulk(db, 'mentions', ['id', 'article_id', 'entity_id', 'start_offset', 'end_offset']);
  const quotes = bulk(db, 'quotes', [
    'id',
    'article_id',
    'local_id',
    'kind',
    'act',
    'negated',
    'content',
    'spans',
    'cue',
    'speaker_name',
    'speaker_entity_id',
    'corpus_entity_id',
    'anonymous',
    'rule',
    'confidence',
  ]);
  const quotesFts = bulk(db, 'quotes_fts', ['rowid', 'content', 'speaker_name']);
  const articlesFts = bulk(db, 'articles_fts', ['rowid', 'title', 'text']);
  const events = bulk(db, 'events', [
    'id',
    'article_id',
    'local_id',
    'cameo',
    'plover_type',
    'plover_mode',
    'plover_context',
    'goldstein',
    'quad',
    'negated',
    'modality',
    'source_code',
    'source_text',
    'source_country',
    'source_sector',
    'source_entity_id',
    'target_code',
    'target_text',
    'target_country',
    'target_sector',
    'target_entity_id',
    'quote_local_id',
    'trigger_start',
    'trigger_end',
    'trigger_text',
    'sentence_text',
    'rule',
    'confidence',
  ]);
  const claims = bulk(db, 'claims', [
    'id',
    'article_id',
    'local_id',
    'claim_key',
    'proposition',
    'event_local_id',
    'disputed',
  ]);
  const positions = bulk(db, 'positions', [
    'id',
    'claim_id',
    'article_id',
    'holder_local_id',
    'corpus_entity_id',
    'holder_name',
    'stance',
    'evidence',
  ]);
  const bands = bulk(db, 'lsh_bands', ['band', 'article_id'], 'ON CONFLICT DO NOTHING');
  const pending = bulk(db, 'lsh_pending', ['article_id', 'bands']);
  const deletePending = db.prepare(`DELETE FROM lsh_pending WHERE article_id IN (SELECT value FROM json_each(?))`);
  const selectPending = db.prepare(`SELECT article_id, bands FROM lsh_pending ORDER BY article_id`).raw();
  const signatures = bulk(db, 'signatures', ['article_id', 'minhash', 'size', 'shingles']);
  const layerTables = [
    articlesFts,
    entities,
    mentions,
    quotes,
    quotesFts,
    events,
    claims,
    positions,
    pending,
    signatures,
  ];
  const sequences = db.prepare(`SELECT name, seq FROM sqlite_sequence`);
  const insProposition = db.prepare(
    `INSERT INTO propositions (key, coarse_key, match, proposition, last_claim) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET last_claim = excluded.last_claim`,
  );
  const touchProposition = db.prepare(`UPDATE propositions SET last_claim = ? WHERE key = ?`);
  const putState = db.prepare(
    `INSERT INTO ingest_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
  );

  /** The root of a copy chain, and its story. */
  const resolveCanonical = (id: number): { id: number; story: number | null } | null => {
    const row = canonicalOf.get(id) as { id: number; copy_of: number | null; story_id: number | null } | undefined;
    if (!row) return null;
    if (row.copy_of !== null && row.copy_of !== row.id) return resolveCanonical(row.copy_of);
    return { id: row.id, story: row.story_id };
  };

  /** Phase 1: the article row (or null when already stored), with its copy link and story resolved. */
  function insertArticle(
    r: ArticleRecord,
    ingestedAt: string,
    batch: readonly ArticleRecord[],
    earlier: readonly PutOutcome[],
  ): { id: number; story: number | null; copyOf: number | null } | null {
    const cols = articleColumns(r, ingestedAt);
    let copyOf: number | null = null;
    let story = r.storyId;
    if (r.copy) {
      let target: number | null = null;
      if ('id' in r.copy.of) target = r.copy.of.id;
      else {
        const prior = earlier[r.copy.of.batchIndex];
        const priorRecord = batch[r.copy.of.batchIndex];
        if (prior?.status === 'stored') target = prior.id;
        else if (priorRecord) {
          // The canonical was itself already stored (a re-run): link to the stored twin.
          const twin = findSame.get(priorRecord.contentHash, priorRecord.url, priorRecord.externalId) as
            | { id: number }
            | undefined;
          target = twin?.id ?? null;
        }
      }
      const root = target === null ? null : resolveCanonical(target);
      if (root) {
        copyOf = root.id;
        story = root.story;
      }
    }
    const res = insArticle.run({
      ...cols,
      copy_of: copyOf,
      copy_kind: copyOf === null ? null : (r.copy?.kind ?? null),
      copy_similarity: copyOf === null ? null : (r.copy?.similarity ?? null),
      story_id: story,
    });
    if (res.changes === 0) return null;
    const id = Number(res.lastInsertRowid);
    articlesFts.add(id, cols.title, r.analysis.text);
    if (story !== null) upsertStory.run(story, copyOf === null ? cols.title : null, cols.published, cols.published);
    return { id, story, copyOf };
  }

  /** Phase 2: one upsert per corpus key for the whole batch (counts aggregated), returning key → id. */
  function upsertCorpus(stored: readonly ArticleRecord[]): Map<string, number> {
    const agg = new Map<
      string,
      { type: string; name: string; country: string | null; articles: number; mentions: number; quotes: number }
    >();
    for (const r of stored) {
      const keyOf = new Map(r.entityLinks.map((l) => [l.localId, l.key]));
      const inArticle = new Set<string>();
      for (const e of r.analysis.entities) {
        const key = keyOf.get(e.id);
        if (!key) continue;
        let x = agg.get(key);
        if (!x)
          agg.set(key, (x = { type: e.type, name: e.name, country: e.country, articles: 0, mentions: 0, quotes: 0 }));
        if (e.name.length > x.name.length) x.name = e.name;
        x.mentions += e.mentions.length;
        if (!inArticle.has(key)) x.articles++;
        inArticle.add(key);
      }
      for (const q of r.analysis.quotes) {
        const key = q.speaker.entity ? keyOf.get(q.speaker.entity) : null;
        if (key) agg.get(key)!.quotes++;
      }
    }
    const ids = new Map<string, number>();
    for (const [key, x] of agg) {
      const row = upsertCorpusEntity.get(key, x.type, x.name, x.country, x.articles, x.mentions, x.quotes) as {
        id: number;
      };
      ids.set(key, row.id);
    }
    return ids;
  }

  /** Next ids of the tables whose rows get their ids here (AUTOINCREMENT: above every id ever used). */
  interface Ids {
    entities: number;
    mentions: number;
    quotes: number;
    events: number;
    claims: number;
    positions: number;
  }
  function nextIds(): Ids {
    const seq = new Map<string, number>();
    for (const row of sequences.all() as { name: string; seq: number }[]) seq.set(row.name, row.seq);
    const next = (t: string) => (seq.get(t) ?? 0) + 1;
    return {
      entities: next('entities'),
      mentions: next('mentions'),
      quotes: next('quotes'),
      events: next('events'),
      claims: next('claims'),
      positions: next('positions'),
    };
  }

  /** Phase 3: entities, mentions, quotes, events, claims, positions, bands and fingerprint of a stored article. */
  function insertLayers(
    r: ArticleRecord,
    id: number,
    corpusByKey: ReadonlyMap<string, number>,
    ids: Ids,
    newBands: PendingBands[],
  ): void {
    const a = r.analysis;
    const corpusIds = new Map<string, number>();
    const entityIds = new Map<string, number>();
    const corpusKeys = new Map<string, string | null>();
    for (const l of r.entityLinks) corpusKeys.set(l.localId, l.key);
    for (const e of a.entities) {
      const key = corpusKeys.get(e.id) ?? null;
      const corpusId = key !== null ? (corpusByKey.get(key) ?? null) : null;
      if (corpusId !== null) corpusIds.set(e.id, corpusId);
      const entityId = ids.entities++;
      entities.add(
        entityId,
        id,
        e.id,
        e.type,
        e.name,
        e.country,
        JSON.stringify(e.roles),
        e.affiliation,
        e.sector ?? null,
        corpusId,
        e.mentions.length,
      );
      entityIds.set(e.id, entityId);
      for (const m of e.mentions) mentions.add(ids.mentions++, id, entityId, m.start, m.end);
    }
    for (const q of a.quotes) {
      const content = quoteContent(q.content);
      const local = q.speaker.entity;
      const corpusId = local ? (corpusIds.get(local) ?? null) : null;
      const quoteId = ids.quotes++;
      quotes.add(
        quoteId,
        id,
        q.id,
        q.kind,
        q.act,
        b(q.negated),
        content,
        spansColumn(q.content),
        q.cue?.text ?? null,
        q.speaker.name,
        local ? (entityIds.get(local) ?? null) : null,
        corpusId,
        b(q.speaker.anonymous),
        q.rule ?? null,
        q.confidence ?? null,
      );
      quotesFts.add(quoteId, content, q.speaker.name);
    }
    for (const e of a.events) {
      const t = e.target;
      events.add(
        ids.events++,
        id,
        e.id,
        e.cameo,
        e.plover.type,
        e.plover.mode,
        e.plover.context,
        e.goldstein,
        e.quad,
        b(e.negated),
        e.modality,
        e.source.code,
        e.source.text?.text ?? null,
        e.source.country,
        e.source.sector,
        e.source.entity ? (corpusIds.get(e.source.entity) ?? null) : null,
        t?.code ?? null,
        t?.text?.text ?? null,
        t?.country ?? null,
        t?.sector ?? null,
        t?.entity ? (corpusIds.get(t.entity) ?? null) : null,
        e.quote,
        e.trigger.start,
        e.trigger.end,
        e.trigger.text,
        e.sentence.text,
        e.rule,
        e.confidence,
      );
    }
    for (const c of a.claims) {
      const k = r.claimKeys.get(c.id);
      const key = k?.key ?? `article:${id}:${c.id}`;
      const claimId = ids.claims++;
      claims.add(claimId, id, c.id, key, c.proposition.text, c.proposition.event, b(c.disputed));
      if (k?.coarse) {
        if (k.match !== null) insProposition.run(key, k.coarse, k.match, c.proposition.text, claimId);
        else touchProposition.run(claimId, key);
      }
      for (const p of c.positions)
        positions.add(
          ids.positions++,
          claimId,
          id,
          p.holder,
          p.holder ? (corpusIds.get(p.holder) ?? null) : null,
          p.holderName,
          p.stance,
          p.evidence,
        );
    }
    // Copies need no bands: whatever resembles a copy also reaches its canonical, where copies link.
    // Pending until moved into lsh_bands with thousands of others (see moveBands).
    if (!r.copy && r.bands.length > 0) {
      const keys = [...new Set(r.bands)];
      pending.add(id, bandsToBytes(keys));
      newBands.push({ id, bands: keys });
    }
    const fp = r.fingerprint;
    if (fp)
      signatures.add(id, signatureToBytes(fp.signature), fp.size, fp.shingles ? signatureToBytes(fp.shingles) : null);
  }

  function putBatch(
    records: readonly ArticleRecord[],
    ingestedAt: string,
  ): { outcomes: PutOutcome[]; bands: PendingBands[] } {
    const out: PutOutcome[] = [];
    const newBands: PendingBands[] = [];
    const stored: { r: ArticleRecord; id: number }[] = [];
    try {
      for (const r of records) {
        const row = insertArticle(r, ingestedAt, records, out);
        out.push(row ? { status: 'stored', id: row.id } : { status: 'duplicate' });
        if (row) stored.push({ r, id: row.id });
      }
      const corpus = upsertCorpus(stored.map((x) => x.r));
      const ids = nextIds();
      for (const x of stored) insertLayers(x.r, x.id, corpus, ids, newBands);
      for (const t of layerTables) t.flush();
    } finally {
      // A failed batch (rolled back by the caller) leaves nothing queued for the next one.
      for (const t of layerTables) t.clear();
    }
    return { outcomes: out, bands: newBands };
  }

  function moveBands(keys: Float64Array, ids: Float64Array, articles: readonly number[]): void {
    try {
      for (let i = 0; i < keys.length; i++) bands.add(keys[i], ids[i]);
      bands.flush();
    } finally {
      bands.clear();
    }
    deletePending.run(JSON.stringify(articles));
  }

  function pendingBands(): PendingBands[] {
    return (selectPending.all() as [number, Uint8Array][]).map(([id, bytes]) => ({ id, bands: bandsFromBytes(bytes) }));
  }

  return { putBatch, putState: (k, v) => void putState.run(k, v), moveBands, pendingBands };
}

/** Band keys ⇄ bytes (float64 little-endian: keys are integers below 2⁵³) for `lsh_pending.bands`. */
function bandsToBytes(keys: readonly number[]): Uint8Array {
  const out = new Uint8Array(keys.length * 8);
  const view = new DataView(out.buffer);
  for (let i = 0; i < keys.length; i++) view.setFloat64(i * 8, keys[i]!, true);
  return out;
}

function bandsFromBytes(bytes: Uint8Array): number[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: number[] = [];
  for (let i = 0; i + 8 <= bytes.byteLength; i += 8) out.push(view.getFloat64(i, true));
  return out;
}

/**
 * Rows of one table written with multi-row INSERTs: a statement of 64 rows as soon as 64 are collected, the rest of
 * the batch at `flush` with statements of 16, 4 and 1 rows. Only for rows whose ids are already known.
 */
interface Bulk {
  add(...values: unknown[]): void;
  flush(): void;
  clear(): void;
}

const CHUNKS = [64, 16, 4, 1] as const;

function bulk(db: Database.Database, table: string, columns: readonly string[], tail = ''): Bulk {
  const width = columns.length;
  const row = `(${columns.map(() => '?').join(', ')})`;
  const statements = new Map<number, Database.Statement>();
  const statement = (rows: number) => {
    let st = statements.get(rows);
    if (!st) {
      st = db.prepare(
        `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${Array.from({ length: rows }, () => row).join(', ')} ${tail}`,
      );
      statements.set(rows, st);
    }
    return st;
  };
  const full = CHUNKS[0] * width;
  let values: unknown[] = [];
  return {
    add(...v: unknown[]) {
      for (let i = 0; i < width; i++) values.push(v[i]);
      // A full chunk goes out at once: no large array to hold or slice for the batch.
      if (values.length === full) {
        statement(CHUNKS[0]).run(values);
        values = [];
      }
    },
    flush() {
      const total = values.length / width;
      let done = 0;
      for (const size of CHUNKS) {
        if (total - done < size) continue;
        const st = statement(size);
        while (total - done >= size) {
          st.run(values.slice(done * width, (done + size) * width));
          done += size;
        }
      }
      values = [];
    },
    clear() {
      values = [];
    },
  };
}
