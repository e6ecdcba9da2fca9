/** Progress lines on stderr, so stdout stays clean for tables and JSON. @module */
export interface Progress {
  step(message: string): void;
  done(message: string): void;
}

export function progress(quiet: boolean, total: number): Progress {
  let n = 0;
  const started = Date.now();
  const write = (line: string) => {
    if (!quiet) process.stderr.write(`${line}\n`);
  };
  return {
    step: (message) => write(`[${++n}/${total}] ${message}`),
    done: (message) => write(`${message} (${((Date.now() - started) / 1000).toFixed(1)} s)`),
  };
}
