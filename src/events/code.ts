import type { Actor, Doc, Event, Modality, StageContext, Token } from '../model/index.js';
import { tokenAt } from '../nlp/index.js';
import { actorResolver, todayIso } from './actors/index.js';
import type { ActorCode } from './actors/types.js';
import { cameoInfo } from './cameo.js';
import { reusedChunkScratch, SentenceChunker } from './chunks.js';
import { lem } from './lemma.js';
import {
  CLAIM_NOUNS,
  CONDITIONALS,
  CONTROL_VERBS,
  DEMAND_MODALS,
  DEMAND_VERBS,
  DENIAL_VERBS,
  FUTURE_MODALS,
  HYPOTHETICAL_MODALS,
  NEED_TARGET,
  NEGATORS,
} from './lexicon/frames.js';
import { LIGHT_VERBS } from './lexicon/verbs.js';
import { NOUNS, VERBS, type VerbPattern } from './patterns/compile.js';
import { type ActorRef, findRegions, type Region, type SentenceChunks } from './regions.js';
import {
  accusationCode,
  demandCode,
  intentCode,
  isCooperative,
  isHostile,
  refusalCode,
  rootOf,
  threatCode,
} from './transforms.js';
import { WordFilter } from './word-filter.js';

const LIGHT = new Set(LIGHT_VERBS);
const RELATIVE = new Set(['who', 'which', 'that', 'whom']);
const CLAUSE_STOP = new Set([';', ':', '“', '”', '"', '(', ')', '—', '–']);

/** A clause-ending mark: all are one character, so most tokens are ruled out by their offsets alone. */
function isClauseStop(t: Token): boolean {
  return t.end - t.start === 1 && CLAUSE_STOP.has(t.text);
}
const SELF_PRONOUNS = new Set(['it', 'they', 'we', 'he', 'she', 'i']);
const HEDGES = new Set(['likely', 'probably', 'possibly', 'perhaps']);
/** Nouns after an event noun that leave it the head: "mediation mission", "peace process". */
const CARRIER_NOUNS = new Set([
  'mission',
  'effort',
  'round',
  'session',
  'process',
  'campaign',
  'bid',
  'attempt',
  'initiative',
  'operation',
]);
const TIME_NOUN =
  /^(today|yesterday|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|evening)$/;
const VERB_FILTER = new WordFilter(VERBS.keys());
const NOUN_FILTER = new WordFilter(NOUNS.keys());
const DENIAL_FILTER = new WordFilter(DENIAL_VERBS);
const DEMAND_FILTER = new WordFilter(DEMAND_VERBS);
/** Longest conditional word: longer words skip the look-up. */
const CONDITIONAL_LONGEST = Math.max(...[...CONDITIONALS].map((w) => w.length));
const MILITARY_LAUNCH = new Set(['launch', 'carry', 'conduct', 'mount', 'order', 'unleash', 'intensify']);
const APPEAL_CONTROLLERS = new Set(['urge', 'ask', 'call', 'appeal', 'invite']);

/** What the words before a trigger say about it. */
interface Group {
  start: number;
  negated: boolean;
  future: boolean;
  hypothetical: boolean;
  demanded: boolean;
  passive: boolean;
  infinitive?: boolean;
  controller: { tok: number; lemma: string; kind: string; object: ActorRef[] | null; group: Group } | null;
}

interface Candidate {
  readonly trigger: number;
  readonly triggerEnd: number;
  readonly code: string;
  readonly rule: string;
  readonly governor: number;
  readonly noun: boolean;
  readonly denied: boolean;
  readonly pattern: VerbPattern | null;
  /** Only a trigger inside reported speech (a demand with "should"). */
  readonly speechOnly: boolean;
}

/** The candidates, less those that need reported speech and are not in it. */
function inRegions(candidates: Candidate[], regionOf: Int32Array): Candidate[] {
  const kept = (c: Candidate) => !c.speechOnly || regionOf[c.trigger]! >= 0;
  return candidates.every(kept) ? candidates : candidates.filter(kept);
}

/** CAMEO/PLOVER events with actors, modality and Goldstein score (docs/events.md). */
export function codeEvents(doc: Doc, ctx: StageContext): void {
  doc.events = [];
  if (doc.tokens.length === 0 || doc.sentences.length === 0) return;
  const resolver = actorResolver(ctx.actors);
  const date = ctx.options.date ?? isoDay(doc.meta.published) ?? todayIso();
  const toks = doc.tokens;

  // Pass 1: per sentence a chunker (noun phrases and their actors, made only as far as asked for), the trigger
  // candidates, then the regions of reported speech.
  const scratch = reusedChunkScratch(toks.length);
  const sents: SentenceChunks[] = doc.sentences.map(
    (s) => new SentenceChunker(doc, s.tokenStart, s.tokenEnd, resolver, date, scratch),
  );
  // Triggers first (they do not depend on regions, but for a demand that only counts in reported speech).
  const found = sents.map((s) => findCandidates(toks, s));
  const subjectOf = (si: number, at: number): ActorRef | null => firstActor(findSubject(toks, sents[si]!, at));
  const speakerOfQuote = (qi: number): ActorRef | null => quoteSpeaker(doc, qi, sents, resolver, date);
  const mayHaveEvents = (si: number): boolean => found[si]!.length > 0;
  const { regions, regionOf } = findRegions(doc, sents, subjectOf, speakerOfQuote, mayHaveEvents);

  // Pass 2: triggers, actors, modality, transforms.
  let lastSource: ActorRef | null = null;
  let n = 0;
  let groupN = 0;
  for (let si = 0; si < sents.length; si++) {
    const s = sents[si]!;
    const sentence = doc.sentences[si]!;
    const candidates = inRegions(found[si]!, regionOf);
    const out: Event[] = [];
    // Whether the sentence has a conditional word, looked for only when a future or hypothetical event asks.
    let conditional: boolean | null = null;
    const isConditional = () => (conditional ??= hasConditional(toks, s));
    for (const c of candidates) {
      const g = analyzeGroup(toks, s, c.governor, c.trigger);
      const region = regionOf[c.trigger]! >= 0 ? regions[regionOf[c.trigger]!]! : null;
      const built = buildEvent(toks, s, c, g, region, isConditional, lastSource);
      if (!built) continue;
      const { sources, targets, code, modality, negated, rule, confidence } = built;
      const info = cameoInfo(code);
      if (!info) continue;
      const pairs: Array<[ActorRef, ActorRef | null]> = [];
      if (targets.length === 0 && sources.length > 1) {
        for (let a = 0; a < sources.length; a++) {
          for (let b = a + 1; b < sources.length; b++) pairs.push([sources[a]!, sources[b]!]);
        }
      } else {
        for (const src of sources) {
          if (targets.length === 0) pairs.push([src, null]);
          for (const tgt of targets)
            if (tgt.code.code !== src.code.code || tgt.start !== src.start) pairs.push([src, tgt]);
        }
      }
      if (pairs.length === 0) continue;
      const group = pairs.length > 1 ? `g${++groupN}` : undefined;
      for (const [src, tgt] of pairs.slice(0, 6)) {
        const ev: Event = {
          id: '',
          source: toActor(doc, src),
          target: tgt ? toActor(doc, tgt) : null,
          cameo: code,
          plover: info.plover,
          goldstein: info.goldstein,
          quad: info.quad,
          negated,
          modality,
          quote: region?.quote ?? null,
          trigger: { start: toks[c.trigger]!.start, end: toks[c.triggerEnd]!.end },
          sentence: sentence.span,
          rule,
          confidence,
          ...(group ? { group } : {}),
        };
        out.push(ev);
      }
      lastSource = sources[0] ?? lastSource;
    }
    for (const ev of dedupe(out)) {
      doc.events.push({ ...ev, id: `ev${++n}` });
    }
  }
}

