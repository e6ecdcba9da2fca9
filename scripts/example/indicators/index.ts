/** Every indicator builder of the example, applied to one corridor. @module */
import type { ExampleCorridor } from '../corridors.ts';
import type { Extracts } from '../extracts.ts';
import type { ExampleValue } from '../observation.ts';
import { hdiValues } from './hdi.ts';
import { mipexValues } from './mipex.ts';
import { refugeeValues } from './refugees.ts';
import { remitCostValues } from './remit-cost.ts';
import { remittanceValues } from './remittances.ts';
import { routeValues } from './routes.ts';
import { stockValues } from './stock.ts';
import { unhcrPairValues } from './unhcr-pairs.ts';
import { wdiValues } from './wdi.ts';

const BUILDERS = [
  stockValues,
  remittanceValues,
  remitCostValues,
  wdiValues,
  hdiValues,
  refugeeValues,
  unhcrPairValues,
  routeValues,
  mipexValues,
];

export function corridorValues(x: Extracts, c: ExampleCorridor): ExampleValue[] {
  return BUILDERS.flatMap((build) => build(x, c));
}
