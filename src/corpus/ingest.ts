/**
 * Ingest: readers → analysis → copies → stories → corpus entities → store, in batches, each batch one transaction.
 *
 * Idempotent: an article is recognised before analysis by the hash of its input, its URL or its external id, and the
 * store's unique constraints make a second write a no-op. Crash-safe: nothing of a batch is visible until its
 * transaction commits, so a run killed at any moment (kill -9) leaves whole batches; the next run skips what is
 * stored and carries on. Story and linker state come from the last checkpoint plus a replay of what was stored after
 * it, so a restarted run ends exactly as an uninterrupted one (docs/store.md).
 */
import { createHash } from 'node:crypto';
import { type Analyzer, createAnalyzer } from '../analyze.js';
import { type AnalysisV1, isParleyError } from '../model/index.js';
import type { ArticleRecord, ClaimKey, EntityLink, Store } from '../store/index.js';
import { type DedupOptions, resolveDedupOptions } from './dedup/index.js';
import { decideCopies, type Fingerprinted, FullBands, fingerprintOf } from './ingest/copies.js';
import { assignPropositions } from './ingest/propositions.js';
import { emptyCounts, type IngestCounts, reasonKey } from './ingest/summary.js';
import { EntityLinker, type EntityLinkerJson } from './link/index.js';
import {
  StoryClusterer,
  type StoryClustererJson,
  type StoryFeatures,
  type StoryOptions,
  storyFeaturesOfAnalysis,
} from './stories/index.js';
import type { RawArticle, ReadItem } from './types.js';

export { type IngestCounts, summaryLine } from './ingest/summary.js';

export interface IngestOptions {
  /** Articles per transaction (default 200). */
  readonly batchSize?: number;
  /** The analyzer (default: createAnalyzer() with default options). */
  readonly analyzer?: Analyzer;
  readonly dedup?: Partial<DedupOptions>;
  readonly stories?: Partial<StoryOptions>;
  /** Save the story clusterer's state with the batch at least every this many stored articles (default 5000). */
  readonly checkpointEvery?: number;
  /** A record set aside: its position ("file.jsonl:17") and why. Never fatal. */
  readonly onSkip?: (origin: string, reason: string) => void;
  /** After each committed batch. */
  readonly onProgress?: (counts: Readonly<IngestCounts>) => void;
}

export interface IngestResult extends IngestCounts {
  readonly elapsedMs: number;
}

/** The ingest_state key of the checkpoint of the story clusterer and the entity linker. */
export const STATE_KEY = 'ingest';

interface Checkpoint {
  /** Articles stored when the checkpoint was taken (replay starts after them, in id order). */
  readonly articles: number;
  readonly clusterer: StoryClustererJson;
  readonly linker: EntityLinkerJson;
}

interface Pending {
  readonly article: RawArticle;
  readonly contentHash: string;
}

/** The sha256 of what was read: identical inputs are one article whatever their file or position. */
export function contentHashOf(a: RawArticle): string {
  const h = createHash('sha256');
  h.update(a.format);
  h.update('\0');
  h.update(a.format === 'html' ? (a.html ?? '') : (a.text ?? ''));
  return h.digest('hex');
}

/**
 * Ingests a stream of read items into the store and returns the counts.
 *
 * @example
 * const store = await openStore('news.db');
 * const res = await ingest(store, readInputs(['crawl/']));
 * console.log(summaryLine(res, res.elapsedMs));
 */
