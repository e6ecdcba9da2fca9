/**
 * Every mounted API route module, in the order the docs list them.
 * To add an endpoint: write src/http/routes/<name>.ts exporting a
 * `defineRoute(...)`, then add it here with one import and one entry.
 * @module
 */
import type { AnyRoute } from '../route.ts';
import { assessRoute } from './assess.ts';
import { catalogue } from './catalogue.ts';
import { coinIndex } from './coin-index.ts';
import { corridorDetail, corridorsList } from './corridors.ts';
import { corridorTemplate, corridorTemplateJson } from './corridors-template.ts';
import { health } from './health.ts';
import { recalculateRoute } from './recalculate.ts';
import { reviewPageRoute, reviewRoute } from './review.ts';
import { template } from './template.ts';
import { validate } from './validate.ts';

export const routes: readonly AnyRoute[] = [
  health,
  catalogue,
  template,
  validate,
  assessRoute,
  coinIndex,
  recalculateRoute,
  reviewRoute,
  reviewPageRoute,
  corridorsList,
  corridorDetail,
  corridorTemplate,
  corridorTemplateJson,
];
