/**
 * A corridor's key figures, each with its period and source: what the
 * corridor page, its card and its downloads all show.
 * @module
 */
import { count, pct, people, usd } from './format.ts';
import { type CorridorFacts, type Point, SOURCE_IDS } from './port.ts';
import { at, latest, latestCost } from './yearly.ts';

/** The SDG 10.c target: remittance costs below 3% by 2030, no corridor above 5%. */
export const SDG_10C_TARGET = 3;
export const SDG_10C_CEILING = 5;

export type FigureKey =
  | 'stock'
  | 'share_of_emigrants'
  | 'remittances'
  | 'remittances_per_migrant'
  | 'cost_200_usd'
  | 'refugees'
  | 'asylum_seekers'
  | 'dead_missing_route';

export interface KeyFigure {
  key: FigureKey;
  label: string;
  /** The value in `unit`, unrounded; null when the open data have none. */
  value: number | null;
  unit: 'persons' | 'percent' | 'USD';
  /** The value for people, e.g. "10.9 million". */
  display: string;
  /** Year or period the value stands for. */
  period: string | null;
  source: string;
  /** A sentence of context: the target, the denominator, the caveat. */
  note: string;
}

/** Dead and missing migrants in the regions the route crosses. */
export interface RouteDeaths {
  regions: string[];
  byYear: Point[];
}

const missing = (
  key: FigureKey,
  label: string,
  unit: KeyFigure['unit'],
  source: string,
  note: string,
): KeyFigure => ({
  key,
  label,
  value: null,
  unit,
  display: 'No data',
  period: null,
  source,
  note,
});

function costNote(value: number): string {
  if (value <= SDG_10C_TARGET) return `At or below the SDG 10.c target of ${SDG_10C_TARGET}%.`;
  const gap = `${(value - SDG_10C_TARGET).toFixed(1)} points above the SDG 10.c target of ${SDG_10C_TARGET}%`;
  return value > SDG_10C_CEILING
    ? `${gap}, and above the ${SDG_10C_CEILING}% ceiling for any corridor.`
    : `${gap}.`;
}

/**
 * The eight key figures of a corridor, in page order. Figures the open data
 * lack are kept with value null, so the page says "No data" instead of hiding them.
 */
export function keyFigures(facts: CorridorFacts, deaths: RouteDeaths | null): KeyFigure[] {
  const S = SOURCE_IDS;
  const stock = latest(facts.stock);
  const out: KeyFigure[] = [];
  out.push(
    stock
      ? {
          key: 'stock',
          label: 'Migrants',
          value: stock.value,
          unit: 'persons',
          display: people(stock.value),
          period: String(stock.year),
          source: S.stock,
          note: `${count(stock.value)} people born in the origin living in the destination.`,
        }
      : missing('stock', 'Migrants', 'persons', S.stock, 'Not in the UN DESA matrix.'),
  );
  const total = stock ? at(facts.originEmigrants, stock.year) : null;
  out.push(
    stock && total
      ? {
          key: 'share_of_emigrants',
          label: "Share of the origin's emigrants",
          value: (100 * stock.value) / total,
          unit: 'percent',
          display: pct((100 * stock.value) / total),
          period: String(stock.year),
          source: S.stock,
          note: `Of ${people(total)} emigrants with a known destination.`,
        }
      : missing(
          'share_of_emigrants',
          "Share of the origin's emigrants",
          'percent',
          S.stock,
          'No emigrant total.',
        ),
  );
  const r = facts.remittances;
  out.push(
    r
      ? {
          key: 'remittances',
          label: 'Remittances sent home',
          value: r.value,
          unit: 'USD',
          display: usd(r.value),
          period: String(r.year),
          source: S.remittances,
          note: 'Estimated flow from destination to origin (a model estimate, not a recorded flow).',
        }
      : missing(
          'remittances',
          'Remittances sent home',
          'USD',
          S.remittances,
          'No bilateral estimate for this pair.',
        ),
  );
  const perMigrant =
    facts.remittancesPerMigrant !== undefined
      ? facts.remittancesPerMigrant
      : r && stock
        ? {
            year: r.year,
            value: r.value / stock.value,
            note: `Remittances ${r.year} divided by migrants ${stock.year}.`,
          }
        : null;
  out.push(
    perMigrant
      ? {
          key: 'remittances_per_migrant',
          label: 'Remittances per migrant',
          value: perMigrant.value,
          unit: 'USD',
          display: usd(perMigrant.value),
          period: String(perMigrant.year),
          source: `${S.remittances}; ${S.stock}`,
          note: perMigrant.note,
        }
      : missing(
          'remittances_per_migrant',
          'Remittances per migrant',
          'USD',
          `${S.remittances}; ${S.stock}`,
          'Needs both remittances and migrants.',
        ),
  );
  const cost = latestCost(facts.cost);
  out.push(
    cost
      ? {
          key: 'cost_200_usd',
          label: 'Cost of sending US$ 200',
          value: cost.value,
          unit: 'percent',
          display: pct(cost.value),
          period: cost.period,
          source: S.cost,
          note: costNote(cost.value),
        }
      : missing(
          'cost_200_usd',
          'Cost of sending US$ 200',
          'percent',
          S.cost,
          `Not surveyed by Remittance Prices Worldwide (SDG 10.c target: ${SDG_10C_TARGET}%).`,
        ),
  );
  const ref = [...facts.refugees].sort((a, b) => b.year - a.year)[0];
  out.push(
    ref && ref.refugees !== null
      ? {
          key: 'refugees',
          label: 'Refugees',
          value: ref.refugees,
          unit: 'persons',
          display: people(ref.refugees),
          period: String(ref.year),
          source: S.refugees,
          note: 'Under UNHCR mandate, end of year; excludes Palestine refugees under UNRWA and Venezuelans displaced abroad.',
        }
      : missing(
          'refugees',
          'Refugees',
          'persons',
          S.refugees,
          'None recorded by UNHCR for this pair.',
        ),
  );
  out.push(
    ref && ref.asylumSeekers !== null
      ? {
          key: 'asylum_seekers',
          label: 'Asylum seekers',
          value: ref.asylumSeekers,
          unit: 'persons',
          display: people(ref.asylumSeekers),
          period: String(ref.year),
          source: S.refugees,
          note: 'Pending asylum claims, end of year.',
        }
      : missing(
          'asylum_seekers',
          'Asylum seekers',
          'persons',
          S.refugees,
          'None recorded by UNHCR for this pair.',
        ),
  );
  const d = deaths?.byYear.length ? deaths : null;
  if (d) {
    const sum = d.byYear.reduce((s, p) => s + p.value, 0);
    const years = d.byYear.map((p) => p.year);
    out.push({
      key: 'dead_missing_route',
      label: 'Dead and missing on the route region',
      value: sum,
      unit: 'persons',
      display: people(sum),
      period: `${Math.min(...years)}–${Math.max(...years)}`,
      source: S.deaths,
      note: `All migrants recorded dead or missing in ${d.regions.join(' and ')}, not only this corridor; minimum estimates.`,
    });
  } else {
    out.push(
      missing(
        'dead_missing_route',
        'Dead and missing on the route region',
        'persons',
        S.deaths,
        'No IOM region of incident matches this route.',
      ),
    );
  }
  return out;
}
