/**
 * The methods and sources page: every source with its edition and licence,
 * how each key figure is computed, and the known traps of the data.
 * @module
 */
import { citation, day } from './cite.ts';
import { SDMX_OPEN_STRUCTURE } from './downloads.ts';
import { count, esc } from './format.ts';
import { SDG_10C_CEILING, SDG_10C_TARGET } from './key-figures.ts';
import { page } from './layout.ts';
import { SOURCE_IDS } from './port.ts';
import type { SiteContext } from './site-context.ts';

const DEFINITIONS: readonly [string, string][] = [
  [
    'Migrants',
    'People born in the origin and living in the destination at mid-year (UN DESA International Migrant Stock 2020, both sexes). Pages exist for pairs with at least the minimum stock in 2020.',
  ],
  [
    "Share of the origin's emigrants",
    "The corridor's migrants divided by all emigrants of the origin in the same matrix and year. Migrants of unknown destination are not in the matrix (about 13 million worldwide), so the share is of emigrants with a known destination.",
  ],
  [
    'Remittances sent home',
    'KNOMAD Bilateral Remittance Matrix 2018: an estimate of the money sent from the destination to the origin, in current US$, modelled from migrant stocks and incomes; not a recorded flow.',
  ],
  [
    'Remittances per migrant',
    "Remittances 2018 divided by the corridor's migrants at mid-2018, interpolated linearly between the UN DESA 2015 and 2020 estimates (the open-data pack's derivation). A rough ratio of a model estimate, shown to give a sense of scale.",
  ],
  [
    'Cost of sending US$ 200',
    `Remittance Prices Worldwide, average total cost (fee plus exchange-rate margin) of sending the equivalent of US$ 200 from the destination to the origin, latest quarter surveyed. SDG indicator 10.c.1; the target is below ${SDG_10C_TARGET}% by 2030 and no corridor above ${SDG_10C_CEILING}%. Charts show the mean of the quarters surveyed each year. Negative costs (five in the source, an artefact of official exchange rates below the market rate) are left out and named on the page.`,
  ],
  [
    'Refugees and asylum seekers',
    'UNHCR, refugees under UNHCR mandate and asylum seekers from the origin in the destination, end of year, latest year recorded (up to 2019). Excludes Palestine refugees under UNRWA and the "Venezuelans displaced abroad" category, so Venezuelan corridors show far fewer refugees than migrants.',
  ],
  [
    'Dead and missing on the route region',
    'IOM Missing Migrants Project, dead and missing migrants by region of incident, 2014–2024, all nationalities. IOM does not count by corridor: the open-data pack attributes each corridor to the regions of incident its migrants plausibly cross irregularly, by the UN M49 regions of origin and destination (documented with the pack), and the page sums those regions. Corridors with no such region (e.g. most Gulf destinations) show no figure. Counts are minimum estimates and are revised upwards.',
  ],
  [
    'Origin and destination',
    'Latest year available of GDP per capita (PPP, current international $), unemployment (modelled ILO), population and personal remittances received (World Bank WDI), and the Human Development Index (UNDP HDR 2023/24).',
  ],
];

export function methodsPage(ctx: SiteContext): string {
  const path = 'methods/index.html';
  const used = new Set<string>(Object.values(SOURCE_IDS));
  const sources = ctx.vintage.sources
    .filter((s) => used.has(s.id))
    .map(
      (s) =>
        `<tr><th scope="row">${esc(s.name)} <span class="code">${esc(s.id)}</span></th><td>${esc(s.vintage)}</td><td>${esc(s.licence)}</td><td>${s.url ? `<a href="${esc(s.url)}">${esc(s.url)}</a>` : '–'}</td></tr>`,
    )
    .join('');
  const defs = DEFINITIONS.map(
    ([t, d]) => `<dt><strong>${esc(t)}</strong></dt><dd>${esc(d)}</dd>`,
  ).join('');
  const a = ctx.options.benchmark;
  const body = `<h1>Methods and sources</h1>
<p class="lede">Every figure in this observatory comes from a published open dataset, named with its edition beside the figure. Nothing is estimated here except the ratios and means described below.</p>
<section aria-labelledby="sources"><h2 id="sources">Sources</h2><p>Open-data pack ${esc(ctx.vintage.version)}${ctx.vintage.builtAt ? `, built ${esc(day(ctx.vintage.builtAt))}` : ''}. Site built ${esc(day(ctx.options.generatedAt))}.</p>
<table><caption>Datasets, editions and licences</caption><thead><tr><th scope="col">Dataset</th><th scope="col">Edition</th><th scope="col">Licence</th><th scope="col">Where</th></tr></thead><tbody>${sources}</tbody></table></section>
<section aria-labelledby="defs"><h2 id="defs">What each figure means</h2><dl>${defs}</dl></section>
<section aria-labelledby="direction"><h2 id="direction">Directions</h2><p>A corridor runs from the origin (country of birth, or of origin for refugees) to the destination (country of residence, or of asylum). Remittances and their cost run the other way: they are sent from the destination to the origin.</p></section>
<section aria-labelledby="scope"><h2 id="scope">Which corridors have a page</h2><p>Every pair with at least ${count(ctx.options.minStock)} migrants in UN DESA's 2020 matrix: ${count(ctx.pairs.length)} corridors. UN DESA 2020 has no separate Kosovo (included in Serbia) or Taiwan (in unspecified origins); the Channel Islands use the code CHI.</p></section>
${a ? `<section aria-labelledby="assessment"><h2 id="assessment">Assessment</h2><p>Scores, ranks and rank intervals come from the assessment by ${esc(a.assessedBy)} dated ${esc(day(a.benchmark.generatedAt))} (${a.benchmark.corridors.length} corridors, ${a.runId ? `recalculation ${esc(a.runId)} of the hub ${esc(a.file)}` : `file ${esc(a.file)}`}), computed with Corridor Monitor's composite-indicator engine. The rank interval is the 5th to 95th percentile of the corridor's rank across the uncertainty analysis.</p></section>` : ''}
<section aria-labelledby="downloads"><h2 id="downloads">Downloads</h2><p>Each corridor page offers its data as CSV (one observation per row: indicator, side, period, value, unit, source), as JSON (the same, with key figures, the data-gap ledger, the citation and the sources' vintage) and as SDMX-CSV 2.0 against <span class="code">${esc(SDMX_OPEN_STRUCTURE)}</span> (quarters as <span class="code">2020-Q3</span>). The key-figures card at <span class="code">corridor/ORIGIN-DESTINATION/card.svg</span> keeps its address and can be embedded with a plain image tag.</p>${ctx.options.includesPack ? `<p>The whole open-data pack this site was built from is published with it: <a href="../pack/manifest.json">pack/manifest.json</a> (sources, series, formulas, content hash), <a href="../pack/index.json">pack/index.json</a> (every pair with its stock) and one file per country under <span class="code">pack/shards/</span>.</p>` : ''}</section>
<section aria-labelledby="cite"><h2 id="cite">How to cite</h2><p class="cite">${esc(citation(ctx, 'Migration corridors observatory', ''))}</p></section>`;
  return page({
    path,
    title: 'Methods and sources',
    description:
      'Sources, editions, licences and definitions behind the migration corridors observatory.',
    siteUrl: ctx.options.siteUrl,
    body,
  });
}
