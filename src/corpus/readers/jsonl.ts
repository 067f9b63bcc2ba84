import type { ArticleMeta } from '../../model/index.js';
import type { ReadItem } from '../types.js';
import { toIsoDate } from './dates.js';
import { splitLines } from './lines.js';

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * JSON Lines: one article per line, an object with `text` or `html` and optional `id` (kept as externalId),
 * `url`, `title`, `published`, `source` (publisher), `author`/`authors`, `language`. Blank lines are ignored;
 * malformed lines are skipped with their line number ("file.jsonl:17").
 */
export async function* readJsonLines(
  name: string,
  chunks: AsyncIterable<Uint8Array>,
  maxBytes: number,
): AsyncGenerator<ReadItem> {
  for await (const line of splitLines(chunks, maxBytes)) {
    const origin = `${name}:${line.no}`;
    if (line.tooLong) {
      yield { kind: 'skipped', origin, reason: `line longer than ${maxBytes} bytes` };
      continue;
    }
    let s: string;
    try {
      s = UTF8.decode(line.bytes);
    } catch {
      yield { kind: 'skipped', origin, reason: 'not valid UTF-8' };
      continue;
    }
    // A byte-order mark at the start of the file is not part of the first record.
    if (line.no === 1 && s.charCodeAt(0) === 0xfeff) s = s.slice(1);
    if (s.trim().length === 0) continue;
    yield recordItem(s, origin);
  }
}

/** One JSON Lines record (or one record of a JSON document) as an article, or skipped with the reason. */
export function recordItem(s: string, origin: string): ReadItem {
  let v: unknown;
  try {
    v = JSON.parse(s);
  } catch (e) {
    return { kind: 'skipped', origin, reason: malformed((e as Error).message) };
  }
  if (!v || typeof v !== 'object' || Array.isArray(v)) return { kind: 'skipped', origin, reason: 'not a JSON object' };
  const o = v as Record<string, unknown>;
  const meta = metaOf(o);
  if (typeof o.text === 'string' && o.text.trim().length > 0)
    return { kind: 'article', article: { origin, format: 'text', text: o.text, meta } };
  if (typeof o.html === 'string' && o.html.trim().length > 0)
    return { kind: 'article', article: { origin, format: 'html', html: o.html, meta } };
  return { kind: 'skipped', origin, reason: 'no "text" or "html" field' };
}

/**
 * A short, stable reason for a line JSON.parse refused (its own messages quote the line, which makes every reason
 * different and the summary's reason counts useless): cut short, or where it went wrong when the parser says.
 */
function malformed(message: string): string {
  if (/Unexpected end of JSON input|Unterminated string/.test(message)) return 'malformed JSON (cut short)';
  const at = /at position (\d+)/.exec(message);
  return at ? `malformed JSON (at character ${Number(at[1]) + 1})` : 'malformed JSON';
}

function metaOf(o: Record<string, unknown>): ArticleMeta {
  const meta: ArticleMeta = {};
  const id = o.id ?? o.externalId ?? o.external_id;
  if (typeof id === 'string' && id.length > 0) meta.externalId = id;
  else if (typeof id === 'number' && Number.isFinite(id)) meta.externalId = String(id);
  const url = str(o.url);
  if (url) meta.url = url;
  const title = str(o.title);
  if (title) meta.title = title;
  const published = o.published ?? o.date ?? o.published_at;
  if (published !== undefined) meta.published = toIsoDate(published);
  const source = str(o.source) ?? str(o.publisher);
  if (source) meta.publisher = source;
  const language = str(o.language) ?? str(o.lang);
  if (language) meta.language = language;
  const authors = Array.isArray(o.authors) ? o.authors.filter((a): a is string => typeof a === 'string') : null;
  const author = str(o.author);
  if (authors && authors.length > 0) meta.authors = authors;
  else if (author) meta.authors = [author];
  return meta;
}

function str(v: unknown): string | null {
  return typeof v === 'string' && v.trim().length > 0 ? v.trim() : null;
}
