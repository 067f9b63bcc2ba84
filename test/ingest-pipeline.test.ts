import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type SyntheticArticle, syntheticCorpus } from '../bench/corpus.js';
import { createAnalyzer } from '../src/analyze.js';
import { ingest, STATE_KEY, summaryLine } from '../src/corpus/index.js';
import type { ReadItem } from '../src/corpus/types.js';
import { SqliteStore, type Store } from '../src/store/index.js';

const dir = mkdtempSync(join(tmpdir(), 'parley-ingest-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const freshStore = () => SqliteStore.open(join(dir, `i${n++}.db`));
const analyzer = createAnalyzer();

const CORPUS: SyntheticArticle[] = [...syntheticCorpus(150, { seed: 7, copyRate: 0.1, resendRate: 0.05 })];
const SYNDICATED = CORPUS.filter((a) => a.copyOf && a.text !== CORPUS.find((b) => b.id === a.copyOf)!.text);
const RESENT = CORPUS.filter((a) => a.copyOf && a.text === CORPUS.find((b) => b.id === a.copyOf)!.text);

function item(a: SyntheticArticle, withIds = true): ReadItem {
  return {
    kind: 'article',
    article: {
      origin: `corpus.jsonl:${Number(a.id.slice(4)) + 1}`,
      format: 'text',
      text: a.text,
      meta: withIds
        ? { externalId: a.id, url: a.url, title: a.title, published: a.published, publisher: a.source }
        : { title: a.title, published: a.published },
    },
  };
}

async function* items(list: readonly ReadItem[], crashAfter = Number.POSITIVE_INFINITY): AsyncGenerator<ReadItem> {
  let i = 0;
  for (const x of list) {
    if (i++ === crashAfter) throw new Error('simulated crash');
    yield x;
  }
}

async function storyPartition(store: Store): Promise<string[][]> {
  return (await store.listStories()).map((s) => s.articles.map((a) => a.externalId ?? String(a.id)));
}

describe('ingest', () => {
  it('stores every article once, links syndicated copies and drops re-sends', async () => {
    expect(SYNDICATED.length).toBeGreaterThan(5);
    expect(RESENT.length).toBeGreaterThan(2);
    const store = await freshStore();
    const res = await ingest(store, items(CORPUS.map((a) => item(a))), { analyzer, batchSize: 32 });
    expect(res).toMatchObject({
      read: CORPUS.length,
      stored: CORPUS.length - RESENT.length,
      duplicates: RESENT.length,
      copies: SYNDICATED.length,
      skipped: 0,
    });
    const copies = await store.copies();
    const byId = new Map<number, string>();
    for await (const a of store.articles({ includeCopies: true })) byId.set(a.id, a.externalId!);
    // Each copy links to the very article it was made from.
    const truth = new Map(SYNDICATED.map((a) => [a.id, a.copyOf!]));
    for (const c of copies) expect(byId.get(c.canonical)).toBe(truth.get(byId.get(c.id)!));
    expect((await store.counts()).articles).toBe(CORPUS.length - RESENT.length);
    expect(summaryLine(res, 1000)).toMatch(
      new RegExp(
        `^read 150, stored ${res.stored}, duplicates ${RESENT.length}, copies ${SYNDICATED.length}, skipped 0 in 1\\.0 s`,
      ),
    );
    await store.close();
  });

  it('is idempotent: a second run stores nothing and analyses nothing', async () => {
    const store = await freshStore();
    const list = CORPUS.slice(0, 60).map((a) => item(a));
    const first = await ingest(store, items(list), { analyzer, batchSize: 16 });
    const before = await store.counts();
    let analysed = 0;
    const counting = {
      ...analyzer,
      analyze: (x: Parameters<typeof analyzer.analyze>[0]) => {
        analysed++;
        return analyzer.analyze(x);
      },
    };
    const second = await ingest(store, items(list), { analyzer: counting, batchSize: 16 });
    expect(second).toMatchObject({ read: 60, stored: 0, duplicates: 60, copies: 0, skipped: 0 });
    expect(analysed).toBe(0);
    expect(await store.counts()).toEqual(before);
    expect(first.stored).toBe(before.articles);
    await store.close();
  });

  it('recognises the same article by URL or external id even when its text changed', async () => {
    const store = await freshStore();
    const a = CORPUS[0]!;
    await ingest(store, items([item(a)]), { analyzer });
    const edited = (meta: object) =>
      ({
        kind: 'article',
        article: { origin: 'x', format: 'text', text: `${a.text}\nCorrection appended.`, meta },
      }) as const;
    const res = await ingest(store, items([edited({ url: a.url }), edited({ externalId: a.id })]), { analyzer });
    expect(res).toMatchObject({ stored: 0, duplicates: 2 });
    await store.close();
  });

  it('checks the URL an HTML page declares, within the batch and against the store', async () => {
    const store = await freshStore();
    const page = (title: string) =>
      `<html><head><link rel="canonical" href="https://x.example/bridge"><title>${title}</title></head><body><article>` +
      `<h1>${title}</h1><p>The council voted on Tuesday to close the old bridge for repairs, the mayor said.</p>` +
      `<p>${title}: residents were told to use the ferry until June.</p></article></body></html>`;
    const html = (origin: string, title: string): ReadItem => ({
      kind: 'article',
      article: { origin, format: 'html', html: page(title), meta: { url: null } },
    });
    const first = await ingest(store, items([html('a.html', 'Bridge closes'), html('b.html', 'Bridge shut')]), {
      analyzer,
    });
    expect(first).toMatchObject({ stored: 1, duplicates: 1 });
    expect((await store.getArticleBy({ url: 'https://x.example/bridge' }))?.origin).toBe('a.html');
    const second = await ingest(store, items([html('c.html', 'Bridge to close')]), { analyzer });
    expect(second).toMatchObject({ stored: 0, duplicates: 1 });
    await store.close();
  });

  it('reports bad records by position and skips them, never failing the run', async () => {
    const store = await freshStore();
    const skips: string[] = [];
    const list: ReadItem[] = [
      item(CORPUS[0]!),
      { kind: 'skipped', origin: 'feed.jsonl:2', reason: 'not valid JSON' },
      { kind: 'article', article: { origin: 'feed.jsonl:3', format: 'text', text: '  \n ', meta: {} } },
      { kind: 'article', article: { origin: 'feed.jsonl:4', format: 'text', meta: {} } },
      item(CORPUS[1]!),
    ];
    const res = await ingest(store, items(list), { analyzer, onSkip: (o, r) => skips.push(`${o}: ${r}`) });
    expect(res).toMatchObject({ read: 5, stored: 2, skipped: 3 });
    expect(skips).toEqual([
      'feed.jsonl:2: not valid JSON',
      'feed.jsonl:3: input is empty',
      'feed.jsonl:4: input is empty',
    ]);
    expect(res.reasons).toEqual({ 'not valid JSON': 1, 'input is empty': 2 });
    expect(summaryLine(res, 500)).toContain('skipped 3 (input is empty: 2; not valid JSON: 1)');
    await store.close();
  });

  it('groups articles into stories and gives copies their original’s story', async () => {
    const store = await freshStore();
    await ingest(store, items(CORPUS.map((a) => item(a))), { analyzer, batchSize: 50 });
    const stories = await store.listStories();
    expect(stories.length).toBeGreaterThan(1);
    const storyOf = new Map<string, number>();
    for (const s of stories) for (const a of s.articles) storyOf.set(a.externalId!, s.story);
    for (const c of SYNDICATED) expect(storyOf.get(c.id)).toBe(storyOf.get(c.copyOf!));
    expect(storyOf.size).toBe(CORPUS.length - RESENT.length);
    await store.close();
  });

  it('after a crash, the next run ends exactly where one uninterrupted run would', async () => {
    const list = CORPUS.map((a) => item(a));
    const whole = await freshStore();
    await ingest(whole, items(list), { analyzer, batchSize: 10 });
    const expected = await storyPartition(whole);
    const expectedCounts = await whole.counts();
    await whole.close();

    const file = join(dir, 'crash.db');
    const crashed = await SqliteStore.open(file);
    // No checkpoint before the crash: the restart must replay stories from the stored articles.
    await expect(ingest(crashed, items(list, 77), { analyzer, batchSize: 10, checkpointEvery: 1000 })).rejects.toThrow(
      'simulated crash',
    );
    expect(await crashed.getState(STATE_KEY)).toBeNull();
    const partial = (await crashed.counts()).articles;
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(expectedCounts.articles);
    await crashed.close();

    const restarted = await SqliteStore.open(file);
    const res = await ingest(restarted, items(list), { analyzer, batchSize: 10, checkpointEvery: 1000 });
    expect(res.stored).toBe(expectedCounts.articles - partial);
    expect(await restarted.counts()).toEqual(expectedCounts);
    expect(await storyPartition(restarted)).toEqual(expected);
    expect(await restarted.getState(STATE_KEY)).not.toBeNull();
    await restarted.close();
  });

  it('resumes from a story checkpoint taken mid-run', async () => {
    const list = CORPUS.map((a) => item(a));
    const whole = await freshStore();
    await ingest(whole, items(list), { analyzer, batchSize: 10 });
    const expected = await storyPartition(whole);
    await whole.close();
    const file = join(dir, 'checkpoint.db');
    const s1 = await SqliteStore.open(file);
    await expect(ingest(s1, items(list, 95), { analyzer, batchSize: 10, checkpointEvery: 20 })).rejects.toThrow();
    const cp = JSON.parse((await s1.getState(STATE_KEY))!) as { articles: number };
    expect(cp.articles).toBeGreaterThan(0);
    await s1.close();
    const s2 = await SqliteStore.open(file);
    await ingest(s2, items(list), { analyzer, batchSize: 10, checkpointEvery: 20 });
    expect(await storyPartition(s2)).toEqual(expected);
    await s2.close();
  });
});
