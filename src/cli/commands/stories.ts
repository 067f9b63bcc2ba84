import type { Command } from 'commander';
import type { CliIo } from '../io.js';
import { cell, day, positiveInt, withDbOptions, withStore, writeJsonLine } from './corpus-shared.js';

export function registerStories(program: Command, io: CliIo, _setExit: (code: number) => void): void {
  withDbOptions(
    program.command('stories').description('Stories: articles about the same event, grouped as they arrived'),
  )
    .option('--min <n>', 'only stories with at least this many articles', positiveInt('--min'), 1)
    .action(async (opts: { db: string; json?: boolean; min: number }) => {
      const rows = await withStore(opts.db, (s) => s.listStories({ minArticles: opts.min }));
      if (opts.json) {
        for (const r of rows)
          writeJsonLine(io, {
            story: r.story,
            articles: r.articles.map((a) => ({
              id: a.id,
              externalId: a.externalId,
              source: a.source,
              title: a.title,
              published: a.published,
            })),
          });
        return;
      }
      if (rows.length === 0) {
        io.stdout.write('no stories\n');
        return;
      }
      const out: string[] = [];
      for (const r of rows) {
        const span = r.firstPublished ? `${day(r.firstPublished)}…${day(r.lastPublished)}` : 'undated';
        out.push(`story ${r.story}  ${r.articles.length} article${r.articles.length === 1 ? '' : 's'}  ${span}`);
        for (const a of r.articles)
          out.push(
            `  ${day(a.published)}  ${cell(a.externalId ?? `#${a.id}`, 20).padEnd(20)}  ${cell(a.source, 20).padEnd(20)}  ${cell(a.title, 70)}`,
          );
      }
      io.stdout.write(`${out.join('\n')}\n`);
    });
}
