import type { Command } from 'commander';
import type { CliIo } from '../io.js';
import { cell, day, positiveInt, printListing, withDbOptions, withStore } from './corpus-shared.js';

const STANCE_LABEL: Readonly<Record<string, string>> = {
  assert: 'asserted',
  deny: 'denied',
  doubt: 'doubted',
  question: 'questioned',
};

export function registerDisputes(program: Command, io: CliIo, _setExit: (code: number) => void): void {
  withDbOptions(
    program
      .command('disputes')
      .description('Propositions asserted by some and denied or doubted by others, across articles: who, where, when'),
  )
    .option('--limit <n>', 'most disputes to show', positiveInt('--limit'), 500)
    .action(async (opts: { db: string; json?: boolean; limit: number }) => {
      const rows = await withStore(opts.db, (s) => s.listDisputes({ limit: opts.limit }));
      printListing(io, rows, opts, 'disputes', () => {
        const out: string[] = [];
        for (const d of rows) {
          out.push(`${cell(d.proposition, 110)}`);
          for (const p of d.positions) {
            // The outlet may be cut short, the article's name never is.
            const where = [p.source ? cell(p.source, 30) : null, cell(p.externalId ?? `#${p.articleId}`, 200)]
              .filter(Boolean)
              .join(' ');
            out.push(
              `  ${day(p.published).padEnd(10)}  ${(STANCE_LABEL[p.stance] ?? p.stance).padEnd(10)}  ${cell(p.holder, 32)}  (${where})`,
            );
          }
          out.push('');
        }
        return out.join('\n');
      });
    });
}
