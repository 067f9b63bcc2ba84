/**
 * Loader for PolNeAR (Newell, Margolin & Ruths, LREC 2018) as laid out in ../shared/data/polnear: `<split>/text/<doc>.txt`
 * and `<split>/attributions/<doc>_<annotator>.ann` in brat standoff. Uses the first annotator by name per document.
 * Reads the data for measuring only; nothing is copied.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Range } from './score.js';

export const POLNEAR_DIR = fileURLToPath(new URL('../../shared/data/polnear/', import.meta.url));

export type GoldKind = 'direct' | 'mixed' | 'indirect';

export interface GoldAttribution {
  readonly id: string;
  readonly content: Range[];
  readonly cue: Range[];
  /** Empty when the annotation has no source. */
  readonly source: Range[];
  readonly kind: GoldKind;
}

export interface PolnearDoc {
  readonly id: string;
  readonly annotator: string;
  readonly text: string;
  readonly gold: GoldAttribution[];
}

/** Quote marks as PolNeAR texts use them (NYT writes '' … ''). */
const MARK = /["“”„‟«»]|''|``|[‘’']/;

/** Document ids of a split, in name order. */
export function listDocs(split: string): string[] {
  return readdirSync(join(POLNEAR_DIR, split, 'text'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.slice(0, -4))
    .sort();
}

export function loadDoc(split: string, id: string): PolnearDoc {
  const dir = join(POLNEAR_DIR, split);
  const text = readFileSync(join(dir, 'text', `${id}.txt`), 'utf8');
  const anns = readdirSync(join(dir, 'attributions'))
    .filter((f) => f.startsWith(`${id}_`) && f.endsWith('.ann') && f.length === id.length + 9)
    .sort();
  const first = anns[0];
  if (!first) return { id, annotator: '', text, gold: [] };
  const annotator = first.slice(id.length + 1, -4);
  return { id, annotator, text, gold: parseAnn(readFileSync(join(dir, 'attributions', first), 'utf8'), text) };
}

export function loadSplit(split: string, limit = Number.POSITIVE_INFINITY): PolnearDoc[] {
  return listDocs(split)
    .slice(0, limit)
    .map((id) => loadDoc(split, id));
}

/** Parses brat standoff; skips lines that are not T/E records (one surface in train holds a newline). */
export function parseAnn(ann: string, text: string): GoldAttribution[] {
  const spans = new Map<string, Range[]>();
  const events: string[] = [];
  for (const line of ann.split('\n')) {
    if (/^T\d+\t/.test(line)) {
      const [id, info] = line.split('\t');
      if (!id || !info) continue;
      const sp = info.indexOf(' ');
      const ranges: Range[] = [];
      for (const part of info.slice(sp + 1).split(';')) {
        const [s, e] = part.trim().split(/\s+/).map(Number);
        if (s !== undefined && e !== undefined && Number.isFinite(s) && Number.isFinite(e) && e > s)
          ranges.push({ start: s, end: e });
      }
      spans.set(id, ranges);
    } else if (/^E\d+\t/.test(line)) events.push(line);
  }
  const out: GoldAttribution[] = [];
  for (const line of events) {
    const [id, args] = line.split('\t');
    if (!id || !args) continue;
    const roles: Record<string, Range[]> = {};
    for (const arg of args.trim().split(/\s+/)) {
      const [role, ref] = arg.split(':');
      if (role && ref) roles[role] = [...(roles[role] ?? []), ...(spans.get(ref) ?? [])];
    }
    const content = roles.Content ?? [];
    if (content.length === 0) continue;
    out.push({ id, content, cue: roles.Cue ?? [], source: roles.Source ?? [], kind: goldKind(text, content) });
  }
  return out;
}

/** direct: every span is wrapped in quote marks; mixed: some quote mark inside; indirect: none. */
export function goldKind(text: string, content: readonly Range[]): GoldKind {
  let marked = false;
  let wrapped = true;
  for (const r of content) {
    const s = text.slice(r.start, r.end).trim();
    if (MARK.test(s.replace(/(\w)['’](\w)/g, '$1$2').replace(/s['’](\s|$)/g, 's$1'))) marked = true;
    const opens = /^(["“„«]|''|``|[‘'])/.test(s);
    const closes = /(["”»]|''|[’'])[.,!?;:]?$/.test(s) || /[.,!?;:](["”»]|''|[’'])$/.test(s);
    // A quote running over paragraphs has no closing mark where a paragraph ends.
    const atParagraphEnd = /^[ \t\u00a0]*(\n|$)/.test(text.slice(r.end, r.end + 8));
    if (!(opens && (closes || atParagraphEnd))) wrapped = false;
  }
  if (!marked) return 'indirect';
  return wrapped ? 'direct' : 'mixed';
}
