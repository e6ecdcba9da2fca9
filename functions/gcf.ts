/** Google Cloud Functions (gen2) entry: `--entry-point=api`; configuration from environment and Secret Manager. */
import { http } from '@google-cloud/functions-framework';
import { getRequestListener } from '@hono/node-server';
import { fsPackReader } from '../src/adapters/pack/index.ts';
import { writeTemplateXlsx } from '../src/adapters/pack/template-xlsx.ts';
import { appFromEnv, jsonLog } from '../src/compose/app-from-env.ts';

http(
  'api',
  getRequestListener(
    appFromEnv(process.env, jsonLog, { pack: fsPackReader(), writeTemplateXlsx }).fetch,
  ),
);
