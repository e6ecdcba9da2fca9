/**
 * The page of one country: its context figures and its corridors as origin
 * and as destination, largest first.
 * @module
 */
import { citationHtml, sourceNames } from './cite.ts';
import { corridorPath, countryPath, named } from './corridor-page.ts';
import { count, decimal, esc, pct, people, usd } from './format.ts';
import { page } from './layout.ts';
import { type CountryFacts, type PairRef, type Point, SOURCE_IDS } from './port.ts';
import { nameOf, pairId, type SiteContext } from './site-context.ts';
import { latest } from './yearly.ts';

export interface CountryLinks {
  /** Pairs with this country as origin, largest first (all stocks). */
  asOrigin: PairRef[];
  asDestination: PairRef[];
}

/** Every pair of the matrix grouped by country, largest first. */
export function countryLinks(pairs: readonly PairRef[]): Map<string, CountryLinks> {
  const map = new Map<string, CountryLinks>();
  const get = (iso3: string) => {
    const l = map.get(iso3) ?? { asOrigin: [], asDestination: [] };
    map.set(iso3, l);
    return l;
  };
  for (const p of pairs) {
    get(p.origin).asOrigin.push(p);
    get(p.destination).asDestination.push(p);
  }
  for (const l of map.values()) {
    l.asOrigin.sort((a, b) => b.stock - a.stock || a.destination.localeCompare(b.destination));
    l.asDestination.sort((a, b) => b.stock - a.stock || a.origin.localeCompare(b.origin));
  }
  return map;
}

function corridorTable(
  ctx: SiteContext,
  caption: string,
  pairs: PairRef[],
  other: 'origin' | 'destination',
): string {
  const total = pairs.reduce((s, p) => s + p.stock, 0);
  const shown = pairs.filter((p) => ctx.pairIds.has(pairId(p.origin, p.destination)));
  if (!shown.length)
    return `<p>No corridor with at least ${count(ctx.options.minStock)} migrants.</p>`;
  const rows = shown
    .map((p, i) => {
      const code = p[other];
      const link = `../../${corridorPath(pairId(p.origin, p.destination)).replace('index.html', '')}`;
      return `<tr><td class="num">${i + 1}</td><th scope="row"><a href="${link}">${esc(nameOf(ctx, code))}</a> <span class="code">${esc(code)}</span></th><td class="num"><data value="${p.stock}">${count(p.stock)}</data></td><td class="num">${pct((100 * p.stock) / total)}</td></tr>`;
    })
    .join('');
  const rest = pairs.length - shown.length;
  return `<table><caption>${esc(caption)}</caption><thead><tr><th scope="col" class="num">#</th><th scope="col">${other === 'origin' ? 'Origin' : 'Destination'}</th><th scope="col" class="num">Migrants 2020</th><th scope="col" class="num">Share</th></tr></thead><tbody>${rows}</tbody></table>${rest ? `<p class="meta">${rest} smaller corridors (under ${count(ctx.options.minStock)} migrants) are counted in the shares but have no page.</p>` : ''}`;
}

function contextTable(ctx: SiteContext, c: CountryFacts): string {
  const row = (label: string, p: Point | null, fmt: (n: number) => string, src: string) =>
    `<tr><th scope="row">${esc(label)}</th><td class="num">${p ? `${esc(fmt(p.value))} <span class="meta">(${p.year})</span>` : 'No data'}</td><td>${esc(sourceNames(ctx, src))}</td></tr>`;
  return `<table><caption>${esc(c.name)}: context, latest year available</caption><thead><tr><th scope="col">Indicator</th><th scope="col" class="num">Value</th><th scope="col">Source</th></tr></thead><tbody>
${row('GDP per capita (international $, PPP)', latest(c.gdpPerCapitaPpp), (n) => decimal(n, 0), SOURCE_IDS.wdi)}
${row('Human Development Index (0 to 1)', latest(c.hdi), (n) => decimal(n, 3), SOURCE_IDS.hdi)}
${row('Unemployment (% of labour force, ILO model)', latest(c.unemployment), (n) => decimal(n, 1), SOURCE_IDS.wdi)}
${row('Population', latest(c.population), people, SOURCE_IDS.wdi)}
${row('Remittances received', latest(c.remittancesReceived), usd, SOURCE_IDS.wdi)}</tbody></table>`;
}

export function countryPage(ctx: SiteContext, iso3: string, links: CountryLinks): string {
  const path = countryPath(iso3);
  const name = nameOf(ctx, iso3);
  const facts = ctx.source.country(iso3);
  const emigrants = links.asOrigin.reduce((s, p) => s + p.stock, 0);
  const immigrants = links.asDestination.reduce((s, p) => s + p.stock, 0);
  const ref = ctx.countries.get(iso3);
  const body = `<nav class="crumbs" aria-label="Breadcrumb"><a href="../../">Observatory</a> › ${esc(name)}</nav>
<h1>${named(name, iso3)}</h1>
<p class="lede">${ref?.subregion ? `${esc(ref.subregion)}, ${esc(ref.region)}. ` : ''}In 2020, <data value="${emigrants}">${esc(people(emigrants))}</data> people born in ${esc(name)} lived in another country with a known destination, and <data value="${immigrants}">${esc(people(immigrants))}</data> people born elsewhere (with a known origin) lived in ${esc(name)}.</p>
${facts ? `<section aria-labelledby="context"><h2 id="context">Context</h2>${contextTable(ctx, facts)}</section>` : ''}
<section aria-labelledby="emigration"><h2 id="emigration">Corridors from ${esc(name)}</h2>${corridorTable(ctx, `Where people born in ${name} live, 2020`, links.asOrigin, 'destination')}</section>
<section aria-labelledby="immigration"><h2 id="immigration">Corridors to ${esc(name)}</h2>${corridorTable(ctx, `Where migrants in ${name} were born, 2020`, links.asDestination, 'origin')}</section>
<section aria-labelledby="cite"><h2 id="cite">How to cite</h2>${citationHtml(ctx, `Country profile ${name}`, `country/${iso3}/`, [SOURCE_IDS.stock, SOURCE_IDS.wdi, SOURCE_IDS.hdi])}</section>`;
  return page({
    path,
    title: `${name}: migration corridors`,
    description: `Migration corridors from and to ${name}, with migrant stocks and context from open data.`,
    siteUrl: ctx.options.siteUrl,
    body,
  });
}
