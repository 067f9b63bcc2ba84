import type { Command } from 'commander';
import { ParleyError, SPEECH_ACTS } from '../../model/index.js';
import type { CliIo } from '../io.js';
import {
  articleRef,
  cell,
  day,
  positiveInt,
  printListing,
  renderTable,
  withDbOptions,
  withStore,
} from './corpus-shared.js';

export function registerQuotes(program: Command, io: CliIo, _setExit: (code: number) => void): void {
  withDbOptions(
    program
      .command('quotes')
      .description('Quotes across the corpus, oldest first, with speaker, speech act and source'),
  )
    .option('--speaker <name>', 'speaker name (or corpus entity name) contains this')
    .option('--org <name>', 'speaker affiliation contains this (or the speaker is that organisation)')
    .option('--act <act>', `speech act: ${SPEECH_ACTS.join(', ')}`)
    .option('--limit <n>', 'most quotes to show', positiveInt('--limit'), 1000)
    .option('--with-copies', 'include quotes from copies of other articles')
    .action(
      async (opts: {
        db: string;
        json?: boolean;
        speaker?: string;
        org?: string;
        act?: string;
        limit: number;
        withCopies?: boolean;
      }) => {
        if (opts.act && !(SPEECH_ACTS as readonly string[]).includes(opts.act))
          throw new ParleyError('PARLEY_ERR_USAGE', `--act must be one of ${SPEECH_ACTS.join(', ')}`);
        const rows = await withStore(opts.db, (s) =>
          s.listQuotes({
            ...(opts.speaker ? { speaker: opts.speaker } : {}),
            ...(opts.org ? { org: opts.org } : {}),
            ...(opts.act ? { act: opts.act } : {}),
            limit: opts.limit,
            includeCopies: opts.withCopies ?? false,
          }),
        );
        printListing(io, rows, opts, 'quotes', () =>
          renderTable(
            ['published', 'article', 'source', 'speaker', 'act', 'quote'],
            rows.map((r) => [
              day(r.published),
              articleRef(r),
              cell(r.source, 24),
              cell(r.speaker, 28),
              r.negated ? `not ${r.act}` : r.act,
              cell(r.content, 100),
            ]),
          ),
        );
      },
    );
}
