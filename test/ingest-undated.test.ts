import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAnalyzer } from '../src/analyze.js';
import { ingest } from '../src/corpus/index.js';
import type { ReadItem } from '../src/corpus/types.js';
import { SqliteStore } from '../src/store/index.js';

const dir = mkdtempSync(join(tmpdir(), 'parley-undated-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const analyzer = createAnalyzer();

// Three reports of one flood, worded apart enough not to be copies. None gives a date of its own.
const REPORTS = [
  'Floodwaters swept through Marlow Valley on Tuesday after the Kessel Dam overflowed, forcing 4,000 residents from ' +
    'their homes. Governor Ana Ruiz said rescue crews from Brisbane County were pulling families from rooftops.',
  'The Kessel Dam in Marlow Valley overflowed on Tuesday and floodwaters drove about 4,000 residents from their homes. ' +
    'Rescue crews from Brisbane County reached families on rooftops, Governor Ana Ruiz told reporters.',
  'Governor Ana Ruiz toured Marlow Valley, where the overflowing Kessel Dam flooded homes and sent 4,000 residents to ' +
    'shelters. Crews from Brisbane County kept rescuing families stranded on rooftops, officials said.',
];

function page(text: string, i: number, fetchedAt: string | null): ReadItem {
  return {
    kind: 'article',
    article: {
      origin: `crawl.warc#${i + 1}`,
      format: 'text',
      text,
      meta: { externalId: `n${i}` },
      fetchedAt,
    },
  };
}

async function storiesOf(fetched: (string | null)[]): Promise<string[][]> {
  const store = await SqliteStore.open(join(dir, `s${fetched.map((f) => f ?? '-').join('')}.db`));
  async function* items() {
    for (const [i, text] of REPORTS.entries()) yield page(text, i, fetched[i] ?? null);
  }
  await ingest(store, items(), { analyzer });
  const out = (await store.listStories()).map((s) => s.articles.map((a) => a.externalId ?? ''));
  await store.close();
  return out.sort();
}

describe('undated pages', () => {
  it('group by content when nothing dates them', async () => {
    expect(await storiesOf([null, null, null])).toEqual([['n0', 'n1', 'n2']]);
  });

  it('are placed in time by their fetch date, so the story window applies', async () => {
    expect(await storiesOf(['2026-05-01T08:00:00Z', '2026-05-02T09:30:00Z', '2027-03-01T10:00:00Z'])).toEqual([
      ['n0', 'n1'],
      ['n2'],
    ]);
  });
});
