import { looksBinary } from '../../text/decode.js';
import type { ReadItem } from '../types.js';
import { decodeHtmlBytes } from './charset.js';
import { readAll } from './source.js';

/** An HTML file is one article (format html); the charset comes from a BOM or the page's own declaration. */
export async function* readHtmlFile(
  name: string,
  chunks: AsyncIterable<Uint8Array>,
  maxBytes: number,
): AsyncGenerator<ReadItem> {
  const bytes = await readAll(chunks, maxBytes);
  if (!bytes) {
    yield { kind: 'skipped', origin: name, reason: `larger than ${maxBytes} bytes` };
    return;
  }
  if (bytes.length === 0) {
    yield { kind: 'skipped', origin: name, reason: 'input is empty' };
    return;
  }
  if (looksBinary(bytes) && !(bytes[0] === 0xff || bytes[0] === 0xfe)) {
    yield { kind: 'skipped', origin: name, reason: 'looks like binary data, not HTML' };
    return;
  }
  const html = decodeHtmlBytes(bytes);
  if (html.trim().length === 0) {
    yield { kind: 'skipped', origin: name, reason: 'input is empty' };
    return;
  }
  yield { kind: 'article', article: { origin: name, format: 'html', html, meta: {} } };
}
