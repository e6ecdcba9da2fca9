/**
 * Which pack series pre-fills which catalogue indicator. A series id is the
 * catalogue id where the two are the same thing; the aliases below cover the
 * rest. Sides are the catalogue entry's.
 * @module
 */
import type { CorridorFacts, FactSeries } from '../../../pack/facts.ts';
import type { Side } from '../../layout.ts';

export const SERIES_ALIASES: Readonly<Record<string, string>> = {
  political_stability: 'wgi_political_stability',
  icrmw_ratified_origin: 'icrmw_ratified',
  icrmw_ratified_destination: 'icrmw_ratified',
};

export const seriesIdFor = (indicator: string): string => SERIES_ALIASES[indicator] ?? indicator;

/** The facts series that pre-fill an indicator on a side, if the pack has it. */
export function factSeriesFor(
  facts: CorridorFacts,
  indicator: string,
  side: Side,
): FactSeries | undefined {
  if (side === 'migrants') return undefined;
  const id = seriesIdFor(indicator);
  return facts.series.find((s) => s.indicator === id && s.side === side);
}
