/**
 * The composition root: builds the app from environment variables or Worker
 * bindings, wiring the adapters in; what every entry in functions/ calls. A
 * bad configuration does not crash the runtime: every request then gets a 503
 * problem naming the variable. Google Sheets
 * access is wired in when CM_SHEETS_SERVICE_ACCOUNT_JSON is set.
 * @module
 */
import { Hono } from 'hono';
import { SheetsConfigError, sheetsGatewayFromEnv } from '../adapters/sheets/from-env.ts';
import type { HubLease } from '../core/recalculate/types.ts';
import { createApp, instance } from '../http/app.ts';
import { ConfigError, clockFromEnv, type EnvRecord, loadConfig } from '../http/config.ts';
import type { AppEnv } from '../http/context.ts';
import type { AppDeps } from '../http/deps.ts';
import { ApiProblem, problemResponse } from '../http/problem.ts';

/** One JSON object per line on stdout, which Workers, Cloud Logging and Node all collect. */
export const jsonLog: AppDeps['log'] = (entry) => console.log(JSON.stringify(entry));

export function appFromEnv(
  env: EnvRecord,
  log: AppDeps['log'] = jsonLog,
  extra: Pick<AppDeps, 'pack' | 'writeTemplateXlsx'> & {
    hubLease?: (hubId: string, runId: string) => HubLease;
  } = {},
): Hono<AppEnv> {
  try {
    const clock = clockFromEnv(env);
    const { hubLease, ...deps } = extra;
    const sheets = sheetsGatewayFromEnv(env, clock, hubLease);
    return createApp({
      config: loadConfig(env),
      clock,
      log,
      ...(sheets ? { sheets } : {}),
      ...deps,
    });
  } catch (error) {
    if (!(error instanceof ConfigError || error instanceof SheetsConfigError)) throw error;
    log({ level: 'error', msg: 'configuration', error: error.message });
    const broken = new Hono<AppEnv>();
    broken.all('*', (c) =>
      problemResponse(
        new ApiProblem('not-configured', error.message),
        instance(c.req.url),
        crypto.randomUUID(),
      ),
    );
    return broken;
  }
}

/** Worker bindings hold strings for vars and secrets; anything else is ignored. */
export function stringBindings(env: object): EnvRecord {
  return Object.fromEntries(
    Object.entries(env).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
}
