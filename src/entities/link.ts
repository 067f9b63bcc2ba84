import type { Entity, EntityType, Mention, MentionKind } from '../model/index.js';
import { type Draft, makeDraft } from './draft.js';
import { NAME_PARTICLES } from './lexicon/cues.js';
import { NICKNAMES } from './lexicon/given-names.js';
import { KNOWN_PEOPLE_BY_NAME } from './tables.js';

/** The most words a known person or organisation name has that linkInside looks for inside a longer run. */
const MAX_NAME_TOKENS = 12;

/** An entity while linking: the drafts that joined it and what they say about it. */
interface Builder {
  readonly type: EntityType;
  readonly key: string;
  name: string;
  nameScore: number;
  country: string | null;
  readonly roles: string[];
  sector: string | null;
  affiliation: Builder | null;
  readonly drafts: Draft[];
  readonly head: string | null;
  readonly owner: string | null;
  /** Core name tokens of a person (no initials or suffixes), set when the name is registered. */
  tokens: string[] | null;
  party: string | null;
  /** The name last registered as an organisation alias (names change as better mentions join). */
  aliasedName: string | null;
  /** Position among the entities of the result (-1 until `build` numbers it). */
  order: number;
}

const NAME_SUFFIXES = new Set(['jr.', 'jr', 'sr.', 'sr', 'ii', 'iii', 'iv']);
// Unicode-property regexes live at module level: the bundler rewrites a `\p{…}` literal into `new RegExp(…)`, which
// would compile it again on every call.
/** A middle initial: "R.". */
const INITIAL = /^\p{L}\.$/u;

/** Name tokens without middle initials and generational suffixes: "Joseph R. Biden Jr." → joseph biden. */
function coreTokens(tokens: readonly string[]): string[] {
  const out = tokens.filter((t, i) => !NAME_SUFFIXES.has(t) && !(i > 0 && INITIAL.test(t)));
  return out.length > 0 ? out : [...tokens];
}

/** "joe" and "joseph", "j." and "john", "hillary" and "hillary" name the same person. */
function sameGivenName(a: string, b: string): boolean {
  if (a === b) return true;
  if (INITIAL.test(a) || INITIAL.test(b)) return a[0] === b[0];
  return (NICKNAMES.get(a) ?? a) === (NICKNAMES.get(b) ?? b);
}

/** Two full names of one person: same surname, compatible given names ("Joe Biden", "Joseph Biden"). */
function sameName(a: readonly string[], b: readonly string[]): boolean {
  if (a.length < 2 || b.length < 2) return false;
  return a[a.length - 1] === b[b.length - 1] && sameGivenName(a[0]!, b[0]!);
}

/** The empty answer of `keyed` (never mutated). */
const NONE: readonly Builder[] = Object.freeze([]);
const SPOKES = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'press secretary', 'press officer']);
const GOV_SECTORS = new Set(['GOV', 'IGO', 'MIL', 'LEG', 'JUD', 'COP']);

class Linker {
  constructor(private readonly text: string) {}
  readonly builders: Builder[] = [];
  /** Organisations by every surface form the text gave them ("center for … studies", "csis"). */
  private readonly orgAlias = new Map<string, Builder>();
  /** Drafts in the order they first joined an entity (`Draft.linked` holds which). */
  readonly joined: Draft[] = [];
  /** Builders by type, then key (two look-ups instead of building a "type|key" string each time). */
  private readonly byKey = new Map<EntityType, Map<string, Builder[]>>();
  private readonly personFull = new Map<string, Builder>();
  private readonly personShort = new Map<string, Set<Builder>>();

