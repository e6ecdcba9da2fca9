/**
 * Opens the observatory's data source: the open-data pack in data/pack.
 * @module
 */
import type { ObservatorySource } from '../../core/observatory/port.ts';

export async function openObservatorySource(): Promise<ObservatorySource> {
  throw new Error('the open-data pack (issue 11) is not merged yet');
}
