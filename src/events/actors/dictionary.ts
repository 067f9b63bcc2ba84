import { ParleyError } from '../../model/index.js';
import type { UserActorEntry } from './types.js';

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const ROOT = /^[A-Z]{3}$/;

/**
 * Parses a user actor dictionary in JSON Lines: one object per line
 * `{name, code?, country?, sector?, sectors?, from?, to?, aliases?}` (blank lines and lines starting with `#` are
 * skipped). `code` may stand for country + sector ("KAZGOV"). Throws PARLEY_ERR_DICTIONARY with the line number.
 */
export function parseActorDictionary(text: string, source = 'actors'): UserActorEntry[] {
  const out: UserActorEntry[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '' || line.startsWith('#')) continue;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      throw new ParleyError('PARLEY_ERR_DICTIONARY', `${source}:${i + 1}`, 'not valid JSON');
    }
    out.push(checkEntry(raw, `${source}:${i + 1}`));
  }
  return out;
}

/** Validates one dictionary entry (also used for entries passed as objects to createAnalyzer). */
export function checkEntry(raw: unknown, where: string): UserActorEntry {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new ParleyError('PARLEY_ERR_DICTIONARY', where, 'each line must be a JSON object');
  }
  const r = raw as Record<string, unknown>;
  const str = (k: string): string | undefined => {
    const v = r[k];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'string') throw new ParleyError('PARLEY_ERR_DICTIONARY', where, `"${k}" must be a string`);
    return v.trim();
  };
  const name = str('name');
  if (!name) throw new ParleyError('PARLEY_ERR_DICTIONARY', where, '"name" is required');
  let country = str('country')?.toUpperCase();
  let sector = str('sector')?.toUpperCase();
  const code = str('code')?.toUpperCase();
  if (code && !country && code.length >= 3 && ROOT.test(code.slice(0, 3))) country = code.slice(0, 3);
  if (code && !sector && code.length >= 6) sector = code.slice(3, 6);
  if (country && country !== '' && !ROOT.test(country)) {
    throw new ParleyError('PARLEY_ERR_DICTIONARY', where, '"country" must be three capital letters');
  }
  const from = str('from');
  const to = str('to');
  for (const [k, v] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (v && !DATE.test(v)) throw new ParleyError('PARLEY_ERR_DICTIONARY', where, `"${k}" must be YYYY[-MM[-DD]]`);
  }
  const list = (k: string): string[] | undefined => {
    const v = r[k];
    if (v === undefined || v === null) return undefined;
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) {
      throw new ParleyError('PARLEY_ERR_DICTIONARY', where, `"${k}" must be an array of strings`);
    }
    return (v as string[]).map((x) => x.trim()).filter((x) => x.length > 0);
  };
  const aliases = list('aliases');
  const sectors = list('sectors')?.map((s) => s.toUpperCase());
  return Object.freeze({
    name,
    ...(code ? { code } : {}),
    ...(country ? { country } : {}),
    ...(sector ? { sector } : {}),
    ...(sectors ? { sectors } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(aliases ? { aliases } : {}),
  });
}

/** Accepts what `createAnalyzer(opts, { actors })` was given: dictionary text, entries, or nothing. */
export function toUserEntries(actors: unknown): UserActorEntry[] {
  if (actors === undefined || actors === null) return [];
  if (typeof actors === 'string') return parseActorDictionary(actors);
  if (Array.isArray(actors)) return actors.map((a, i) => checkEntry(a, `actors[${i}]`));
  throw new ParleyError('PARLEY_ERR_DICTIONARY', 'actors', 'expected JSON Lines text or an array of entries');
}
