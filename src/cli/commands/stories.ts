import type { Command } from 'commander';
import type { StoryRow } from '../../store/index.js';
import type { CliIo } from '../io.js';
import { cell, day, positiveInt, watchOutput, withDbOptions, withStore } from './corpus-shared.js';

export function registerStories(program: Command, io: CliIo, _setExit: (code: number) => void): void {
  withDbOptions(
    program.command('stories').description('Stories: articles about the same event, grouped as they arrived'),
  )
    .option('--min <n>', 'only stories with at least this many articles', positiveInt('--min'), 1)
    .action(async (opts: { db: string; json?: boolean; min: number }) => {
      let any = false;
      const output = watchOutput(io);
      await withStore(opts.db, async (store) => {
        // A page of stories at a time: the listing streams whatever the corpus size.
        for (let after: number | undefined; ; ) {
          const rows = await store.listStories({
            minArticles: opts.min,
            limit: 500,
            ...(after !== undefined ? { after } : {}),
          });
          if (rows.length === 0 || output.closed()) break;
          any = true;
          for (const r of rows) io.stdout.write(opts.json ? jsonLine(r) : renderStory(r));
          after = rows[rows.length - 1]!.story;
          await new Promise((r) => setImmediate(r));
        }
      }).finally(() => output.dispose());
      if (!any && !opts.json) io.stdout.write('no stories\n');
    });
}

function jsonLine(r: StoryRow): string {
  const articles = r.articles.map((a) => ({
    id: a.id,
    externalId: a.externalId,
    source: a.source,
    title: a.title,
    published: a.published,
  }));
  return `${JSON.stringify({ story: r.story, articles })}\n`;
}

function renderStory(r: StoryRow): string {
  const span = r.firstPublished ? `${day(r.firstPublished)}…${day(r.lastPublished)}` : 'undated';
  const out = [`story ${r.story}  ${r.articles.length} article${r.articles.length === 1 ? '' : 's'}  ${span}`];
  // The article's name is printed whole (an external id cut short names nothing); the column widens to fit.
  const refs = r.articles.map((a) => cell(a.externalId ?? `#${a.id}`, 200));
  const width = Math.max(20, ...refs.map((x) => x.length));
  for (const [i, a] of r.articles.entries())
    out.push(
      `  ${day(a.published).padEnd(10)}  ${refs[i]!.padEnd(width)}  ${cell(a.source, 20).padEnd(20)}  ${cell(a.title, 70)}`,
    );
  return `${out.join('\n')}\n`;
}
