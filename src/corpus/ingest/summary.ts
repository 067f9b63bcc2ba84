/** The counts of an ingest run and their one-line summary. */

export interface IngestCounts {
  /** Records read: articles plus records the readers set aside. */
  read: number;
  /** Articles written (originals and copies). */
  stored: number;
  /** Articles already stored (same input hash, URL or external id): not written again. */
  duplicates: number;
  /** Stored articles that copy another one (exact or near). */
  copies: number;
  /** Records skipped: unreadable (reader) or unanalysable (empty, too large). */
  skipped: number;
  /** Skip reasons → count. */
  reasons: Record<string, number>;
  /** Characters of input seen (text or HTML), for rate and ETA estimates. */
  chars: number;
}

export const emptyCounts = (): IngestCounts => ({
  read: 0,
  stored: 0,
  duplicates: 0,
  copies: 0,
  skipped: 0,
  reasons: {},
  chars: 0,
});

/** Groups reasons that differ only by numbers, quoted bits or paths (so the summary stays one line). */
export function reasonKey(reason: string): string {
  return reason
    .replace(/"[^"]*"|'[^']*'|`[^`]*`/g, '…')
    .replace(/(?<![A-Za-z]-?)\d+/g, 'N') // counts and positions, not the 8 of "UTF-8"
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 60);
}

/** "read 1200, stored 1100 (copies 40), duplicates 80, skipped 20 (empty text: 12, bad JSON: 8) in 2.4 s (500/s)". */
export function summaryLine(c: IngestCounts, elapsedMs: number): string {
  const all = Object.entries(c.reasons).sort((a, b) => b[1] - a[1]);
  const rest = all.slice(5).reduce((sum, [, n]) => sum + n, 0);
  const reasons = all
    .slice(0, 5)
    .map(([r, n]) => `${r}: ${n}`)
    .concat(rest > 0 ? [`${all.length - 5} more: ${rest}`] : [])
    .join('; ');
  const secs = elapsedMs / 1000;
  const rate = secs > 0 ? Math.round(c.read / secs) : c.read;
  return (
    `read ${c.read}, stored ${c.stored}, duplicates ${c.duplicates}, copies ${c.copies}, skipped ${c.skipped}` +
    (reasons ? ` (${reasons})` : '') +
    ` in ${secs.toFixed(1)} s (${rate} articles/s)`
  );
}
