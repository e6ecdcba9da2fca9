/** Local Node server: `npm start` (PORT, default 8787; HOST, default 127.0.0.1). */
import { serve } from '@hono/node-server';
import { appFromEnv } from '../src/compose/app-from-env.ts';

const port = Number(process.env.PORT ?? 8787);
const hostname = process.env.HOST ?? '127.0.0.1';
serve({ fetch: appFromEnv(process.env).fetch, port, hostname }, (info) => {
  console.log(
    JSON.stringify({ level: 'info', msg: 'listening', url: `http://${hostname}:${info.port}` }),
  );
});
