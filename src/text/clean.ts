import type { Block, Doc, DroppedBlock, Span } from '../model/index.js';
import { splitBlocks } from './blocks.js';
import { repeatHash, repeatKey, sameRepeatKey } from './repeats.js';
import {
  countSentences,
  countWords,
  DATELINE_PREFIX,
  endsLikeSentence,
  isBoilerplate,
  isByline,
  isCaption,
  isDateLine,
  looksLikeTitle,
} from './roles.js';

/**
 * Cleaning: splits the text into blocks, drops repeats and page furniture (recording each), and gives every kept
 * block a role. The text itself is never changed.
 */
export function cleanText(doc: Doc): void {
  const text = doc.text;
  const spans = splitBlocks(text);
  const blocks: Block[] = spans.map((span, index) => ({ index, span, role: 'body', repeats: null }));
  const dropped: DroppedBlock[] = [];
  // First blocks by the hash of their repeat key; a block repeats the one whose key equals its own.
  const seen = new Map<number, number[]>();
  for (const b of blocks) {
    const hash = repeatHash(text, b.span.start, b.span.end);
    const candidates = seen.get(hash);
    const first = candidates ? sameKey(text, blocks, candidates, b.span) : -1;
    if (first >= 0) {
      b.repeats = first;
      dropped.push({ span: b.span, reason: 'repeat', of: blocks[first]!.span });
      continue;
    }
    if (candidates) candidates.push(b.index);
    else seen.set(hash, [b.index]);
    if (isBoilerplate(text, b.span)) {
      b.role = 'boilerplate';
      dropped.push({ span: b.span, reason: 'boilerplate', of: null });
    }
  }
  const kept = blocks.filter((b) => b.repeats === null && b.role !== 'boilerplate');
  assignRoles(text, kept, doc.meta.title ?? null);

  const article = doc.article;
  article.dropped = dropped.sort((a, b) => a.span.start - b.span.start);
  article.body = [];
  let dateBlock: Span | null = null;
  for (const b of kept) {
    const s = b.span;
    switch (b.role) {
      case 'title':
        article.title ??= s;
        break;
      case 'summary':
        article.summary ??= s;
        break;
      case 'standfirst':
        article.standfirst ??= s;
        break;
      case 'byline':
        article.byline ??= s;
        break;
      case 'dateline':
        dateBlock ??= s;
        article.published ??= parseDate(text.slice(s.start, s.end));
        break;
      case 'body':
        article.body.push(s);
        break;
      default:
        break;
    }
  }
  // A news-agency dateline opening the first body paragraph ("BEIJING (Reuters) —").
  const firstBody = article.body[0];
  if (!article.dateline && firstBody) {
    const m = DATELINE_PREFIX.exec(text.slice(firstBody.start, Math.min(firstBody.end, firstBody.start + 120)));
    if (m && m[0].length < 80)
      article.dateline = trimDash(text, { start: firstBody.start, end: firstBody.start + m[0].length });
  }
  // Else a date line of its own ("March 3, 2025").
  article.dateline ??= dateBlock;
  doc.blocks = blocks;
}

/** The first of the candidate blocks whose repeat key equals that of `span`, or -1 (a hash collision). */
function sameKey(text: string, blocks: readonly Block[], candidates: readonly number[], span: Span): number {
  for (const i of candidates) if (sameRepeatKey(text, blocks[i]!.span, span)) return i;
  return -1;
}

/** No byline, date line or caption is this long (see the length limits in roles.ts). */
const FURNITURE_MAX = 400;

function assignRoles(text: string, kept: Block[], metaTitle: string | null): void {
  const str = (b: Block) => text.slice(b.span.start, b.span.end);
  // Furniture first: bylines, date lines and captions are recognised wherever they stand.
  for (const b of kept) {
    if (b.span.end - b.span.start >= FURNITURE_MAX) continue; // too long for any of the three
    const s = str(b);
    if (isByline(s)) b.role = 'byline';
    else if (isDateLine(s)) b.role = 'dateline';
    else if (isCaption(s)) b.role = 'caption';
  }
  const content = kept.filter((b) => b.role === 'body');
  if (content.length === 0) return;

  // The title: the block that matches the metadata title, else the first headline-shaped block near the top.
  let titleAt = -1;
  if (metaTitle) {
    const key = repeatKey(metaTitle).toLowerCase();
    titleAt = content.findIndex((b) => repeatKey(str(b)).toLowerCase() === key);
  }
  if (titleAt < 0) {
    for (let i = 0; i < Math.min(content.length - 1, 3); i++) {
      const s = str(content[i]!);
      if (looksLikeTitle(s) && !endsLikeSentence(s)) {
        titleAt = i;
        break;
      }
    }
  }
  if (titleAt < 0) return;
  content[titleAt]!.role = 'title';
  // A one-sentence description placed before the headline, as scrapers emit it.
  if (titleAt >= 1) {
    const prev = content[titleAt - 1]!;
    const s = str(prev);
    if (endsLikeSentence(s) && countSentences(s) <= 2 && countWords(s, 60) <= 60) prev.role = 'summary';
  }
  // The standfirst: one or two sentences straight after the title, shorter than the paragraph that follows.
  const next = content[titleAt + 1];
  const after = content[titleAt + 2];
  if (next && after) {
    const s = str(next);
    // Words are counted only as far as the comparisons need (paragraphs can be long).
    const words = countWords(s, 50);
    if (words <= 50 && countSentences(s) <= 2 && words < countWords(str(after), words)) next.role = 'standfirst';
  }
}

function trimDash(text: string, s: Span): Span {
  let end = s.end;
  while (end > s.start && /[\s\-–—]/.test(text.charAt(end - 1))) end--;
  return { start: s.start, end };
}

/** A date line as an ISO date (YYYY-MM-DD), or null when it cannot be read. */
export function parseDate(s: string): string | null {
  const cleaned = s
    .replace(/^(published|updated|posted|last updated)( on)?:?\s*/i, '')
    .replace(/(\d)(st|nd|rd|th)\b/g, '$1')
    .replace(/\bat\b/i, ' ');
  const iso = /^(\d{4}-\d{2}-\d{2})/.exec(cleaned);
  if (iso) return iso[1]!;
  const t = Date.parse(cleaned.replace(/\s+[a-z]{2,4}\.?$/i, ''));
  if (Number.isNaN(t)) return null;
  const d = new Date(t);
  const y = d.getFullYear();
  const m = String(d.getMonth() + 1).padStart(2, '0');
  const day = String(d.getDate()).padStart(2, '0');
  return `${y}-${m}-${day}`;
}
