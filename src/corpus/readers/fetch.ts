import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import type { ReadItem } from '../types.js';
import { joinParts } from './byte-reader.js';
import { contentTypeCharset, decodeHtmlBytes } from './charset.js';
import { pinnedFetch } from './pinned-fetch.js';

/** Options of fetchItemPages. The defaults are the safe ones. */
export interface FetchOptions {
  /** Per request (each redirect hop), in milliseconds. Default 15,000. */
  readonly timeoutMs?: number;
  /** Largest page body, in bytes; larger pages are refused. Default 5 MiB. */
  readonly maxBytes?: number;
  /** Redirects followed per page. Default 5. */
  readonly maxRedirects?: number;
  /** Allow private, loopback and link-local addresses (an intranet, a test server). Default false. */
  readonly allowPrivate?: boolean;
  /** Sent as User-Agent. */
  readonly userAgent?: string;
  /**
   * Told about each page that could not be fetched for an item that keeps its feed content instead; an item without
   * content is yielded as skipped with the reason (and not told here, so each failure is reported once).
   */
  readonly onError?: (origin: string, reason: string) => void;
  /** Host name → addresses; defaults to the system resolver (tests pass a fake one). */
  readonly resolve?: (host: string) => Promise<string[]>;
  /** The fetch implementation; defaults to one whose sockets connect only to the addresses that passed the check. */
  readonly fetch?: typeof fetch;
}

const DEFAULTS = { timeoutMs: 15_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5 };
const USER_AGENT = 'Parley/0.1 (news analysis; +https://github.com/parley)';

/**
 * `--fetch`: replaces each feed article's content with the page its link points to — the only network code in
 * Parley, used only when the user asks. Every hop is checked: http(s) only, the host resolved and refused when any
 * address is private, loopback, link-local, multicast or reserved (unless `allowPrivate`), a timeout per request,
 * a size cap read as the body streams, at most `maxRedirects` redirects (each re-checked), HTML only.
 * An item whose page cannot be fetched keeps its feed content (or becomes a skipped item if it had none).
 *
 * @example
 * for await (const item of fetchItemPages(readInputs(['feed.xml']), { timeoutMs: 10_000 })) …
 */
export async function* fetchItemPages(
  items: AsyncIterable<ReadItem> | Iterable<ReadItem>,
  opts: FetchOptions = {},
): AsyncGenerator<ReadItem> {
  for await (const item of items) {
    if (item.kind !== 'article' || !item.article.meta.url) {
      yield item;
      continue;
    }
    const a = item.article;
    const got = await fetchPage(a.meta.url!, opts);
    if ('html' in got) {
      const { text: _drop, ...rest } = a;
      yield { kind: 'article', article: { ...rest, format: 'html', html: got.html, fetchedAt: got.at } };
      continue;
    }
    // Told once: onError when the item goes on with its feed content, a skipped item (with the reason) otherwise.
    // The URL is quoted so the ingest summary counts reasons without it ("cannot fetch …: HTTP N").
    if (a.html || a.text) {
      opts.onError?.(a.origin, got.error);
      yield item;
    } else yield { kind: 'skipped', origin: a.origin, reason: `cannot fetch "${a.meta.url}": ${got.error}` };
  }
}

/** One page, following redirects safely; `{ html }` or `{ error }`, never a throw. */
export async function fetchPage(
  url: string,
  opts: FetchOptions = {},
): Promise<{ html: string; at: string } | { error: string }> {
  const timeoutMs = opts.timeoutMs ?? DEFAULTS.timeoutMs;
  const maxBytes = opts.maxBytes ?? DEFAULTS.maxBytes;
  const maxRedirects = opts.maxRedirects ?? DEFAULTS.maxRedirects;
  const doFetch = opts.fetch ?? pinnedFetch({ ...opts, isPrivate: isPrivateAddress });
  let current = url;
  for (let hop = 0; hop <= maxRedirects; hop++) {
    const check = await checkUrl(current, opts);
    if (check) return { error: check };
    let res: Response;
    try {
      res = await doFetch(current, {
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
        headers: { 'user-agent': opts.userAgent ?? USER_AGENT, accept: 'text/html,application/xhtml+xml' },
      });
    } catch (e) {
      return { error: `fetch failed: ${failure(e)}` };
    }
    if (res.status >= 300 && res.status < 400) {
      const loc = res.headers.get('location');
      await res.body?.cancel();
      if (!loc) return { error: `redirect ${res.status} without location` };
      try {
        current = new URL(loc, current).toString();
      } catch {
        return { error: 'redirect to an invalid URL' };
      }
      continue;
    }
    if (res.status !== 200) {
      await res.body?.cancel();
      return { error: `HTTP ${res.status}` };
    }
    const ctype = res.headers.get('content-type') ?? '';
    if (ctype && !/text\/html|application\/xhtml\+xml/i.test(ctype)) {
      await res.body?.cancel();
      return { error: `not HTML (${ctype.split(';')[0]})` };
    }
    const declared = Number(res.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > maxBytes) {
      await res.body?.cancel();
      return { error: `page larger than ${maxBytes} bytes` };
    }
    let bytes: Uint8Array | null;
    try {
      bytes = await readCapped(res, maxBytes);
    } catch (e) {
      return { error: `fetch failed: ${failure(e)}` };
    }
    if (!bytes) return { error: `page larger than ${maxBytes} bytes` };
    return { html: decodeHtmlBytes(bytes, contentTypeCharset(ctype)), at: new Date().toISOString() };
  }
  return { error: `more than ${maxRedirects} redirects` };
}

