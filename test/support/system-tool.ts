import { execFileSync } from 'node:child_process';

/**
 * Whether a system program (LibreOffice, Chromium) is installed. Tests that
 * need one skip without it on a developer machine, but CI (CI=true) installs
 * them in .ci/run and runs those tests for real, so there they fail instead.
 */
export function hasTool(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export const mustRun = (command: string) => hasTool(command) || process.env.CI === 'true';
