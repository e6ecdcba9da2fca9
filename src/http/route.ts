/**
 * A route module: one endpoint's method, path, roles, schemas and handler.
 * The app mounts every module listed in routes/index.ts, checks the role,
 * parses the query and JSON body with the schemas (400/415/422 on failure)
 * and builds the OpenAPI document from the same definitions.
 * @module
 */
import type { Context } from 'hono';
import type { z } from 'zod';
import type { Role } from '../auth/roles.ts';
import type { AppEnv } from './context.ts';

export interface RouteResponse {
  status: number;
  description: string;
  /** JSON body schema (omit for HTML or empty bodies). */
  schema?: z.ZodType;
  /** Defaults to application/json. */
  contentType?: string;
}

export interface RouteDef<Body extends z.ZodType | undefined, Query extends z.ZodType | undefined> {
  method: 'GET' | 'POST';
  /** Hono path, e.g. `/v1/review/:token`. */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tag: string;
  /** 'public', or the roles allowed; coordinator may call every route (see effectiveRoles). */
  access: 'public' | readonly Role[];
  body?: Body;
  /** The body is a workbook: the caller's per-role limits are checked before the schema parses it. */
  workbook?: boolean;
  /** The same body with the workbook in compact form (`{compact: {values, tabs}}`): accepted too, and expanded before `handle`. */
  compactBody?: z.ZodType;
  query?: Query;
  /** The success response(s); error responses are added for every route. */
  responses: RouteResponse[];
  handle(
    c: Context<AppEnv>,
    input: { body: Infer<Body>; query: Infer<Query> },
  ): Response | Promise<Response>;
}

type Infer<S> = S extends z.ZodType ? z.output<S> : undefined;

/** A route with its types erased, as the app and the OpenAPI builder see it. */
export type AnyRoute = RouteDef<z.ZodType | undefined, z.ZodType | undefined>;

/** Keeps the handler's input types tied to the schemas, then erases them for the route list. */
export function defineRoute<
  Body extends z.ZodType | undefined = undefined,
  Query extends z.ZodType | undefined = undefined,
>(def: RouteDef<Body, Query>): AnyRoute {
  return def as unknown as AnyRoute;
}

/** The roles a route admits: its list, plus coordinator, who may do everything. */
export function effectiveRoles(access: readonly Role[]): Role[] {
  return access.includes('coordinator') ? [...access] : [...access, 'coordinator'];
}
