import type { Actor, Entity, Event, Modality, Quote, Span, Stance } from '../model/index.js';
import { firstTokenEndingAfter } from '../nlp/index.js';
import { entityCountry, type HolderEntry, type HolderInfo, holderInfo, holderKey, speaksForState } from './holders.js';
import { CONCEPT_BY_LEMMA } from './lexicon/concepts.js';
import { SPEECH_PLOVER } from './lexicon/words.js';
import { type Clause, type DocIndex, type Mood, readClause, segments, tokensIn } from './read.js';
import { eventIsSymmetric, type PropositionSignature } from './signature.js';
import { ACT_STANCE, stanceOf } from './stance.js';

/** One holder's stance on one proposition, with its evidence: the unit claims are grouped from. */
export interface Statement {
  readonly holder: string | null;
  readonly holderName: string;
  readonly holderKey: string;
  /** The holder's country (its own, or its affiliation's), when known. */
  readonly holderCountry: string | null;
  readonly stance: Stance;
  /** Quote id or event id. */
  readonly evidence: string;
  /** Text offset of the evidence, for ordering. */
  readonly at: number;
  /** Sentence index of the evidence. */
  readonly sentence: number;
  readonly sig: PropositionSignature;
  readonly clause: Clause | null;
  readonly event: string | null;
  /** The statement is an accusation (its text drops "of" after the accused). */
  readonly accuse: boolean;
}

/** Event modalities that change what the proposition says (negated and reported ones do not: they are stances). */
const EVENT_MOOD: Partial<Record<Modality, Mood>> = {
  future: 'future',
  demanded: 'demanded',
  hypothetical: 'hypothetical',
};

interface Holder {
  readonly holder: string | null;
  readonly holderName: string;
  readonly holderKey: string;
  readonly holderCountry: string | null;
  readonly info: HolderInfo;
}

/** Key of an event actor: its country, else its code (IGOs, NGOs). */
export function actorKey(a: Actor | null): string | null {
  if (!a) return null;
  if (a.country) return a.country;
  // "---JRN" (a sector with no country) and "UNK" (an unidentifiable person) say nothing about who the party is.
  return a.code && !a.code.startsWith('---') && a.code !== 'UNK' ? a.code : null;
}

function add(arr: string[], k: string | null): void {
  if (k && !arr.includes(k)) arr.push(k);
}

interface SigContext {
  readonly speaker: HolderInfo;
  readonly event: Event | null;
  /** Parties named between an accusing cue and its content ("accused [the United States] of …"). */
  readonly accused: readonly string[];
}

/**
 * holderKey and holderInfo, once per holder and name in a document. Keyed by entity id (or '' for none) and then by
 * name: the two strings are used as they are, since a key built by concatenation would be re-hashed on every look-up.
 */
function cachedHolder(ix: DocIndex, holder: string | null, e: Entity | undefined, name: string): HolderEntry {
  let byName = ix.holders.get(holder ?? '');
  if (!byName) ix.holders.set(holder ?? '', (byName = new Map()));
  let entry = byName.get(name);
  if (!entry) {
    entry = { key: holderKey(holder, name, ix.entityById), info: holderInfo(e, name, ix.entityById) };
    byName.set(name, entry);
  }
  return entry;
}

