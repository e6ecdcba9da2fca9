import type { Command } from 'commander';

// placeholder until the token command lands; replaced by its owner
export function registerToken(program: Command): void {
  program.command('token').description('(token: not yet implemented)');
}
