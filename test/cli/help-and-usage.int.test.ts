import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { runCli } from '../support/run-cli.ts';

const exec = promisify(execFile);

describe('every command explains itself', () => {
  for (const command of ['assess', 'validate', 'template', 'index', 'token']) {
    test(`${command} --help prints its usage and exits 0`, async () => {
      const run = await runCli([command, '--help']);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(new RegExp(`Usage: corridor-monitor ${command}`));
    });
  }

  test('an unknown option is bad usage: exit 2', async () => {
    const run = await runCli(['assess', 'x.xlsx', '--frobnicate']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/unknown option '--frobnicate'/);
  });

  test('the installed bin runs the CLI through tsx and lists the commands', async () => {
    const { stdout } = await exec(process.execPath, ['bin/corridor-monitor.mjs', '--help']);
    expect(stdout).toMatch(/assess .*\n.*validate/s);
  });
});
