import type { Draft } from './draft.js';
import { GROUP_ADJECTIVES } from './lexicon/groups.js';
import { knownChunk } from './places.js';
import { type Ctx, emit, lowerAt, spanOf } from './sentence.js';

// Rules for groups: "Analysts", "Chinese leadership", "Senior Hungarian and Romanian officials".

/** "Analysts", "Chinese leadership", "Senior Hungarian and Romanian officials", "EU diplomats". */
export function tryGroup(ctx: Ctx, ci: number): number {
  const ch = ctx.ch;
  let k = ci;
  const countries: string[] = [];
  let affiliation: Draft | null = null;
  let start = ci;
  for (let hops = 0; hops < 8 && k < ch.length; hops++) {
    const c = ch[k]!;
    if (c.kind === 'group') break;
    const low = ctx.toks[c.a]!.lower;
    if (c.kind === 'country' && c.form !== 'capital') {
      if (!countries.includes(c.iso3!)) countries.push(c.iso3!);
      k++;
    } else if (c.kind === 'known' && !c.seat && k === ci && ch[k + 1]?.kind === 'group') {
      k++;
    } else if ((c.kind === 'word' || c.kind === 'cap' || c.kind === 'title') && GROUP_ADJECTIVES.has(low)) k++;
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
  const surface = ctx.text.slice(s, e).replace(/\s+/g, ' ');
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
