/** The per-request variables every handler and middleware can read. @module */
import type { Role } from '../auth/roles.ts';
import type { AppDeps } from './deps.ts';

export interface AppEnv {
  Variables: {
    deps: AppDeps;
    requestId: string;
    /** The matched route's path pattern (never the raw path, which may hold a token). */
    route?: string;
    role?: Role;
    /** The hubs the caller's token names (coordinator: may recalculate; partner: reviews against). */
    hubs?: string[];
  };
}
