import type { Command } from 'commander';
import { ParleyError } from '../../model/index.js';
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

export function registerSearch(program: Command, io: CliIo, _setExit: (code: number) => void): void {
  withDbOptions(
    program
      .command('search')
      .description(
        'Full-text search over article text and quote content (FTS5 syntax: words, "phrases", OR, NOT, prefix*)',
      )
      .argument('<query>', 'the search query'),
  )
    .option('--in <where>', 'all, articles or quotes', 'all')
    .option('--limit <n>', 'most hits to show', positiveInt('--limit'), 20)
    .option('--with-copies', 'include copies of other articles')
    .action(
      async (query: string, opts: { db: string; json?: boolean; in: string; limit: number; withCopies?: boolean }) => {
        if (!['all', 'articles', 'quotes'].includes(opts.in))
          throw new ParleyError('PARLEY_ERR_USAGE', '--in must be all, articles or quotes');
        const hits = await withStore(opts.db, (s) =>
          s.search(query, {
            in: opts.in as 'all' | 'articles' | 'quotes',
            limit: opts.limit,
            includeCopies: opts.withCopies ?? false,
          }),
        );
        printListing(io, hits, opts, 'matches', () =>
          renderTable(
            ['kind', 'article', 'published', 'source', 'title / speaker', 'snippet'],
            hits.map((h) => [
              h.kind,
              articleRef(h),
              day(h.published),
              cell(h.source, 24),
              cell(h.kind === 'quote' ? h.speaker : h.title, 36),
              cell(h.snippet, 100),
            ]),
          ),
        );
      },
    );
}
