import type { Command } from 'commander';

// placeholder until the assess command lands; replaced by its owner
export function registerAssess(program: Command): void {
  program.command('assess').description('(assess: not yet implemented)');
}
