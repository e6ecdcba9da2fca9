/**
 * The corridor page's time-series charts, each an inline SVG with a title,
 * a description that states the figures, its source and a data table.
 * @module
 */
import { sourceNames } from './cite.ts';
import type { CorridorModel } from './corridor-model.ts';
import { count, esc, pct, people } from './format.ts';
import { SDG_10C_TARGET } from './key-figures.ts';
import { SOURCE_IDS } from './port.ts';
import type { SiteContext } from './site-context.ts';
import { svgChart } from './svg-chart.ts';

interface Column {
  header: string;
  cells: (string | null)[];
}

function dataTable(caption: string, years: number[], columns: Column[]): string {
  const head = `<tr><th scope="col">Year</th>${columns.map((c) => `<th scope="col" class="num">${esc(c.header)}</th>`).join('')}</tr>`;
  const rows = years
    .map(
      (y, i) =>
        `<tr><th scope="row">${y}</th>${columns.map((c) => `<td class="num">${esc(c.cells[i] ?? '–')}</td>`).join('')}</tr>`,
    )
    .join('');
  return `<details><summary>Data table</summary><table><caption>${esc(caption)}</caption><thead>${head}</thead><tbody>${rows}</tbody></table></details>`;
}

function figure(svg: string, caption: string, table: string): string {
  return svg ? `<figure>${svg}<figcaption>${caption}</figcaption>${table}</figure>` : '';
}

/** Range text such as "from 4.4 million in 1990 to 10.9 million in 2020". */
const range = (pts: { year: number; value: number }[], fmt: (n: number) => string) =>
  pts.length
    ? `from ${fmt(pts[0]!.value)} in ${pts[0]!.year} to ${fmt(pts[pts.length - 1]!.value)} in ${pts[pts.length - 1]!.year}`
    : 'no data';

export function corridorCharts(ctx: SiteContext, m: CorridorModel): string {
  const o = m.origin.name;
  const d = m.destination.name;
  const out: string[] = [];
  out.push(
    `<h3>Migrants, 1990–2020</h3>`,
    figure(
      svgChart({
        id: 'chart-stock',
        kind: 'column',
        title: `People born in ${o} living in ${d}, 1990–2020`,
        desc: `Migrant stock ${range(m.stock, people)}.`,
        series: [{ name: 'Migrants', points: m.stock.map((p) => ({ x: p.year, y: p.value })) }],
      }),
      `Source: ${esc(sourceNames(ctx, SOURCE_IDS.stock))}. Mid-year, both sexes.`,
      dataTable(
        `Migrants from ${o} in ${d}`,
        m.stock.map((p) => p.year),
        [{ header: 'Migrants', cells: m.stock.map((p) => count(p.value)) }],
      ),
    ) || '<p>No migrant stock series.</p>',
  );
  out.push(`<h3>Cost of sending US$ 200 from ${esc(d)} to ${esc(o)}</h3>`);
  out.push(
    figure(
      svgChart({
        id: 'chart-cost',
        kind: 'line',
        title: `Average total cost of sending US$ 200 from ${d} to ${o}, by year, against the SDG 10.c target of ${SDG_10C_TARGET}%`,
        desc: `Yearly mean cost ${range(m.costYearly, (n) => pct(n))}; the SDG 10.c target is ${SDG_10C_TARGET}%.`,
        series: [
          {
            name: 'Average total cost, %',
            points: m.costYearly.map((p) => ({ x: p.year, y: p.value })),
          },
        ],
        reference: { y: SDG_10C_TARGET, label: `SDG 10.c target ${SDG_10C_TARGET}%` },
        yTick: (y) => `${y}%`,
      }),
      `Source: ${esc(sourceNames(ctx, SOURCE_IDS.cost))}. Mean of the quarters surveyed each year.${m.costExcluded.length ? ` Left out as implausible (negative): ${m.costExcluded.map((p) => `${esc(p.period)} (${pct(p.value)})`).join(', ')}.` : ''}`,
      dataTable(
        `Cost of sending US$ 200, ${d} to ${o}`,
        m.costYearly.map((p) => p.year),
        [{ header: 'Average total cost', cells: m.costYearly.map((p) => pct(p.value, 2)) }],
      ),
    ) || '<p>Remittance Prices Worldwide does not survey this corridor.</p>',
  );
  out.push(`<h3>Refugees and asylum seekers from ${esc(o)} in ${esc(d)}, 1995–2019</h3>`);
  const ref = m.refugees;
  out.push(
    figure(
      svgChart({
        id: 'chart-refugees',
        kind: 'line',
        title: `Refugees and asylum seekers from ${o} in ${d}, 1995–2019`,
        desc: `Refugees ${range(
          ref.filter((r) => r.refugees !== null).map((r) => ({ year: r.year, value: r.refugees! })),
          people,
        )}.`,
        series: [
          {
            name: 'Refugees',
            points: ref
              .filter((r) => r.refugees !== null)
              .map((r) => ({ x: r.year, y: r.refugees! })),
          },
          {
            name: 'Asylum seekers',
            points: ref
              .filter((r) => r.asylumSeekers !== null)
              .map((r) => ({ x: r.year, y: r.asylumSeekers! })),
          },
        ],
      }),
      `Source: ${esc(sourceNames(ctx, SOURCE_IDS.refugees))}. End of year; years without a row had none recorded.`,
      dataTable(
        `Refugees and asylum seekers from ${o} in ${d}`,
        ref.map((r) => r.year),
        [
          {
            header: 'Refugees',
            cells: ref.map((r) => (r.refugees === null ? null : count(r.refugees))),
          },
          {
            header: 'Asylum seekers',
            cells: ref.map((r) => (r.asylumSeekers === null ? null : count(r.asylumSeekers))),
          },
        ],
      ),
    ) || '<p>UNHCR records no refugees or asylum seekers for this pair.</p>',
  );
  if (m.deaths) {
    const regions = m.deaths.regions.join(' and ');
    out.push(
      `<h3>Dead and missing migrants in ${esc(regions)}</h3>`,
      figure(
        svgChart({
          id: 'chart-deaths',
          kind: 'column',
          title: `Migrants recorded dead or missing in ${regions}, by year`,
          desc: `Dead and missing ${range(m.deaths.byYear, count)}. All routes in the region, not only this corridor.`,
          series: [
            {
              name: 'Dead and missing',
              points: m.deaths.byYear.map((p) => ({ x: p.year, y: p.value })),
            },
          ],
        }),
        `Source: ${esc(sourceNames(ctx, SOURCE_IDS.deaths))}. By region of incident, all nationalities; minimum estimates, revised upwards later.`,
        dataTable(
          `Dead and missing in ${regions}`,
          m.deaths.byYear.map((p) => p.year),
          [{ header: 'Dead and missing', cells: m.deaths.byYear.map((p) => count(p.value)) }],
        ),
      ),
    );
  }
  return out.join('');
}
