import { statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { type IngestCounts, ingest, summaryLine } from '../../corpus/ingest.js';
import { readInputs } from '../../corpus/readers/index.js';
import type { InputFormat, ReadOptions } from '../../corpus/types.js';
import { ParleyError } from '../../model/index.js';
import { DEFAULT_DB, SqliteStore } from '../../store/index.js';
import type { CliIo } from '../io.js';
import { positiveInt } from './corpus-shared.js';

const INPUT_FORMATS: readonly InputFormat[] = ['text', 'html', 'jsonl', 'json', 'feed', 'warc'];

interface IngestCliOptions {
  db: string;
  batch: number;
  format?: string;
  fetch?: boolean;
  allowPrivate?: boolean;
  quiet?: boolean;
}

export function registerIngest(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('ingest')
    .description(
      'Read articles (text, HTML, JSON Lines, JSON, RSS/Atom, WARC; files, directories or -), analyse them and store them; ' +
        'copies are linked to their original, articles grouped into stories. Safe to re-run or to kill and restart.',
    )
    .argument('<inputs...>', 'files, directories (recursive) or - for standard input')
    .option('--db <file>', 'the database file (created when missing)', DEFAULT_DB)
    .option('--batch <n>', 'articles per transaction', positiveInt('--batch'), 200)
    .option('--format <format>', `read every input as ${INPUT_FORMATS.join(', ')} (default: by extension and content)`)
    .option(
      '--fetch',
      "download the page each feed item links to, in place of the feed's text (the only network access)",
    )
    .option('--allow-private', 'with --fetch, allow private and loopback addresses')
    .option('-q, --quiet', 'no per-record skip messages')
    .action(async (inputs: string[], opts: IngestCliOptions) => {
      if (opts.format && !(INPUT_FORMATS as readonly string[]).includes(opts.format))
        throw new ParleyError('PARLEY_ERR_USAGE', `--format must be one of ${INPUT_FORMATS.join(', ')}`);
      if (opts.allowPrivate && !opts.fetch) throw new ParleyError('PARLEY_ERR_USAGE', '--allow-private needs --fetch');
      const store = await SqliteStore.open(opts.db);
      const progress = io.stderr.isTTY ? await startProgress(io, inputs) : null;
      const readOpts: ReadOptions = {
        stdin: bytesOf(io.stdin),
        ...(progress ? { onBytes: (n: number) => progress.addBytes(n) } : {}),
        ...(opts.format ? { format: opts.format as InputFormat } : {}),
        ...(opts.fetch
          ? {
              fetch: {
                allowPrivate: opts.allowPrivate ?? false,
                onError: (origin: string, reason: string) => {
                  if (opts.quiet) return;
                  progress?.pause();
                  io.stderr.write(`parley: could not fetch the page of ${origin} (kept the feed's text): ${reason}\n`);
                },
              },
            }
          : {}),
      };
      try {
        const res = await ingest(store, readInputs(inputs, readOpts), {
          batchSize: opts.batch,
          onSkip: (origin, reason) => {
            if (opts.quiet) return;
            progress?.pause();
            io.stderr.write(`parley: skipped ${origin}: ${reason}\n`);
          },
          onProgress: (c) => progress?.update(c),
        });
        progress?.stop();
        io.stderr.write(`parley: ${summaryLine(res, res.elapsedMs)}\n`);
        // Non-zero only when nothing could be read: no article stored now or before.
        if (res.stored + res.duplicates === 0) setExit(1);
      } finally {
        progress?.stop();
        await store.close();
      }
    });
}

/** Standard input as bytes (a stream in text mode yields strings). */
async function* bytesOf(stdin: NodeJS.ReadableStream): AsyncGenerator<Uint8Array> {
  for await (const chunk of stdin) yield typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Uint8Array);
}

/** Total size of the inputs in bytes (directories walked), for the ETA estimate; 0 when unknown (stdin). */
async function inputBytes(paths: readonly string[]): Promise<number> {
  let total = 0;
  // Directories by device and inode: a symbolic link back up the tree is not walked again (nor summed twice).
  const seen = new Set<string>();
  const walk = async (p: string, depth: number): Promise<void> => {
    if (depth > 32) return;
    try {
      const st = statSync(p);
      if (st.isFile()) total += st.size;
      else if (st.isDirectory() && !seen.has(`${st.dev}:${st.ino}`)) {
        seen.add(`${st.dev}:${st.ino}`);
        for (const name of await readdir(p)) if (!name.startsWith('.')) await walk(join(p, name), depth + 1);
      }
    } catch {
      // unreadable: the reader reports it
    }
  };
  for (const p of paths) if (p !== '-') await walk(p, 0);
  return total;
}

interface Progress {
  update(c: Readonly<IngestCounts>): void;
  /** Raw input bytes read so far grow by n. */
  addBytes(n: number): void;
  pause(): void;
  stop(): void;
}

/**
 * A progress bar on stderr (TTY only): articles read, articles/s, and an ETA: the articles expected in all are those
 * read so far scaled by the share of the input bytes (as stored, gzipped or not) read so far.
 */
async function startProgress(io: CliIo, inputs: readonly string[]): Promise<Progress> {
  const totalBytes = await inputBytes(inputs);
  const bar = new cliProgress.SingleBar(
    {
      stream: io.stderr as unknown as NodeJS.WritableStream,
      format: 'ingest [{bar}] {value} articles | {rate}/s | ETA {eta_formatted} | stored {stored}, copies {copies}',
      hideCursor: true,
      etaBuffer: 50,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  const t0 = performance.now();
  let running = false;
  let stopped = false;
  let bytesRead = 0;
  return {
    addBytes(n) {
      bytesRead += n;
    },
    update(c) {
      if (stopped) return;
      const secs = (performance.now() - t0) / 1000;
      // Counting raw bytes (not decoded characters) keeps the estimate right for .gz inputs, whose characters
      // outnumber their bytes several times over. Unknown size (standard input): the total is what was read.
      const total =
        totalBytes > 0 && bytesRead > 0
          ? Math.max(c.read, Math.round((c.read * totalBytes) / Math.min(bytesRead, totalBytes)))
          : c.read;
      const payload = { rate: secs > 0 ? Math.round(c.read / secs) : 0, stored: c.stored, copies: c.copies };
      if (!running) {
        bar.start(total, c.read, payload);
        running = true;
      } else {
        bar.setTotal(total);
        bar.update(c.read, payload);
      }
    },
    pause() {
      // A skip message goes on its own line; the bar redraws on the next update.
      if (running) io.stderr.write('\n');
    },
    stop() {
      if (running && !stopped) bar.stop();
      stopped = true;
    },
  };
}
