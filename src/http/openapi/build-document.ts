/**
 * The OpenAPI 3.1 document, generated from the route modules and their zod
 * schemas (z.toJSONSchema), so docs and validation cannot drift apart.
 * @module
 */
import { z } from 'zod';
import { ProblemSchema } from '../../core/contract/problem.ts';
import { apiSchemas } from '../../core/contract/schema-registry.ts';
import { PROBLEMS } from '../problem.ts';
import { type AnyRoute, effectiveRoles, type RouteResponse } from '../route.ts';
import { API_VERSION } from '../routes/health.ts';

type Json = Record<string, unknown>;

export interface OpenApiOptions {
  publicUrl?: string;
}

export function buildOpenApi(routes: readonly AnyRoute[], options: OpenApiOptions = {}): Json {
  const paths: Record<string, Json> = {};
  for (const route of routes) {
    const path = route.path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
    paths[path] = { ...paths[path], [route.method.toLowerCase()]: operation(route) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Corridor Monitor API',
      version: API_VERSION,
      description:
        'Validate, score and benchmark international migration corridors from an MP-style spreadsheet template. ' +
        'A workbook is `{tabs: {[name]: cell[][]}}` (the shape of Apps Script getValues() and of the Sheets API values).',
    },
    ...(options.publicUrl ? { servers: [{ url: options.publicUrl }] } : {}),
    tags: [...new Set(routes.map((r) => r.tag))].map((name) => ({ name })),
    paths,
    components: {
      schemas: components(),
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
    },
  };
}

function components(): Record<string, Json> {
  const out: Record<string, Json> = {};
  const { schemas } = z.toJSONSchema(apiSchemas, {
    uri: (id) => `#/components/schemas/${id}`,
    io: 'input',
    unrepresentable: 'any',
  });
  for (const id of Object.keys(schemas).sort()) {
    const { $schema: _s, $id: _i, ...schema } = schemas[id] as Json;
    out[id] = schema;
  }
  return out;
}

function ref(schema: z.ZodType): Json {
  const id = apiSchemas.get(schema)?.id;
  if (id) return { $ref: `#/components/schemas/${id}` };
  const { $schema: _s, ...inline } = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
  }) as Json;
  return inline;
}

function operation(route: AnyRoute): Json {
  const secured = route.access !== 'public';
  const roles = route.access === 'public' ? 'public' : effectiveRoles(route.access);
  const op: Json = {
    operationId: route.operationId,
    summary: route.summary,
    tags: [route.tag],
    description: [
      route.description,
      secured ? `Roles: ${(roles as string[]).join(', ')}.` : 'Public.',
    ]
      .filter(Boolean)
      .join('\n\n'),
    security: secured ? [{ bearer: [] }] : [],
    'x-roles': roles,
  };
  const parameters = [...pathParameters(route.path), ...queryParameters(route.query)];
  if (parameters.length) op.parameters = parameters;
  if (route.body)
    op.requestBody = {
      required: true,
      content: {
        'application/json': {
          schema: route.compactBody
            ? { oneOf: [ref(route.body), ref(route.compactBody)] }
            : ref(route.body),
        },
      },
    };
  op.responses = Object.fromEntries([
    ...route.responses.map(success),
    ...errors(route).map(problem),
  ]);
  return op;
}

function success(r: RouteResponse): [string, Json] {
  const type = r.contentType ?? 'application/json';
  return [
    String(r.status),
    { description: r.description, content: { [type]: r.schema ? { schema: ref(r.schema) } : {} } },
  ];
}

function errors(route: AnyRoute): (keyof typeof PROBLEMS)[] {
  const out: (keyof typeof PROBLEMS)[] = [];
  if (route.body) out.push('malformed-json');
  if (route.access !== 'public') out.push('unauthorized', 'forbidden');
  if (route.body) out.push('payload-too-large', 'unsupported-media-type');
  if (route.body || route.query) out.push('invalid-request');
  out.push('internal-error');
  return out;
}

function problem(slug: keyof typeof PROBLEMS): [string, Json] {
  const { status, title } = PROBLEMS[slug];
  return [
    String(status),
    { description: title, content: { 'application/problem+json': { schema: ref(ProblemSchema) } } },
  ];
}

function pathParameters(path: string): Json[] {
  return [...path.matchAll(/:([A-Za-z0-9_]+)/g)].map((m) => ({
    name: m[1],
    in: 'path',
    required: true,
    schema: { type: 'string' },
  }));
}

function queryParameters(query: z.ZodType | undefined): Json[] {
  if (!query) return [];
  const json = z.toJSONSchema(query, { io: 'input', unrepresentable: 'any' }) as {
    properties?: Record<string, Json>;
    required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, schema]) => {
    const { description, ...rest } = schema;
    return {
      name,
      in: 'query',
      required: json.required?.includes(name) ?? false,
      ...(description ? { description } : {}),
      schema: rest,
    };
  });
}
