import type { Command } from 'commander';
import {
  type ActorResolver,
  actorResolver,
  parseActorDictionary,
  resolveActorPhrase,
} from '../../events/actors/index.js';
import { checkDateOption } from '../date-option.js';
import { type CliIo, readInputText, reportError } from '../io.js';

/** `parley actor PHRASE... [--date YYYY-MM-DD] [--json] [--actors FILE]` (docs/actors.md). */
export function registerActor(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('actor')
    .description('Resolve actor phrases to CAMEO-style codes (country + sector), one result per phrase')
    .argument('<phrases...>', 'actor phrases, e.g. "President Kassym-Jomart Tokayev" "Chinese police"')
    .option('--date <YYYY-MM-DD>', 'date for terms of office (default: today)')
    .option('--json', 'JSON Lines: {input, code, country, sector, sectors}')
    .option('--actors <file>', 'a user actor dictionary (JSON Lines, see docs/actors.md)')
    .action(async (phrases: string[], opts: { date?: string; json?: boolean; actors?: string }) => {
      try {
        checkDateOption(opts.date);
        let resolver: ActorResolver = actorResolver();
        if (opts.actors)
          resolver = actorResolver(parseActorDictionary(await readInputText(opts.actors, io), opts.actors));
        for (const phrase of phrases) {
          const r = resolveActorPhrase(phrase, { date: opts.date ?? null, resolver });
          const code = r.code || (r.via === 'none' ? '' : r.code);
          if (opts.json) {
            const line: Record<string, unknown> = {
              input: r.input,
              code,
              country: r.country,
              sector: r.sector,
              sectors: r.sectors,
            };
            if (r.compound)
              line.compound = r.compound.map((c) => ({ code: c.code, country: c.country, sector: c.sector }));
            io.stdout.write(`${JSON.stringify(line)}\n`);
          } else {
            const parts = [`${r.input} → ${code || '(no actor)'}`];
            if (r.country) parts.push(`country ${r.country}`);
            if (r.sectors.length > 0) parts.push(`sector ${r.sectors.join('+')}`);
            if (r.name) parts.push(`(${r.via}: ${r.name})`);
            else if (r.via !== 'none') parts.push(`(${r.via})`);
            if (r.compound) parts.push(`compound: ${r.compound.map((c) => c.code).join(', ')}`);
            io.stdout.write(`${parts.join('  ')}\n`);
          }
        }
      } catch (e) {
        setExit(reportError(io, e));
      }
    });
}
