/**
 * A date as ISO 8601 (UTC, "2026-11-28T09:30:00.000Z"), or a bare "YYYY-MM-DD" when the input gave only a day;
 * null when the value is not a date Parley can read. Accepts ISO 8601, RFC 822/1123 (RSS pubDate) and epoch seconds.
 */
export function toIsoDate(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) {
    const ms = value > 1e11 ? value : value * 1000;
    const d = new Date(ms);
    return Number.isNaN(d.getTime()) ? null : d.toISOString();
  }
  if (typeof value !== 'string') return null;
  const s = value.trim();
  if (s.length === 0 || s.length > 64) return null;
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (day) {
    const d = new Date(`${s}T00:00:00Z`);
    return Number.isNaN(d.getTime()) ? null : s;
  }
  if (/^\d{9,13}$/.test(s)) return toIsoDate(Number(s));
  // RFC 822 allows two-digit years and zone names Date.parse knows (GMT, EST...); ISO strings parse as given.
  const d = new Date(s.replace(/^(\w{3}),\s*/, '').replace(/\s+(UT)$/, ' GMT'));
  if (Number.isNaN(d.getTime())) return null;
  const y = d.getUTCFullYear();
  if (y < 1800 || y > 2200) return null;
  return d.toISOString();
}
