/**
 * `corridor-monitor`: the Node command line. Each command lives in its own
 * file under commands/ and registers itself on the program.
 * Exit codes: 0 ok, 1 validation errors, 2 bad usage or unreadable input.
 * @module
 */
import { Command, CommanderError } from 'commander';
import { registerAssess } from './commands/assess-command.ts';
import { registerIndex } from './commands/index-command.ts';
import { registerObservatory } from './commands/observatory-command.ts';
import { registerTemplate } from './commands/template-command.ts';
import { registerToken } from './commands/token-command.ts';
import { registerValidate } from './commands/validate-command.ts';
import { EXIT, UsageError } from './exit.ts';

export function buildProgram(): Command {
  const program = new Command('corridor-monitor')
    .description('Validate, score and benchmark migration corridors from spreadsheet templates.')
    .version('0.1.0')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  for (const register of [
    registerAssess,
    registerValidate,
    registerTemplate,
    registerIndex,
    registerToken,
    registerObservatory,
  ]) {
    register(program);
  }
  return program;
}

/** Runs the CLI and resolves to its exit code; never lets a stack trace reach the user. */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version exit through here with code 0
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof UsageError) {
      process.stderr.write(`corridor-monitor: ${error.message}\n`);
      return EXIT.usage;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`corridor-monitor: unexpected failure: ${message}\n`);
    return EXIT.usage;
  }
}
