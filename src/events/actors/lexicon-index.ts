import { countryLexicon } from '../../entities/countries.js';
import { PLACES } from '../lexicon/cities.js';
import { EXTRA_COUNTRY_FORMS } from '../lexicon/country-forms.js';
import { LEADERS, type Office } from '../lexicon/leaders.js';
import { ORGANIZATIONS } from '../lexicon/organizations.js';
import { SECTOR_PHRASES } from '../lexicon/sectors.js';
import type { UserActorEntry } from './types.js';

/** A term of office (leaders and user entries), with inclusive ISO dates. */
export interface Term {
  readonly root: string;
  readonly sectors: readonly string[];
  readonly from: string;
  readonly to: string;
  readonly office: Office | 'user';
}

export type NamedKind = 'user' | 'leader' | 'organization' | 'country' | 'place';

export interface Named {
  readonly kind: NamedKind;
  readonly name: string;
  /** Country forms: what kind of form it is (a capital stands for the government). */
  readonly form?: 'name' | 'abbreviation' | 'demonym' | 'capital';
  readonly terms: readonly Term[];
}

export interface NameIndex {
  /** Exact (case-sensitive) key → entries, best first. */
  readonly exact: ReadonlyMap<string, readonly Named[]>;
  /** Lower-case key → entries, for all-caps or all-lower input. */
  readonly caseless: ReadonlyMap<string, readonly Named[]>;
  /** Leader surnames (and East Asian family names) → people. */
  readonly surnames: ReadonlyMap<string, readonly Named[]>;
  /** Longest name in tokens, to bound look-ahead. */
  readonly maxTokens: number;
  /** Every prefix of every exact key, and of every caseless key: look-ahead stops as soon as none can match. */
  readonly prefixes: ReadonlySet<string>;
  readonly lowerPrefixes: ReadonlySet<string>;
}

