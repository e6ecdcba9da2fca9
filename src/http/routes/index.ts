/**
 * Every mounted API route module, in the order the docs list them.
 * To add an endpoint: write src/http/routes/<name>.ts exporting a
 * `defineRoute(...)`, then add it here with one import and one entry.
 * @module
 */
import type { AnyRoute } from '../route.ts';
import { health } from './health.ts';
import { recalculateRoute } from './recalculate.ts';
import { reviewPageRoute, reviewRoute } from './review.ts';

export const routes: readonly AnyRoute[] = [
  health,
  recalculateRoute,
  reviewRoute, reviewPageRoute,
];
