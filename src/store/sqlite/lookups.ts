/**
 * The look-ups ingest makes once per batch (duplicate keys, copy candidates, propositions) as prepared statements,
 * compiled once per connection. Each takes the whole batch's keys as one JSON array (`IN (SELECT value FROM
 * json_each(?))`, an index probe per key): no statement text or parameter list to build per call, whatever the batch
 * size. Postgres writes the same look-ups with `= ANY($1)`.
 */
import type Database from 'better-sqlite3';

export interface LookupStatements {
  /** Which of these values of a unique article column are stored. */
  existing(column: 'content_hash' | 'url' | 'external_id', values: readonly string[]): Set<string>;
  /** The first stored article (lowest id) per normalised body hash. */
  firstByBodyHash(hashes: readonly string[]): Map<string, number>;
  /** band → article ids (ascending) of the stored originals with that band key: the `perKey` most recent. */
  bands(bands: readonly number[], perKey: number): Map<number, number[]>;
  candidates(ids: readonly number[]): CandidateRow[];
  propositions(coarse: string, limit: number): { key: string; match: string }[];
}

export interface CandidateRow {
  id: number;
  body_hash: string;
  copy_of: number | null;
  story_id: number | null;
  minhash: Uint8Array | null;
  size: number | null;
  shingles: Uint8Array | null;
}

const IN_JSON = 'IN (SELECT value FROM json_each(?))';

export function lookupStatements(db: Database.Database): LookupStatements {
  const exists = {
    content_hash: db.prepare(`SELECT content_hash AS v FROM articles WHERE content_hash ${IN_JSON}`).pluck(),
    url: db.prepare(`SELECT url AS v FROM articles WHERE url ${IN_JSON}`).pluck(),
    external_id: db.prepare(`SELECT external_id AS v FROM articles WHERE external_id ${IN_JSON}`).pluck(),
  };
  const bodyHash = db
    .prepare(`SELECT body_hash, min(id) AS id FROM articles WHERE body_hash ${IN_JSON} GROUP BY body_hash`)
    .raw();
  // The most recent `perKey` ids of each key: those above the (perKey+1)-th newest, found by stepping back that many
  // entries of the primary key — an index probe and at most 2·perKey entries read per key, however many articles
  // share it (boilerplate keys would otherwise make every look-up read a share of the corpus).
  const band = db
    .prepare(
      `SELECT j.value, b.article_id FROM json_each(?) j JOIN lsh_bands b ON b.band = j.value
        WHERE b.article_id > coalesce((SELECT article_id FROM lsh_bands WHERE band = j.value
                                        ORDER BY article_id DESC LIMIT 1 OFFSET ?), 0)`,
    )
    .raw();
  // INDEXED BY: the covering index holds these columns; the table has them past the row's overflow pages.
  const candidates = db.prepare(
    `SELECT a.id, a.body_hash, a.copy_of, a.story_id, s.minhash, s.size, s.shingles
       FROM articles a INDEXED BY articles_links LEFT JOIN signatures s ON s.article_id = a.id WHERE a.id ${IN_JSON}`,
  );
  const propositions = db.prepare(
    `SELECT key, match FROM propositions WHERE coarse_key = ? ORDER BY last_claim DESC LIMIT ?`,
  );
  return {
    existing(column, values) {
      if (values.length === 0) return new Set();
      return new Set(exists[column].all(JSON.stringify(values)) as string[]);
    },
    firstByBodyHash(hashes) {
      const out = new Map<string, number>();
      if (hashes.length === 0) return out;
      for (const [h, id] of bodyHash.all(JSON.stringify(hashes)) as [string, number][]) out.set(h, id);
      return out;
    },
    bands(keys, perKey) {
      const out = new Map<number, number[]>();
      if (keys.length === 0) return out;
      const unique = [...new Set(keys)];
      for (const [b, id] of band.all(JSON.stringify(unique), perKey) as [number, number][]) {
        const list = out.get(b);
        if (list) list.push(id);
        else out.set(b, [id]);
      }
      // The primary key (band, article_id) yields each band's ids in order already; keep that a guarantee.
      for (const list of out.values()) if (list.length > 1) list.sort((x, y) => x - y);
      return out;
    },
    candidates(ids) {
      if (ids.length === 0) return [];
      return candidates.all(JSON.stringify(ids)) as CandidateRow[];
    },
    propositions(coarse, limit) {
      return propositions.all(coarse, limit) as { key: string; match: string }[];
    },
  };
}
