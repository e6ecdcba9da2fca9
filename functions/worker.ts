/** Cloudflare Worker entry: vars and secrets arrive as bindings (wrangler.toml, `wrangler secret put`). */
import { appFromEnv, stringBindings } from '../src/compose/app-from-env.ts';

let app: ReturnType<typeof appFromEnv> | undefined;

export default {
  fetch(request: Request, env: object): Response | Promise<Response> {
    // bindings are fixed for an isolate's life, so the app is built once
    app ??= appFromEnv(stringBindings(env));
    return app.fetch(request);
  },
};
