/**
 * The Store contract, as a suite any implementation runs: `storeSuite('sqlite', factory)`. The Postgres store will
 * call it with its own factory. Records are built by hand so the suite does not depend on the analysis stages.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AnalysisV1 } from '../src/model/index.js';
import type { ArticleRecord, Store } from '../src/store/index.js';

type Span = { start: number; end: number; text: string };

/** A span of `needle` in `text` (the first, or the `nth` occurrence). */
function spanOf(text: string, needle: string, nth = 0): Span {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`"${needle}" not in text`);
  return { start: at, end: at + needle.length, text: needle };
}

interface Said {
  speaker: string;
  entity?: string;
  content: string;
  act?: AnalysisV1['quotes'][number]['act'];
}

/** A small but complete analysis: entities, quotes, one event, claims with positions. */
export function makeAnalysis(o: {
  title: string;
  body: string;
  published?: string | null;
  url?: string | null;
  externalId?: string | null;
  entities?: {
    id: string;
    type: 'person' | 'organization' | 'country';
    name: string;
    country?: string | null;
    affiliation?: string | null;
  }[];
  quotes?: Said[];
  claims?: {
    id: string;
    text: string;
    positions: {
      holder: string | null;
      holderName: string;
      stance: 'assert' | 'deny' | 'doubt' | 'question';
      evidence: string;
    }[];
  }[];
  event?: boolean;
}): AnalysisV1 {
  const text = `${o.title}\n\n${o.body}`;
  const title = spanOf(text, o.title);
  const body = spanOf(text, o.body);
  const entities = (o.entities ?? []).map((e) => ({
    id: e.id,
    type: e.type,
    name: e.name,
    country: e.country ?? null,
    roles: [],
    affiliation: e.affiliation ?? null,
    mentions: text.includes(e.name) ? [spanOf(text, e.name)] : [],
  }));
  const quotes = (o.quotes ?? []).map((q, i) => ({
    id: `q${i + 1}`,
    kind: 'direct' as const,
    content: [spanOf(text, q.content)],
    cue: text.includes(' said') ? spanOf(text, 'said') : null,
    act: q.act ?? ('assert' as const),
    speaker: {
      mention: text.includes(q.speaker) ? spanOf(text, q.speaker) : null,
      entity: q.entity ?? null,
      name: q.speaker,
    },
    rule: 'attribution/test',
    confidence: 0.9,
  }));
  const events = o.event
    ? [
        {
          id: 'v1',
          source: { entity: null, text: null, code: 'USA', country: 'USA', sector: null },
          target: { entity: null, text: null, code: 'CHN', country: 'CHN', sector: null },
          cameo: '036',
          plover: { type: 'CONSULT', mode: null, context: null },
          goldstein: 4,
          quad: 1 as const,
          negated: false,
          modality: 'asserted' as const,
          quote: null,
          trigger: spanOf(text, o.body.split(' ')[1] ?? o.body),
          sentence: body,
          rule: 'events/test',
          confidence: 0.8,
        },
      ]
    : [];
  const claims = (o.claims ?? []).map((c) => ({
    id: c.id,
    proposition: { text: c.text, event: null },
    positions: c.positions,
    disputed: new Set(c.positions.map((p) => p.stance)).size > 1,
  }));
  return {
    schema: 'parley.analysis/1',
    source: null,
    text,
    meta: {
      title: o.title,
      authors: [],
      published: o.published ?? null,
      publisher: null,
      url: o.url ?? null,
      language: 'en',
      externalId: o.externalId ?? null,
    },
    article: {
      title,
      standfirst: null,
      summary: null,
      byline: null,
      dateline: null,
      published: o.published ?? null,
      body: [body],
      dropped: [],
    },
    entities,
    quotes,
    events,
    claims,
    diagnostics: [],
  };
}