  create(d: Draft, kind?: MentionKind): Builder {
    const b: Builder = {
      type: d.type,
      key: d.key,
      name: d.name,
      nameScore: d.nameScore,
      country: null,
      roles: [],
      sector: null,
      affiliation: null,
      drafts: [],
      head: d.head,
      owner: d.owner,
      tokens: null,
      party: null,
      aliasedName: null,
      order: -1,
    };
    this.builders.push(b);
    let byType = this.byKey.get(d.type);
    if (!byType) {
      byType = new Map();
      this.byKey.set(d.type, byType);
    }
    const list = byType.get(d.key);
    if (list) list.push(b);
    else byType.set(d.key, [b]);
    this.join(b, d, kind);
    return b;
  }

  join(b: Builder, d: Draft, kind?: MentionKind): void {
    if (d.linked === null) this.joined.push(d);
    d.linked = b;
    if (b.type === 'organization' && !d.anaphor) {
      const surface = this.text.slice(d.start, d.end).toLowerCase();
      if (!this.orgAlias.has(surface)) this.orgAlias.set(surface, b);
      if (b.aliasedName !== b.name) {
        b.aliasedName = b.name;
        const name = b.name.toLowerCase();
        if (!this.orgAlias.has(name)) this.orgAlias.set(name, b);
      }
    }
    b.drafts.push(d);
    if (kind) d.kind = kind;
    if (!d.anaphor && d.certain && d.nameScore > b.nameScore) {
      b.name = d.name;
      b.nameScore = d.nameScore;
    }
    if (!d.anaphor && (b.type === 'person' || b.type === 'group')) {
      for (const r of d.roles) if (!b.roles.includes(r)) b.roles.push(r);
    }
    b.country ??= d.country;
    b.sector ??= d.sector;
    if (!d.anaphor) b.party ??= d.party;
  }

  keyed(type: EntityType, key: string): readonly Builder[] {
    return this.byKey.get(type)?.get(key) ?? NONE;
  }

  /** Countries, places, known organisations: one entity per key. */
  linkByKey(d: Draft): void {
    const b = this.keyed(d.type, d.key)[0];
    if (b) this.join(b, d);
    else this.create(d);
  }

  /** Organisations: same core name, and the same country (or one side without a country). */
  linkOrg(d: Draft): void {
    const cands = this.keyed('organization', d.key);
    let b: Builder | undefined;
    if (d.country) b = cands.find((c) => c.country === d.country) ?? cands.find((c) => c.country === null);
    else b = cands.length === 1 ? cands[0] : lastMentionedBefore(cands, d.start);
    b ??= this.orgAlias.get(d.key);
    if (b) this.join(b, d);
    else this.create(d);
  }

  registerPerson(b: Builder, all: readonly string[]): void {
    this.personFull.set(all.join(' '), b);
    const tokens = coreTokens(all);
    b.tokens = tokens;
    if (!this.personFull.has(tokens.join(' '))) this.personFull.set(tokens.join(' '), b);
    if (tokens.length < 2) return;
    const shorts = new Set<string>([tokens[0]!]);
    for (let i = 1; i < tokens.length; i++) {
      const suffix = tokens.slice(i);
      if (suffix.length === 1 && NAME_PARTICLES.has(suffix[0]!)) continue;
      shorts.add(suffix.join(' '));
    }
    // "Kassym-Jomart Tokayev": each part of a hyphenated given name is not a short form, the surname is.
    for (const s of shorts) {
      if (NAME_PARTICLES.has(s)) continue;
      const set = this.personShort.get(s);
      if (set) set.add(b);
      else this.personShort.set(s, new Set([b]));
    }
  }

  isAmbiguous(key: string): boolean {
    return !this.personFull.has(key) && (this.personShort.get(key)?.size ?? 0) > 1;
  }