function isoDay(published: string | null | undefined): string | null {
  if (!published) return null;
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(published);
  return m ? m[1]! : null;
}

/** Trigger candidates of one sentence, in text order: verbs with a pattern, event nouns under a light verb, denials. */
function findCandidates(toks: readonly Token[], s: SentenceChunks): Candidate[] {
  const out: Candidate[] = [];
  // Tokens a match already took (the object of a pattern, the parts of a denial); made on first use.
  let used: Set<number> | null = null;
  // Whether the sentence is a headline (its verbs may be tagged nouns), computed the first time it matters.
  let headline = -1;
  for (let i = s.from; i < s.to; i++) {
    if (used?.has(i)) continue;
    const t = toks[i]!;
    // Only verbs, nouns, names and adjectives can trigger (a headline's verbs are tagged nouns or names).
    const pos = t.pos;
    if (pos !== 'VERB' && pos !== 'NOUN' && pos !== 'PROPN' && pos !== 'ADJ') continue;
    // The cheap tests first in each condition below: positions and tags, then the words.
    const verbLike =
      t.pos === 'VERB' ||
      ((t.pos === 'PROPN' || t.pos === 'NOUN') &&
        (headline < 0 ? (headline = isHeadline(toks, s) ? 1 : 0) : headline) === 1 &&
        t.lower.endsWith('s'));
    // "the detained journalists": a participle used as an adjective is not a trigger.
    const prevTok = i - 1 >= s.from ? toks[i - 1]! : undefined;
    // "a proposal for signing …", "accused X of misleading …": a gerund inside a prepositional phrase is not a trigger.
    const gerundInPP = t.pos === 'VERB' && !!prevTok && prevTok.pos === 'ADP' && t.lower.endsWith('ing');
    const adjectival =
      t.pos === 'VERB' &&
      !!prevTok &&
      ((prevTok.pos === 'DET' && (t.lower.endsWith('ed') || t.lower.endsWith('en'))) ||
        (prevTok.end === t.start && prevTok.text === '-'));
    if (verbLike && !adjectival && !gerundInPP) {
      const lemma = t.pos === 'VERB' ? lem(t) : '';
      const vlemma = t.pos === 'VERB' ? lemma : t.lower.replace(/e?s$/, '');
      // Denial of a claim about an event: "denied reports of talks" → the talks, negated.
      if (DENIAL_FILTER.mayHave(vlemma) && DENIAL_VERBS.has(vlemma)) {
        const d = denialFrame(toks, s, i);
        if (d) {
          out.push({
            trigger: i,
            triggerEnd: i,
            code: d.code,
            rule: 'events/denied-claim',
            governor: i,
            noun: false,
            denied: true,
            pattern: null,
            speechOnly: false,
          });
          used ??= new Set();
          for (const k of d.used) used.add(k);
          continue;
        }
      }
      const pats =
        (VERB_FILTER.mayHave(vlemma) ? VERBS.get(vlemma) : undefined) ??
        (t.pos === 'VERB' ? undefined : VERBS.get(`${vlemma}e`));
      if (pats) {
        const m = matchVerb(toks, s, i, pats);
        if (m) {
          // A control verb whose infinitive is itself an event defers to it ("refused to meet" → one event).
          if (CONTROL_VERBS.has(vlemma) && !m.pattern.objects && governsEventInfinitive(toks, s, i)) continue;
          if (m.used.length > 0) {
            used ??= new Set();
            for (const k of m.used) used.add(k);
          }
          out.push({
            trigger: i,
            triggerEnd: m.end,
            code: m.pattern.code,
            rule: `events/verb:${m.pattern.lemma}${m.pattern.particle ? `+${m.pattern.particle}` : ''}`,
            governor: i,
            noun: false,
            denied: false,
            pattern: m.pattern,
            speechOnly: false,
          });
          continue;
        }
      }
      // In reported speech, "B should stop …" is a demand on B even without an event pattern.
      if (t.pos === 'VERB' && DEMAND_FILTER.mayHave(lemma) && DEMAND_VERBS.has(lemma) && hasDemandModal(toks, s, i)) {
        out.push({
          trigger: i,
          triggerEnd: i,
          code: '100',
          rule: 'events/demand-should',
          governor: i,
          noun: false,
          denied: false,
          pattern: null,
          speechOnly: true,
        });
      }
      continue;
    }
    const nextPos = toks[i + 1]?.pos;
    const adjHead = t.pos === 'ADJ' && nextPos !== 'NOUN' && nextPos !== 'PROPN' && nextPos !== 'ADJ';
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || adjHead) {
      const code =
        (NOUN_FILTER.mayHave(t.lower) ? NOUNS.get(t.lower) : undefined) ??
        (lemmaMayBeNoun(t) ? NOUNS.get(lem(t)) : undefined);
      if (!code) continue;
      // Only the head of a compound: "negotiation table" is not a negotiation.
      const next = toks[i + 1];
      if (
        next &&
        i + 1 < s.to &&
        (next.pos === 'NOUN' || next.pos === 'PROPN') &&
        !NOUNS.has(lem(next)) &&
        !CARRIER_NOUNS.has(lem(next)) &&
        !TIME_NOUN.test(next.lower)
      )
        continue;
      const gov = governingVerb(toks, s, i);
      if (gov < 0) continue;
      // "launched strikes on …" are air or missile strikes; "went on strike" is a labour strike.
      const lemma = lem(t);
      const strikeCode = lemma === 'strike' && MILITARY_LAUNCH.has(lem(toks[gov]!)) ? '195' : null;
      out.push({
        trigger: i,
        triggerEnd: i,
        code: strikeCode ?? code,
        rule: `events/noun:${lemma}`,
        governor: gov,
        noun: true,
        denied: false,
        pattern: null,
        speechOnly: false,
      });
    }
  }
  return out;
}

