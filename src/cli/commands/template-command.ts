import type { Command } from 'commander';

// placeholder until the template command lands; replaced by its owner
export function registerTemplate(program: Command): void {
  program.command('template').description('(template: not yet implemented)');
}
