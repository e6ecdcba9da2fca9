import type { Command } from 'commander';

// placeholder until the validate command lands; replaced by its owner
export function registerValidate(program: Command): void {
  program.command('validate').description('(validate: not yet implemented)');
}
