import { gunzipSync } from 'node:zlib';
import type { ReadItem } from '../types.js';
import { ByteReader, indexOf, joinParts } from './byte-reader.js';
import { contentTypeCharset, decodeHtmlBytes } from './charset.js';
import { toIsoDate } from './dates.js';

const CRLF2 = new Uint8Array([13, 10, 13, 10]);
const WARC_START = new TextEncoder().encode('WARC/');
/** What resynchronisation looks for: a version mark, even with junk before it on its line. */
const VERSION_MARK = new TextEncoder().encode('WARC/1.');
const NEXT_RECORD = new TextEncoder().encode('\r\n\r\nWARC/');
const LATIN1 = new TextDecoder('latin1');
const MAX_HEADER_BYTES = 64 * 1024;

/**
 * WARC 1.0/1.1, plain or gzipped (Common Crawl and CC-NEWS keep one gzip member per record; the stream is
 * decompressed before it gets here). Records are read one at a time. A `response` record with HTTP 200 and an HTML
 * content type becomes an html article with meta.url = WARC-Target-URI and fetchedAt = WARC-Date; the charset comes
 * from the HTTP Content-Type, then the page. Every other record is skipped with its reason ("warc record type
 * request", "warc response status 404", "warc response content type application/pdf"). A record with a wrong
 * Content-Length or a corrupt header is skipped (or cut where the next record begins) and reading goes on at the next
 * "WARC/1." version mark, so one bad record does not lose the rest of the file; a file truncated inside a record ends there.
 */
export async function* readWarc(
  name: string,
  source: AsyncIterable<Uint8Array>,
  maxBytes: number,
): AsyncGenerator<ReadItem> {
  const r = new ByteReader(source);
  yield* readRecords(name, r, maxBytes);
  // A source that failed (a .warc.gz cut short) has had its whole records read: now say why it ended.
  r.throwIfFailed();
}

async function* readRecords(name: string, r: ByteReader, maxBytes: number): AsyncGenerator<ReadItem> {
  let n = 0;
  for (;;) {
    if (await r.atEnd()) return;
    n++;
    const origin = `${name}#${n}`;
    const headBytes = await r.readUntil(CRLF2, MAX_HEADER_BYTES);
    if (!headBytes) {
      yield { kind: 'skipped', origin, reason: 'truncated or corrupt WARC record header' };
      // The header may be garbage left by a wrong Content-Length before it: look for the next record.
      if (await resync(r)) continue;
      return;
    }
    const head = LATIN1.decode(headBytes).replace(/^(\r\n)+/, '');
    if (!head.startsWith('WARC/')) {
      yield { kind: 'skipped', origin, reason: 'corrupt WARC record (no WARC/ version line)' };
      r.unread(headBytes);
      if (await resync(r)) continue;
      return;
    }
    const h = parseHeaders(head);
    const length = Number(h.get('content-length'));
    if (!Number.isInteger(length) || length < 0) {
      yield { kind: 'skipped', origin, reason: 'corrupt WARC record (bad Content-Length)' };
      // Look for the next record after this one's version line.
      r.unread(headBytes.subarray(indexOf(headBytes, WARC_START, 0) + 1));
      if (await resync(r)) continue;
      return;
    }
    const type = (h.get('warc-type') ?? 'unknown').toLowerCase();
    const wanted = type === 'response' && /application\/http/i.test(h.get('content-type') ?? 'application/http');
    if (length > maxBytes) {
      if (!(await r.skip(length))) {
        yield { kind: 'skipped', origin, reason: 'truncated WARC record' };
        return;
      }
      yield {
        kind: 'skipped',
        origin,
        reason: wanted ? `warc record larger than ${maxBytes} bytes` : `warc record type ${type}`,
      };
      await skipLineBreaks(r);
      continue;
    }
    let block = await r.readExact(length);
    if (!block) {
      // Content-Length runs past the end of the file: the bytes stay unread and may hold further records.
      yield { kind: 'skipped', origin, reason: 'truncated WARC record' };
      if (await resync(r)) continue;
      return;
    }
    if (!(await recordFollows(r))) {
      // Content-Length too large: the block swallowed the start of the next record. End it where that begins.
      const at = indexOf(block, NEXT_RECORD, 0);
      if (at >= 0) {
        r.unread(block.subarray(at + 4));
        block = block.subarray(0, at);
      }
    }
    yield wanted
      ? responseItem(origin, block, h, maxBytes)
      : { kind: 'skipped', origin, reason: `warc record type ${type}` };
    // Records end with two CRLFs; tolerate writers that leave them out or add more.
    await skipLineBreaks(r);
  }
}