/**
 * NOUN_FILTER.mayHave(lem(t)) without lower-casing a name's lemma when that cannot change the answer: the filter
 * reads the length and the two end characters modulo 32, which lower-casing keeps when both ends are ASCII and no
 * "İ" (the one letter whose lower case is two units long) is in the word.
 */
function lemmaMayBeNoun(t: Token): boolean {
  const l = t.lemma;
  const c = l.charCodeAt(0);
  if (!((c >= 65 && c <= 90) || c > 127)) return NOUN_FILTER.mayHave(l);
  if (c < 128 && l.charCodeAt(l.length - 1) < 128 && !l.includes('\u0130')) return NOUN_FILTER.mayHave(l);
  return NOUN_FILTER.mayHave(lem(t));
}

function hasDemandModal(toks: readonly Token[], s: SentenceChunks, i: number): boolean {
  for (let k = i - 1; k >= s.from && k >= i - 4; k--) {
    const t = toks[k]!;
    if (DEMAND_MODALS.has(t.lower)) return true;
    if (t.lower === 'to' && k > s.from && /^(need|have|has|had|needs)$/.test(toks[k - 1]!.lower)) return true;
    if (t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'PART') return false;
  }
  return false;
}

function isHeadline(toks: readonly Token[], s: SentenceChunks): boolean {
  // A sentence ending in a full stop is no headline: most sentences stop here, before counting capitals.
  if (toks[s.to - 1]?.text === '.') return false;
  let words = 0;
  let caps = 0;
  for (let k = s.from; k < s.to; k++) {
    const c = toks[k]!.text.charCodeAt(0);
    const upper = c >= 65 && c <= 90;
    if (!(upper || (c >= 97 && c <= 122) || c > 191)) continue;
    words++;
    if (upper) caps++;
  }
  const last = toks[s.to - 1]!;
  return words >= 4 && caps / words >= 0.7 && last.text !== '.';
}

function matchVerb(
  toks: readonly Token[],
  s: SentenceChunks,
  i: number,
  pats: readonly VerbPattern[],
): { pattern: VerbPattern; end: number; used: number[] } | null {
  for (const p of pats) {
    let end = i;
    let object = -1;
    if (p.particle) {
      let found = -1;
      for (let k = i + 1; k <= i + 2 && k < s.to; k++) {
        if (toks[k]!.lower === p.particle) {
          found = k;
          break;
        }
      }
      if (found < 0) continue;
      end = found;
    }
    if (p.objects) {
      let found = -1;
      for (let k = end + 1; k < s.to && k <= end + 8; k++) {
        const t = toks[k]!;
        if (t.pos === 'SCONJ' || isClauseStop(t)) {
          // Demands and appeals reach into their "that" clause: "demanded that Belarus release …".
          if (!(t.lower === 'that' && /^(10|02)/.test(p.code))) break;
        }
        if (p.objects.has(lem(t)) || p.objects.has(t.lower)) {
          found = k;
          break;
        }
      }
      if (found < 0) continue;
      object = found;
    }
    return { pattern: p, end, used: object >= 0 ? [object] : [] };
  }
  return null;
}

/** "denied EU reports of ongoing tariff talks": the negotiations are denied. */
function denialFrame(toks: readonly Token[], s: SentenceChunks, i: number): { code: string; used: number[] } | null {
  let claim = -1;
  let event = -1;
  let code = '';
  for (let k = i + 1; k < s.to && k <= i + 9; k++) {
    const t = toks[k]!;
    if (t.pos === 'SCONJ' || isClauseStop(t)) break;
    const l = lem(t);
    if (CLAIM_NOUNS.has(l) || CLAIM_NOUNS.has(t.lower)) claim = k;
    const c = NOUNS.get(t.lower) ?? NOUNS.get(l);
    if (c && event < 0) {
      event = k;
      code = c;
    }
  }
  return claim >= 0 && event >= 0 ? { code, used: [claim, event] } : null;
}

/** True when a control verb at i governs "to VERB" and that verb has an event pattern. */
function governsEventInfinitive(toks: readonly Token[], s: SentenceChunks, i: number): boolean {
  for (let k = i + 1; k < s.to && k <= i + 8; k++) {
    const t = toks[k]!;
    if (t.lower === 'to' && k + 1 < s.to) {
      let v = k + 1;
      while (v < s.to && toks[v]!.pos === 'ADV') v++;
      const verb = toks[v];
      if (verb && verb.pos === 'VERB' && VERBS.has(lem(verb))) {
        const m = matchVerb(toks, s, v, VERBS.get(lem(verb))!);
        if (m) return true;
      }
      if (verb && verb.pos === 'VERB' && LIGHT.has(lem(verb))) {
        for (let w = v + 1; w < s.to && w <= v + 5; w++)
          if (NOUNS.has(lem(toks[w]!)) || NOUNS.has(toks[w]!.lower)) return true;
      }
      return false;
    }
    if (t.pos === 'VERB' || t.pos === 'SCONJ' || isClauseStop(t)) return false;
  }
  return false;
}

/** The light verb that carries an event noun, or -1. */
function governingVerb(toks: readonly Token[], s: SentenceChunks, i: number): number {
  for (let k = i - 1; k >= s.from && k >= i - 6; k--) {
    const t = toks[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX') {
      const l = lem(t);
      if (t.pos === 'VERB' && LIGHT.has(l)) return k;
      const prev = toks[k - 1];
      if (prev && prev.text === '-' && prev.end === t.start) continue; // "long-threatened invasion"
      return -1;
    }
    if (t.pos === 'SCONJ' || isClauseStop(t) || t.text === ',') return -1;
  }
  return -1;
}

