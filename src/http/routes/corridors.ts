/**
 * GET /v1/corridors (search, paged) and GET /v1/corridors/{id}: what the
 * open-data pack knows about any corridor, with its data-gap ledger,
 * cross-source checks and provenance.
 * @module
 */
import { z } from 'zod';
import { named } from '../../core/contract/schema-registry.ts';
import { listCorridors, MAX_PAGE_SIZE } from '../../core/pack/corridor-list.ts';
import { crossSourceChecks } from '../../core/pack/cross-source.ts';
import { CATALOGUE } from '../../core/template/catalogue/index.ts';
import { corridorLedger } from '../../core/template/generate/prefill/ledger.ts';
import { defineRoute } from '../route.ts';
import { packReader, requestedCorridor } from './corridors-pack.ts';

const CorridorListQuery = z.object({
  search: z.string().max(100).optional().describe('text in the id or a country name, e.g. "qatar"'),
  origin: z.string().max(5).optional().describe('ISO 3166 alpha-3 of the origin'),
  destination: z.string().max(5).optional().describe('ISO 3166 alpha-3 of the destination'),
  minStock: z.coerce
    .number()
    .int()
    .min(0)
    .optional()
    .describe('at least this many migrants (latest UN DESA year)'),
  page: z.coerce.number().int().min(1).max(100_000).optional(),
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).optional(),
});

export const CorridorListResponse = named(
  'CorridorListResponse',
  z.object({
    packVersion: z.string(),
    total: z.number(),
    page: z.number(),
    pageSize: z.number(),
    items: z.array(
      z.object({
        id: z.string(),
        origin: z.string(),
        destination: z.string(),
        originName: z.string(),
        destinationName: z.string(),
        stock: z.number(),
        stockYear: z.number(),
      }),
    ),
  }),
);

const Point = z.object({ year: z.number(), value: z.number(), note: z.string().optional() });

export const CorridorResponse = named(
  'CorridorResponse',
  z.object({
    corridor: z.object({
      id: z.string(),
      origin: z.string(),
      destination: z.string(),
      transit: z.string().optional(),
      names: z.record(z.string(), z.string()),
      packVersion: z.string(),
      latestYear: z.number(),
      stock: z.object({ year: z.number(), value: z.number() }),
      routes: z.array(z.string()),
      series: z.array(
        z.object({
          indicator: z.string(),
          label: z.string(),
          side: z.string(),
          country: z.string(),
          unit: z.string(),
          source: z.string(),
          licence: z.string(),
          vintage: z.string(),
          code: z.string(),
          note: z.string(),
          formula: z.string().optional(),
          confidence: z.string(),
          points: z.array(Point),
        }),
      ),
      sources: z.array(
        z.object({
          id: z.string(),
          title: z.string(),
          vintage: z.string(),
          licence: z.string(),
          url: z.string(),
        }),
      ),
    }),
    ledger: z.array(
      z.object({
        indicator: z.string(),
        side: z.string(),
        country: z.string(),
        status: z.enum(['pre-filled', 'derivable', 'needs national input', 'no known open source']),
        latestYear: z.number().nullable(),
        age: z.number().nullable(),
        source: z.string(),
        note: z.string(),
      }),
    ),
    checks: z.array(
      z.object({
        code: z.string(),
        year: z.number(),
        sources: z.array(z.string()),
        message: z.string(),
        severity: z.string(),
      }),
    ),
    provenance: z.object({
      packVersion: z.string(),
      contentHash: z.string(),
      sources: z.array(
        z.object({
          id: z.string(),
          title: z.string(),
          publisher: z.string(),
          vintage: z.string(),
          licence: z.string(),
          url: z.string(),
        }),
      ),
    }),
  }),
);

export const corridorsList = defineRoute({
  method: 'GET',
  path: '/v1/corridors',
  operationId: 'listCorridors',
  summary: 'Corridors of the open-data pack',
  description:
    'Every origin-destination pair with migrants in UN DESA 2020, largest first; filter by origin, destination, minimum stock or a text search, paged (at most 500 per page).',
  tag: 'Corridors',
  access: ['statistician', 'coordinator', 'partner'],
  query: CorridorListQuery,
  responses: [{ status: 200, description: 'One page of corridors.', schema: CorridorListResponse }],
  handle: async (c, { query }) => {
    const reader = packReader(c);
    const [manifest, index] = await Promise.all([reader.manifest(), reader.index()]);
    return c.json({ packVersion: manifest.version, ...listCorridors(manifest, index, query) });
  },
});

export const corridorDetail = defineRoute({
  method: 'GET',
  path: '/v1/corridors/:id',
  operationId: 'corridor',
  summary: 'What open data say about one corridor',
  description:
    'Every stored and derived series of the pair and of both ends (year, value, unit, source, licence, vintage, official code, formula), the data-gap ledger of the catalogue, cross-source warnings and the provenance of the pack. Reads two or three shards of the pack.',
  tag: 'Corridors',
  access: ['statistician', 'coordinator', 'partner'],
  responses: [{ status: 200, description: 'The corridor.', schema: CorridorResponse }],
  handle: async (c) => {
    const reader = packReader(c);
    const { facts } = await requestedCorridor(c, reader);
    const manifest = await reader.manifest();
    const year = c.get('deps').clock.now().getUTCFullYear();
    const ledger = corridorLedger(facts, CATALOGUE, facts, year).map(
      ({ corridorId: _, ...l }) => l,
    );
    return c.json({
      corridor: facts,
      ledger,
      checks: crossSourceChecks(facts),
      provenance: {
        packVersion: manifest.version,
        contentHash: manifest.contentHash,
        sources: manifest.sources.map(({ files: _, takenFrom: __, ...s }) => s),
      },
    });
  },
});
