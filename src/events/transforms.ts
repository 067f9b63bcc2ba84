import { DEMAND_OF, INTENT_OF, REFUSAL_OF, THREAT_OF } from './lexicon/frames.js';

function byPrefix(table: ReadonlyArray<readonly [string, string]>, code: string): string | null {
  for (const [prefix, to] of table) if (code.startsWith(prefix)) return to;
  return null;
}

/** The two-digit root as a number ("0871" → 8). */
export function rootOf(code: string): number {
  const a = code.charCodeAt(0) - 48;
  const b = code.charCodeAt(1) - 48;
  // Two digits, as every CAMEO code starts (read without a slice: events ask for roots many times each).
  if (a >= 0 && a <= 9 && b >= 0 && b <= 9) return a * 10 + b;
  return Number.parseInt(code.slice(0, 2), 10);
}

/** Cooperative acts (CAMEO 02–08) — those an intent (03x), a refusal (12x) or a demand (10x) can be about. */
export function isCooperative(code: string): boolean {
  const r = rootOf(code);
  return r >= 2 && r <= 8;
}

/** Hostile material acts (14–20) and the material conflict acts of 16/17 — those a threat (13x) is about. */
export function isHostile(code: string): boolean {
  const r = rootOf(code);
  return r >= 14 && r <= 20;
}

/** "A will/plans to/agrees to X" for a cooperative X (CAMEO 03x). */
export function intentCode(code: string): string | null {
  return isCooperative(code) ? byPrefix(INTENT_OF, code) : null;
}

/** "A threatens to / will X" for a hostile X (CAMEO 13x). */
export function threatCode(code: string): string {
  return byPrefix(THREAT_OF, code) ?? '130';
}

/** "A refuses to X" (CAMEO 12x). */
export function refusalCode(code: string): string {
  return byPrefix(REFUSAL_OF, code) ?? '120';
}

/** "A demands that B X" (CAMEO 10x). */
export function demandCode(code: string): string {
  return byPrefix(DEMAND_OF, code) ?? '100';
}

/** "A says B attacked A": A accuses B; aggression (18–20) gets 1123. */
export function accusationCode(code: string): string {
  const r = rootOf(code);
  return r >= 18 ? '1123' : '112';
}
