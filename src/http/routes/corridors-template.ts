/**
 * GET /v1/corridors/{id}/template.xlsx: the corridor's template pre-filled
 * from the open-data pack, as an .xlsx download.
 * @module
 */
import { buildTemplate } from '../../core/template/generate/build-template.ts';
import { ApiProblem } from '../problem.ts';
import { defineRoute } from '../route.ts';
import { packReader, requestedCorridor } from './corridors-pack.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function prefilledTemplate(c: Parameters<typeof packReader>[0]) {
  const { spec, facts } = await requestedCorridor(c, packReader(c));
  const now = c.get('deps').clock.now();
  const built = buildTemplate({
    corridors: [spec],
    generatedAt: now.toISOString(),
    prefill: new Map([[facts.id, facts]]),
  });
  return { built, now, id: facts.id };
}

/** The pre-filled template as grids, layout and patches: what the add-on's Insert template applies. */
export const corridorTemplateJson = defineRoute({
  method: 'GET',
  path: '/v1/corridors/:id/template',
  operationId: 'corridorTemplateJson',
  summary: 'A pre-filled template for one corridor, as grids',
  description:
    'The same pre-filled template as template.xlsx, in the shape of GET /v1/template (workbook, layout, patches with the pre-filled cell formats and notes).',
  tag: 'Corridors',
  access: ['statistician', 'coordinator', 'partner'],
  responses: [{ status: 200, description: 'The template.' }],
  handle: async (c) => c.json((await prefilledTemplate(c)).built),
});

export const corridorTemplate = defineRoute({
  method: 'GET',
  path: '/v1/corridors/:id/template.xlsx',
  operationId: 'corridorTemplate',
  summary: 'A pre-filled template for one corridor',
  description:
    'The corridor template with every value the open-data pack has filled in (value, year, unit, source, official code and a note per cell, pre-filled cells styled), its reference period ending at the latest year of the data, and the data-gap ledger in the Data availability tab. The same workbook as `corridor-monitor template --corridor ID --prefill`.',
  tag: 'Corridors',
  access: ['statistician', 'coordinator', 'partner'],
  responses: [{ status: 200, description: 'The workbook.', contentType: XLSX }],
  handle: async (c) => {
    const { built, now, id } = await prefilledTemplate(c);
    const write = c.get('deps').writeTemplateXlsx;
    if (!write) {
      throw new ApiProblem(
        'not-configured',
        `This deployment writes no .xlsx (the Workers build bundles no xlsx writer); GET /v1/corridors/${id}/template gives the same template as grids.`,
      );
    }
    const bytes = await write(built, now);
    return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
      'content-type': XLSX,
      'content-disposition': `attachment; filename="${id}-prefilled.xlsx"`,
    });
  },
});
