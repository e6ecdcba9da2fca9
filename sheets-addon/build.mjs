/**
 * Builds the Apps Script project into sheets-addon/dist/:
 *   Code.js         the server bundle (esbuild iife) plus one top-level
 *                   function per export, since Apps Script sees only those;
 *   Sidebar.html    the sidebar with its script and style inlined
 *                   (HtmlService serves no separate files);
 *   appsscript.json the manifest; CM_API_URL (or `apiUrl`) sets urlFetchWhitelist.
 * Run: node sheets-addon/build.mjs   (or import { buildAddon }).
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const GLOBAL = '__corridorMonitor';

/** `https://api.example.org/base` -> `https://api.example.org/base/` (the allowlist wants a path). */
export function whitelistPrefix(apiUrl) {
  const url = new URL(apiUrl);
  if (url.protocol !== 'https:') throw new Error(`The API URL must use https, got ${apiUrl}`);
  if (!url.hostname.includes('.')) throw new Error(`The API URL needs a full domain, got ${apiUrl}`);
  return `${url.origin}${url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`}`;
}

async function exportNames(entry, tsconfig) {
  const result = await build({ entryPoints: [entry], bundle: true, format: 'esm', write: false, metafile: true, tsconfig, outfile: 'x.js' });
  return Object.values(result.metafile.outputs).flatMap((o) => o.exports);
}

async function buildServer(tsconfig) {
  const entry = join(here, 'src/server/main.ts');
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL,
    target: 'es2019',
    charset: 'utf8',
    write: false,
    tsconfig,
    legalComments: 'none',
  });
  const names = await exportNames(entry, tsconfig);
  const stubs = names
    .sort()
    .map((name) => `function ${name}() { return ${GLOBAL}.${name}.apply(this, arguments); }`)
    .join('\n');
  return { code: `${result.outputFiles[0].text}\n// Entry points: Apps Script calls only top-level functions.\n${stubs}\n`, names };
}

async function buildSidebar() {
  const pages = join(here, 'src/pages');
  const script = await build({
    entryPoints: [join(pages, 'sidebar.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2019',
    charset: 'utf8',
    write: false,
    tsconfig: join(pages, 'tsconfig.json'),
    legalComments: 'none',
  });
  const js = script.outputFiles[0].text.replace(/<\/(script)/gi, '<\\/$1');
  const css = await readFile(join(pages, 'sidebar.css'), 'utf8');
  const html = await readFile(join(pages, 'sidebar.html'), 'utf8');
  return html
    .replace('<!-- inline:css -->', () => `<style>\n${css}</style>`)
    .replace('<!-- inline:js -->', () => `<script>\n${js}</script>`);
}

/** Write then rename, so a concurrent reader (two test files building at once) never sees half a file. */
async function writeAtomic(path, text) {
  const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, path);
}

/**
 * @param {{ outDir?: string, apiUrl?: string }} [options]
 * @returns {Promise<{ outDir: string, entryPoints: string[] }>}
 */
export async function buildAddon(options = {}) {
  const outDir = options.outDir ?? join(here, 'dist');
  const apiUrl = options.apiUrl ?? process.env.CM_API_URL;
  const tsconfig = join(here, 'tsconfig.json');
  await mkdir(outDir, { recursive: true });
  const [server, sidebar, manifestText] = await Promise.all([
    buildServer(tsconfig),
    buildSidebar(),
    readFile(join(here, 'appsscript.json'), 'utf8'),
  ]);
  const manifest = JSON.parse(manifestText);
  if (apiUrl) manifest.urlFetchWhitelist = [whitelistPrefix(apiUrl)];
  await Promise.all([
    writeAtomic(join(outDir, 'Code.js'), server.code),
    writeAtomic(join(outDir, 'Sidebar.html'), sidebar),
    writeAtomic(join(outDir, 'appsscript.json'), `${JSON.stringify(manifest, null, 2)}\n`),
  ]);
  return { outDir, entryPoints: server.names };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  buildAddon().then(
    ({ outDir, entryPoints }) => console.log(`Built ${outDir} with ${entryPoints.length} entry points: ${entryPoints.join(', ')}`),
    (error) => {
      console.error(error.message);
      process.exit(1);
    },
  );
}