/** The signature of one clause, given who speaks and the event coded from it, if any. */
export function signatureOf(ix: DocIndex, c: Clause, ctx: SigContext): PropositionSignature {
  const { entityById } = ix;
  const ev = ctx.event;
  const concept = c.concept;
  const symmetric = ev ? eventIsSymmetric(ev) : (concept?.symmetric ?? false);
  const speakerCountry = ctx.speaker.country;
  const speakerState = ctx.speaker.state;
  const agents: string[] = [];
  let patients: string[] = [];
  if (symmetric) {
    add(agents, actorKey(ev?.source ?? null));
    add(agents, actorKey(ev?.target ?? null));
    for (const m of c.mentions) add(agents, m.key);
    if (agents.length < 2 && speakerState) add(agents, speakerCountry);
    const wh = c.wrapperHolder;
    if (agents.length < 2 && wh) {
      const e = wh.entity ? entityById.get(wh.entity) : undefined;
      if (wh.entity === null || speaksForState(e, entityById)) add(agents, e ? entityCountry(e, entityById) : wh.key);
    }
  } else if (ev) {
    add(agents, actorKey(ev.source));
    add(patients, actorKey(ev.target));
  } else {
    const pivot = c.conceptAt >= 0 ? c.conceptAt : c.predicateAt;
    const passive = c.mentions.some((m) => m.byAgent);
    for (const m of c.mentions) {
      if (passive) add(m.byAgent ? agents : patients, m.key);
      else add(pivot < 0 || m.at < pivot ? agents : patients, m.key);
    }
    if (agents.length === 0) for (const k of ctx.accused) add(agents, k);
    if (agents.length === 0 && c.firstPerson) add(agents, speakerCountry);
  }
  if (agents.length > 1) sortStrings(agents);
  if (patients.length > 0) patients = sortStrings(patients.filter((p) => !agents.includes(p)));
  return {
    predicates: sortedOf(c.predicates),
    details: sortedOf(c.details),
    concept: concept?.key ?? null,
    plover: ev ? ev.plover.type : (concept?.plover ?? null),
    cameo: ev ? ev.cameo.slice(0, 2) : null,
    symmetric,
    agents,
    patients,
    topics: sortedOf(c.topics),
    open: symmetric ? agents.length < 2 : agents.length === 0,
    anchored: ev !== null,
    mood: ev ? (EVENT_MOOD[ev.modality] ?? c.mood) : c.mood,
  };
}

/** The set's members in sort() order, without the copy, string conversion and comparator calls of sort(). */
function sortedOf(set: ReadonlySet<string>): string[] {
  const out: string[] = [];
  // Insertion sort: sets are small and hold distinct strings, so this is the order sort() gives.
  for (const v of set) {
    let i = out.length;
    out.push(v);
    while (i > 0 && out[i - 1]! > v) {
      out[i] = out[i - 1]!;
      i--;
    }
    out[i] = v;
  }
  return out;
}

/** Sorts in place in the order of a plain sort() (UTF-16 code units, stable); an insertion sort for short lists. */
function sortStrings(arr: string[]): string[] {
  for (let i = 1; i < arr.length; i++) {
    const v = arr[i]!;
    let j = i;
    for (; j > 0 && arr[j - 1]! > v; j--) arr[j] = arr[j - 1]!;
    arr[j] = v;
  }
  return arr;
}

/** The clause between a cue and its content, when short enough to be the cue's object. */
function readWindow(ix: DocIndex, window: Span): Clause | null {
  const w = tokensIn(ix.doc, [window]);
  return w.length > 0 && w.length < 40 ? readClause(ix, w) : null;
}

/** Lemma of the cue's head word (the first verb, noun or adjective in it), or ''. */
function cueLemma(ix: DocIndex, cue: Span | null): string {
  if (!cue) return '';
  const toks = ix.doc.tokens;
  let first = '';
  for (let i = firstTokenEndingAfter(toks, cue.start); i < toks.length && toks[i]!.start < cue.end; i++) {
    const t = toks[i]!;
    if (first === '') first = t.lemma.toLowerCase();
    if (t.pos === 'VERB' || t.pos === 'NOUN' || t.pos === 'ADJ') return t.lemma.toLowerCase();
  }
  return first;
}

