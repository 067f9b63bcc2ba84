/**
 * Speakers: from the NP in the quote's own clause to an entity. Names go through doc.mentions; pronouns to the last
 * compatible speaker or entity; role nouns ("the spokesman", "the ministry") to the entity holding the role;
 * anonymous descriptions ("a senior official", "people familiar with the matter") stay anonymous.
 */
import type { Doc, Entity, Mention, Speaker, Token } from '../model/index.js';
import { ANONYMOUS_HEADS, EVIDENCE_SUBJECTS, INDEFINITE, PRONOUNS } from './lexicon/sources.js';
import { isNpHead } from './tokens.js';

type Kind = 'person' | 'group' | 'thing' | 'unknown';

interface Said {
  readonly at: number;
  readonly entity: string | null;
  readonly name: string | null;
  readonly kind: Kind;
}

/** Compiled once (a \p{…} literal may become a per-call RegExp under some build targets). */
const UPPER_START = /^\p{Lu}/u;
const NULL_SPEAKER: Speaker = Object.freeze({ mention: null, entity: null, name: null });

const ORG_HEADS: ReadonlySet<string> = new Set([
  'ministry',
  'department',
  'agency',
  'campaign',
  'company',
  'committee',
  'commission',
  'council',
  'party',
  'administration',
  'government',
  'embassy',
  'office',
  'bank',
  'group',
  'organization',
  'organisation',
  'center',
  'centre',
  'university',
  'court',
  'board',
  'firm',
  'union',
]);

const PERSON_ROLE =
  /^(spokes(man|woman|person)|president|minister|secretary|senator|official|governor|mayor|chairman|chairwoman|chair|director|ambassador|analyst|leader|candidate|nominee|congressman|congresswoman|representative|lawmaker|general|prime minister|premier|chancellor|chief|ceo|founder|professor|author|attorney|lawyer|judge|commissioner|adviser|advisor|aide|manager|executive|economist|expert|researcher|fellow)$/;

export class SpeakerResolver {
  private readonly doc: Doc;
  private readonly mentions: readonly Mention[];
  private readonly entities: ReadonlyMap<string, Entity>;
  /** The latest remembered speaker of each kind (pronouns look only at these: constant time). */
  private readonly lastSaid = new Map<Kind, Said>();
  /** Mentions up to `cursor` have been folded into `lastMention` (quotes are resolved in text order). */
  private cursor = 0;
  private readonly lastMention = new Map<Kind, Mention>();

  constructor(doc: Doc) {
    this.doc = doc;
    this.mentions = [...doc.mentions].sort((a, b) => a.span.start - b.span.start);
    this.entities = new Map(doc.entities.map((e) => [e.id, e]));
  }

  /** Resolves the NP tokens [t0, t1) as a speaker; `antecedent` is the NP a relative pronoun stands for. */
  resolve(toks: readonly Token[], t0: number, t1: number, antecedent: readonly [number, number] | null): Speaker {
    if (t0 < 0 || t1 <= t0) return NULL_SPEAKER;
    const first = toks[t0]!;
    const mention = { start: first.start, end: toks[t1 - 1]!.end };
    const text = this.doc.text.slice(mention.start, mention.end);
    let out: Speaker;
    if (antecedent) {
      const a = this.resolve(toks, antecedent[0], antecedent[1], null);
      out = { mention, entity: a.entity, name: a.name, ...(a.anonymous ? { anonymous: true } : {}) };
    } else if (t1 - t0 === 1 && first.pos === 'PRON') {
      out = this.pronoun(first, mention);
    } else {
      out = this.named(toks, t0, t1, mention, text);
    }
    return out;
  }

  /** Records a speaker so later pronouns can refer to it. */
  remember(s: Speaker): void {
    if (!s.mention || (!s.entity && !s.name) || s.anonymous) return;
    const e = s.entity ? this.entities.get(s.entity) : undefined;
    const kind: Kind = e ? entityKind(e) : guessKind(s.name ?? '');
    this.lastSaid.set(kind, { at: s.mention.start, entity: s.entity, name: s.name, kind });
  }

  private pronoun(t: Token, mention: { start: number; end: number }): Speaker {
    const want = PRONOUNS.get(t.lower);
    if (!want || want === 'self') return { mention, entity: null, name: null };
    let said: Said | null = null;
    for (const h of this.lastSaid.values()) {
      if (h.at < mention.start && compatible(want, h.kind) && (!said || h.at > said.at)) said = h;
    }
    // The last compatible entity mentioned before the pronoun, if it is later than the last speaker.
    this.advance(mention.start);
    let men: Mention | null = null;
    for (const [kind, m] of this.lastMention) {
      if (m.span.start < mention.start && compatible(want, kind) && (!men || m.span.start > men.span.start)) men = m;
    }
    if (men && (!said || men.span.start > said.at + 200)) {
      const e = this.entities.get(men.entity)!;
      return { mention, entity: e.id, name: e.name };
    }
    if (said) return { mention, entity: said.entity, name: said.name };
    return { mention, entity: null, name: null };
  }

  /** Folds mentions starting before `at` into the latest mention per kind (monotone: linear over a document). */
  private advance(at: number): void {
    while (this.cursor < this.mentions.length && this.mentions[this.cursor]!.span.start < at) {
      const m = this.mentions[this.cursor++]!;
      const e = this.entities.get(m.entity);
      if (e && m.kind !== 'pronoun') this.lastMention.set(entityKind(e), m);
    }
  }

