import type { Chunk } from './chunk.js';
import type { Draft } from './draft.js';
import { knownChunk } from './places.js';
import { type Ctx, collapseSpaces, emit, lowerAt, spanOf } from './sentence.js';

// Rules for groups: "Analysts", "Chinese leadership", "Senior Hungarian and Romanian officials".

/**
 * The first step of `tryGroup`'s walk, without its allocations: most chunks can open no group phrase, and this is
 * asked of every chunk.
 */
function opensGroup(ch: readonly Chunk[], ci: number): boolean {
  const c = ch[ci]!;
  if (c.kind === 'group') return true;
  if (c.kind === 'country') return c.form !== 'capital';
  if (c.kind === 'known') return !c.seat && ch[ci + 1]?.kind === 'group';
  return (c.kind === 'word' || c.kind === 'cap' || c.kind === 'title') && c.info?.groupAdjective === true;
}

/** "Analysts", "Chinese leadership", "Senior Hungarian and Romanian officials", "EU diplomats". */
export function tryGroup(ctx: Ctx, ci: number): number {
  const ch = ctx.ch;
  if (!opensGroup(ch, ci)) return ci;
  let k = ci;
  const countries: string[] = [];
  let affiliation: Draft | null = null;
  let start = ci;
  for (let hops = 0; hops < 8 && k < ch.length; hops++) {
    const c = ch[k]!;
    if (c.kind === 'group') break;
    const low = ctx.toks[c.a]!.lower;
    // "a Jordanian official", "a senior Israeli official": one unnamed person of that country.
    if (c.kind === 'title' && !c.upper && ANONYMOUS_SINGULAR.has(low) && countries.length > 0) {
      return anonymous(ctx, ci, k, countries, c.title!.role ?? low);
    }
    if (c.kind === 'country' && c.form !== 'capital') {
      if (!countries.includes(c.iso3!)) countries.push(c.iso3!);
      k++;
    } else if (c.kind === 'known' && !c.seat && k === ci && ch[k + 1]?.kind === 'group') {
      k++;
    } else if ((c.kind === 'word' || c.kind === 'cap' || c.kind === 'title') && c.info?.groupAdjective) k++;
    else if (c.kind === 'word' && (low === 'and' || low === ',') && countries.length > 0) k++;
    else return ci;
  }
  const g = ch[k];
  if (g?.kind !== 'group') return ci;
  if (lowerAt(ctx, g.b) === 'of') return ci;
  if (ch[ci]!.kind === 'known') {
    knownChunk(ctx, ci);
    affiliation = ctx.byEnd[ci] ?? null;
    start = ci + 1;
  }
  if (countries.length === 0 && !affiliation && !g.group!.bare) return ci;
  // A group ends with its noun: trailing "and" or commas were only joining countries.
  const [s, e] = spanOf(ctx, start, k + 1);
  const surface = collapseSpaces(ctx.text.slice(s, e));
  const noun = ctx.toks[g.a]!.lower;
  const key = `group:${[...countries].sort().join('+')}:${affiliation?.key ?? ''}:${noun}`;
  emit(
    ctx,
    {
      start: s,
      end: e,
      type: 'group',
      kind: 'group',
      rule: countries.length > 0 ? 'entities/group-country' : affiliation ? 'entities/group-org' : 'entities/group',
      confidence: 0.7,
      key,
      name: surface,
      country: countries.length === 1 ? countries[0]! : null,
      sector: g.group!.sector,
      affiliation,
      block: ctx.block,
    },
    start,
    k + 1,
  );
  return k + 1;
}

/** Singular role nouns that, after a country word, stand for an unnamed person ("a Russian official said"). */
const ANONYMOUS_SINGULAR = new Set([
  'official',
  'diplomat',
  'negotiator',
  'envoy',
  'spokesman',
  'spokeswoman',
  'spokesperson',
]);

function anonymous(ctx: Ctx, ci: number, k: number, countries: readonly string[], role: string): number {
  const next = ctx.ch[k + 1];
  // "Russian official Ivan Petrov" names the person: the title rule takes it.
  if (next && (next.kind === 'cap' || next.kind === 'particle')) return ci;
  const [s, e] = spanOf(ctx, ci, k + 1);
  const surface = collapseSpaces(ctx.text.slice(s, e));
  emit(
    ctx,
    {
      start: s,
      end: e,
      type: 'person',
      kind: 'role',
      rule: 'entities/person-anonymous',
      confidence: 0.6,
      key: `anonymous:${surface.toLowerCase()}`,
      name: surface,
      roles: [role],
      country: countries.length === 1 ? countries[0]! : null,
      sector: role === 'official' || role === 'diplomat' || role === 'envoy' || role === 'negotiator' ? 'GOV' : null,
      block: ctx.block,
    },
    ci,
    k + 1,
  );
  return k + 1;
}
