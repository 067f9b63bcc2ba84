import type { Command } from 'commander';
import type { CliIo } from '../io.js';
import { registerAnalyze } from './analyze.js';

/** Every command, one module each. */
export function registerCommands(program: Command, io: CliIo, setExit: (code: number) => void): void {
  registerAnalyze(program, io, setExit);
}
