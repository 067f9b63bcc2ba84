import type { ReadItem } from '../types.js';

export async function* readWarc(
  name: string,
  chunks: AsyncIterable<Uint8Array>,
  _max: number,
): AsyncGenerator<ReadItem> {
  for await (const _ of chunks) break;
  yield { kind: 'skipped', origin: name, reason: 'WARC is not read yet' };
}