export async function ingest(
  store: Store,
  items: AsyncIterable<ReadItem>,
  opts: IngestOptions = {},
): Promise<IngestResult> {
  const t0 = performance.now();
  const batchSize = Math.max(1, opts.batchSize ?? 200);
  const analyzer = opts.analyzer ?? createAnalyzer();
  const dedup = resolveDedupOptions(opts.dedup);
  const checkpointEvery = Math.max(1, opts.checkpointEvery ?? 5000);
  const counts = emptyCounts();
  const restored = await restoreState(store, opts.stories);
  const { clusterer, linker } = restored;
  let storedTotal = restored.articles;
  let sinceCheckpoint = 0;

  const skip = (origin: string, reason: string) => {
    counts.skipped++;
    const key = reasonKey(reason);
    counts.reasons[key] = (counts.reasons[key] ?? 0) + 1;
    opts.onSkip?.(origin, reason);
  };

  const fullBands = new FullBands();
  // Keys seen in this run but maybe not yet committed (the current batch).
  let batch: Pending[] = [];
  const batchKeys = new Set<string>();

  const flush = async (final: boolean) => {
    if (batch.length === 0) {
      if (final && sinceCheckpoint > 0) await saveCheckpoint();
      return;
    }
    const pending = batch;
    batch = [];
    batchKeys.clear();
    const existing = await store.existing({
      contentHashes: pending.map((p) => p.contentHash),
      urls: pending.flatMap((p) => (p.article.meta.url ? [p.article.meta.url] : [])),
      externalIds: pending.flatMap((p) => (p.article.meta.externalId ? [p.article.meta.externalId] : [])),
    });
    const analysed: { p: Pending; analysis: AnalysisV1 }[] = [];
    for (const p of pending) {
      const m = p.article.meta;
      if (
        existing.contentHashes.has(p.contentHash) ||
        (m.url && existing.urls.has(m.url)) ||
        (m.externalId && existing.externalIds.has(m.externalId))
      ) {
        counts.duplicates++;
        continue;
      }
      let analysis: AnalysisV1;
      try {
        analysis = analyze(analyzer, p.article);
      } catch (e) {
        skip(p.article.origin, errorReason(e, p.article.origin));
        continue;
      }
      analysed.push({ p, analysis });
    }
    // The analysis may add a URL or id the input did not have (an HTML page's canonical link): check those too, so
    // everything handed to the store is new and the clusterer and linker only see what gets stored.
    const late = await store.existing({
      contentHashes: [],
      urls: analysed.flatMap(({ p, analysis }) =>
        analysis.meta.url && analysis.meta.url !== p.article.meta.url ? [analysis.meta.url] : [],
      ),
      externalIds: analysed.flatMap(({ p, analysis }) =>
        analysis.meta.externalId && analysis.meta.externalId !== p.article.meta.externalId
          ? [analysis.meta.externalId]
          : [],
      ),
    });
    const finalKeys = new Set<string>();
    const fresh: { p: Pending; analysis: AnalysisV1; fp: Fingerprinted }[] = [];
    for (const { p, analysis } of analysed) {
      const url = analysis.meta.url ?? p.article.meta.url ?? null;
      const id = analysis.meta.externalId ?? p.article.meta.externalId ?? null;
      const keys = [...(url ? [`u:${url}`] : []), ...(id ? [`x:${id}`] : [])];
      if ((url && late.urls.has(url)) || (id && late.externalIds.has(id)) || keys.some((k) => finalKeys.has(k))) {
        counts.duplicates++;
        continue;
      }
      for (const k of keys) finalKeys.add(k);
      fresh.push({ p, analysis, fp: fingerprintOf(analysis, dedup) });
    }
    const { links: copies, bandsToStore } = await decideCopies(
      store,
      fresh.map((f) => f.fp),
      dedup,
      fullBands,
    );
    const claimKeys = await assignPropositions(
      store,
      fresh.map((f) => ({ contentHash: f.p.contentHash, analysis: f.analysis })),
    );
    const records: ArticleRecord[] = fresh.map((f, i) => {
      const copy = copies[i] ?? null;
      let storyId: number | null = null;
      if (!copy) {
        storyId = storyNumber(clusterer.assign(storyFeatures(f.analysis, f.p.article.fetchedAt)).story);
      }
      // Only the band keys not yet full are stored (see decideCopies).
      const fp = { fp: f.fp.fp, bands: bandsToStore[i] ?? [] };
      return toRecord(f.p, f.analysis, fp, copy, storyId, linker, claimKeys[i]!);
    });
    sinceCheckpoint += records.length;
    const checkpoint = final || sinceCheckpoint >= checkpointEvery;
    storedTotal += records.length;
    const outcomes = await store.putArticles(records, checkpoint ? checkpointState() : undefined);
    if (checkpoint) sinceCheckpoint = 0;
    let lost = 0;
    outcomes.forEach((o, i) => {
      if (o.status === 'duplicate') {
        counts.duplicates++;
        lost++;
      } else {
        counts.stored++;
        if (records[i]!.copy) counts.copies++;
      }
    });
    // Only another writer between our checks and our commit can make a record a duplicate here (one ingest per
    // database is the supported use): keep the checkpoint's article count true to the store.
    if (lost > 0) {
      storedTotal -= lost;
      if (checkpoint) await saveCheckpoint();
    }
    opts.onProgress?.(counts);
  };

  const checkpointState = () => {
    const state: Checkpoint = { articles: storedTotal, clusterer: clusterer.toJSON(), linker: linker.toJSON() };
    return { [STATE_KEY]: JSON.stringify(state) };
  };
  const saveCheckpoint = async () => {
    await store.putArticles([], checkpointState());
    sinceCheckpoint = 0;
  };

  for await (const item of items) {
    counts.read++;
    if (item.kind === 'skipped') {
      skip(item.origin, item.reason);
      continue;
    }
    const a = item.article;
    counts.chars += (a.format === 'html' ? a.html?.length : a.text?.length) ?? 0;
    const contentHash = contentHashOf(a);
    // The same article twice within one batch: the first one wins.
    const keys = [`h:${contentHash}`];
    if (a.meta.url) keys.push(`u:${a.meta.url}`);
    if (a.meta.externalId) keys.push(`x:${a.meta.externalId}`);
    if (keys.some((k) => batchKeys.has(k))) {
      counts.duplicates++;
      continue;
    }
    for (const k of keys) batchKeys.add(k);
    batch.push({ article: a, contentHash });
    if (batch.length >= batchSize) await flush(false);
  }
  await flush(true);
  return { ...counts, elapsedMs: performance.now() - t0 };
}

