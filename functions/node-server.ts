/**
 * Local Node server: `npm start`. Reads process.env.PORT (default 8787),
 * process.env.HOST (default 127.0.0.1) and CM_POOL_SIZE, CM_POOL_QUEUE, CM_POOL_WAIT_MS,
 * CM_REQUEST_BUDGET_MS (see docs/api-operations.md) through nodeSettings;
 * the observatory (process.env.CM_SITE_DIR, default site/) under /observatory/.
 */
import { fsPackReader } from '../src/adapters/pack/index.ts';
import { writeTemplateXlsx } from '../src/adapters/pack/template-xlsx.ts';
import { withObservatory } from '../src/adapters/site/observatory-app.ts';
import { listenFailure, nodeSettings, startNodeServer } from '../src/compose/node/serve-node.ts';
import { ConfigError } from '../src/http/config.ts';

let settings: ReturnType<typeof nodeSettings>;
try {
  settings = nodeSettings(process.env);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(2);
}
const running = await startNodeServer(process.env, settings, {
  extra: { pack: fsPackReader(), writeTemplateXlsx },
  wrap: (api) => withObservatory(api, process.env.CM_SITE_DIR ?? 'site'),
});
running.server.on('error', (error: NodeJS.ErrnoException) => {
  process.stderr.write(`${listenFailure(error, settings)}\n`);
  process.exit(1);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => void running.close().then(() => process.exit(0)));