  /** The one person a name or short name points to, or null (unknown or ambiguous). */
  findPerson(key: string, titled = false): [Builder, boolean] | null {
    let full = this.personFull.get(key);
    // Only names with an initial or a suffix have a different core ("Paul D. Ryan", "Joseph Biden Jr.").
    if (!full && (key.includes('.') || / (?:jr|sr|ii|iii|iv)$/.test(key))) {
      full = this.personFull.get(coreTokens(key.split(' ')).join(' '));
    }
    if (full) return [full, false];
    const set = this.personShort.get(key);
    if (set && set.size > 1) return null;
    if (set && set.size === 1) {
      const b = set.values().next().value as Builder;
      // "President Obama" is Barack Obama even when only "Michelle Obama" is written out in full (a titled short
      // name only: "Scholz said" in a local story is the Scholz the story names).
      const known = titled ? KNOWN_PEOPLE_BY_NAME.get(key) : undefined;
      if (known && b.tokens && !known.names.some((n) => sameName(coreTokens(n.toLowerCase().split(' ')), b.tokens!))) {
        return null;
      }
      return [b, true];
    }
    // The leaders table knows "Xi" is Xi Jinping even when the text wrote them in the other order.
    const known = KNOWN_PEOPLE_BY_NAME.get(key);
    if (known) {
      for (const n of known.names) {
        const b = this.personFull.get(n.toLowerCase());
        if (b) return [b, true];
      }
    }
    return null;
  }

  linkPerson(d: Draft): void {
    const tokens = d.tokens ?? [d.key];
    const hit = this.findPerson(d.key, d.roles.length > 0);
    if (hit) {
      this.join(hit[0], d, hit[1] ? 'short' : undefined);
      return;
    }
    // "Joe Biden" after "Joseph R. Biden Jr.": same surname, compatible given name.
    const core = coreTokens(tokens);
    if (core.length >= 2) {
      const same = [...(this.personShort.get(core[core.length - 1]!) ?? [])].filter((b) => {
        const other = b.tokens;
        return other !== null && other.length >= 2 && sameGivenName(other[0]!, core[0]!);
      });
      if (same.length === 1) {
        this.join(same[0]!, d);
        return;
      }
    }
    if (this.isAmbiguous(d.key)) {
      // Two full names share this short one ("John Smith", "Jane Smith"): it stays an entity of its own.
      const own = this.keyed('person', d.key)[0];
      if (own) this.join(own, d);
      else this.create(d);
      return;
    }
    this.registerPerson(this.create(d), tokens);
  }

  ambiguousOwn(key: string): [Builder, boolean] | null {
    const own = this.keyed('person', key)[0];
    return own ? [own, true] : null;
  }

  /** Indexes for anaphora, built once after every naming mention is linked. */
  private anaphora: {
    /** Each builder's mention starts, sorted. */
    readonly starts: Map<Builder, number[]>;
    /** Per role (spokespeople share one) and per organisation head: every mention of those entities, by start. */
    readonly byRole: Map<string, Timeline>;
    readonly byHead: Map<string, Timeline>;
  } | null = null;

  private anaphoraIndex() {
    if (this.anaphora) return this.anaphora;
    const starts = new Map<Builder, number[]>();
    const byRole = new Map<string, Timeline>();
    const byHead = new Map<string, Timeline>();
    const add = (m: Map<string, Timeline>, k: string, b: Builder, xs: readonly number[]) => {
      let t = m.get(k);
      if (!t) {
        t = { entries: [], builders: new Set() };
        m.set(k, t);
      }
      if (t.builders.has(b)) return;
      t.builders.add(b);
      for (const x of xs) t.entries.push([x, b]);
    };
    for (const b of this.builders) {
      const xs = sortedStarts(b.drafts);
      starts.set(b, xs);
      if (b.type === 'person') for (const r of b.roles) add(byRole, SPOKES.has(r) ? 'spokes' : r, b, xs);
      if (b.type === 'organization' && b.head) add(byHead, b.head, b, xs);
    }
    for (const t of [...byRole.values(), ...byHead.values()]) t.entries.sort((a, b) => a[0] - b[0]);
    this.anaphora = { starts, byRole, byHead };
    return this.anaphora;
  }