/** Reads the verb group left of a trigger: negation, modals, passive voice and a controlling verb. */
function analyzeGroup(toks: readonly Token[], s: SentenceChunks, verb: number, trigger: number): Group {
  const g: Group = {
    start: verb,
    negated: false,
    future: false,
    hypothetical: false,
    demanded: false,
    passive: false,
    controller: null,
  };
  const tv = toks[verb]!;
  if (toks[trigger]!.pos === 'NOUN') {
    const before = toks[trigger - 1];
    if (before && (before.lower === 'no' || (before.lower === 'any' && toks[trigger]!.negated))) g.negated = true;
  }
  let k = verb - 1;
  while (k >= s.from) {
    const t = toks[k]!;
    const l = t.lower;
    if (NEGATORS.has(l) || l === 'longer') {
      if (l !== 'no' || toks[k + 1]?.lower === 'longer') g.negated = true;
      k--;
      continue;
    }
    if (t.pos === 'AUX' || (t.pos === 'VERB' && (l === 'been' || l === 'being'))) {
      if (FUTURE_MODALS.has(l)) g.future = true;
      else if (HYPOTHETICAL_MODALS.has(l)) g.hypothetical = true;
      else if (DEMAND_MODALS.has(l)) g.demanded = true;
      else if (lem(t) === 'be' || l === 'got' || l === 'get') {
        if (
          (/(ed|en|wn|ght)$/.test(tv.lower) || tv.lower !== lem(tv)) &&
          !/(ing|s)$/.test(tv.lower) &&
          verb === trigger &&
          toks[verb + 1]?.lower !== 'to'
        )
          g.passive = true;
      }
      k--;
      continue;
    }
    if (t.pos === 'ADV' || (t.pos === 'PART' && l !== 'to')) {
      if (HEDGES.has(l)) g.hypothetical = true;
      k--;
      continue;
    }
    if (l === 'to' && k - 1 >= s.from) {
      const c = controllerBefore(toks, s, k);
      if (c) {
        g.controller = c;
        g.start = c.group.start;
        return g;
      }
      const p = toks[k - 1]!.lower;
      const pl = lem(toks[k - 1]!);
      if (p === 'going') g.future = true;
      else if (pl === 'have' || pl === 'need' || p === 'ought') g.demanded = true;
      else if (pl === 'be' || p === 'able') {
        /* "is to meet": scheduled */ g.future = true;
      } else {
        // A purpose or complement infinitive ("… in Lagos to protest …"): no subject of its own.
        g.start = k;
        g.infinitive = true;
        return g;
      }
      k -= 2;
      // Continue through the auxiliaries of "is going to", "will have to".
      while (k >= s.from && (toks[k]!.pos === 'AUX' || NEGATORS.has(toks[k]!.lower) || toks[k]!.pos === 'ADV')) {
        const a = toks[k]!.lower;
        if (NEGATORS.has(a)) g.negated = true;
        if (FUTURE_MODALS.has(a)) g.future = true;
        if (HYPOTHETICAL_MODALS.has(a)) g.hypothetical = true;
        if (DEMAND_MODALS.has(a)) g.demanded = true;
        k--;
      }
      g.start = k + 1;
      return g;
    }
    break;
  }
  g.start = k + 1;
  return g;
}

/** "refused to", "threatened today to", "urged Iran to": the controlling verb (or adjective) before "to" at k. */
function controllerBefore(toks: readonly Token[], s: SentenceChunks, toIdx: number): Group['controller'] {
  let object: ActorRef[] | null = null;
  // Up to six words between the controller and "to": an object ("urged Iran to"), adverbs, times, a short PP
  // ("agreed in principle on Saturday to").
  for (let k = toIdx - 1; k >= s.from && k >= toIdx - 7; k--) {
    const t = toks[k]!;
    const lemma = lem(t);
    const kind = CONTROL_VERBS.get(lemma) ?? CONTROL_VERBS.get(t.lower);
    if (kind && (t.pos === 'VERB' || t.pos === 'ADJ' || t.pos === 'AUX' || t.pos === 'NOUN')) {
      if (object && kind !== 'demand') return null;
      const group = analyzeGroup(toks, s, k, k);
      return { tok: k, lemma, kind, object, group };
    }
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'SCONJ' || isClauseStop(t) || t.text === ',') return null;
    const ci = s.chunkIndexAt(k);
    if (ci >= 0 && !object) {
      const c = s.chunks[ci]!;
      if (c.actors.length > 0 && toks[c.start - 1]?.pos !== 'ADP') object = refs(c);
    }
  }
  return null;
}

