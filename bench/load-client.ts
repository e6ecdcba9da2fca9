/**
 * One autocannon run for bench/load.bench.ts, in its own process (so two
 * runs at once do not share an event loop): `tsx bench/load-client.ts '<json
 * options>'`. Prints autocannon's result as JSON, plus `errorCodes`, the
 * errors by code (ECONNRESET, EPIPE, time-outs...), which its CLI does not give.
 */
import { createRequire } from 'node:module';

interface Instance {
  on(event: 'reqError', listener: (error: NodeJS.ErrnoException) => void): void;
}
type Autocannon = (
  options: Record<string, unknown>,
  done: (error: Error | null, result: Record<string, unknown>) => void,
) => Instance;

// autocannon ships no types; its programmatic API is documented in its README
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;
const options = JSON.parse(process.argv[2] ?? '{}') as Record<string, unknown> & {
  bodyFile?: string;
};
if (options.bodyFile) {
  const { readFileSync } = await import('node:fs');
  options.body = readFileSync(options.bodyFile);
  delete options.bodyFile;
}
const errorCodes: Record<string, number> = {};
const instance = autocannon(options, (error, result) => {
  if (error) throw error;
  process.stdout.write(JSON.stringify({ ...result, errorCodes }));
});
instance.on('reqError', (error) => {
  const code = error.code ?? (error.message === 'request timed out' ? 'timeout' : error.message);
  errorCodes[code] = (errorCodes[code] ?? 0) + 1;
});