  /** The candidate named last before `at` (binary search in each candidate's sorted mention starts). */
  private nearestBefore(cands: readonly Builder[], at: number): Builder | undefined {
    const { starts } = this.anaphoraIndex();
    let best: Builder | undefined;
    let bestAt = -1;
    for (const b of cands) {
      const xs = starts.get(b);
      if (!xs) continue;
      const i = countBelow(xs.length, (k) => xs[k]! < at);
      if (i > 0 && xs[i - 1]! > bestAt) {
        best = b;
        bestAt = xs[i - 1]!;
      }
    }
    return best;
  }

  linkAnaphor(d: Draft): void {
    const index = this.anaphoraIndex();
    let b: Builder | undefined;
    if (d.type === 'person') {
      const role = d.roles[0]!;
      const ok = (x: Builder) => !(d.party && x.party && d.party !== x.party);
      b = latestOnTimeline(index.byRole.get(SPOKES.has(role) ? 'spokes' : role), d.start, ok);
    } else {
      const cands = this.keyed('organization', d.key);
      if (cands.length > 0) b = this.nearestBefore(cands, d.start) ?? (cands.length === 1 ? cands[0] : undefined);
      else b = latestOnTimeline(index.byHead.get(d.head ?? ''), d.start, () => true);
    }
    if (b) this.join(b, d, 'role');
  }

  /**
   * Known names inside a longer run: "Hillary Clinton Speaks …", "Trump Blasts Clinton" (single surnames only in
   * headlines, where every word is capitalised). Each match becomes a mention of its own.
   */
  linkInside(d: Draft): boolean {
    const toks = d.tokens!;
    const parts = d.parts!;
    let found = false;
    let i = 0;
    while (i < toks.length) {
      let matched = 0;
      // No known name is longer than MAX_NAME_TOKENS words; without the cap a run of hundreds of capitalised words
      // (a scrape of a name list) costs the cube of its length.
      const longest = Math.min(toks.length - i - (i === 0 ? 1 : 0), MAX_NAME_TOKENS);
      for (let len = longest; len >= 1 && matched === 0; len--) {
        if (len === 1 && !d.headline) break;
        const key = toks.slice(i, i + len).join(' ');
        const hit = len > 1 ? this.personFull.get(key) : this.findPerson(key)?.[0];
        const b = hit ?? (len > 1 ? this.orgAlias.get(key) : undefined);
        if (!b) continue;
        const sub = makeDraft({
          start: parts[i]![0],
          end: parts[i + len - 1]![1],
          type: b.type,
          kind: len > 1 || b.type !== 'person' ? 'name' : 'short',
          rule: 'entities/name-link',
          confidence: 0.65,
          key,
          name: this.text.slice(parts[i]![0], parts[i + len - 1]![1]),
          certain: false,
          block: d.block,
        });
        this.join(b, sub);
        matched = len;
      }
      if (matched > 0) {
        found = true;
        i += matched;
      } else i++;
    }
    return found;
  }

  /** A capitalised run with no cue: joins a person, organisation or place already named, else a place after "in". */
  linkUncertain(d: Draft): void {
    if (d.type === 'person') {
      const hit = this.findPerson(d.key) ?? (this.isAmbiguous(d.key) ? this.ambiguousOwn(d.key) : null);
      if (hit) {
        this.join(hit[0], d, hit[1] ? 'short' : 'name');
        return;
      }
    }
    const org = this.keyed('organization', d.key)[0] ?? this.orgAlias.get(d.key);
    if (org) {
      this.join(org, d, 'name');
      return;
    }
    const place = this.keyed('place', `place:${d.key}`)[0];
    if (place) {
      this.join(place, d, 'name');
      return;
    }
    if (d.parts && d.tokens && d.parts.length === d.tokens.length && this.linkInside(d)) return;
    if (d.placeFallback) {
      this.create({
        ...d,
        type: 'place',
        key: `place:${d.key}`,
        rule: 'entities/place-after-in',
        confidence: 0.5,
        linked: null,
      });
    }
  }
}

