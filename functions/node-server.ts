/** Local Node server: `npm start` (PORT, default 8787; HOST, default 127.0.0.1); the observatory (CM_SITE_DIR, default site/) under /observatory/. */
import { serve } from '@hono/node-server';
import { fsPackReader } from '../src/adapters/pack/index.ts';
import { withObservatory } from '../src/adapters/site/observatory-app.ts';
import { appFromEnv, jsonLog } from '../src/compose/app-from-env.ts';

const port = Number(process.env.PORT ?? 8787);
const hostname = process.env.HOST ?? '127.0.0.1';
const api = appFromEnv(process.env, jsonLog, { pack: fsPackReader() });
serve(
  { fetch: withObservatory(api.fetch, process.env.CM_SITE_DIR ?? 'site'), port, hostname },
  (info) => {
    console.log(
      JSON.stringify({ level: 'info', msg: 'listening', url: `http://${hostname}:${info.port}` }),
    );
  },
);
