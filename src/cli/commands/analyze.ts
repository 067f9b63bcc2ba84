import type { Command } from 'commander';
import { type Analyzer, createAnalyzer } from '../../analyze.js';
import { parseActorDictionary } from '../../events/index.js';
import { checkDateOption } from '../date-option.js';
import { type CliIo, readArticleInput, readInputText, reportError } from '../io.js';
import { renderReport } from '../report.js';

export function registerAnalyze(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('analyze')
    .description('Analyse articles (plain text or HTML; `-` reads stdin): structure, entities, quotes, events, claims')
    .argument('<files...>', 'input files, or - for standard input')
    .option('--json', 'one JSON object per input per line (JSON Lines), in input order')
    .option('--no-events', 'skip event coding and claims')
    .option('--date <YYYY-MM-DD>', 'date for date-ranged actor tables (default: the article date)')
    .option('--actors <file>', 'a user actor dictionary (JSON Lines, see docs/actors.md)')
    .action(async (files: string[], opts: { json?: boolean; events: boolean; date?: string; actors?: string }) => {
      let analyzer: Analyzer;
      try {
        checkDateOption(opts.date);
        const actors = opts.actors
          ? parseActorDictionary(await readInputText(opts.actors, io), opts.actors)
          : undefined;
        analyzer = createAnalyzer(
          { events: opts.events, claims: opts.events, date: opts.date ?? null },
          actors ? { actors } : {},
        );
      } catch (e) {
        setExit(reportError(io, e));
        return;
      }
      let failed = 0;
      for (const file of files) {
        try {
          const out = analyzer.analyze({ ...(await readArticleInput(file, io)), source: file });
          io.stdout.write(opts.json ? `${JSON.stringify(out)}\n` : renderReport(out));
        } catch (e) {
          failed++;
          reportError(io, e);
        }
      }
      if (failed > 0) setExit(1);
    });
}