/** Mentions of the entities that share a role or head, in text order. */
interface Timeline {
  readonly entries: [number, Builder][];
  readonly builders: Set<Builder>;
}

/** Number of leading indices in [0, n) for which `below` holds (it must hold for a prefix). */
function countBelow(n: number, below: (k: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (below(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The entity on a timeline mentioned last before `at` that `ok` accepts (looking back at most 64 mentions), or the
 * timeline's only entity when none is mentioned before.
 */
function latestOnTimeline(t: Timeline | undefined, at: number, ok: (b: Builder) => boolean): Builder | undefined {
  if (!t) return undefined;
  const e = t.entries;
  const i = countBelow(e.length, (k) => e[k]![0] < at);
  for (let k = i - 1; k >= 0 && k >= i - 64; k--) if (ok(e[k]![1])) return e[k]![1];
  if (t.builders.size === 1) {
    const only = t.builders.values().next().value as Builder;
    return ok(only) ? only : undefined;
  }
  return undefined;
}

/** The candidate with a mention last before `at` (for the few organisations sharing a name). */
function lastMentionedBefore(cands: readonly Builder[], at: number): Builder | undefined {
  let best: Builder | undefined;
  let bestAt = -1;
  for (const b of cands) {
    for (const d of b.drafts) {
      if (d.start < at && d.start > bestAt) {
        best = b;
        bestAt = d.start;
      }
    }
  }
  return best;
}

/** Mention starts of one entity, ascending (drafts mostly join in text order, so usually no sort is needed). */
function sortedStarts(drafts: readonly Draft[]): number[] {
  const xs = new Array<number>(drafts.length);
  let sorted = true;
  for (let i = 0; i < drafts.length; i++) {
    xs[i] = drafts[i]!.start;
    if (i > 0 && xs[i]! < xs[i - 1]!) sorted = false;
  }
  return sorted ? xs : xs.sort((x, y) => x - y);
}

/** The entity a draft joined while linking, if any. */
function builderOf(d: Draft): Builder | undefined {
  return (d.linked as Builder | null) ?? undefined;
}

function byTextOrder(a: Draft, b: Draft): number {
  return a.start - b.start || b.end - a.end;
}

function inTextOrder(drafts: readonly Draft[]): boolean {
  for (let i = 1; i < drafts.length; i++) if (byTextOrder(drafts[i - 1]!, drafts[i]!) > 0) return false;
  return true;
}

/** Links mention drafts into entities; ids in order of first mention; mentions in text order. */
export function linkDrafts(text: string, drafts: readonly Draft[]): { entities: Entity[]; mentions: Mention[] } {
  // Sentences are read in order, so the drafts usually are too: a stable sort of a sorted array changes nothing.
  const sorted = inTextOrder(drafts) ? drafts : [...drafts].sort(byTextOrder);
  const L = new Linker(text);
  // 1. Lexicon entities, then named organisations, then people (full names before short ones), then groups.
  for (const d of sorted) {
    if (!d.certain || d.anaphor) continue;
    if (d.type === 'country' || d.type === 'place' || (d.type === 'organization' && d.known)) L.linkByKey(d);
  }
  for (const d of sorted) {
    if (d.certain && !d.anaphor && d.type === 'organization' && !d.known) L.linkOrg(d);
  }
  const people = sorted.filter((d) => d.certain && !d.anaphor && d.type === 'person');
  people.sort((a, b) => (b.tokens?.length ?? 1) - (a.tokens?.length ?? 1) || a.start - b.start);
  for (const d of people) L.linkPerson(d);
  for (const d of sorted) if (d.certain && d.type === 'group') L.linkByKey(d);
  // 2. What only joins: uncertain runs, then anaphora ("the ministry", "the spokesman").
  for (const d of sorted) if (!d.certain && !d.anaphor) L.linkUncertain(d);
  for (const d of sorted) if (d.anaphor) L.linkAnaphor(d);
  // 3. Fields from the mentions: affiliations, countries, sectors.
  for (const d of sorted) {
    const b = builderOf(d);
    const a = d.affiliation ? builderOf(d.affiliation) : undefined;
    if (b && a && a !== b && a.type === 'organization') b.affiliation ??= a;
  }
  inferAffiliations(L);
  for (const b of L.builders) {
    if (b.type === 'person' || b.type === 'group') {
      b.country ??= b.affiliation?.country ?? null;
      if (b.sector === null && b.affiliation && b.roles.some((r) => SPOKES.has(r) || r === 'official')) {
        b.sector = b.affiliation.sector;
      }
    }
    if (b.type === 'organization' && b.owner && !b.country) {
      const owner = L.findPerson(b.owner)?.[0];
      b.country = owner?.country ?? KNOWN_PEOPLE_BY_NAME.get(b.owner)?.country ?? null;
    }
  }
  return build(L);
}

/**
 * Affiliations the text implies: "Foreign Minister Mauro Vieira" works at the Foreign Ministry the article names;
 * a spokesman with no employer named speaks for the government body last mentioned in the same or the previous
 * two paragraphs.
 */
function inferAffiliations(L: Linker): void {
  const gov: [Draft, Builder][] = [];
  for (const o of L.builders) {
    if (o.type !== 'organization' || !o.sector || !GOV_SECTORS.has(o.sector)) continue;
    for (const d of o.drafts) gov.push([d, o]);
  }
  gov.sort((a, b) => a[0].start - b[0].start);
  for (const b of L.builders) {
    if (b.type !== 'person' || b.affiliation) continue;
    const first = b.drafts[0]!;
    const ministry = b.roles.find((r) => r.endsWith('minister') && r !== 'prime minister');
    if (ministry) {
      const key = ministry.replace(/minister$/, 'ministry');
      const cands = L.keyed('organization', key).filter((o) => !b.country || !o.country || o.country === b.country);
      if (cands.length === 1) b.affiliation = cands[0]!;
      continue;
    }
    if (b.roles.some((r) => SPOKES.has(r))) {
      // The government body mentioned last before the spokesperson, within two paragraphs.
      const lo = countBelow(gov.length, (k) => gov[k]![0].start < first.start);
      const hit = lo > 0 ? gov[lo - 1]! : null;
      if (hit && first.block - hit[0].block <= 2) b.affiliation = hit[1];
    }
  }
}

function build(L: Linker): { entities: Entity[]; mentions: Mention[] } {
  // Mentions never overlap: a later draft inside an earlier one is dropped.
  const kept: [Draft, Builder][] = [];
  const all = L.joined.slice().sort(byTextOrder);
  let lastEnd = -1;
  for (const d of all) {
    if (d.start < lastEnd) continue;
    kept.push([d, builderOf(d)!]);
    lastEnd = d.end;
  }
  // `kept` is in text order, so builders in order of first appearance are already in order of first mention.
  const ordered: Builder[] = [];
  for (const [, b] of kept) {
    if (b.order < 0) {
      b.order = ordered.length;
      ordered.push(b);
    }
  }
  const entities: Entity[] = [];
  for (const b of ordered) {
    const a = b.affiliation && b.affiliation.order >= 0 ? b.affiliation.order : undefined;
    entities.push({
      id: `e${entities.length + 1}`,
      type: b.type,
      name: b.name,
      country: b.country,
      roles: b.roles,
      affiliation: a === undefined ? null : `e${a + 1}`,
      mentions: [],
      sector: b.sector,
    });
  }
  const mentions: Mention[] = [];
  for (const [d, b] of kept) {
    const e = entities[b.order]!;
    const span = { start: d.start, end: d.end };
    mentions.push({ span, entity: e.id, kind: d.kind, rule: d.rule, confidence: d.confidence });
    e.mentions.push(span);
  }
  return { entities, mentions };
}
