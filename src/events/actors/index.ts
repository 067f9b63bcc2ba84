import { tokenizePhrase } from '../../nlp/index.js';
import { resolveChunk } from '../chunks.js';
import { toUserEntries } from './dictionary.js';
import { ActorResolver } from './resolve.js';
import type { ActorCode, UserActorEntry } from './types.js';

export { checkEntry, parseActorDictionary, toUserEntries } from './dictionary.js';
export { ActorResolver } from './resolve.js';
export type { ActorCode, ActorToken, UserActorEntry } from './types.js';

let builtIn: ActorResolver | null = null;
const byUser = new WeakMap<object, ActorResolver>();
const byText = new Map<string, ActorResolver>();

/**
 * The resolver for a set of user entries (built-in tables alone when none). Cached: the built-in one once per
 * process, user ones per entries array (or per StageContext.actors object).
 */
export function actorResolver(actors?: unknown): ActorResolver {
  if (actors === undefined || actors === null || (Array.isArray(actors) && actors.length === 0)) {
    builtIn ??= new ActorResolver();
    return builtIn;
  }
  if (typeof actors === 'object') {
    const hit = byUser.get(actors);
    if (hit) return hit;
    const r = new ActorResolver(toUserEntries(actors));
    byUser.set(actors, r);
    return r;
  }
  if (typeof actors === 'string') {
    const hit = byText.get(actors);
    if (hit) return hit;
    const r = new ActorResolver(toUserEntries(actors));
    if (byText.size >= 8) byText.clear();
    byText.set(actors, r);
    return r;
  }
  return new ActorResolver(toUserEntries(actors));
}

/** Today's date as YYYY-MM-DD (UTC), the default for date-ranged tables. */
export function todayIso(): string {
  // Formatting a Date costs more than the rest of a short article's events: redo it only when the UTC day changes.
  const day = Math.floor(Date.now() / 86_400_000);
  if (day !== todayDay) {
    todayDay = day;
    todayText = new Date(day * 86_400_000).toISOString().slice(0, 10);
  }
  return todayText;
}
let todayDay = Number.NaN;
let todayText = '';

export interface PhraseResult extends ActorCode {
  readonly input: string;
  /** For a compound phrase ("Hungarian and Romanian officials"): every actor, the first being the result itself. */
  readonly compound?: readonly ActorCode[];
}

/**
 * Resolves one stand-alone actor phrase ("President Kassym-Jomart Tokayev" → KAZGOV), as `parley actor` does.
 * All-lower-case and all-capitals phrases are matched without regard to case.
 */
export function resolveActorPhrase(
  phrase: string,
  opts: { date?: string | null; actors?: unknown; resolver?: ActorResolver } = {},
): PhraseResult {
  const resolver = opts.resolver ?? actorResolver(opts.actors);
  const tokens = tokenizePhrase(phrase);
  const caseless = phrase === phrase.toLowerCase() || phrase === phrase.toUpperCase();
  const date = opts.date ?? todayIso();
  const r = resolver.resolve(tokens, { date, caseless });
  if (tokens.some((t) => t.lower === 'and' || t.lower === '&')) {
    const parts = resolveChunk(tokens, 0, tokens.length, resolver, date);
    if (parts.length > 1) return { input: phrase, ...parts[0]!.code, compound: parts.map((p) => p.code) };
  }
  return { input: phrase, ...r };
}

export type { UserActorEntry as ActorDictionaryEntry };
