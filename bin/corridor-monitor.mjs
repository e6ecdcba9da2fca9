#!/usr/bin/env node
// Runs the compiled CLI: `npm run build` (run by `prepare` on npm ci / npm install) writes dist/cli/.
// Nothing is transpiled at run time.
try {
  await import('../dist/cli/bin.js');
} catch (error) {
  if (error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/cli/bin.js')) {
    process.stderr.write('corridor-monitor: the CLI is not built yet; run `npm run build` (npm install runs it for you)\n');
    process.exitCode = 2;
  } else {
    throw error;
  }
}