function analyze(analyzer: Analyzer, a: RawArticle): AnalysisV1 {
  // Only what the input knows: a null must not hide what the page itself says (its canonical URL, its date).
  const meta = Object.fromEntries(Object.entries(a.meta).filter(([, v]) => v !== null && v !== undefined));
  return a.format === 'html'
    ? analyzer.analyze({ html: a.html ?? '', source: a.origin, meta })
    : analyzer.analyze({ text: a.text ?? '', source: a.origin, meta });
}

function errorReason(e: unknown, origin: string): string {
  const msg = (e as Error)?.message ?? String(e);
  const bare = msg.startsWith(`${origin}: `) ? msg.slice(origin.length + 2) : msg;
  return isParleyError(e) ? bare : `analysis failed: ${bare}`;
}

/** "s12" → 12 (the clusterer's ids are "s" + a counter). */
export function storyNumber(id: string): number {
  const m = /(\d+)$/.exec(id);
  if (!m) throw new RangeError(`unexpected story id ${id}`);
  return Number(m[1]);
}

function sourceOf(a: RawArticle, analysis: AnalysisV1): string | null {
  if (analysis.meta.publisher) return analysis.meta.publisher;
  const url = analysis.meta.url ?? a.meta.url;
  if (url) {
    try {
      return new URL(url).hostname.replace(/^www\./, '');
    } catch {
      // not a URL: fall through
    }
  }
  return null;
}

/**
 * An article's story features. A page that gives no date of its own (common in crawls) is placed in time by when it
 * was fetched, so the story window still applies to it.
 */
function storyFeatures(analysis: AnalysisV1, fetchedAt: string | null | undefined): StoryFeatures {
  const dated = analysis.article?.published ?? analysis.meta.published;
  if (dated || !fetchedAt) return storyFeaturesOfAnalysis(analysis);
  return storyFeaturesOfAnalysis({ ...analysis, meta: { ...analysis.meta, published: fetchedAt } });
}

function toRecord(
  p: Pending,
  analysis: AnalysisV1,
  f: Fingerprinted,
  copy: ArticleRecord['copy'],
  storyId: number | null,
  linker: EntityLinker,
  claimKeys: ReadonlyMap<string, ClaimKey>,
): ArticleRecord {
  const entityLinks: EntityLink[] = analysis.entities.map((e) => {
    const linked = linker.link(e);
    return { localId: e.id, key: linked.ambiguous ? null : linked.key };
  });
  return {
    contentHash: p.contentHash,
    bodyHash: f.fp.hash,
    externalId: analysis.meta.externalId ?? p.article.meta.externalId ?? null,
    url: analysis.meta.url ?? p.article.meta.url ?? null,
    source: sourceOf(p.article, analysis),
    origin: p.article.origin,
    fetchedAt: p.article.fetchedAt ?? null,
    analysis,
    copy,
    storyId,
    bands: f.bands,
    fingerprint: f.fp,
    entityLinks,
    claimKeys,
  };
}

/**
 * The clusterer and the linker at the last checkpoint, then fed again every article stored after it, in id order —
 * the order they first saw them in — so their state is exactly what an uninterrupted run would have.
 */
async function restoreState(
  store: Store,
  options: Partial<StoryOptions> | undefined,
): Promise<{ clusterer: StoryClusterer; linker: EntityLinker; articles: number }> {
  const raw = await store.getState(STATE_KEY);
  let clusterer: StoryClusterer;
  let linker: EntityLinker;
  let articles = 0;
  if (raw) {
    const cp = JSON.parse(raw) as Checkpoint;
    clusterer = new StoryClusterer(options ?? {}, cp.clusterer);
    linker = EntityLinker.fromJSON(cp.linker);
    articles = cp.articles;
  } else {
    clusterer = new StoryClusterer(options ?? {});
    linker = new EntityLinker();
  }
  for await (const a of store.analyses({ offset: articles })) {
    for (const e of a.analysis.entities) linker.link(e);
    if (a.copyOf === null && a.storyId !== null) clusterer.assign(storyFeatures(a.analysis, a.fetchedAt));
    articles++;
  }
  return { clusterer, linker, articles };
}
