import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';

/** A stream of bytes with its first bytes already read, for sniffing. */
export interface PeekedStream {
  readonly head: Uint8Array;
  readonly chunks: AsyncIterable<Uint8Array>;
}

const HEAD_BYTES = 4096;

/** Reads the first bytes of a stream without losing them: `chunks` still yields everything from the start. */
export async function peek(source: AsyncIterable<Uint8Array>, want = HEAD_BYTES): Promise<PeekedStream> {
  const it = source[Symbol.asyncIterator]();
  const got: Uint8Array[] = [];
  let n = 0;
  let done = false;
  // A stream that fails within its first bytes (a gzip cut short) still hands over what came before the failure;
  // the error is raised after those bytes, so readers keep the records they hold.
  let failure: { error: unknown } | null = null;
  while (n < want) {
    let r: IteratorResult<Uint8Array>;
    try {
      r = await it.next();
    } catch (error) {
      failure = { error };
      break;
    }
    if (r.done) {
      done = true;
      break;
    }
    got.push(r.value);
    n += r.value.length;
  }
  const head = concat(got, n).subarray(0, Math.min(n, want));
  async function* rest(): AsyncGenerator<Uint8Array> {
    for (const c of got) yield c;
    if (failure) throw failure.error;
    if (done) return;
    for (;;) {
      const r = await it.next();
      if (r.done) return;
      yield r.value;
    }
  }
  return { head, chunks: rest() };
}

export function isGzip(head: Uint8Array): boolean {
  return head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;
}

/** Decompresses a gzip stream, including files of many concatenated members (WARC.gz keeps one per record). */
export function gunzip(chunks: AsyncIterable<Uint8Array>): AsyncIterable<Uint8Array> {
  const gz = createGunzip();
  const src = Readable.from(chunks, { objectMode: false });
  // pipe() does not forward errors: a failing source must fail the gunzip stream, not leave it waiting.
  src.on('error', (e) => gz.destroy(e));
  return src.pipe(gz);
}

/**
 * Opens a byte stream for a path, gunzipping it when its magic bytes say gzip. `onBytes` is told the size of each raw
 * chunk as it is read (progress).
 */
export async function openBytes(
  path: string,
  stdin?: AsyncIterable<Uint8Array>,
  onBytes?: (n: number) => void,
): Promise<PeekedStream> {
  const source: AsyncIterable<Uint8Array> =
    path === '-' ? (stdin ?? (process.stdin as AsyncIterable<Uint8Array>)) : createReadStream(path);
  const raw = onBytes ? counted(source, onBytes) : source;
  const first = await peek(raw, 2);
  if (!isGzip(first.head)) return peek(first.chunks);
  return peek(gunzip(first.chunks));
}

async function* counted(source: AsyncIterable<Uint8Array>, onBytes: (n: number) => void): AsyncGenerator<Uint8Array> {
  for await (const chunk of source) {
    onBytes(chunk.length);
    yield chunk;
  }
}

/** Reads a whole stream, refusing more than `max` bytes (returns null then). */
export async function readAll(chunks: AsyncIterable<Uint8Array>, max: number): Promise<Uint8Array | null> {
  const parts: Uint8Array[] = [];
  let n = 0;
  for await (const c of chunks) {
    n += c.length;
    if (n > max) return null;
    parts.push(c);
  }
  return concat(parts, n);
}

export function concat(parts: readonly Uint8Array[], total?: number): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const n = total ?? parts.reduce((s, p) => s + p.length, 0);
  const out = new Uint8Array(n);
  let o = 0;
  for (const p of parts) {
    out.set(p.subarray(0, Math.min(p.length, n - o)), o);
    o += p.length;
    if (o >= n) break;
  }
  return out;
}

/** A file to read, or a path that could not be listed. */
export type ListedPath = { readonly path: string; readonly error?: string };

/**
 * Expands the given paths into files: directories are walked (recursively by default) in sorted order so every run
 * reads the same files in the same order; hidden entries (".name") inside directories are left out. "-" stays "-".
 * A given directory with no file to read comes back as an error ("directory has no files").
 */
export async function* listFiles(paths: readonly string[], recursive = true): AsyncGenerator<ListedPath> {
  for (const p of paths) {
    if (p === '-') {
      yield { path: p };
      continue;
    }
    let st: Awaited<ReturnType<typeof stat>>;
    try {
      st = await stat(p);
    } catch (e) {
      yield { path: p, error: errorText(e) };
      continue;
    }
    if (st.isDirectory()) {
      // A directory with nothing to read is said so, not passed over in silence.
      let files = 0;
      for await (const listed of walk(p, recursive, new Set([dirKey(st)]))) {
        files++;
        yield listed;
      }
      if (files === 0) yield { path: p, error: 'directory has no files' };
    } else yield { path: p };
  }
}

/** A directory's identity (device and inode): a symbolic link back up the tree leads to one already walked. */
const dirKey = (st: { dev: number | bigint; ino: number | bigint }): string => `${st.dev}:${st.ino}`;

async function* walk(dir: string, recursive: boolean, seen: Set<string>): AsyncGenerator<ListedPath> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => !n.startsWith('.'));
  } catch (e) {
    yield { path: dir, error: errorText(e) };
    return;
  }
  names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const name of names) {
    const full = join(dir, name);
    let st: Awaited<ReturnType<typeof stat>>;
    try {
      st = await stat(full);
    } catch (e) {
      yield { path: full, error: errorText(e) };
      continue;
    }
    if (st.isDirectory()) {
      // Each directory is walked once: a link to an ancestor (or to a directory walked already) is passed over.
      if (recursive && !seen.has(dirKey(st))) {
        seen.add(dirKey(st));
        yield* walk(full, recursive, seen);
      }
    } else if (st.isFile()) yield { path: full };
  }
}

export function errorText(e: unknown): string {
  if (e && typeof e === 'object' && 'code' in e && typeof (e as { code: unknown }).code === 'string') {
    const code = (e as { code: string }).code;
    if (code === 'ENOENT') return 'no such file';
    if (code === 'EACCES') return 'permission denied';
    if (code === 'Z_BUF_ERROR' || code === 'Z_DATA_ERROR') return 'corrupt or truncated gzip data';
    return code.toLowerCase();
  }
  return e instanceof Error ? e.message : String(e);
}
