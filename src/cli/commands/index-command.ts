import type { Command } from 'commander';

// placeholder until the index command lands; replaced by its owner
export function registerIndex(program: Command): void {
  program.command('index').description('(index: not yet implemented)');
}
