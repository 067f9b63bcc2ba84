import type { Claim, Doc, Event, Position } from '../model/index.js';
import { type Cluster, clusterStatements } from './cluster.js';
import { type DocIndex, indexDoc } from './read.js';
import { type Anaphor, eventStatement, quoteStatements, type Statement, UNATTRIBUTED_KEY } from './statements.js';
import { propositionText } from './text.js';

/**
 * Claims: propositions with the stance of every holder; disputed when one holder asserts what another denies.
 * Reads quotes (content, act, cue, speaker), the events coded inside them, entities and tokens; writes doc.claims.
 *
 * @example
 * const doc = createAnalyzer().analyzeDoc(text); // runs buildClaims last
 * doc.claims.filter((c) => c.disputed).map((c) => c.proposition.text);
 * // ['United States–China trade negotiations are under way']
 */
export function buildClaims(doc: Doc): void {
  doc.claims = [];
  if (doc.quotes.length === 0 && doc.events.length === 0) return;
  const ix = indexDoc(doc);
  const byQuote = new Map<string, Event[]>();
  const loose: Event[] = [];
  for (const e of doc.events) {
    if (e.quote) {
      const list = byQuote.get(e.quote);
      if (list) list.push(e);
      else byQuote.set(e.quote, [e]);
    } else if (e.modality === 'reported') loose.push(e);
  }
  const statements: Statement[] = [];
  const anaphors: Anaphor[] = [];
  for (const q of doc.quotes) {
    // A reported event without a quote link still belongs to the quote whose content holds its trigger.
    const linked = (byQuote.size > 0 && byQuote.get(q.id)) || [];
    for (let i = 0; i < loose.length; i++) {
      const e = loose[i]!;
      if (q.content.some((s) => s.start <= e.trigger.start && e.trigger.start < s.end)) {
        linked.push(e);
        loose.splice(i--, 1);
      }
    }
    quoteStatements(ix, q, linked, statements, anaphors);
  }
  for (const e of loose) eventStatement(ix, e, statements);
  if (statements.length === 0) return;
  const clusters = clusterStatements(statements);
  if (anaphors.length > 0) attachAnaphors(clusters, anaphors);
  // In text order of their first statement (each cluster's position computed once; the sort is stable).
  const firsts = clusters.map(firstAt);
  let sorted = true;
  for (let i = 1; i < firsts.length && sorted; i++) sorted = firsts[i - 1]! <= firsts[i]!;
  const ordered = sorted ? clusters : orderByFirst(clusters, firsts);
  for (const cl of ordered) doc.claims.push(toClaim(ix, cl, doc.claims.length + 1));
}

/** How many sentences back "the reports" may reach for the statement it refers to. */
const ANAPHOR_REACH = 3;

/**
 * "Iran's Foreign Ministry dismissed the reports as baseless": the stance joins the claim of the nearest earlier
 * statement by another holder, within a few sentences. Without one, it is dropped (there is no proposition to hold).
 */
function attachAnaphors(clusters: Cluster[], anaphors: readonly Anaphor[]): void {
  for (const a of anaphors) {
    let best: Statement | null = null;
    let bestCluster: Cluster | null = null;
    for (const cl of clusters) {
      for (const m of cl.members) {
        if (m.at >= a.at || m.holderKey === a.holderKey || m.sentence < a.sentence - ANAPHOR_REACH) continue;
        if (!best || m.at > best.at) {
          best = m;
          bestCluster = cl;
        }
      }
    }
    if (best && bestCluster) {
      bestCluster.members.push({ ...a, sig: best.sig, clause: null, event: null, accuse: false });
    }
  }
}

/** The clusters sorted by their first statement's offset, stably (an insertion sort: clusters are few, mostly in order). */
function orderByFirst(clusters: readonly Cluster[], firsts: readonly number[]): Cluster[] {
  const out = clusters.slice();
  const at = firsts.slice();
  for (let i = 1; i < out.length; i++) {
    const c = out[i]!;
    const a = at[i]!;
    let j = i;
    for (; j > 0 && at[j - 1]! > a; j--) {
      out[j] = out[j - 1]!;
      at[j] = at[j - 1]!;
    }
    out[j] = c;
    at[j] = a;
  }
  return out;
}

function firstAt(c: Cluster): number {
  let at = Number.POSITIVE_INFINITY;
  for (const m of c.members) if (m.at < at) at = m.at;
  return at;
}

function toClaim(ix: DocIndex, cl: Cluster, n: number): Claim {
  const members = inTextOrder(cl.members) ? cl.members : [...cl.members].sort((a, b) => a.at - b.at);
  const positions: Position[] = [];
  const kept: Statement[] = []; // the member behind each position, to drop repeats of holder, stance and evidence
  let event: string | null = null;
  for (const m of members) {
    event ??= m.event;
    if (kept.some((k) => k.holderKey === m.holderKey && k.stance === m.stance && k.evidence === m.evidence)) continue;
    kept.push(m);
    positions.push({ holder: m.holder, holderName: m.holderName, stance: m.stance, evidence: m.evidence });
  }
  return {
    id: `c${n}`,
    proposition: { text: propositionText(ix, cl), event },
    positions,
    disputed: isDisputed(members),
    signature: cl.sig,
  };
}

/** Members already in text order need no sorted copy (a stable sort would return them as they are). */
function inTextOrder(members: readonly Statement[]): boolean {
  for (let i = 1; i < members.length; i++) if (members[i - 1]!.at > members[i]!.at) return false;
  return true;
}

/**
 * At least one holder asserts and a different holder denies. A reported event no quote carries (holder "unattributed
 * report") is a position but never makes a dispute: nobody is known to hold it.
 */
export function isDisputed(members: readonly Pick<Statement, 'holderKey' | 'stance'>[]): boolean {
  // Some asserter differs from some denier unless both are one and the same single holder: keep the first of each
  // and whether a second, different one was seen.
  let asserter: string | null = null;
  let denier: string | null = null;
  let several = false;
  for (const m of members) {
    if (m.holderKey === UNATTRIBUTED_KEY) continue;
    if (m.stance === 'assert') {
      if (asserter === null) asserter = m.holderKey;
      else if (asserter !== m.holderKey) several = true;
    } else if (m.stance === 'deny') {
      if (denier === null) denier = m.holderKey;
      else if (denier !== m.holderKey) several = true;
    }
  }
  return asserter !== null && denier !== null && (several || asserter !== denier);
}