export function makeRecord(key: string, analysis: AnalysisV1, over: Partial<ArticleRecord> = {}): ArticleRecord {
  return {
    contentHash: `hash-${key}`,
    bodyHash: `body-${key}`,
    externalId: analysis.meta.externalId,
    url: analysis.meta.url,
    source: 'Test Wire',
    origin: `${key}.txt`,
    fetchedAt: null,
    analysis,
    copy: null,
    storyId: null,
    bands: [],
    fingerprint: null,
    entityLinks: analysis.entities.map((e) => ({ localId: e.id, key: `${e.type}:${e.name.toLowerCase()}` })),
    claimKeys: new Map(
      analysis.claims.map((c) => {
        const key = `t:${c.proposition.text.toLowerCase()}`;
        return [c.id, { key, coarse: key, match: JSON.stringify({ claim: { proposition: c.proposition } }) }];
      }),
    ),
    ...over,
  };
}

const TALKS = 'China and the United States held secret trade talks';

function ministerArticle(id: string, published: string) {
  return makeAnalysis({
    title: 'Minister rejects pressure',
    body: `"We will not bow to pressure," Wang Yi said on Monday. He said ${TALKS} in Geneva.`,
    published,
    url: `https://news.example/${id}`,
    externalId: id,
    entities: [
      { id: 'e1', type: 'person', name: 'Wang Yi', country: 'CHN' },
      { id: 'e2', type: 'country', name: 'China', country: 'CHN' },
    ],
    quotes: [{ speaker: 'Wang Yi', entity: 'e1', content: 'We will not bow to pressure' }],
    claims: [
      { id: 'c1', text: TALKS, positions: [{ holder: 'e1', holderName: 'Wang Yi', stance: 'assert', evidence: 'q1' }] },
    ],
    event: true,
  });
}

function denialArticle(id: string, published: string) {
  return makeAnalysis({
    title: 'Ministry denies talks',
    body: `The Commerce Ministry denied that ${TALKS}. "There were no talks of any kind," spokesperson Li Na said.`,
    published,
    url: `https://wire.example/${id}`,
    externalId: id,
    entities: [
      { id: 'e1', type: 'organization', name: 'Commerce Ministry', country: 'CHN' },
      { id: 'e2', type: 'person', name: 'Li Na', country: 'CHN', affiliation: 'e1' },
    ],
    quotes: [{ speaker: 'Li Na', entity: 'e2', content: 'There were no talks of any kind', act: 'deny' }],
    claims: [
      {
        id: 'c1',
        text: TALKS,
        positions: [{ holder: 'e1', holderName: 'Commerce Ministry', stance: 'deny', evidence: 'q1' }],
      },
    ],
  });
}

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