  private named(
    toks: readonly Token[],
    t0: number,
    t1: number,
    mention: { start: number; end: number },
    text: string,
  ): Speaker {
    // The head: last noun before any inner preposition or comma.
    let head = -1;
    let afterAdp = t1;
    for (let i = t0; i < t1; i++) {
      const t = toks[i]!;
      if (i > t0 && (t.pos === 'ADP' || t.text === ',')) {
        afterAdp = i;
        break;
      }
      if (isNpHead(t)) head = i;
    }
    // Names in a prepositional phrase rank below the NP's own; an apposition after a comma ("the Commission's
    // spokesman, Olof Gill") does not count as one.
    let firstAdp = afterAdp;
    if (toks[afterAdp]?.text === ',') {
      firstAdp = t1;
      for (let i = afterAdp + 1; i < t1; i++) {
        if (toks[i]!.pos === 'ADP') {
          firstAdp = i;
          break;
        }
      }
    }
    // A named entity inside the NP; people first, names before the preposition first.
    let best: Mention | null = null;
    let bestScore = Number.POSITIVE_INFINITY;
    for (let i = lowerBound(this.mentions, mention.start); i < this.mentions.length; i++) {
      const m = this.mentions[i]!;
      if (m.span.start >= mention.end) break;
      if (m.span.end > mention.end) continue;
      const e = this.entities.get(m.entity);
      if (!e) continue;
      const typeRank = e.type === 'person' ? 0 : e.type === 'organization' ? 1 : e.type === 'group' ? 3 : 2;
      const inPp = m.span.start >= (toks[firstAdp]?.start ?? mention.end) && !/\bincluding\b/.test(text) ? 10 : 0;
      // "President Trump's administration": a possessor with another mention after it modifies that mention.
      const possessor = this.isPossessorOfNext(i, mention.end) ? 5 : 0;
      const score = typeRank + inPp + possessor;
      if (score < bestScore) {
        best = m;
        bestScore = score;
      }
    }
    const headTok = head >= 0 ? toks[head]! : undefined;
    const firstLower = toks[t0]!.lower;
    let hasProper = false;
    for (let i = t0; i < afterAdp && !hasProper; i++) hasProper = toks[i]!.pos === 'PROPN';
    if (
      headTok &&
      ANONYMOUS_HEADS.has(headTok.lower) &&
      (INDEFINITE.has(firstLower) || (head === t0 && !hasProper) || (!hasProper && firstLower !== 'the'))
    ) {
      if (!best || this.entities.get(best.entity)?.type !== 'person')
        return { mention, entity: null, name: text, anonymous: true };
    }
    if (best) {
      const e = this.entities.get(best.entity)!;
      // "a Washington Post-ABC News survey", "Chinese officials": a name used as a modifier of another head noun is
      // not the speaker when it is a place or the head is a poll or report.
      const headOutside = headTok !== undefined && (headTok.start >= best.span.end || headTok.end <= best.span.start);
      const modifier =
        headOutside && (EVIDENCE_SUBJECTS.has(headTok.lower) || e.type === 'country' || e.type === 'place');
      if (!modifier) return { mention, entity: e.id, name: e.name };
      return { mention, entity: null, name: text };
    }
    // A role noun: the entity that holds the role, or the organisation of that kind, mentioned last.
    if (headTok && !hasProper && (firstLower === 'the' || firstLower === 'this')) {
      const role = headTok.lower;
      const found = this.byRole(role, mention.start);
      if (found) return { mention, entity: found.id, name: found.name };
    }
    return { mention, entity: null, name: text };
  }

  /** Whether mention `i` ends in a possessive ("Trump's") and another mention follows it before `end`. */
  private isPossessorOfNext(i: number, end: number): boolean {
    const m = this.mentions[i]!;
    const text = this.doc.text;
    const after = m.span.end;
    if (!(text.startsWith("'s", after) || text.startsWith('’s', after))) return false;
    const next = this.mentions[i + 1];
    return next !== undefined && next.span.start >= after && next.span.end <= end;
  }

  private readonly roleHolders = new Map<string, Entity[]>();

  private byRole(role: string, before: number): Entity | null {
    let holders = this.roleHolders.get(role);
    if (!holders) {
      holders = [];
      for (const e of this.entities.values()) {
        const holds =
          e.roles.includes(role) ||
          (ORG_HEADS.has(role) && e.type === 'organization' && e.name.toLowerCase().endsWith(role));
        if (holds) holders.push(e);
      }
      this.roleHolders.set(role, holders);
    }
    let best: Entity | null = null;
    let bestAt = -1;
    for (const e of holders) {
      // Mentions are in text order: the last one before `before` by binary search.
      let lo = 0;
      let hi = e.mentions.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (e.mentions[mid]!.start < before) lo = mid + 1;
        else hi = mid;
      }
      const at = lo > 0 ? e.mentions[lo - 1]!.start : -1;
      if (at > bestAt) {
        best = e;
        bestAt = at;
      }
    }
    return best;
  }
}

function entityKind(e: Entity): Kind {
  if (e.type === 'person') return 'person';
  if (e.type === 'group') return 'group';
  return 'thing';
}

function guessKind(name: string): Kind {
  const last = name.toLowerCase().split(/\s+/).pop() ?? '';
  if (ORG_HEADS.has(last)) return 'thing';
  if (PERSON_ROLE.test(last)) return 'person';
  if (/s$/.test(last) && /^[a-z]/.test(last)) return 'group';
  return UPPER_START.test(name.split(/\s+/).pop() ?? '') ? 'person' : 'unknown';
}

function compatible(want: 'person' | 'group' | 'thing', kind: Kind): boolean {
  if (want === 'person') return kind === 'person' || kind === 'unknown';
  if (want === 'group') return kind === 'group' || kind === 'thing';
  return kind === 'thing';
}

function lowerBound(ms: readonly Mention[], at: number): number {
  let lo = 0;
  let hi = ms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ms[mid]!.span.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
