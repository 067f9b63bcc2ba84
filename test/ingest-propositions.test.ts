import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assignPropositions } from '../src/corpus/ingest/propositions.js';
import type { AnalysisV1 } from '../src/model/index.js';
import { SqliteStore } from '../src/store/index.js';
import { makeAnalysis, makeRecord } from './store-suite.js';

const dir = mkdtempSync(join(tmpdir(), 'parley-props-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Signature = NonNullable<AnalysisV1['claims'][number]['signature']>;

const sig = (predicates: string[], agents: string[], patients: string[]): Signature => ({
  predicates,
  concept: null,
  plover: null,
  cameo: null,
  symmetric: false,
  agents,
  patients,
  topics: [],
  open: false,
  anchored: false,
  mood: 'actual',
});

function claimArticle(id: string, text: string, stance: 'assert' | 'deny', signature?: Signature): AnalysisV1 {
  const a = makeAnalysis({
    title: `Report ${id}`,
    body: `Officials spoke on ${id}. The story said ${text}.`,
    externalId: id,
    claims: [{ id: 'c1', text, positions: [{ holder: null, holderName: `Official ${id}`, stance, evidence: 'q1' }] }],
  });
  return signature ? { ...a, claims: a.claims.map((c) => ({ ...c, signature })) } : a;
}

describe('corpus propositions at ingest', () => {
  it('keys text propositions by their content words: one key for one proposition, stance words aside', async () => {
    const store = await SqliteStore.open(join(dir, 't.db'));
    const [ka, kb, kc] = await assignPropositions(store, [
      { contentHash: 'ha', analysis: claimArticle('a', 'the army shelled the border town', 'assert') },
      { contentHash: 'hb', analysis: claimArticle('b', 'the army did not shell the border town', 'deny') },
      { contentHash: 'hc', analysis: claimArticle('c', 'the harvest doubled this year', 'assert') },
    ]);
    expect(ka!.get('c1')).toEqual({ key: kb!.get('c1')!.key, coarse: null, match: null });
    expect(ka!.get('c1')!.key).toMatch(/^t:/);
    expect(kc!.get('c1')!.key).not.toBe(ka!.get('c1')!.key);
    await store.close();
  });

  it('matches party propositions with the claims signature, within a batch and against the store', async () => {
    const store = await SqliteStore.open(join(dir, 'p.db'));
    const talks = sig(['talk', 'hold', 'negotiate'], ['CHN'], ['USA']);
    const tariffs = sig(['raise', 'tariff'], ['CHN'], ['USA']);
    const a = claimArticle('a', 'China held talks with the United States', 'assert', talks);
    const b = claimArticle('b', 'China did not hold talks with the United States', 'deny', talks);
    const c = claimArticle('c', 'China raised tariffs on the United States', 'assert', tariffs);
    const [ka, kb, kc] = await assignPropositions(store, [
      { contentHash: 'ha', analysis: a },
      { contentHash: 'hb', analysis: b },
      { contentHash: 'hc', analysis: c },
    ]);
    const key = ka!.get('c1')!.key;
    expect(key).toBe('p:CHN+USA#ha/c1');
    expect(ka!.get('c1')!.match).not.toBeNull();
    expect(kb!.get('c1')).toEqual({ key, coarse: 'p:CHN+USA', match: null });
    expect(kc!.get('c1')!.key).toBe('p:CHN+USA#hc/c1');
    await store.putArticles([
      makeRecord('a', a, { claimKeys: ka! }),
      makeRecord('b', b, { claimKeys: kb! }),
      makeRecord('c', c, { claimKeys: kc! }),
    ]);
    expect((await store.propositions(['p:CHN+USA'])).get('p:CHN+USA')!.map((p) => p.key)).toEqual([
      'p:CHN+USA#hc/c1',
      key,
    ]);
    // A later article, in another batch, joins the stored proposition: one corpus dispute, dated by article.
    const d = claimArticle('d', 'Beijing and Washington held negotiations and talks', 'deny', talks);
    const [kd] = await assignPropositions(store, [{ contentHash: 'hd', analysis: d }]);
    expect(kd!.get('c1')!.key).toBe(key);
    await store.putArticles([makeRecord('d', d, { claimKeys: kd! })]);
    const disputes = await store.listDisputes();
    expect(disputes).toHaveLength(1);
    expect(disputes[0]!.positions.map((p) => [p.holder, p.stance])).toEqual([
      ['Official a', 'assert'],
      ['Official b', 'deny'],
      ['Official d', 'deny'],
    ]);
    // The proposition joined last is offered first.
    expect((await store.propositions(['p:CHN+USA'])).get('p:CHN+USA')![0]!.key).toBe(key);
    await store.close();
  });
});
