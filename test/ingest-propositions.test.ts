import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assignPropositions } from '../src/corpus/ingest/propositions.js';
import { SqliteStore } from '../src/store/index.js';
import { makeAnalysis, makeRecord } from './store-suite.js';

const dir = mkdtempSync(join(tmpdir(), 'parley-props-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const claimArticle = (id: string, text: string, stance: 'assert' | 'deny') =>
  makeAnalysis({
    title: `Report ${id}`,
    body: `Officials spoke on ${id}. The story said ${text}.`,
    externalId: id,
    claims: [{ id: 'c1', text, positions: [{ holder: null, holderName: `Official ${id}`, stance, evidence: 'q1' }] }],
  });

describe('corpus propositions at ingest', () => {
  it('gives claims of one proposition one key, within a batch and against the store', async () => {
    const store = await SqliteStore.open(join(dir, 'p.db'));
    const a = claimArticle('a', 'the army shelled the border town', 'assert');
    const b = claimArticle('b', 'the army did not shell the border town', 'deny');
    const c = claimArticle('c', 'the harvest doubled this year', 'assert');
    const [ka, kb, kc] = await assignPropositions(store, [
      { contentHash: 'ha', analysis: a },
      { contentHash: 'hb', analysis: b },
      { contentHash: 'hc', analysis: c },
    ]);
    expect(ka!.get('c1')!.key).toBe(kb!.get('c1')!.key);
    expect(kc!.get('c1')!.key).not.toBe(ka!.get('c1')!.key);
    expect(ka!.get('c1')!.key).toMatch(/^t:.*#ha\/c1$/);
    await store.putArticles([
      makeRecord('a', a, { claimKeys: ka! }),
      makeRecord('b', b, { claimKeys: kb! }),
      makeRecord('c', c, { claimKeys: kc! }),
    ]);
    // A later article, in another batch, joins the stored proposition: one corpus dispute.
    const d = claimArticle('d', 'the army shelled the border town', 'deny');
    const [kd] = await assignPropositions(store, [{ contentHash: 'hd', analysis: d }]);
    expect(kd!.get('c1')!.key).toBe(ka!.get('c1')!.key);
    await store.putArticles([makeRecord('d', d, { claimKeys: kd! })]);
    const disputes = await store.listDisputes();
    expect(disputes).toHaveLength(1);
    expect(disputes[0]!.positions.map((p) => [p.holder, p.stance])).toEqual([
      ['Official a', 'assert'],
      ['Official b', 'deny'],
      ['Official d', 'deny'],
    ]);
    await store.close();
  });
});
