import { lookupCountry } from '../entities/countries.js';
import type { Entity } from '../model/index.js';
import { STATE_ORG_HEADS, STATE_ROLES, STATE_SECTORS } from './lexicon/words.js';

/** The country an entity is, belongs to, or speaks for through its affiliation (one hop). */
export function entityCountry(e: Entity | undefined, byId: ReadonlyMap<string, Entity>): string | null {
  if (!e) return null;
  if (e.country) return e.country;
  if (e.affiliation) return byId.get(e.affiliation)?.country ?? null;
  return null;
}

/**
 * Whether an entity speaks for a state: a country, a government body ("Foreign Ministry", "Trump administration"),
 * or a person whose role or affiliation is one. Only such speakers become an implicit party of a symmetric
 * proposition ("the U.S. claims negotiations are under way" is about talks the U.S. takes part in); an analyst is not.
 */
export function speaksForState(e: Entity | undefined, byId: ReadonlyMap<string, Entity>, depth = 0): boolean {
  if (!e) return false;
  if (e.type === 'country') return true;
  if (e.sector && STATE_SECTORS.has(e.sector)) return true;
  if (e.type === 'organization') {
    const name = e.name.toLowerCase();
    for (const head of STATE_ORG_HEADS) if (name.includes(head)) return true;
  }
  if (e.type === 'person') {
    for (const r of e.roles) if (STATE_ROLES.has(r.toLowerCase())) return true;
  }
  if (e.affiliation && depth === 0) return speaksForState(byId.get(e.affiliation), byId, 1);
  return false;
}

/**
 * The key under which an entity takes part in a proposition: its country (CAMEO coders code actors at the country
 * root, so "the Trump administration" and "the U.S." are one party), else its type and lower-case name.
 */
export function participantKey(e: Entity, byId: ReadonlyMap<string, Entity>): string | null {
  const c = entityCountry(e, byId);
  if (c) return c;
  if (e.type === 'group') return null;
  return `${e.type}:${e.name.toLowerCase()}`;
}

/**
 * Who a position belongs to, for telling holders apart: a country entity is its country (two entities for "U.S." and
 * "United States" are one holder), any other entity its id, an anonymous source its lower-case name.
 */
export function holderKey(holder: string | null, holderName: string, byId: ReadonlyMap<string, Entity>): string {
  if (holder === null) {
    const c = countryOfName(holderName);
    return c ? `country:${c}` : `anon:${holderName.toLowerCase()}`;
  }
  const e = byId.get(holder);
  if (e && e.type === 'country' && e.country) return `country:${e.country}`;
  return `entity:${holder}`;
}

/** A holder's key and info, as a document caches them (see cachedHolder in statements.ts). */
export interface HolderEntry {
  readonly key: string;
  readonly info: HolderInfo;
}

/** What the claims stage needs to know about a holder. */
export interface HolderInfo {
  readonly country: string | null;
  /** Speaks for a state (see speaksForState). */
  readonly state: boolean;
}

/**
 * A holder's country and state-ness, from its entity, else from its name alone: a country name ("the U.S."), or a
 * country form inside it with a state body or role ("China's Foreign Ministry", "the Chinese Foreign Ministry").
 * This keeps claims right when the entity layer is missing or did not resolve the speaker.
 */
export function holderInfo(e: Entity | undefined, name: string | null, byId: ReadonlyMap<string, Entity>): HolderInfo {
  if (e) {
    const country = entityCountry(e, byId);
    if (country) return { country, state: speaksForState(e, byId) };
  }
  if (!name) return { country: null, state: false };
  const facts = nameFacts(name);
  if (facts.whole) return { country: facts.whole, state: true };
  // State-ness only matters with a country (see the return), so it is not looked for without one.
  if (facts.country === null) return { country: null, state: false };
  const state = (e ? speaksForState(e, byId) : false) || facts.stateBody;
  return { country: facts.country, state };
}

/** What a holder's name alone says: the same speakers come back in article after article. */
interface NameFacts {
  /** The whole name is a country. */
  readonly whole: string | null;
  /** The first country form inside it. */
  readonly country: string | null;
  /** It names a state body or role (only looked for when it has a country). */
  readonly stateBody: boolean;
}

const NAME_FACTS = new Map<string, NameFacts>();

function nameFacts(name: string): NameFacts {
  let facts = NAME_FACTS.get(name);
  if (facts === undefined) {
    const whole = countryOfName(name);
    const country = whole ? null : countryInName(name);
    facts = { whole, country, stateBody: country !== null && namesStateBody(name.toLowerCase()) };
    if (NAME_FACTS.size >= 10_000) NAME_FACTS.clear();
    NAME_FACTS.set(name, facts);
  }
  return facts;
}

/** The first country form in a name ("China's Foreign Ministry" → CHN), or null. */
function countryInName(name: string): string | null {
  let country: string | null = null;
  const words = name.split(/[\s,;()]+/);
  for (let i = 0; i < words.length && !country; i++) {
    const w = words[i]!;
    // Country forms are capitalised ("China's", "Chinese", "U.S."); skip the rest cheaply.
    const c0 = w.charCodeAt(0);
    if (!(c0 >= 65 && c0 <= 90)) continue;
    for (let n = Math.min(3, words.length - i); n >= 1 && !country; n--) {
      const form = n === 1 ? w : words.slice(i, i + n).join(' ');
      const hit = lookupCountry(withoutPossessive(form));
      if (hit) country = hit.iso3;
    }
  }
  return country;
}

/** "China's" → "China" (a possessive ending with a straight or curly apostrophe). */
function withoutPossessive(w: string): string {
  const n = w.length;
  if (n < 2 || w.charCodeAt(n - 1) !== 115) return w; // 's'
  const a = w.charCodeAt(n - 2);
  return a === 39 || a === 0x2019 ? w.slice(0, n - 2) : w;
}

/** A lower-case name holding a state body ("foreign ministry") or a state role word, singular or plural. */
function namesStateBody(lower: string): boolean {
  for (const head of STATE_ORG_HEADS) if (lower.includes(head)) return true;
  // Words are the runs of a–z (what splitting on /[^a-z]+/ gives).
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 0;
    const letter = c >= 97 && c <= 122;
    if (letter) {
      if (start < 0) start = i;
      continue;
    }
    if (start < 0) continue;
    const w = lower.slice(start, i);
    start = -1;
    if (STATE_ROLES.has(w) || (w.charCodeAt(w.length - 1) === 115 && STATE_ROLES.has(w.slice(0, -1)))) return true;
  }
  return false;
}

/** ISO3 when the whole name is a country ("the U.S.", "China"), else null. */
export function countryOfName(name: string): string | null {
  let iso3 = COUNTRY_OF_NAME.get(name);
  if (iso3 === undefined) {
    const n = name.trim().replace(/^the\s+/i, '');
    iso3 = lookupCountry(n)?.iso3 ?? null;
    if (COUNTRY_OF_NAME.size >= 10_000) COUNTRY_OF_NAME.clear();
    COUNTRY_OF_NAME.set(name, iso3);
  }
  return iso3;
}

/** countryOfName by name: holder names repeat from article to article. */
const COUNTRY_OF_NAME = new Map<string, string | null>();
