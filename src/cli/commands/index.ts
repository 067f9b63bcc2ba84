import type { Command } from 'commander';
import type { CliIo } from '../io.js';
import { registerActor } from './actor.js';
import { registerAnalyze } from './analyze.js';
import { registerDisputes } from './disputes.js';
import { registerEntities } from './entities.js';
import { registerExport } from './export.js';
import { registerIngest } from './ingest.js';
import { registerQuotes } from './quotes.js';
import { registerSearch } from './search.js';
import { registerStories } from './stories.js';

/** Every command, one module each. */
export function registerCommands(program: Command, io: CliIo, setExit: (code: number) => void): void {
  registerAnalyze(program, io, setExit);
  registerIngest(program, io, setExit);
  registerSearch(program, io, setExit);
  registerQuotes(program, io, setExit);
  registerEntities(program, io, setExit);
  registerDisputes(program, io, setExit);
  registerStories(program, io, setExit);
  registerExport(program, io, setExit);
  registerActor(program, io, setExit);
}
