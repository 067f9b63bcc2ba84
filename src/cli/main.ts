import { Command, CommanderError } from 'commander';
import { registerCommands } from './commands/index.js';
import { type CliIo, processIo, reportError } from './io.js';

/** Runs the CLI with the given arguments (without `node parley`) and returns the exit code. Never throws. */
export async function run(argv: string[], io: CliIo = processIo()): Promise<number> {
  let code = 0;
  const setExit = (c: number) => {
    code = Math.max(code, c);
  };
  const program = new Command('parley')
    .description(
      'Parley reads the news the way an analyst does: who said what, who claims and denies what, who did what to whom.',
    )
    .version('0.1.0')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(`parley: ${s.replace(/^error: /, '').trim()}\n`),
    });
  registerCommands(program, io, setExit);
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.exitCode === 0 ? 0 : 2;
    }
    return reportError(io, e);
  }
  return code;
}
