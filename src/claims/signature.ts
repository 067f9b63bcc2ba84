import type { Event, PropositionSignature } from '../model/index.js';
import { CONCEPT_BY_KEY, SYMMETRIC_CAMEO_PREFIXES, SYMMETRIC_PLOVER } from './lexicon/concepts.js';

export type { PropositionSignature };

export interface SameOptions {
  /**
   * Let a signature with a missing party match one that names it ("the U.S. says talks are under way" ~ "China denies
   * talks with the U.S."). Sensible inside one article; across articles pass false. Default true.
   */
  readonly allowOpen?: boolean;
  /** Least Jaccard overlap of predicates for content-only matches. Default 0.6. */
  readonly minOverlap?: number;
}

/** Share of predicates two signatures have in common (Jaccard). */
export function predicateOverlap(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  let inter = 0;
  for (const x of a) if (b.includes(x)) inter++;
  return inter / (a.length + b.length - inter);
}

/**
 * Whether two signatures state the same proposition (see docs/claims.md, "Same proposition").
 * Predicates: both anchored by events of the same PLOVER type or CAMEO root, or predicate overlap ≥ minOverlap;
 * never when their PLOVER types differ; topics must not conflict. Parties: equal sets (either order when symmetric),
 * or, with allowOpen, the open side's parties contained in the other's (two open ones: at most two parties together).
 *
 * @example
 * sameProposition(sigOf('the EU says talks with Brazil are under way'), sigOf('Brazil and the EU are NOT holding any talks')); // true
 */
export function sameProposition(a: PropositionSignature, b: PropositionSignature, opts: SameOptions = {}): boolean {
  return samePredicate(a, b, opts.minOverlap ?? 0.6) && sameParties(a, b, opts.allowOpen ?? true);
}

export function samePredicate(a: PropositionSignature, b: PropositionSignature, minOverlap = 0.6): boolean {
  // "talks are under way" is not "talks will resume" nor "Beijing needs to hold talks".
  if (a.mood !== b.mood) return false;
  if (a.plover && b.plover && a.plover !== b.plover) return false;
  if (!topicsAgree(a.topics, b.topics)) return false;
  const overlap = predicateOverlap(a.predicates, b.predicates);
  // Two coded events of one type match when their contents say much the same (a third of their predicates): event
  // coders also code speech and relative clauses inside quotes, and two unrelated accusations are not one proposition.
  if (a.anchored && b.anchored && ((a.plover !== null && a.plover === b.plover) || (a.cameo && a.cameo === b.cameo)))
    return overlap >= ANCHORED_OVERLAP;
  // Without parties, a proposition is too vague for short cuts ("I haven't seen it" ~ "seeing it is emotional"): it
  // needs a shared concept or two shared predicates, and the full overlap.
  if (partyless(a) || partyless(b)) {
    const sharedConcept = a.concept !== null && a.concept === b.concept;
    return (sharedConcept || sharedCount(a.predicates, b.predicates) >= 2) && contentsAgree(a, b, minOverlap);
  }
  // A coded event meets an uncoded content that names the event's concept and says little else.
  if (a.anchored !== b.anchored) {
    const [ev, other] = a.anchored ? [a, b] : [b, a];
    const c = other.concept;
    if (c && ev.plover && CONCEPT_BY_KEY.get(c)?.plover === ev.plover && ev.predicates.includes(c)) {
      if (other.predicates.length <= 2) return true;
    }
  }
  return contentsAgree(a, b, minOverlap);
}

/**
 * What happens must overlap by `minOverlap` (verbs, predicative adjectives, concepts); plain-noun details must not
 * conflict: "Sudan attacked Chad" ~ "Sudan attacked the border town" (one side has no details), but "… attacked a
 * hospital" ≁ "… attacked a convoy". When neither says what happens, the details carry the comparison.
 */
function contentsAgree(a: PropositionSignature, b: PropositionSignature, minOverlap: number): boolean {
  const da = a.details ?? [];
  const db = b.details ?? [];
  const va = da.length === 0 ? a.predicates : a.predicates.filter((p) => !da.includes(p));
  const vb = db.length === 0 ? b.predicates : b.predicates.filter((p) => !db.includes(p));
  if (va.length === 0 && vb.length === 0) return predicateOverlap(da, db) >= minOverlap;
  if (predicateOverlap(va, vb) < minOverlap) return false;
  // One shared generic verb ("pay") is too thin to ignore the details: then everything is compared.
  let shared = 0;
  let concept = false;
  for (const p of va) {
    if (!vb.includes(p)) continue;
    shared++;
    if (CONCEPT_BY_KEY.has(p)) concept = true;
  }
  if (shared < 2 && !concept) return predicateOverlap(a.predicates, b.predicates) >= minOverlap;
  return da.length === 0 || db.length === 0 || sharedCount(da, db) > 0;
}

