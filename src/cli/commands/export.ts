import type { Command } from 'commander';
import { ParleyError } from '../../model/index.js';
import { csvHeader, csvLine, DEFAULT_DB, type ExportRow, exportRecord, ploverRecord } from '../../store/index.js';
import type { CliIo } from '../io.js';
import { watchOutput, withStore } from './corpus-shared.js';

const FORMATS = ['jsonl', 'csv', 'plover'] as const;
const KINDS = ['event', 'quote', 'claim'] as const;

export function registerExport(program: Command, io: CliIo, _setExit: (code: number) => void): void {
  program
    .command('export')
    .description('Export every event, quote and claim, one row each (jsonl, csv) or PLOVER-style event records')
    .option('--db <file>', 'the database file', DEFAULT_DB)
    .option('--format <format>', `${FORMATS.join(', ')}`, 'jsonl')
    .option('--kinds <list>', 'comma-separated: event, quote, claim (default all; plover exports events)')
    .option('--with-copies', 'include copies of other articles')
    .option('--json', 'same as --format jsonl')
    .action(async (opts: { db: string; format: string; kinds?: string; withCopies?: boolean; json?: boolean }) => {
      if (opts.json && opts.format !== 'jsonl')
        throw new ParleyError(
          'PARLEY_ERR_USAGE',
          `--json writes JSON Lines: it cannot go with --format ${opts.format}`,
        );
      const format = opts.format;
      if (!(FORMATS as readonly string[]).includes(format))
        throw new ParleyError('PARLEY_ERR_USAGE', `--format must be one of ${FORMATS.join(', ')}`);
      const kinds = (opts.kinds ? opts.kinds.split(',').map((k) => k.trim()) : [...KINDS]) as ExportRow['kind'][];
      for (const k of kinds)
        if (!(KINDS as readonly string[]).includes(k))
          throw new ParleyError('PARLEY_ERR_USAGE', `--kinds takes ${KINDS.join(', ')}, not "${k}"`);
      const output = watchOutput(io);
      await withStore(opts.db, async (store) => {
        const rows = store.exportRows({
          kinds: format === 'plover' ? ['event'] : kinds,
          includeCopies: opts.withCopies ?? false,
        });
        if (format === 'csv') io.stdout.write(`${csvHeader()}\n`);
        let n = 0;
        for await (const row of rows) {
          if (output.closed()) break;
          if (format === 'csv') io.stdout.write(`${csvLine(exportRecord(row))}\n`);
          else if (format === 'plover') {
            const rec = ploverRecord(row);
            if (rec) io.stdout.write(`${JSON.stringify(rec)}\n`);
          } else io.stdout.write(`${JSON.stringify(exportRecord(row))}\n`);
          // Let a broken pipe be noticed now and then.
          if (++n % 1000 === 0) await new Promise((r) => setImmediate(r));
        }
      }).finally(() => output.dispose());
    });
}