/** The Store contract. `open()` returns a fresh, migrated, empty store; `reopen()` the same database again. */
export function storeSuite(name: string, factory: { open(): Promise<Store>; reopen(): Promise<Store> }): void {
  describe(`Store contract (${name})`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await factory.open();
    });
    afterEach(async () => {
      await store.close();
    });

    it('starts empty and migrates idempotently', async () => {
      await store.migrate();
      expect(await store.counts()).toEqual({
        articles: 0,
        copies: 0,
        stories: 0,
        entities: 0,
        corpusEntities: 0,
        quotes: 0,
        events: 0,
        claims: 0,
      });
    });

    it('stores a batch and round-trips the analysis exactly', async () => {
      const a = ministerArticle('a1', '2026-03-01T08:00:00Z');
      const out = await store.putArticles([makeRecord('a1', a, { storyId: 7 })]);
      expect(out).toEqual([{ status: 'stored', id: expect.any(Number) }]);
      const id = (out[0] as { id: number }).id;
      const got = await store.getArticle(id);
      expect(got?.analysis).toEqual(a);
      expect(got?.externalId).toBe('a1');
      expect(got?.title).toBe('Minister rejects pressure');
      expect(got?.published).toBe('2026-03-01T08:00:00Z');
      expect(got?.storyId).toBe(7);
      expect((await store.getArticleBy({ externalId: 'a1' }))?.id).toBe(id);
      expect((await store.getArticleBy({ url: 'https://news.example/a1' }))?.id).toBe(id);
      expect(await store.getArticle(id + 1000)).toBeNull();
      expect(await store.counts()).toMatchObject({
        articles: 1,
        entities: 2,
        quotes: 1,
        events: 1,
        claims: 1,
        stories: 1,
      });
    });

    it('is idempotent: the same content hash, URL or external id is a duplicate', async () => {
      const a = ministerArticle('a1', '2026-03-01');
      await store.putArticles([makeRecord('a1', a)]);
      const again = await store.putArticles([
        makeRecord('a1', a),
        makeRecord('other-hash', a, { externalId: null, url: 'https://news.example/a1' }),
        makeRecord('third-hash', a, { url: null, externalId: 'a1' }),
        makeRecord('fresh', a, { url: null, externalId: null }),
      ]);
      expect(again.map((o) => o.status)).toEqual(['duplicate', 'duplicate', 'duplicate', 'stored']);
      expect((await store.counts()).articles).toBe(2);
      expect(await store.hasContentHash('hash-a1')).toBe(true);
      expect(await store.hasUrl('https://news.example/a1')).toBe(true);
      expect(await store.hasExternalId('a1')).toBe(true);
      expect(await store.hasExternalId('zz')).toBe(false);
      const ex = await store.existing({ contentHashes: ['hash-a1', 'nope'], urls: ['x'], externalIds: ['a1'] });
      expect([...ex.contentHashes]).toEqual(['hash-a1']);
      expect(ex.urls.size).toBe(0);
      expect([...ex.externalIds]).toEqual(['a1']);
    });

    it('rolls a failing batch back as a whole', async () => {
      const good = ministerArticle('g1', '2026-03-01');
      const bad = ministerArticle('b1', '2026-03-02');
      // Two entities with one local id break a unique constraint in the middle of the batch.
      const broken: AnalysisV1 = { ...bad, entities: [...bad.entities, { ...bad.entities[0]! }] };
      await expect(store.putArticles([makeRecord('g1', good), makeRecord('b1', broken)], { k: 'v' })).rejects.toThrow();
      expect((await store.counts()).articles).toBe(0);
      expect(await store.getState('k')).toBeNull();
    });

    it('saves ingest state in the batch transaction', async () => {
      await store.putArticles([], { stories: '{"n":1}' });
      expect(await store.getState('stories')).toBe('{"n":1}');
      await store.putArticles([], { stories: '{"n":2}' });
      expect(await store.getState('stories')).toBe('{"n":2}');
    });

    it('links copies to the root canonical, in and across batches, and copies inherit the story', async () => {
      const a = ministerArticle('a1', '2026-03-01');
      const [o1, o2] = await store.putArticles([
        makeRecord('a1', a, { storyId: 3 }),
        makeRecord(
          'a2',
          { ...a, meta: { ...a.meta, externalId: 'a2', url: null } },
          {
            copy: { of: { batchIndex: 0 }, kind: 'exact', similarity: 1 },
          },
        ),
      ]);
      const id1 = (o1 as { id: number }).id;
      const id2 = (o2 as { id: number }).id;
      const [o3] = await store.putArticles([
        makeRecord(
          'a3',
          { ...a, meta: { ...a.meta, externalId: 'a3', url: null } },
          {
            copy: { of: { id: id2 }, kind: 'near', similarity: 0.81 },
          },
        ),
      ]);
      const id3 = (o3 as { id: number }).id;
      expect(await store.copies()).toEqual([
        { id: id2, canonical: id1, kind: 'exact', similarity: 1 },
        { id: id3, canonical: id1, kind: 'near', similarity: 0.81 },
      ]);
      expect((await store.getArticle(id3))?.storyId).toBe(3);
      const stories = await store.listStories();
      expect(stories).toHaveLength(1);
      expect(stories[0]!.articles.map((x) => x.id)).toEqual([id1, id2, id3]);
      expect((await store.counts()).copies).toBe(2);
    });

    it('finds copy candidates by body hash and LSH bands, with their fingerprints', async () => {
      const sig = new Uint32Array([1, 2, 3, 4, 4294967295, 0, 7, 8]);
      const shingles = new Uint32Array([10, 20, 30]);
      const a = ministerArticle('a1', '2026-03-01');
      const [o] = await store.putArticles([
        makeRecord('a1', a, {
          bodyHash: 'bh1',
          bands: [17, 4294967296 + 99],
          fingerprint: { hash: 'bh1', signature: sig, size: 3, shingles },
        }),
      ]);
      const id = (o as { id: number }).id;
      const byHash = await store.byBodyHash(['bh1', 'bh2']);
      expect([...byHash.keys()]).toEqual(['bh1']);
      expect(byHash.get('bh1')!.id).toBe(id);
      const bands = await store.lshLookup([4294967296 + 99, 8589934592 + 5]);
      expect([...bands.entries()]).toEqual([[4294967296 + 99, [id]]]);
      const cands = await store.copyCandidates([id]);
      const fp = cands.get(id)!.fingerprint!;
      expect([...fp.signature]).toEqual([...sig]);
      expect([...fp.shingles!]).toEqual([...shingles]);
      expect(fp.size).toBe(3);
      expect(fp.hash).toBe('bh1');
    });

    it('gives the most recent articles of a band key only, up to perKey', async () => {
      const key = 3 * 4294967296 + 12345;
      const ids: number[] = [];
      for (let i = 1; i <= 5; i++) {
        const [o] = await store.putArticles([
          makeRecord(`k${i}`, ministerArticle(`k${i}`, '2026-03-01'), { bands: [key, i] }),
        ]);
        ids.push((o as { id: number }).id);
      }
      expect((await store.lshLookup([key], 2)).get(key)).toEqual(ids.slice(3));
      expect((await store.lshLookup([key, key, 1], 3)).get(key)).toEqual(ids.slice(2));
      expect((await store.lshLookup([key])).get(key)).toEqual(ids);
      expect((await store.lshLookup([1, 2], 16)).get(2)).toEqual([ids[1]]);
    });

    it('searches article text and quote content, with snippets, and survives bad FTS syntax', async () => {
      await store.putArticles([
        makeRecord('a1', ministerArticle('a1', '2026-03-01')),
        makeRecord('d1', denialArticle('d1', '2026-03-02')),
      ]);
      const hits = await store.search('Geneva');
      expect(hits).toHaveLength(1);
      expect(hits[0]).toMatchObject({ kind: 'article', externalId: 'a1' });
      expect(hits[0]!.snippet).toContain('[Geneva]');
      const quoteHits = await store.search('talks', { in: 'quotes' });
      expect(quoteHits.map((h) => [h.kind, h.externalId, h.speaker, h.quoteId])).toEqual([
        ['quote', 'd1', 'Li Na', 'q1'],
      ]);
      expect(quoteHits[0]!.snippet).toContain('[talks]');
      const both = await store.search('pressure');
      expect(new Set(both.map((h) => h.kind))).toEqual(new Set(['article', 'quote']));
      expect((await store.search('"secret talks')).map((h) => h.externalId)).toContain('d1');
      expect((await store.search('Geneva -')).map((h) => h.externalId)).toEqual(['a1']);
      expect(await store.search('   ')).toEqual([]);
      expect(await store.search('zzyzx')).toEqual([]);
    });

    it('lists quotes by speaker, organisation and act, oldest first, without copies', async () => {
      const m = ministerArticle('a1', '2026-03-01');
      await store.putArticles([
        makeRecord('d1', denialArticle('d1', '2026-03-02')),
        makeRecord('a1', m),
        makeRecord(
          'a1copy',
          { ...m, meta: { ...m.meta, externalId: 'a1c', url: null } },
          {
            copy: { of: { batchIndex: 1 }, kind: 'exact', similarity: 1 },
          },
        ),
      ]);
      const all = await store.listQuotes();
      expect(all.map((q) => q.externalId)).toEqual(['a1', 'd1']);
      expect(all[0]).toMatchObject({
        speaker: 'Wang Yi',
        act: 'assert',
        content: 'We will not bow to pressure',
        quoteId: 'q1',
      });
      expect((await store.listQuotes({ includeCopies: true })).length).toBe(3);
      expect((await store.listQuotes({ speaker: 'wang' })).map((q) => q.externalId)).toEqual(['a1']);
      expect((await store.listQuotes({ act: 'deny' })).map((q) => q.speaker)).toEqual(['Li Na']);
      // The affiliation is stored as the article's entity id (e1) and read back as that entity's name.
      const byOrg = await store.listQuotes({ org: 'commerce' });
      expect(byOrg.map((q) => [q.speaker, q.affiliation])).toEqual([['Li Na', 'Commerce Ministry']]);
      expect(await store.listQuotes({ org: 'e1' })).toEqual([]);
      expect(await store.listQuotes({ speaker: 'nobody' })).toEqual([]);
    });

    it('merges entities across articles by corpus key', async () => {
      await store.putArticles([
        makeRecord('a1', ministerArticle('a1', '2026-03-01')),
        makeRecord('a2', ministerArticle('a2', '2026-03-03')),
        makeRecord('d1', denialArticle('d1', '2026-03-02')),
      ]);
      const ents = await store.listEntities();
      const wang = ents.find((e) => e.name === 'Wang Yi')!;
      expect(wang).toMatchObject({ type: 'person', country: 'CHN', articles: 2, mentions: 2, quotes: 2 });
      expect(ents[0]!.articles).toBeGreaterThanOrEqual(ents[ents.length - 1]!.articles);
      expect((await store.listEntities({ type: 'organization' })).map((e) => e.name)).toEqual(['Commerce Ministry']);
      expect((await store.listEntities({ name: 'li' })).map((e) => e.name)).toEqual(['Li Na']);
      const keys = [];
      for await (const e of store.corpusEntities()) keys.push(e.key);
      expect(keys.sort()).toEqual([
        'country:china',
        'organization:commerce ministry',
        'person:li na',
        'person:wang yi',
      ]);
      expect((await store.listQuotes({ speaker: 'wang' })).every((q) => q.speakerEntity === wang.id)).toBe(true);
    });

    it('lists corpus disputes: who asserted, who denied, where and when', async () => {
      await store.putArticles([
        makeRecord('d1', denialArticle('d1', '2026-03-02')),
        makeRecord('a1', ministerArticle('a1', '2026-03-01')),
      ]);
      const disputes = await store.listDisputes();
      expect(disputes).toHaveLength(1);
      const d = disputes[0]!;
      expect(d.proposition).toBe(TALKS);
      expect(d.positions.map((p) => [p.holder, p.stance, p.externalId, p.published, p.source])).toEqual([
        ['Wang Yi', 'assert', 'a1', '2026-03-01', 'Test Wire'],
        ['Commerce Ministry', 'deny', 'd1', '2026-03-02', 'Test Wire'],
      ]);
    });

    it('finds known propositions by coarse key, with the matching data of their first claim', async () => {
      await store.putArticles([
        makeRecord('a1', ministerArticle('a1', '2026-03-01')),
        makeRecord('d1', denialArticle('d1', '2026-03-02')),
      ]);
      const key = `t:${TALKS.toLowerCase()}`;
      const found = await store.propositions([key, 't:nothing']);
      expect([...found.keys()]).toEqual([key]);
      expect(found.get(key)).toEqual([
        { key, match: JSON.stringify({ claim: { proposition: { text: TALKS, event: null } } }) },
      ]);
    });

    it('lists a stance once per holder and article', async () => {
      const twice = denialArticle('d2', '2026-03-04');
      const c = twice.claims[0]!;
      const doubled = {
        ...twice,
        claims: [{ ...c, positions: [c.positions[0]!, { ...c.positions[0]!, evidence: 'q2' }] }],
      };
      await store.putArticles([makeRecord('a1', ministerArticle('a1', '2026-03-01')), makeRecord('d2', doubled)]);
      const d = await store.listDisputes();
      expect(d[0]!.positions.map((p) => [p.holder, p.stance])).toEqual([
        ['Wang Yi', 'assert'],
        ['Commerce Ministry', 'deny'],
      ]);
    });

    it('has no dispute when one holder asserts and later denies', async () => {
      const retraction = makeAnalysis({
        title: 'Minister takes it back',
        body: `Wang Yi now denies that ${TALKS}.`,
        published: '2026-03-05',
        externalId: 'r1',
        entities: [{ id: 'e1', type: 'person', name: 'Wang Yi', country: 'CHN' }],
        claims: [
          {
            id: 'c1',
            text: TALKS,
            positions: [{ holder: 'e1', holderName: 'Wang Yi', stance: 'deny', evidence: 'q1' }],
          },
        ],
      });
      await store.putArticles([makeRecord('a1', ministerArticle('a1', '2026-03-01')), makeRecord('r1', retraction)]);
      expect(await store.listDisputes()).toEqual([]);
      // A second holder's denial makes it a dispute again.
      await store.putArticles([makeRecord('d1', denialArticle('d1', '2026-03-06'))]);
      expect((await store.listDisputes()).map((d) => d.positions.map((p) => p.holder))).toEqual([
        ['Wang Yi', 'Wang Yi', 'Commerce Ministry'],
      ]);
    });

    it('has no dispute when everyone agrees', async () => {
      await store.putArticles([
        makeRecord('a1', ministerArticle('a1', '2026-03-01')),
        makeRecord('a2', ministerArticle('a2', '2026-03-03')),
      ]);
      expect(await store.listDisputes()).toEqual([]);
    });

    it('lists stories with their articles in date order', async () => {
      await store.putArticles([
        makeRecord('a2', ministerArticle('a2', '2026-03-03'), { storyId: 1 }),
        makeRecord('a1', ministerArticle('a1', '2026-03-01'), { storyId: 1 }),
        makeRecord('d1', denialArticle('d1', '2026-03-02'), { storyId: 2 }),
      ]);
      const s = await store.listStories();
      expect(s.map((x) => [x.story, x.articles.map((a) => a.externalId), x.firstPublished, x.lastPublished])).toEqual([
        [1, ['a1', 'a2'], '2026-03-01', '2026-03-03'],
        [2, ['d1'], '2026-03-02', '2026-03-02'],
      ]);
      expect((await store.listStories({ minArticles: 2 })).map((x) => x.story)).toEqual([1]);
      expect((await store.listStories({ after: 1 })).map((x) => x.story)).toEqual([2]);
      expect((await store.listStories({ limit: 1 })).map((x) => x.story)).toEqual([1]);
    });

    it('streams articles, analyses and export rows in id order', async () => {
      await store.putArticles([
        makeRecord('a1', ministerArticle('a1', '2026-03-01'), { storyId: 1 }),
        makeRecord('d1', denialArticle('d1', '2026-03-02'), { storyId: 2 }),
      ]);
      expect((await collect(store.articles())).map((a) => a.externalId)).toEqual(['a1', 'd1']);
      const rows = await collect(store.exportRows());
      expect(rows.map((r) => `${r.kind}:${r.externalId}`)).toEqual([
        'event:a1',
        'quote:a1',
        'claim:a1',
        'quote:d1',
        'claim:d1',
      ]);
      expect((await collect(store.exportRows({ kinds: ['quote'] }))).length).toBe(2);
      const replay = await collect(store.analyses({ offset: 1 }));
      expect(replay.map((a) => a.externalId)).toEqual(['d1']);
    });

    it('keeps what was committed across a reopen', async () => {
      await store.putArticles([makeRecord('a1', ministerArticle('a1', '2026-03-01'))], { s: '1' });
      await store.close();
      store = await factory.reopen();
      expect((await store.counts()).articles).toBe(1);
      expect(await store.getState('s')).toBe('1');
      expect((await store.putArticles([makeRecord('a1', ministerArticle('a1', '2026-03-01'))]))[0]!.status).toBe(
        'duplicate',
      );
    });
  });
}
