import type { ReadItem } from '../types.js';

export async function* readFeed(
  name: string,
  chunks: AsyncIterable<Uint8Array>,
  _max: number,
): AsyncGenerator<ReadItem> {
  for await (const _ of chunks) break;
  yield { kind: 'skipped', origin: name, reason: 'feeds are not read yet' };
}