/** Normalises a name or a run of token texts to one key: no spaces or hyphens, one apostrophe. */
export function nameKey(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c <= 32 || c === 45 || c === 96 || c === 0xa0 || (c >= 0x2010 && c <= 0x2019)) {
      return s.replace(/[\s\u2010-\u2015-]+/g, '').replace(/[\u2018\u2019`]/g, "'");
    }
  }
  return s;
}

/** Roots that are not countries. */
export const IGO_ROOTS: ReadonlySet<string> = new Set([
  'UNO',
  'NAT',
  'EUR',
  'AFR',
  'ARL',
  'ASN',
  'GCC',
  'WAF',
  'IGO',
  'NGO',
  'IMG',
]);

const KIND_RANK: Record<NamedKind, number> = { user: 0, leader: 1, organization: 2, country: 3, place: 4 };

const FAMILY_NAME_FIRST = new Set(['CHN', 'TWN', 'KOR', 'PRK', 'VNM', 'HKG', 'KHM', 'MNG']);

/** Dates are compared as strings: from "2013" → "2013-01-01", to "2013" → "2013-12-31". */
export function normFrom(d: string | undefined | null): string {
  if (!d) return '0000-01-01';
  return d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d;
}
export function normTo(d: string | undefined | null): string {
  if (!d) return '9999-12-31';
  return d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d;
}

function fixRoot(iso3: string): string {
  // world-countries codes Kosovo "UNK", which CAMEO uses for "unknown"; Kosovo is XKX.
  return iso3 === 'UNK' ? 'XKX' : iso3;
}

/** Builds the name index from the built-in tables plus user entries (user entries win). */
export function buildNameIndex(user: readonly UserActorEntry[]): NameIndex {
  const exact = new Map<string, Named[]>();
  const caseless = new Map<string, Named[]>();
  const surnames = new Map<string, Named[]>();
  let maxTokens = 1;
  const add = (form: string, n: Named) => {
    const k = nameKey(form);
    if (k.length < 2) return;
    maxTokens = Math.max(maxTokens, form.split(/[\s-]+/).length + 1);
    push(exact, k, n);
    // Caseless forms only for names unlikely to be common words: 4+ letters or several words.
    if (k.length >= 4 || /\s/.test(form)) push(caseless, k.toLowerCase(), n);
  };
  // User dictionary.
  for (const u of user) {
    const sectors = u.sectors ?? (u.sector ? [u.sector] : []);
    const term: Term = {
      root: u.country ?? '',
      sectors,
      from: normFrom(u.from),
      to: normTo(u.to),
      office: 'user',
    };
    const n: Named = { kind: 'user', name: u.name, terms: [term] };
    add(u.name, n);
    for (const a of u.aliases ?? []) add(a, n);
  }
  // Leaders: one Named per person, all their terms.
  const people = new Map<string, { terms: Term[]; aliases: Set<string>; root: string }>();
  for (const [name, root, office, from, to, extra] of LEADERS) {
    let p = people.get(name);
    if (!p) {
      p = { terms: [], aliases: new Set(), root };
      people.set(name, p);
    }
    p.terms.push({ root, sectors: extra?.sectors ?? ['GOV'], from: normFrom(from), to: normTo(to), office });
    for (const a of extra?.aliases ?? []) p.aliases.add(a);
  }
  for (const [name, p] of people) {
    const n: Named = { kind: 'leader', name, terms: p.terms };
    add(name, n);
    for (const a of p.aliases) add(a, n);
    const words = name.split(/\s+/);
    if (words.length >= 2) {
      const surname = FAMILY_NAME_FIRST.has(p.root) ? words[0]! : words[words.length - 1]!;
      if (surname.length >= 3 && /^\p{Lu}/u.test(surname)) push(surnames, nameKey(surname), n);
    }
  }
  // Organisations.
  const orgs = new Map<string, { terms: Term[]; names: Set<string> }>();
  for (const o of ORGANIZATIONS) {
    // The root already says "intergovernmental": keep only what the body does (the Security Council → GOV).
    const sectors = IGO_ROOTS.has(o.root) ? o.sectors.filter((x) => x !== 'IGO' && x !== 'NGO') : o.sectors;
    const term: Term = { root: o.root, sectors, from: normFrom(o.from), to: normTo(o.to), office: 'user' };
    const key = o.names[0]!;
    const g = orgs.get(key) ?? { terms: [], names: new Set<string>() };
    g.terms.push(term);
    for (const nm of o.names) g.names.add(nm);
    orgs.set(key, g);
  }
  for (const [name, g] of orgs) {
    // One entry per organisation, with every period of its role (the Taliban: rebels, then government).
    const n: Named = { kind: 'organization', name, terms: g.terms };
    for (const nm of g.names) add(nm, n);
  }
  // Countries (names, abbreviations, demonyms, capitals) and Parley's extra forms.
  for (const [form, hit] of countryLexicon().byForm) {
    const root = fixRoot(hit.iso3);
    add(form, {
      kind: 'country',
      name: form,
      form: hit.form,
      terms: [{ root, sectors: [], from: '0000-01-01', to: '9999-12-31', office: 'user' }],
    });
  }
  for (const [form, iso3, kind] of EXTRA_COUNTRY_FORMS) {
    add(form, {
      kind: 'country',
      name: form,
      form: kind,
      terms: [{ root: iso3, sectors: [], from: '0000-01-01', to: '9999-12-31', office: 'user' }],
    });
  }
  for (const [iso3, places] of Object.entries(PLACES)) {
    for (const pl of places) {
      add(pl, {
        kind: 'place',
        name: pl,
        terms: [{ root: iso3, sectors: [], from: '0000-01-01', to: '9999-12-31', office: 'user' }],
      });
    }
  }
  for (const m of [exact, caseless, surnames])
    for (const list of m.values()) list.sort((a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind]);
  const prefixes = new Set<string>();
  for (const k of exact.keys()) for (let i = 1; i <= k.length; i++) prefixes.add(k.slice(0, i));
  const lowerPrefixes = new Set<string>();
  for (const k of caseless.keys()) for (let i = 1; i <= k.length; i++) lowerPrefixes.add(k.slice(0, i));
  return { exact, caseless, surnames, maxTokens: Math.min(maxTokens, 10), prefixes, lowerPrefixes };
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (!list) m.set(k, [v]);
  else if (!list.includes(v)) list.push(v);
}

export interface SectorPhrase {
  readonly words: readonly string[];
  readonly sectors: readonly string[];
}

/** Sector phrases by first word, longest first. */
export const SECTOR_INDEX: ReadonlyMap<string, readonly SectorPhrase[]> = (() => {
  const m = new Map<string, SectorPhrase[]>();
  for (const e of SECTOR_PHRASES) {
    const words = e.phrase.split(' ');
    push(m, words[0]!, { words, sectors: e.sectors });
  }
  for (const list of m.values()) list.sort((a, b) => b.words.length - a.words.length);
  return m;
})();