/** "timed out" for a timeout however the client wraps it, else the error's message. */
function failure(e: unknown): string {
  const err = e as Error & { cause?: Error };
  return err.name === 'TimeoutError' || err.cause?.name === 'TimeoutError' ? 'timed out' : err.message;
}

async function readCapped(res: Response, max: number): Promise<Uint8Array | null> {
  if (!res.body) return new Uint8Array(0);
  const reader = res.body.getReader();
  const parts: Uint8Array[] = [];
  let n = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    n += value.length;
    if (n > max) {
      await reader.cancel();
      return null;
    }
    parts.push(value);
  }
  return joinParts(parts, n);
}

/** Null when the URL may be fetched, else the reason it may not. */
export async function checkUrl(
  url: string,
  opts: Pick<FetchOptions, 'allowPrivate' | 'resolve'> = {},
): Promise<string | null> {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'invalid URL';
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return `refused scheme ${u.protocol}`;
  if (u.username || u.password) return 'refused URL with credentials';
  if (opts.allowPrivate) return null;
  const host = u.hostname.replace(/^\[|\]$/g, '');
  let addrs: string[];
  if (isIP(host)) addrs = [host];
  else {
    try {
      addrs = opts.resolve
        ? await opts.resolve(host)
        : (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);
    } catch {
      return `cannot resolve ${host}`;
    }
  }
  if (addrs.length === 0) return `cannot resolve ${host}`;
  for (const a of addrs) if (isPrivateAddress(a)) return `refused private address ${a} for ${host}`;
  return null;
}

/**
 * True for addresses a news fetcher must not reach: loopback, private (RFC 1918, ULA), carrier-grade NAT,
 * link-local, multicast, unspecified, reserved, documentation/benchmark ranges, and IPv4-mapped / NAT64 forms of them.
 * Anything that is not an IP address counts as private (refused).
 */
export function isPrivateAddress(ip: string): boolean {
  const v = isIP(ip);
  if (v === 4) return privateV4(ip);
  if (v === 6) return privateV6(ip);
  return true;
}

function privateV4(ip: string): boolean {
  const [a, b, c] = ip.split('.').map(Number) as [number, number, number, number];
  if (a === 0 || a === 10 || a === 127) return true;
  if (a === 100 && b >= 64 && b <= 127) return true; // carrier-grade NAT
  if (a === 169 && b === 254) return true; // link-local
  if (a === 172 && b >= 16 && b <= 31) return true;
  if (a === 192 && b === 168) return true;
  if (a === 192 && b === 0 && (c === 0 || c === 2)) return true; // IETF protocol assignments, TEST-NET-1
  if (a === 198 && (b === 18 || b === 19)) return true; // benchmarking
  if (a === 198 && b === 51 && c === 100) return true; // TEST-NET-2
  if (a === 203 && b === 0 && c === 113) return true; // TEST-NET-3
  return a >= 224; // multicast, reserved, broadcast
}

function privateV6(ip: string): boolean {
  const words = expandV6(ip);
  if (!words) return true;
  const [w0, , , , , w5, w6, w7] = words as [number, number, number, number, number, number, number, number];
  const allZero = (from: number, to: number): boolean => words.slice(from, to).every((w) => w === 0);
  if (allZero(0, 8)) return true; // ::
  if (allZero(0, 7) && w7 === 1) return true; // ::1
  if (allZero(0, 5) && w5 === 0xffff) return privateV4(`${w6 >> 8}.${w6 & 255}.${w7 >> 8}.${w7 & 255}`); // ::ffff:a.b.c.d
  if (w0 === 0x64 && words[1] === 0xff9b && allZero(2, 6))
    return privateV4(`${w6 >> 8}.${w6 & 255}.${w7 >> 8}.${w7 & 255}`); // NAT64
  if ((w0 & 0xfe00) === 0xfc00) return true; // unique local fc00::/7
  if ((w0 & 0xffc0) === 0xfe80) return true; // link-local fe80::/10
  if ((w0 & 0xff00) === 0xff00) return true; // multicast
  if (w0 === 0x2001 && words[1] === 0x0db8) return true; // documentation
  return false;
}

/** "fe80::1" → eight 16-bit words; an embedded dotted IPv4 tail is converted. Null when malformed. */
function expandV6(ip: string): number[] | null {
  let s = ip.split('%')[0]!.toLowerCase();
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(s);
  if (v4) {
    const p = v4[1]!.split('.').map(Number);
    s = `${s.slice(0, -v4[1]!.length)}${((p[0]! << 8) | p[1]!).toString(16)}:${((p[2]! << 8) | p[3]!).toString(16)}`;
  }
  const halves = s.split('::');
  if (halves.length > 2) return null;
  const head = halves[0] ? halves[0].split(':') : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
  const fill = halves.length === 2 ? 8 - head.length - tail.length : 0;
  if (fill < 0 || (halves.length === 1 && head.length !== 8)) return null;
  const words = [...head, ...Array(fill).fill('0'), ...tail].map((h) => Number.parseInt(h, 16));
  return words.length === 8 && words.every((w) => Number.isInteger(w) && w >= 0 && w <= 0xffff) ? words : null;
}