/** The events coded inside a clause of this quote (not the event of the speech act itself, whose trigger is the cue). */
function eventFor(ix: DocIndex, c: Clause, linked: readonly Event[], holderCountry: string | null): Event | null {
  if (linked.length === 0 || c.tokens.length === 0) return null;
  const toks = ix.doc.tokens;
  const start = toks[c.tokens[0]!]!.start;
  const end = toks[c.tokens[c.tokens.length - 1]!]!.end;
  for (const e of linked) {
    if (e.trigger.start < start || e.trigger.start >= end) continue;
    // "A says B attacked A" may come back transformed into "A accuses B": that is the speech, not its content.
    if (SPEECH_PLOVER.has(e.plover.type) && holderCountry && actorKey(e.source) === holderCountry) continue;
    return e;
  }
  return null;
}

/**
 * The statements a quote makes: one per sentence of its content that is a truth claim, plus one for the holder of a
 * wrapped claim ("China denied U.S. assertions of …" also records that the U.S. asserts it).
 */
/**
 * A stance on a proposition named only by a wrapper ("dismissed the reports as baseless"): it attaches to the nearest
 * earlier statement of another holder (see buildClaims).
 */
export type Anaphor = Omit<Statement, 'sig' | 'clause' | 'event' | 'accuse'>;

export function quoteStatements(
  ix: DocIndex,
  q: Quote,
  linked: readonly Event[],
  out: Statement[],
  anaphors: Anaphor[] = [],
): void {
  if (q.negated) return; // "did not say", "did not deny": no stance taken
  const { doc, entityById } = ix;
  const speaker = q.speaker.entity ? entityById.get(q.speaker.entity) : undefined;
  const holderName = q.speaker.name ?? speaker?.name ?? (q.speaker.anonymous ? 'anonymous source' : null);
  if (holderName === null) return; // no holder, no position
  // An anonymous source ("a senior official") is no identified holder, even when the entity layer made it an entity.
  const holder = q.speaker.anonymous ? null : q.speaker.entity;
  const { key: hKey, info } = cachedHolder(ix, holder, speaker, holderName);
  const holderCountry = info.country;
  const lemma = cueLemma(ix, q.cue);
  const content = tokensIn(doc, q.content);
  if (content.length === 0) return;
  const firstContent = q.content[0]!;
  const window = q.cue && q.cue.end <= firstContent.start ? { start: q.cue.end, end: firstContent.start } : null;
  // The words between cue and content ("accused [the United States] of …", "labeled [rumors about talks] as …"),
  // read only when needed.
  let windowClause: Clause | null = null;
  let windowRead = false;
  const accused: string[] = [];
  if (window && q.act === 'accuse') {
    windowRead = true;
    windowClause = readWindow(ix, window);
    if (windowClause) for (const m of windowClause.mentions) add(accused, m.key);
  }
  for (const seg of segments(doc, content)) {
    let c = readClause(ix, seg);
    if (c.predicates.size === 0 && window && !windowRead) {
      windowRead = true;
      windowClause = readWindow(ix, window);
    }
    if (c.predicates.size === 0 && windowClause && windowClause.predicates.size > 0) {
      // "called the reports of a deal “fake news”": the verdict is the content, the proposition its object.
      const verdict = c.verdict;
      c = windowClause;
      windowClause = null;
      c.verdict ||= verdict;
    }
    if (c.predicates.size === 0) {
      if (c.wrapper && !c.wrapperHolder) {
        const stance = stanceOf({ act: q.act, kind: q.kind, cueLemma: lemma, clause: c, eventNegated: false });
        const first = doc.tokens[c.tokens[0] ?? seg[0]!]!;
        // Only denials and doubts reach back ("dismissed the reports"); "reported the story" asserts nothing new.
        if (stance === 'deny' || stance === 'doubt')
          anaphors.push({
            holder,
            holderName,
            holderKey: hKey,
            holderCountry,
            stance,
            evidence: q.id,
            at: first.start,
            sentence: first.sentence,
          });
      }
      continue;
    }
    // A denial reported inside an assertion ("Observers believe Beijing is contesting the idea that …") is held by
    // its subject; the outer speaker only vouches for it.
    let who: Holder = { holder, holderName, holderKey: hKey, holderCountry, info };
    const inner = c.innerHolder?.entity ? entityById.get(c.innerHolder.entity) : undefined;
    if (inner && ACT_STANCE[q.act] === 'assert') {
      const { key: innerKey, info: innerInfo } = cachedHolder(ix, inner.id, inner, inner.name);
      who = {
        holder: inner.id,
        holderName: inner.name,
        holderKey: innerKey,
        holderCountry: innerInfo.country,
        info: innerInfo,
      };
    }
    const event = eventFor(ix, c, linked, who.holderCountry);
    const stance = stanceOf({
      act: q.act,
      kind: q.kind,
      cueLemma: lemma,
      clause: c,
      eventNegated: event?.negated ?? false,
    });
    if (stance === null) continue;
    const sig = signatureOf(ix, c, { speaker: who.info, event, accused });
    const at = doc.tokens[c.tokens[0]!]!.start;
    const sentence = doc.tokens[c.tokens[0]!]!.sentence;
    out.push({
      holder: who.holder,
      holderName: who.holderName,
      holderKey: who.holderKey,
      holderCountry: who.holderCountry,
      stance,
      evidence: q.id,
      at,
      sentence,
      sig,
      clause: c,
      event: event?.id ?? null,
      accuse: q.act === 'accuse',
    });
    const wh = c.wrapperHolder;
    if (wh) {
      const whKey = holderKey(wh.entity, wh.name, entityById);
      if (whKey !== who.holderKey) {
        out.push({
          holder: wh.entity,
          holderName: wh.name,
          holderKey: whKey,
          holderCountry: wh.entity ? entityCountry(entityById.get(wh.entity), entityById) : wh.key,
          stance: wh.stance,
          evidence: q.id,
          at: at + 0.5,
          sentence,
          sig,
          clause: c,
          event: event?.id ?? null,
          accuse: false,
        });
      }
    }
  }
}