function _isTimeNoun(t: Token): boolean {
  return /^(today|yesterday|tonight|again|also|now|then|once|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(
    t.lower,
  );
}

/** "If Chad withdraws, …": the trigger sits in an if/unless clause. */
function inConditionalClause(toks: readonly Token[], s: SentenceChunks, trigger: number): boolean {
  for (let k = trigger - 1; k >= s.from; k--) {
    const l = toks[k]!.lower;
    if (l === 'if' || l === 'unless') return true;
    if (l === ',' || l === ';' || toks[k]!.pos === 'VERB') return false;
  }
  return false;
}

function hasConditional(toks: readonly Token[], s: SentenceChunks): boolean {
  for (let k = s.from; k < s.to; k++) {
    const l = toks[k]!.lower;
    if (l.length <= CONDITIONAL_LONGEST && CONDITIONALS.has(l) && l !== 'whether') return true;
  }
  return false;
}

/** The subject left of a verb group: the nearest actor phrase in the clause, through relative pronouns. */
function findSubject(toks: readonly Token[], s: SentenceChunks, at: number, depth = 0): ActorRef[] {
  let k = at - 1;
  // "Recent US attacks, occurring every three days, have killed …": skip a participial aside between commas.
  if (k > s.from && toks[k]!.text === ',') {
    for (let c = k - 1; c > s.from && c >= k - 14; c--) {
      if (toks[c]!.text !== ',') continue;
      const first = toks[c + 1]!;
      if (first.pos === 'VERB' && /(ing|ed)$/.test(first.lower)) k = c - 1;
      break;
    }
  }
  let inPP: ActorRef[] = [];
  let afterRelative = false;
  // A subject lies within a clause's reach of its verb: the bound keeps run-on "sentences" linear.
  const floor = Math.max(s.from, at - SUBJECT_REACH);
  while (k >= floor) {
    const t = toks[k]!;
    const ci = s.chunkIndexAt(k);
    if (ci >= 0) {
      const c = s.chunks[ci]!;
      if (c.pronoun) return [pronounRef(c)];
      const before = toks[c.start - 1];
      // "Up to 100 ethnic Albanians", "more than 500 workers": a number after "to/than" is a quantity, not a PP.
      const quantity = toks[c.start]!.pos === 'NUM';
      const inPrep = !!before && before.pos === 'ADP' && c.start - 1 >= s.from && !quantity;
      const attack = !inPrep && attackHead(toks, c);
      // The antecedent of "who" is the nearest actor, even inside a PP ("comments from spokesman Guo Jiakun, who …").
      if (afterRelative && c.actors.length > 0) return refs(c);
      if (c.actors.length > 0 && !(inPrep || before?.lower === 'including')) {
        // "Recent US Predator attacks … killed": the country's military.
        if (attack) return refs(c).map((a) => withSector(a, 'MIL'));
        return preferHead(toks, s, c.start, refs(c));
      }
      if (c.actors.length > 0 && inPP.length === 0) inPP = refs(c);
      // A non-actor noun phrase right before the verb is the subject: no actor. One inside a PP is skipped.
      const participle = !!before && before.pos === 'VERB' && /(ing|ed)$/.test(before.lower) && c.start - 1 > s.from;
      if (!before || (!inPrep && !participle && before.text !== ',' && before.lower !== 'including')) {
        // "A roadside bombing near Samarra killed …": unidentified attackers, placed where it happened.
        if (attack && c.actors.length === 0) return unidentifiedAttackers(toks, s, c);
        return c.actors.length > 0 ? refs(c) : [];
      }
      k = c.start - 1;
      continue;
    }
    const l = t.lower;
    if (t.text === ')') {
      // Skip a parenthesis: "the Serbian Workers' Union (SSS) stopped …".
      let o = k - 1;
      while (o >= s.from && o > k - 8 && toks[o]!.text !== '(') o--;
      if (o >= s.from && toks[o]!.text === '(') {
        k = o - 1;
        continue;
      }
    }
    if (RELATIVE.has(l) && (t.pos === 'PRON' || t.pos === 'DET' || t.pos === 'SCONJ')) {
      // "Guo Jiakun, who accused …": the antecedent.
      if (l === 'that' && t.pos === 'SCONJ') return [];
      afterRelative = true;
      k--;
      while (k >= s.from && toks[k]!.text === ',') k--;
      continue;
    }
    if (t.pos === 'CCONJ' && k === at - 1 && depth < 2) {
      // "… and labeled …": the subject of the first verb.
      for (let v = k - 1; v >= floor; v--) {
        if (toks[v]!.pos === 'VERB') return findSubject(toks, s, groupStartOf(toks, s, v), depth + 1);
      }
      return [];
    }
    // ", indicating …": an adverbial participle shares the subject of the main verb.
    if (t.pos === 'VERB' && /ing$/.test(l) && k - 1 >= s.from && toks[k - 1]!.text === ',' && depth < 2) {
      for (let v = k - 2; v >= floor; v--) {
        if (toks[v]!.pos === 'VERB') return findSubject(toks, s, groupStartOf(toks, s, v), depth + 1);
      }
      return [];
    }
    // A participle modifying the subject ("The aid group working in the camp said").
    if (
      t.pos === 'VERB' &&
      /(ing|ed)$/.test(l) &&
      k > s.from &&
      s.chunkIndexAt(k - 1) >= 0 &&
      toks[k - 1]!.pos !== 'PRON'
    ) {
      k--;
      continue;
    }
    if (t.pos === 'SCONJ' || isClauseStop(t) || t.pos === 'VERB' || t.pos === 'AUX') return [];
    k--;
  }
  return [];
}

/** How far left of its verb (in tokens) a subject is looked for. */
const SUBJECT_REACH = 80;

/** Nouns that name an attack: as a subject they stand for whoever carried it out. */
const ATTACK_NOUNS = new Set([
  'attack',
  'bombing',
  'explosion',
  'blast',
  'bomb',
  'shelling',
  'airstrike',
  'strike',
  'raid',
  'ambush',
]);

function attackHead(toks: readonly Token[], c: { start: number; end: number }): boolean {
  for (let k = c.end - 1; k >= c.start; k--) {
    const t = toks[k]!;
    if (t.lower === 'of') return false;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') return ATTACK_NOUNS.has(lem(t)) || ATTACK_NOUNS.has(t.lower);
  }
  return false;
}

function attackAfter(toks: readonly Token[], s: SentenceChunks, from: number): ActorRef[] {
  for (let k = from; k < s.to && k < from + 6; k++) {
    const ci = s.chunkIndexAt(k);
    if (ci < 0) {
      if (toks[k]!.pos === 'VERB' || isClauseStop(toks[k]!)) return [];
      continue;
    }
    const c = s.chunks[ci]!;
    if (attackHead(toks, c)) return unidentifiedAttackers(toks, s, c);
    k = c.end - 1;
  }
  return [];
}

function withSector(a: ActorRef, sector: string): ActorRef {
  if (a.code.sector !== '' || a.code.country === '') return a;
  return { ...a, code: { ...a.code, sector, sectors: [sector], code: a.code.country + sector } };
}

/** "A car bombing near Samarra": attackers without a name, coded UAF in the country of the place named after it. */
function unidentifiedAttackers(
  toks: readonly Token[],
  s: SentenceChunks,
  c: { start: number; end: number },
): ActorRef[] {
  let country = '';
  for (let k = c.end; k < s.to && k < c.end + 8; k++) {
    const ci = s.chunkIndexAt(k);
    if (ci < 0) {
      if (toks[k]!.pos === 'VERB' || toks[k]!.pos === 'AUX') break;
      continue;
    }
    const a = s.chunks[ci]!.actors[0];
    if (a?.code.country) {
      country = a.code.country;
      break;
    }
    k = s.chunks[ci]!.end - 1;
  }
  const code: ActorCode = { code: `${country || '---'}UAF`, country, sector: 'UAF', sectors: ['UAF'], via: 'sector' };
  return [{ code, start: c.start, end: c.end }];
}

function refs(c: { actors: readonly { code: ActorCode; start: number; end: number }[] }): ActorRef[] {
  return c.actors.map((a) => ({ code: a.code, start: a.start, end: a.end }));
}

/**
 * "Norway, a close partner of the bloc, has declined": an appositive after a comma yields to the name before it
 * when that name has a country.
 */
function preferHead(toks: readonly Token[], s: SentenceChunks, chunkStart: number, found: ActorRef[]): ActorRef[] {
  let k = chunkStart - 1;
  if (k < s.from || toks[k]!.text !== ',') return found;
  k--;
  const ci = k >= s.from ? s.chunkIndexAt(k) : -1;
  if (ci < 0) return found;
  const c = s.chunks[ci]!;
  const prev = toks[c.start - 1];
  if (c.actors.length > 0 && c.actors[0]!.code.country !== '' && prev?.pos !== 'ADP') return refs(c);
  return found;
}

function groupStartOf(toks: readonly Token[], s: SentenceChunks, v: number): number {
  let k = v - 1;
  while (k >= s.from && (toks[k]!.pos === 'AUX' || toks[k]!.pos === 'ADV' || NEGATORS.has(toks[k]!.lower))) k--;
  return k + 1;
}

function pronounRef(c: { start: number; end: number; pronoun: string | null }): ActorRef {
  return {
    code: { code: '', country: '', sector: '', sectors: [], via: 'none', name: `pronoun:${c.pronoun}` },
    start: c.start,
    end: c.end,
  };
}

function isPronounRef(a: ActorRef): boolean {
  return a.code.name?.startsWith('pronoun:') === true;
}

/** The object or prepositional actor right of a trigger, within the clause; one with a country is preferred. */
function findObject(
  toks: readonly Token[],
  s: SentenceChunks,
  from: number,
  crossThat: boolean,
  skipTokens: Set<number>,
  venueIsNotTarget = false,
): ActorRef[] {
  let crossed = false;
  let first: ActorRef[] = [];
  for (let k = from; k < s.to && k < from + 14; k++) {
    const t = toks[k]!;
    if (skipTokens.has(k)) continue;
    const ci = s.chunkIndexAt(k);
    if (ci >= 0) {
      const c = s.chunks[ci]!;
      const prep = toks[c.start - 1]?.lower;
      const venue = (prep === 'in' || prep === 'at' || prep === 'near') && c.actors.every((a) => a.code.sector === '');
      if (venue && venueIsNotTarget) {
        // "met in New York": where a meeting happens is not who it is with.
        k = c.end - 1;
        continue;
      }
      if (c.actors.length > 0) {
        const r = refs(c);
        if (r.some((a) => a.code.country !== '')) return first.length > 0 && first[0]!.code.country !== '' ? first : r;
        if (first.length === 0) first = r;
      }
      k = c.end - 1;
      continue;
    }
    if (t.pos === 'SCONJ' || (t.lower === 'that' && t.pos !== 'DET')) {
      if (crossThat && !crossed && first.length === 0) {
        crossed = true;
        continue;
      }
      return first;
    }
    if (RELATIVE.has(t.lower) && t.pos === 'PRON') return first;
    if (isClauseStop(t) || t.text === '.' || t.text === ',') return first;
    if (t.pos === 'VERB' && first.length > 0 && !/ing$/.test(t.lower)) return first;
    if (t.pos === 'VERB' && k > from + 1 && !crossed) {
      // A new finite verb ends the object unless it is a participle modifying the object.
      const prev = toks[k - 1]!;
      if (prev.pos === 'AUX' || prev.pos === 'PRON') return first;
    }
  }
  return first;
}

function placeAfter(toks: readonly Token[], s: SentenceChunks, from: number): ActorRef[] {
  for (let k = from; k < s.to && k < from + 16; k++) {
    const t = toks[k]!;
    if (t.pos === 'SCONJ' || isClauseStop(t)) return [];
    const ci = s.chunkIndexAt(k);
    if (ci < 0) continue;
    const c = s.chunks[ci]!;
    const before = toks[c.start - 1]?.lower;
    if ((before === 'in' || before === 'at' || before === 'across') && c.actors[0]?.code.country) {
      const a = c.actors[0];
      return [{ code: { ...a.code, code: a.code.country, sector: '', sectors: [] }, start: a.start, end: a.end }];
    }
    k = c.end - 1;
  }
  return [];
}

function byAgent(toks: readonly Token[], s: SentenceChunks, from: number): ActorRef[] {
  for (let k = from; k < s.to && k < from + 6; k++) {
    if (toks[k]!.lower === 'by') {
      const ci = s.chunkIndexAt(k + 1);
      if (ci >= 0) {
        const c = s.chunks[ci]!;
        return c.actors.map((a) => ({ code: a.code, start: a.start, end: a.end }));
      }
      return [];
    }
    if (isClauseStop(toks[k]!) || toks[k]!.text === ',') return [];
  }
  return [];
}

function firstActor(refs: ActorRef[]): ActorRef | null {
  const r = refs[0];
  return r && !isPronounRef(r) ? r : null;
}

interface Built {
  sources: ActorRef[];
  targets: ActorRef[];
  code: string;
  modality: Modality;
  negated: boolean;
  rule: string;
  confidence: number;
}

function buildEvent(
  toks: readonly Token[],
  s: SentenceChunks,
  c: Candidate,
  g: Group,
  region: Region | null,
  conditional: () => boolean,
  lastSource: ActorRef | null,
): Built | null {
  let code = c.code;
  let rule = c.rule;
  let modality: Modality = 'asserted';
  let negated = g.negated || c.denied;
  let confidence = c.noun ? 0.6 : 0.7;
  const skip = new Set<number>();
  for (let k = c.trigger; k <= c.triggerEnd; k++) skip.add(k);

  const mainVerb = g.infinitive && hasVerbBefore(toks, s, g.start);
  // A headline's "China to impose sanctions": the infinitive is the plan of the phrase before it.
  if (g.infinitive && !mainVerb) g.future = true;
  let subject = mainVerb ? [] : findSubject(toks, s, g.start);
  if (subject.length === 0 && (g.infinitive || isNonFinite(toks, s, g.start, c.governor))) {
    // "…, demanding that …", "… to protest …": the subject of the main verb.
    for (let v = g.start - 1; v >= s.from; v--) {
      if (toks[v]!.pos === 'VERB') {
        subject = findSubject(toks, s, groupStartOf(toks, s, v));
        break;
      }
    }
  }
  let targets: ActorRef[];
  if (g.passive) {
    targets = subject.filter((a) => !isPronounRef(a));
    subject = byAgent(toks, s, c.triggerEnd + 1);
    // "… died in a roadside blast near the border": unidentified attackers, placed where it happened.
    if (subject.length === 0 && rootOf(code) >= 18) subject = attackAfter(toks, s, c.triggerEnd + 1);
  } else {
    const crossThat = rootOf(code) === 10 || rootOf(code) === 2 || rootOf(code) === 13;
    targets = findObject(toks, s, c.triggerEnd + 1, crossThat, skip, rootOf(code) === 4);
  }
  if (targets.length === 0 && !g.passive && (rootOf(code) === 14 || rootOf(code) === 15)) {
    // A protest or a show of force with no object targets the place it happens in ("rioted at a jail in Dili").
    targets = placeAfter(toks, s, c.triggerEnd + 1);
  }
  const ctl = g.controller;
  if (ctl) {
    const ctlNeg = ctl.group.negated;
    switch (ctl.kind) {
      case 'reject':
        code = rootOf(code) === 12 ? code : refusalCode(code);
        rule = `events/refuse-to:${ctl.lemma}`;
        negated = ctlNeg;
        break;
      case 'threaten':
        code = threatCode(code);
        rule = 'events/threaten-to';
        modality = 'future';
        negated = ctlNeg;
        break;
      case 'intend':
        if (ctlNeg || g.negated) {
          code = refusalCode(code);
          rule = `events/not-intend:${ctl.lemma}`;
          negated = false;
        } else {
          code =
            intentCode(code) ??
            (isHostile(code) || rootOf(code) === 16 || rootOf(code) === 17 ? threatCode(code) : code);
          rule = `events/intend:${ctl.lemma}`;
          modality = 'future';
        }
        break;
      case 'demand':
        code = APPEAL_CONTROLLERS.has(ctl.lemma) ? (rootOf(code) === 4 ? '026' : '020') : demandCode(code);
        rule = `events/demand-to:${ctl.lemma}`;
        negated = ctlNeg;
        if (ctl.object) targets = ctl.object;
        break;
      case 'attempt':
        if (code === '186') code = '185';
        break;
    }
    if (ctl.group.future && modality === 'asserted') modality = 'future';
  } else if (g.future || g.hypothetical) {
    if (g.negated && g.future && isCooperative(code)) {
      code = refusalCode(code);
      rule = `${rule}>refusal`;
      negated = false;
    } else if (isCooperative(code)) {
      code = intentCode(code) ?? code;
      rule = `${rule}>intent`;
      modality = g.future && !conditional() ? 'future' : 'hypothetical';
    } else if (isHostile(code)) {
      code = threatCode(code);
      rule = `${rule}>threat`;
      modality = g.future && !conditional() ? 'future' : 'hypothetical';
    } else modality = g.future ? 'future' : 'hypothetical';
  }

  // Reported speech: demands, accusations, and the speaker as "it/they".
  const speaker = region?.speaker ?? null;
  let sources = subject;
  if (sources.length === 1 && isPronounRef(sources[0]!)) {
    const p = sources[0]!;
    const pronoun = p.code.name!.slice('pronoun:'.length);
    let resolved: ActorRef | null = null;
    if (speaker && SELF_PRONOUNS.has(pronoun)) resolved = speaker;
    else if (lastSource && lastSource.start >= s.from && lastSource.start < p.start) resolved = lastSource;
    else resolved = previousActor(s, p.start) ?? lastSource;
    // "he/she" is a person: not a country, an organisation or a bare sector.
    if (resolved && resolved !== speaker && (pronoun === 'he' || pronoun === 'she') && !isPerson(resolved)) {
      resolved = null;
    }
    sources = resolved ? [{ ...resolved }] : [];
    confidence -= 0.1;
  }
  if (g.demanded && !ctl) {
    if (speaker && sources.length > 0 && !sameActor(speaker, sources[0]!)) {
      targets = sources.filter((a) => !isPronounRef(a));
      sources = [speaker];
      code = demandCode(code);
      rule = 'events/demand-should';
      modality = 'asserted';
      negated = false;
    } else modality = 'demanded';
  }
  if (speaker && !g.demanded && modality === 'asserted' && !negated && sources.length > 0 && targets.length > 0) {
    const src = sources[0]!;
    const hostile = rootOf(code) >= 15;
    if (hostile && targets.some((t) => sameActor(t, speaker)) && !sameActor(src, speaker)) {
      // "A says B attacked A": A accuses B.
      targets = [src];
      sources = [speaker];
      code = accusationCode(code);
      rule = 'events/says-attacked>accuse';
    }
  }
  if (inConditionalClause(toks, s, c.trigger) && (modality === 'asserted' || modality === 'future'))
    modality = 'hypothetical';
  if (negated && modality === 'asserted') modality = 'negated';
  if (region && modality === 'asserted' && !(sources[0] && speaker && sameActor(sources[0], speaker)))
    modality = 'reported';
  sources = sources.filter((a) => !isPronounRef(a) && a.code.code !== '');
  targets = targets.filter((a) => !isPronounRef(a) && a.code.code !== '');
  if (sources.length === 0) return null;
  const ownerOf = (a: ActorRef) => (isPossessed(toks, a) ? (speaker ?? previousActor(s, a.start)) : null);
  sources = sources.map((a) => withCountry(withCountry(a, ownerOf(a)), targets[0] ?? null));
  targets = targets.map((a) => withCountry(a, sources[0] ?? null)).filter((a) => a.code.code !== sources[0]!.code.code);
  if (targets.length === 0 && c.pattern && NEED_TARGET.has(c.pattern.lemma) && !c.pattern.objects) return null;
  // A unilateral exercise is a show of force (150), not military cooperation (062).
  if (code === '062' && sources.length < 2 && targets.every((t) => t.code.country === sources[0]!.code.country)) {
    code = '150';
    targets = [];
  }
  if (targets.length > 0) confidence += 0.1;
  return { sources, targets, code, modality, negated, rule, confidence: Math.max(0.1, Math.min(0.95, confidence)) };
}

/** A verb earlier in the clause: then the phrase right before a purpose infinitive is that verb's object. */
function hasVerbBefore(toks: readonly Token[], s: SentenceChunks, at: number): boolean {
  for (let k = at - 1; k >= s.from; k--) {
    const t = toks[k]!;
    if (t.pos === 'VERB') return true;
    if (t.pos === 'SCONJ' || isClauseStop(t)) return false;
  }
  return false;
}

function isPerson(a: ActorRef): boolean {
  return a.code.via === 'leader' || a.code.via === 'user' || a.code.via === 'person';
}

function isPossessed(toks: readonly Token[], a: ActorRef): boolean {
  const l = toks[a.start]!.lower;
  return l === 'its' || l === 'their' || l === 'his' || l === 'her' || l === 'our';
}

/** A participle or infinitive trigger without its own subject ("…, demanding that", "to protest"). */
function isNonFinite(toks: readonly Token[], s: SentenceChunks, groupStart: number, verb: number): boolean {
  const v = toks[verb]!;
  // Only an adverbial participle (after a comma) shares the main subject; "a paper calling for …" does not.
  if (v.pos === 'VERB' && /ing$/.test(v.lower) && groupStart === verb) return toks[verb - 1]?.text === ',';
  const before = toks[groupStart - 1];
  return !!before && before.lower === 'to' && groupStart - 1 >= s.from;
}

function previousActor(s: SentenceChunks, before: number): ActorRef | null {
  for (let k = before - 1; k >= s.from; k--) {
    const ci = s.chunkIndexAt(k);
    if (ci < 0) continue;
    const a = s.chunks[ci]!.actors[0];
    if (a) return { code: a.code, start: a.start, end: a.end };
  }
  return null;
}

function sameActor(a: ActorRef, b: ActorRef): boolean {
  if (a.code.code === b.code.code) return true;
  if (a.code.country === '' || a.code.country !== b.code.country) return false;
  return a.code.sector === '' || b.code.sector === '' || a.code.sector === b.code.sector;
}

const DOMESTIC = new Set([
  'COP',
  'REB',
  'OPP',
  'CVL',
  'EDU',
  'LAB',
  'JUD',
  'LEG',
  'PTY',
  'CRM',
  'REF',
  'BUS',
  'MED',
  'JRN',
  'AGR',
  'GOV',
  'MIL',
  'SPY',
  'UAF',
  'ELI',
  'REL',
  'SOC',
]);

/** A sector-only actor ("police", "their forces") takes the country of the other side or of the speaker. */
function withCountry(a: ActorRef, from: ActorRef | null): ActorRef {
  if (a.code.country !== '' || !from || from.code.country === '' || !DOMESTIC.has(a.code.sector)) return a;
  if (from.code.country.length !== 3 || /^(UNO|NAT|EUR|IGO|NGO|IMG|AFR|ARL|ASN|GCC|WAF)$/.test(from.code.country))
    return a;
  const country = from.code.country;
  return { ...a, code: { ...a.code, country, code: country + a.code.sector } };
}

/** The actor of a quote's speaker: its mention resolved, or its entity's country and sector. */
function quoteSpeaker(
  doc: Doc,
  qi: number,
  sents: readonly SentenceChunks[],
  resolver: ReturnType<typeof actorResolver>,
  date: string,
): ActorRef | null {
  const q = doc.quotes[qi]!;
  const m = q.speaker.mention;
  if (m) {
    const a = tokenAt(doc, m.start);
    const b = tokenAt(doc, m.end - 1);
    if (a >= 0 && b >= a) {
      const s = sents[doc.tokens[a]!.sentence];
      // Prefer the chunk around the mention (it has the title and the possessive country).
      if (s) {
        const ci = s.chunkIndexAt(a);
        const c = ci >= 0 ? s.chunks[ci] : undefined;
        const act = c?.actors[0];
        if (act) return { code: act.code, start: act.start, end: act.end };
      }
      const code = resolver.resolveCached(doc.tokens, a, b + 1, date);
      if (code.code) return { code, start: a, end: b + 1 };
    }
  }
  const ent = q.speaker.entity ? doc.entities.find((e) => e.id === q.speaker.entity) : undefined;
  if (ent?.country) {
    const sector = ent.sector ?? (ent.type === 'country' ? '' : 'GOV');
    const code: ActorCode = {
      code: ent.country + sector,
      country: ent.country,
      sector,
      sectors: sector ? [sector] : [],
      via: 'country',
      name: ent.name,
    };
    const at = m ? tokenAt(doc, m.start) : -1;
    return { code, start: Math.max(0, at), end: Math.max(1, at + 1) };
  }
  return null;
}

/** The JSON actor: entity link (a mention overlapping the phrase), phrase span, code. */
function toActor(doc: Doc, a: ActorRef): Actor {
  const toks = doc.tokens;
  const start = toks[a.start]!.start;
  const end = toks[Math.max(a.start, a.end - 1)]!.end;
  let entity: string | null = null;
  for (const m of doc.mentions) {
    if (m.span.start < end && start < m.span.end) {
      entity = m.entity;
      break;
    }
  }
  return {
    entity,
    text: { start, end },
    code: a.code.code,
    country: a.code.country || null,
    sector: a.code.sector || null,
  };
}

/** One event per (source, target, CAMEO root) in a sentence; a dyad found with a target drops its target-less twin. */
function dedupe(events: Event[]): Event[] {
  if (events.length < 2) return events; // nothing to merge (most sentences)
  const withTarget = new Set<string>();
  for (const e of events) if (e.target) withTarget.add(`${e.source.code}|${e.cameo.slice(0, 2)}`);
  const out: Event[] = [];
  const at = new Map<string, number>();
  for (const e of events) {
    const key = `${e.source.code}|${e.target?.code ?? ''}|${e.cameo.slice(0, 2)}`;
    if (!e.target && withTarget.has(`${e.source.code}|${e.cameo.slice(0, 2)}`)) continue;
    const prev = at.get(key);
    if (prev !== undefined) {
      // Keep the more specific of two codes under one root ("consultation or negotiation" → 046).
      if (Math.abs(e.goldstein) > Math.abs(out[prev]!.goldstein)) out[prev] = e;
      continue;
    }
    at.set(key, out.length);
    out.push(e);
  }
  return out;
}
