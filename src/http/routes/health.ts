/** GET /v1/health: liveness, public, no data. @module */
import { z } from 'zod';
import { named } from '../../core/contract/schema-registry.ts';
import { defineRoute } from '../route.ts';

export const HealthResponse = named(
  'HealthResponse',
  z.object({
    ok: z.literal(true),
    service: z.literal('corridor-monitor'),
    version: z.string(),
    time: z.string(),
  }),
);

export const API_VERSION = '0.1.0';

export const health = defineRoute({
  method: 'GET',
  path: '/v1/health',
  operationId: 'health',
  summary: 'Liveness check',
  description: 'Answers 200 when the API is up. Public; reveals nothing about configuration.',
  tag: 'Service',
  access: 'public',
  responses: [{ status: 200, description: 'The API is up.', schema: HealthResponse }],
  handle: (c) =>
    c.json({
      ok: true,
      service: 'corridor-monitor',
      version: API_VERSION,
      time: c.get('deps').clock.now().toISOString(),
    }),
});
