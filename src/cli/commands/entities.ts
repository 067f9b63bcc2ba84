import type { Command } from 'commander';
import { ParleyError } from '../../model/index.js';
import type { CliIo } from '../io.js';
import { cell, positiveInt, printListing, renderTable, withDbOptions, withStore } from './corpus-shared.js';

const ENTITY_TYPES = ['person', 'organization', 'country', 'place', 'group'] as const;

export function registerEntities(program: Command, io: CliIo, _setExit: (code: number) => void): void {
  withDbOptions(
    program
      .command('entities')
      .description('Corpus entities (one per person, organisation, country… across articles), most covered first'),
  )
    .option('--type <type>', ENTITY_TYPES.join(', '))
    .option('--name <name>', 'name contains this')
    .option('--limit <n>', 'most entities to show', positiveInt('--limit'), 100)
    .action(async (opts: { db: string; json?: boolean; type?: string; name?: string; limit: number }) => {
      // A misspelt type would list nothing and look like an empty corpus.
      if (opts.type && !(ENTITY_TYPES as readonly string[]).includes(opts.type))
        throw new ParleyError('PARLEY_ERR_USAGE', `--type must be one of ${ENTITY_TYPES.join(', ')}`);
      const rows = await withStore(opts.db, (s) =>
        s.listEntities({
          ...(opts.type ? { type: opts.type } : {}),
          ...(opts.name ? { name: opts.name } : {}),
          limit: opts.limit,
        }),
      );
      printListing(io, rows, opts, 'entities', () =>
        renderTable(
          ['id', 'type', 'name', 'country', 'articles', 'mentions', 'quotes'],
          rows.map((r) => [
            String(r.id),
            r.type,
            cell(r.name, 40),
            r.country ?? '-',
            String(r.articles),
            String(r.mentions),
            String(r.quotes),
          ]),
        ),
      );
    });
}
