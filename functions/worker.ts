/** Cloudflare Worker entry: vars and secrets arrive as bindings (wrangler.toml, `wrangler secret put`). */
import {
  durableHubLease,
  HubLeaseObject,
  type LeaseNamespace,
} from '../src/adapters/cloudflare/hub-lease-object.ts';
import { appFromEnv, jsonLog, stringBindings } from '../src/compose/app-from-env.ts';

/** The Durable Object class behind the HUB_LEASE binding (wrangler.toml): one per hub. */
export { HubLeaseObject };

let app: ReturnType<typeof appFromEnv> | undefined;

export default {
  fetch(request: Request, env: object): Response | Promise<Response> {
    // bindings are fixed for an isolate's life, so the app is built once
    const lease = (env as { HUB_LEASE?: LeaseNamespace }).HUB_LEASE;
    app ??= appFromEnv(stringBindings(env), jsonLog, {
      ...(lease
        ? { hubLease: (hubId: string, runId: string) => durableHubLease(lease, hubId, runId) }
        : {}),
    });
    return app.fetch(request, env); // env reaches the routes as c.env (the ASSETS binding of the pack)
  },
};
