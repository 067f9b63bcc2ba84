import { ParleyError } from '../model/index.js';

/**
 * Checks a `--date` option: a real calendar day written YYYY-MM-DD ("2024-13-45" and "2023-02-29" are refused with a
 * usage error instead of being passed on as a date no table can match).
 */
export function checkDateOption(value: string | undefined): void {
  if (value === undefined) return;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!d || d.toISOString().slice(0, 10) !== value)
    throw new ParleyError('PARLEY_ERR_USAGE', `--date must be a calendar day YYYY-MM-DD, got "${value}"`);
}