export const UNATTRIBUTED = 'unattributed report';
export const UNATTRIBUTED_KEY = `anon:${UNATTRIBUTED}`;

/** A reported event no quote carries: its source is unknown, so the holder is an unattributed report. */
export function eventStatement(ix: DocIndex, e: Event, out: Statement[]): void {
  const t = ix.doc.tokens;
  let lemma = '';
  let sentence = -1;
  for (const i of tokensIn(ix.doc, [e.trigger])) {
    const tok = t[i]!;
    if (sentence < 0) sentence = tok.sentence;
    if (tok.pos === 'VERB' || tok.pos === 'NOUN' || lemma === '') lemma = tok.lemma.toLowerCase();
  }
  if (lemma === '') return;
  const concept = CONCEPT_BY_LEMMA.get(lemma) ?? null;
  const symmetric = eventIsSymmetric(e);
  const keys = [actorKey(e.source), actorKey(e.target)].filter((k): k is string => k !== null);
  const agents = symmetric ? [...new Set(keys)].sort() : keys.slice(0, 1);
  const patients = symmetric ? [] : keys.slice(1).filter((k) => !agents.includes(k));
  out.push({
    holder: null,
    holderName: UNATTRIBUTED,
    holderKey: UNATTRIBUTED_KEY,
    holderCountry: null,
    stance: e.negated ? 'deny' : 'assert',
    evidence: e.id,
    at: e.trigger.start,
    sentence,
    sig: {
      predicates: [concept?.key ?? lemma],
      concept: concept?.key ?? null,
      plover: e.plover.type,
      cameo: e.cameo.slice(0, 2),
      symmetric,
      agents,
      patients,
      topics: [],
      open: symmetric ? agents.length < 2 : agents.length === 0,
      anchored: true,
      mood: EVENT_MOOD[e.modality] ?? 'actual',
    },
    clause: null,
    event: e.id,
    accuse: false,
  });
}
