/**
 * What copy detection fingerprints: the body paragraphs, not the headline (editors rewrite headlines), with the
 * agency dateline ("WASHINGTON (AP) —") and byline lines left out (each outlet adds its own).
 */

/** The parts of an analysis that copy detection reads (a structural subset of `AnalysisV1`). */
export interface BodySource {
  readonly text: string;
  readonly article: {
    readonly body: readonly { readonly start: number; readonly end: number }[];
    readonly dateline?: { readonly start: number; readonly end: number } | null;
  };
}

// "WASHINGTON (AP) —", "BEIJING, March 3 (Reuters) -", "LONDON —": a capitalised place, an optional date or agency
// in parentheses, then a dash or colon. Only at the very start of a paragraph.
const DATELINE =
  /^\s*[A-Z][A-Z.'\- ]{1,40}(?:,\s*[A-Z][A-Za-z.'\- ]{1,30})?(?:,?\s*[A-Z][a-z]{2,8}\.? \d{1,2})?\s*(?:\([A-Za-z.&' ]{1,30}\)\s*)?[-\u2013\u2014:]+\s+/;
const DASH_LEAD = /^[\s\-\u2013\u2014:]+/;
const BYLINE = /^\s*(?:by|from)\s+[\p{Lu}][\p{L}.'\- ]{1,60}(?:,\s*[\p{L}.'\- ]{1,60})?\s*$/iu;

/**
 * The body of an analysed article as one string: body paragraphs joined by blank lines, the dateline cut from the
 * first paragraph. Falls back to the whole text when the analysis found no body.
 *
 * @example
 * copyBodyOfAnalysis(analyzer.analyze(text)) // 'Officials said on Monday that …\n\nThe ministry …'
 */
export function copyBodyOfAnalysis(a: BodySource): string {
  const body = a.article.body;
  if (body.length === 0) return copyBodyOfText(a.text);
  const dl = a.article.dateline ?? null;
  const parts: string[] = [];
  for (const s of body) {
    let start = s.start;
    let p: string;
    if (dl && dl.start >= s.start && dl.start < s.end) {
      start = Math.max(start, dl.end);
      p = a.text.slice(start, s.end).replace(DASH_LEAD, '');
    } else p = stripDateline(a.text.slice(start, s.end));
    if (p.trim() !== '') parts.push(p);
  }
  return parts.join('\n\n');
}

/**
 * The body of a plain text as copy detection sees it: byline-only lines dropped and a leading dateline cut from
 * each paragraph. Headlines cannot be told apart in bare text; they cost a few shingles, which the containment test
 * absorbs.
 *
 * @example
 * copyBodyOfText('By Jane Roe\nWASHINGTON (AP) — The Senate voted …') // 'The Senate voted …'
 */
export function copyBodyOfText(text: string): string {
  const parts: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || BYLINE.test(line)) continue;
    parts.push(stripDateline(line));
  }
  return parts.join('\n');
}

/** The paragraph without a leading agency dateline. */
export function stripDateline(paragraph: string): string {
  const m = DATELINE.exec(paragraph);
  // A dateline is short and mostly capitals; "A B - c" inside ordinary prose is not one.
  if (!m || m[0].length > 70) return paragraph;
  // The place (before any comma or parenthesis) is in capitals: "PORT ALDER, Ore. (Reuters) -".
  const place = m[0].split(/[,(]/)[0] ?? '';
  const letters = place.replace(/[^A-Za-z]/g, '');
  const caps = place.replace(/[^A-Z]/g, '');
  if (letters.length < 2 || caps.length / letters.length < 0.6) return paragraph;
  return paragraph.slice(m[0].length);
}
