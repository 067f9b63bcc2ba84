import { DEFAULT_MAX_ARTICLE_BYTES, type InputFormat, type ReadItem, type ReadOptions } from '../types.js';
import { formatByContent, formatByName, isFeedHead, startsAsWarc } from './detect.js';
import { readFeed } from './feed.js';
import { fetchItemPages } from './fetch.js';
import { readHtmlFile } from './html.js';
import { readJsonDocument } from './json.js';
import { readJsonLines } from './jsonl.js';
import { errorText, listFiles, openBytes } from './source.js';
import { readTextFile } from './text.js';
import { readWarc } from './warc.js';

export { decodeHtmlBytes } from './charset.js';
export { toIsoDate } from './dates.js';
export { formatByContent, formatByName } from './detect.js';
export { checkUrl, type FetchOptions, fetchItemPages, fetchPage, isPrivateAddress } from './fetch.js';

/**
 * Reads articles from files, directories (walked recursively, in sorted order) and "-" (standard input), as a
 * stream: one item at a time, never a whole file in memory (except single-article text/HTML files, capped).
 * The format comes from the extension (.txt .text .md, .html .htm, .jsonl .ndjson, .json, .xml .rss .atom, .warc, each
 * optionally .gz) or, failing that, from the content; gzip is recognised by its magic bytes.
 * Records that cannot be read become `skipped` items with their origin and the reason; nothing here throws for bad
 * input, and every file yields at least one item (an empty one is skipped as "input is empty").
 *
 * @example
 * for await (const item of readInputs(['news/'])) {
 *   if (item.kind === 'article') console.log(item.article.origin, item.article.meta.title);
 * }
 */
export async function* readInputs(paths: readonly string[], opts: ReadOptions = {}): AsyncGenerator<ReadItem> {
  const max = opts.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
  for await (const listed of listFiles(paths, opts.recursive ?? true)) {
    const name = listed.path === '-' ? 'stdin' : listed.path;
    if (listed.error) {
      yield { kind: 'skipped', origin: name, reason: listed.error };
      continue;
    }
    let items = 0;
    try {
      for await (const item of readOne(listed.path, name, opts, max)) {
        items++;
        yield item;
      }
    } catch (e) {
      // A file that fails mid-way (truncated gzip, I/O error) ends here; what was read before stands.
      items++;
      yield { kind: 'skipped', origin: name, reason: errorText(e) };
    }
    // An empty WARC or JSON Lines file (or one of blank lines only) has no record to skip: say so all the same.
    if (items === 0) yield { kind: 'skipped', origin: name, reason: 'input is empty' };
  }
}

async function* readOne(path: string, name: string, opts: ReadOptions, max: number): AsyncGenerator<ReadItem> {
  const { head, chunks } = await openBytes(path, opts.stdin, opts.onBytes);
  const format: InputFormat = opts.format ?? pickFormat(path, head);
  switch (format) {
    case 'text':
      yield* readTextFile(name, chunks, max);
      return;
    case 'html':
      yield* readHtmlFile(name, chunks, max);
      return;
    case 'jsonl':
      yield* readJsonLines(name, chunks, max);
      return;
    case 'json':
      yield* readJsonDocument(name, chunks, max);
      return;
    case 'feed':
      if (opts.fetch) yield* fetchItemPages(readFeed(name, chunks, max, true), opts.fetch);
      else yield* readFeed(name, chunks, max);
      return;
    case 'warc':
      yield* readWarc(name, chunks, max);
      return;
  }
}

function pickFormat(path: string, head: Uint8Array): InputFormat {
  const byName = path === '-' ? null : formatByName(path);
  const byContent = formatByContent(head);
  if (byName === null) return byContent;
  // A ".xml" that is an HTML page, or a ".txt" that is a WARC, is read as what it is.
  if (byName === 'feed' && !isFeedHead(new TextDecoder('latin1').decode(head).toLowerCase())) return byContent;
  // Only a head that starts as WARC overrides the name (a feed may quote a WARC line).
  if (startsAsWarc(head)) return 'warc';
  return byName;
}
