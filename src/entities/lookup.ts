import type { Doc, Entity, Mention } from '../model/index.js';
import { firstTokenEndingAfter } from '../nlp/index.js';
import { PLACES } from './tables.js';

/** The entity with this id, or null. Ids are `e1`, `e2`, … in order, so this is a direct index in the usual case. */
export function entityById(doc: Doc, id: string): Entity | null {
  const n = Number(id.slice(1));
  const direct = Number.isInteger(n) ? doc.entities[n - 1] : undefined;
  if (direct?.id === id) return direct;
  return doc.entities.find((e) => e.id === id) ?? null;
}

/** Index of the first mention whose end is after `at` (mentions are in text order and never overlap). */
function firstEndingAfter(mentions: readonly Mention[], at: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.span.end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The mention at a span: the one containing [start, end), else the one overlapping it most, else null.
 * A point query (`start === end`) returns the mention containing that offset.
 */
export function mentionAt(doc: Doc, start: number, end: number = start): Mention | null {
  const ms = doc.mentions;
  let best: Mention | null = null;
  let bestOverlap = 0;
  for (let i = firstEndingAfter(ms, start); i < ms.length; i++) {
    const m = ms[i]!;
    if (m.span.start > end || (m.span.start === end && end > start)) break;
    if (m.span.start <= start && end <= m.span.end && (start < m.span.end || start === end)) return m;
    const overlap = Math.min(end, m.span.end) - Math.max(start, m.span.start);
    if (overlap > bestOverlap) {
      best = m;
      bestOverlap = overlap;
    }
  }
  return best;
}

/** All mentions lying wholly inside [start, end), in text order. */
export function mentionsInRange(doc: Doc, start: number, end: number): Mention[] {
  const ms = doc.mentions;
  const out: Mention[] = [];
  for (let i = firstEndingAfter(ms, start); i < ms.length; i++) {
    const m = ms[i]!;
    if (m.span.start >= end) break;
    if (m.span.start >= start && m.span.end <= end) out.push(m);
  }
  return out;
}

/** Mentions of one entity, in text order. */
export function mentionsOf(doc: Doc, entityId: string): Mention[] {
  return doc.mentions.filter((m) => m.entity === entityId);
}

const HEAD_BREAKERS = new Set([',', 'who', 'which', 'that', 'of', 'from', 'at', 'with', 'in', 'for', '(', '—', '–']);

/**
 * The mention that heads the noun phrase in [start, end): the last mention before the phrase turns into a
 * modifier ("of/from/at …", ", who …", an apposition). "China's Foreign Ministry" → Foreign Ministry;
 * "Foreign Ministry spokesman Guo Jiakun" → Guo Jiakun; "Yun Sun from the Stimson Center" → Yun Sun.
 */
export function headMention(doc: Doc, start: number, end: number): Mention | null {
  const inside = mentionsInRange(doc, start, end);
  if (inside.length <= 1) return inside[0] ?? mentionAt(doc, start, end);
  const toks = doc.tokens;
  const lo = firstTokenEndingAfter(doc.tokens, start);
  let head: Mention | null = null;
  let mi = 0;
  for (let i = lo; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.start >= end) break;
    const next = inside[mi];
    if (next && t.start >= next.span.start) {
      head = next;
      mi++;
      while (i + 1 < toks.length && toks[i + 1]!.start < next.span.end) i++;
      continue;
    }
    if (head && HEAD_BREAKERS.has(t.lower)) break;
  }
  return head;
}

/**
 * ISO alpha-3 codes of the country words inside [start, end), in text order without repeats: for splitting a
 * compound group such as "Senior Hungarian and Romanian officials" into HUN and ROU.
 *
 * @example
 * countriesInSpan(doc, m.span.start, m.span.end); // ['HUN', 'ROU']
 */
export function countriesInSpan(doc: Doc, start: number, end: number): string[] {
  const toks = doc.tokens;
  const out: string[] = [];
  let i = firstTokenEndingAfter(doc.tokens, start);
  while (i < toks.length && toks[i]!.start < end) {
    const m = PLACES.match(doc.text, toks, i, toks.length);
    if (m && toks[m[1] - 1]!.end <= end) {
      const v = m[0];
      const iso3 = v.kind === 'country' ? v.hit.iso3 : null;
      if (iso3 && !out.includes(iso3)) out.push(iso3);
      i = m[1];
    } else i++;
  }
  return out;
}