async function skipLineBreaks(r: ByteReader): Promise<void> {
  for (let b = await r.peekByte(); b === 13 || b === 10; b = await r.peekByte()) await r.skip(1);
}

/** True when, after optional line breaks, the next bytes start a record ("WARC/") or the stream ends. */
async function recordFollows(r: ByteReader): Promise<boolean> {
  const ahead = await r.peek(64);
  let i = 0;
  while (i < ahead.length && (ahead[i] === 13 || ahead[i] === 10)) i++;
  if (i === ahead.length) return true;
  return indexOf(ahead.subarray(i, i + WARC_START.length), WARC_START, 0) === 0;
}

/**
 * Skips to the next "WARC/1." version mark (a record a wrong Content-Length or a corrupt header hid), however far
 * ahead (junk is discarded as it streams by, never held); false when there is none.
 */
async function resync(r: ByteReader): Promise<boolean> {
  // Always move on by one byte: a mark right here is the record that just failed.
  if (!(await r.skip(1))) return false;
  return r.skipUntil(VERSION_MARK);
}

function parseHeaders(head: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const line of head.split(/\r?\n/).slice(1)) {
    const c = line.indexOf(':');
    if (c <= 0) continue;
    const k = line.slice(0, c).trim().toLowerCase();
    if (!m.has(k)) m.set(k, line.slice(c + 1).trim());
  }
  return m;
}

function responseItem(origin: string, block: Uint8Array, warc: Map<string, string>, maxBytes: number): ReadItem {
  const end = indexOf(block, CRLF2, 0);
  if (end < 0) return { kind: 'skipped', origin, reason: 'warc response without HTTP headers' };
  const httpHead = LATIN1.decode(block.subarray(0, end));
  const status = /^HTTP\/[\d.]+\s+(\d{3})/.exec(httpHead);
  if (!status) return { kind: 'skipped', origin, reason: 'warc response without HTTP status line' };
  if (status[1] !== '200') return { kind: 'skipped', origin, reason: `warc response status ${status[1]}` };
  const http = parseHeaders(httpHead);
  const ctype = http.get('content-type') ?? '';
  const mime = ctype.split(';')[0]!.trim().toLowerCase();
  if (mime && mime !== 'text/html' && mime !== 'application/xhtml+xml')
    return { kind: 'skipped', origin, reason: `warc response content type ${mime}` };
  let payload = block.subarray(end + 4);
  if (/chunked/i.test(http.get('transfer-encoding') ?? '')) payload = dechunk(payload) ?? payload;
  if (/gzip/i.test(http.get('content-encoding') ?? '') && payload[0] === 0x1f && payload[1] === 0x8b) {
    try {
      payload = gunzipSync(payload, { maxOutputLength: maxBytes });
    } catch {
      return { kind: 'skipped', origin, reason: 'warc response body: corrupt gzip content encoding' };
    }
  }
  if (payload.length === 0) return { kind: 'skipped', origin, reason: 'warc response with empty body' };
  const html = decodeHtmlBytes(payload, contentTypeCharset(ctype));
  const url = warc.get('warc-target-uri')?.replace(/^<|>$/g, '') ?? null;
  return {
    kind: 'article',
    article: {
      origin,
      format: 'html',
      html,
      meta: url ? { url } : {},
      fetchedAt: toIsoDate(warc.get('warc-date') ?? null),
    },
  };
}

/** Undoes HTTP chunked transfer encoding; null when the body is not actually chunked. */
function dechunk(b: Uint8Array): Uint8Array | null {
  const parts: Uint8Array[] = [];
  let i = 0;
  for (;;) {
    const nl = b.indexOf(10, i);
    if (nl < 0) return null;
    const size = Number.parseInt(LATIN1.decode(b.subarray(i, nl)).trim().split(';')[0]!, 16);
    if (!Number.isFinite(size) || size < 0) return null;
    if (size === 0) break;
    const start = nl + 1;
    if (start + size > b.length) return null;
    parts.push(b.subarray(start, start + size));
    i = start + size + 2;
  }
  return joinParts(
    parts,
    parts.reduce((s, p) => s + p.length, 0),
  );
}