/** Least predicate overlap of two statements anchored by events of one type. */
const ANCHORED_OVERLAP = 1 / 3;

function partyless(s: PropositionSignature): boolean {
  return s.agents.length === 0 && s.patients.length === 0;
}

function sharedCount(a: readonly string[], b: readonly string[]): number {
  let n = 0;
  for (const x of a) if (b.includes(x)) n++;
  return n;
}

function topicsAgree(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  for (const x of a) if (b.includes(x)) return true;
  return false;
}

export function sameParties(a: PropositionSignature, b: PropositionSignature, allowOpen = true): boolean {
  if (a.symmetric || b.symmetric) {
    const pa = a.symmetric ? a.agents : union(a.agents, a.patients);
    const pb = b.symmetric ? b.agents : union(b.agents, b.patients);
    if (sameSet(pa, pb)) return true;
    if (!allowOpen) return false;
    const openA = a.open || pa.length < 2;
    const openB = b.open || pb.length < 2;
    if (openA && !openB) return subset(pa, pb);
    if (openB && !openA) return subset(pb, pa);
    if (openA && openB) return union(pa, pb).length <= 2;
    return false;
  }
  return roleAgrees(a.agents, b.agents, allowOpen) && roleAgrees(a.patients, b.patients, allowOpen);
}

function roleAgrees(a: readonly string[], b: readonly string[], allowOpen: boolean): boolean {
  if (sameSet(a, b)) return true;
  return allowOpen && (a.length === 0 || b.length === 0);
}

export function sameSet(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (const x of a) if (!b.includes(x)) return false;
  return true;
}

function subset(a: readonly string[], b: readonly string[]): boolean {
  for (const x of a) if (!b.includes(x)) return false;
  return true;
}

export function union(a: readonly string[], b: readonly string[]): string[] {
  const out = [...a];
  for (const x of b) if (!out.includes(x)) out.push(x);
  return out.sort();
}

/** Whether a coded event's participants are interchangeable. */
export function eventIsSymmetric(e: Pick<Event, 'cameo' | 'plover'>): boolean {
  if (SYMMETRIC_PLOVER.has(e.plover.type)) return true;
  for (const p of SYMMETRIC_CAMEO_PREFIXES) if (e.cameo.startsWith(p)) return true;
  return false;
}

/**
 * Folds a new member into a claim's signature: a symmetric signature gains the parties it lacked (so an open "talks
 * are under way" and a closed "China and the U.S. are not negotiating" settle on CHN–USA); an asymmetric one fills an
 * empty role. Predicates stay those of the first member, so the claim does not drift.
 */
export function mergeSignatures(rep: PropositionSignature, s: PropositionSignature): PropositionSignature {
  // Nothing to learn from the newcomer: the common case once a claim is closed.
  if (
    !rep.open &&
    (rep.symmetric || rep.patients.length > 0 || s.patients.length === 0) &&
    subset(s.topics, rep.topics) &&
    (rep.plover !== null || s.plover === null) &&
    (rep.cameo !== null || s.cameo === null) &&
    (rep.anchored || !s.anchored)
  )
    return rep;
  let agents = rep.agents;
  let patients = rep.patients;
  if (rep.symmetric) {
    if (rep.open) agents = union(rep.agents, s.symmetric ? s.agents : union(s.agents, s.patients));
  } else {
    if (agents.length === 0) agents = s.agents;
    if (patients.length === 0) patients = s.patients;
  }
  const open = rep.symmetric ? agents.length < 2 : agents.length === 0;
  return {
    ...rep,
    agents,
    patients,
    topics: union(rep.topics, s.topics),
    open,
    plover: rep.plover ?? s.plover,
    cameo: rep.cameo ?? s.cameo,
    anchored: rep.anchored || s.anchored,
  };
}

/**
 * Blocking keys for matching many claims (across a corpus): one per predicate, joined with the sorted set of all
 * parties. Two signatures that `sameProposition(a, b, { allowOpen: false })` accepts always share a key, so a corpus
 * only needs to compare claims within a key's bucket.
 *
 * @example
 * signatureKeys(claim.signature!); // ['NEGOTIATE|CHN,USA']
 */
export function signatureKeys(s: PropositionSignature): string[] {
  const parties = union(s.agents, s.patients).join(',');
  return s.predicates.map((p) => `${p}|${parties}`);
}
