import { isParleyError } from '../../model/index.js';
import { decodeText } from '../../text/decode.js';
import type { ReadItem } from '../types.js';
import { readAll } from './source.js';

/** A plain-text file is one article. Binary, non-UTF-8, empty and oversize files are skipped with the reason. */
export async function* readTextFile(
  name: string,
  chunks: AsyncIterable<Uint8Array>,
  maxBytes: number,
): AsyncGenerator<ReadItem> {
  const bytes = await readAll(chunks, maxBytes);
  if (!bytes) {
    yield { kind: 'skipped', origin: name, reason: `larger than ${maxBytes} bytes` };
    return;
  }
  try {
    const text = decodeText(bytes, name, maxBytes);
    yield { kind: 'article', article: { origin: name, format: 'text', text, meta: {} } };
  } catch (e) {
    if (!isParleyError(e)) throw e;
    yield { kind: 'skipped', origin: name, reason: reasonOf(e.message, name) };
  }
}

/** A ParleyError message without the leading "name: ". */
export function reasonOf(message: string, name: string): string {
  return message.startsWith(`${name}: `) ? message.slice(name.length + 2) : message;
}
