/**
 * The three runtimes the API ships on, started the way they run in
 * production: in-process (app.request), workerd (Miniflare on an esbuild
 * bundle of functions/worker.ts) and the Functions Framework over HTTP.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { build } from 'esbuild';
import { appFromEnv } from '../../src/compose/app-from-env.ts';

export interface Answer {
  status: number;
  contentType: string | null;
  requestId: string | null;
  body: string;
}

export interface Runtime {
  name: string;
  /** Base URL for runtimes reached over HTTP. */
  url(): Promise<string>;
  send(path: string, init?: RequestInit): Promise<Answer>;
  close(): Promise<void>;
}

const ROOT = new URL('../../', import.meta.url).pathname;

/** Keeps wrangler/Miniflare off the network (node20-stack.md, gotcha 8). */
export function offline(): void {
  Object.assign(process.env, {
    WRANGLER_SEND_METRICS: 'false',
    WRANGLER_SEND_ERROR_REPORTS: 'false',
    CLOUDFLARE_CF_FETCH_ENABLED: 'false',
    WRANGLER_HIDE_BANNER: 'true',
  });
}

async function answer(res: Response): Promise<Answer> {
  return {
    status: res.status,
    contentType: res.headers.get('content-type'),
    requestId: res.headers.get('x-request-id'),
    body: await res.text(),
  };
}

export function inProcess(env: Record<string, string>): Runtime {
  const app = appFromEnv(env, () => {});
  return {
    name: 'app.request',
    url: async () => 'http://localhost',
    send: async (path, init) => answer(await app.request(path, init)),
    close: async () => {},
  };
}

/** The Worker bundle as wrangler would build it, minified (also what the bench measures). */
export async function bundleWorker(): Promise<string> {
  const out = await build({
    entryPoints: [`${ROOT}functions/worker.ts`],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    conditions: ['workerd', 'worker', 'browser'],
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  return out.outputFiles[0]?.text ?? '';
}

export async function workerd(env: Record<string, string>): Promise<Runtime> {
  offline();
  const { Miniflare } = await import('miniflare');
  const mf = new Miniflare({
    modules: true,
    script: await bundleWorker(),
    compatibilityDate: '2026-04-01',
    bindings: env,
    cf: false,
  });
  await mf.ready;
  return {
    name: 'workerd',
    url: async () => (await mf.ready).origin,
    // Miniflare's fetch speaks undici types; the request it builds is the same
    send: async (path, init) =>
      answer(
        (await mf.dispatchFetch(`http://localhost${path}`, init as never)) as unknown as Response,
      ),
    close: () => mf.dispose(),
  };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/** Starts a Node child listening on PORT and waits until /v1/health answers. */
export async function httpChild(
  name: string,
  args: string[],
  env: Record<string, string>,
): Promise<Runtime> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port), NODE_OPTIONS: '--import tsx' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d) => (stderr += String(d)));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`${name} exited with ${child.exitCode}: ${stderr}`);
    try {
      if ((await fetch(`${base}/v1/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${name} did not start within 60 s: ${stderr}`);
    await new Promise((r) => setTimeout(r, 150));
  }
  return {
    name,
    url: async () => base,
    send: async (path, init) => answer(await fetch(`${base}${path}`, init)),
    close: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

export const functionsFramework = (env: Record<string, string>) =>
  httpChild(
    'functions-framework',
    [
      `${ROOT}node_modules/@google-cloud/functions-framework/build/src/main.js`,
      '--target=api',
      '--source=functions/gcf.ts',
    ],
    env,
  );

export const nodeServer = (env: Record<string, string>) =>
  httpChild('node-server', [`${ROOT}functions/node-server.ts`], env);
