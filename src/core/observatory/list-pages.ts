/**
 * The home page and the full corridor list. Without JavaScript both are
 * plain sorted lists (corridors by migrants, countries by region and name);
 * the search box is an enhancement that appears only when the script runs.
 * @module
 */
import { count, esc, people } from './format.ts';
import { page } from './layout.ts';
import type { PairRef } from './port.ts';
import { nameOf, pairId, type SiteContext } from './site-context.ts';

/** Corridors per list page, which keeps each page well under 150 KB. */
export const LIST_PAGE_SIZE = 500;

export const listPath = (n: number): string =>
  n === 1 ? 'corridors/index.html' : `corridors/${n}/index.html`;

function corridorRows(
  ctx: SiteContext,
  pairs: readonly PairRef[],
  start: number,
  root: string,
): string {
  return pairs
    .map((p, i) => {
      const id = pairId(p.origin, p.destination);
      return `<tr><td class="num">${start + i}</td><th scope="row"><a href="${root}corridor/${id}/">${esc(nameOf(ctx, p.origin))} → ${esc(nameOf(ctx, p.destination))}</a> <span class="code">${id}</span></th><td class="num"><data value="${p.stock}">${count(p.stock)}</data></td></tr>`;
    })
    .join('');
}

const tableHead =
  '<thead><tr><th scope="col" class="num">Rank</th><th scope="col">Corridor (origin → destination)</th><th scope="col" class="num">Migrants 2020</th></tr></thead>';

const SEARCH = `<div id="search" class="no-print" hidden><label for="q">Search corridors and countries</label><br><input id="q" type="search" autocomplete="off" placeholder="e.g. Mexico, India → UAE, PHL" aria-describedby="q-hint"><p id="q-hint" class="meta">Type a country name or code; results update as you type.</p><ul id="results" aria-live="polite"></ul></div>`;

export function listPages(ctx: SiteContext): { path: string; content: string }[] {
  const n = Math.max(1, Math.ceil(ctx.pairs.length / LIST_PAGE_SIZE));
  const out: { path: string; content: string }[] = [];
  for (let k = 1; k <= n; k++) {
    const path = listPath(k);
    const root = k === 1 ? '../' : '../../';
    const from = (k - 1) * LIST_PAGE_SIZE;
    const slice = ctx.pairs.slice(from, from + LIST_PAGE_SIZE);
    const nav = Array.from({ length: n }, (_, i) => {
      const label = `${i * LIST_PAGE_SIZE + 1}–${Math.min(ctx.pairs.length, (i + 1) * LIST_PAGE_SIZE)}`;
      const href = i === 0 ? `${root}corridors/` : `${root}corridors/${i + 1}/`;
      return i + 1 === k
        ? `<li><strong aria-current="page">${label}</strong></li>`
        : `<li><a href="${href}">${label}</a></li>`;
    }).join('');
    const body = `<h1>All corridors, largest first</h1><p class="lede">${count(ctx.pairs.length)} corridors with at least ${count(ctx.options.minStock)} migrants in 2020, ranked by the number of migrants (UN DESA). Showing ${from + 1}–${from + slice.length}. To filter by country, open the country's page from the <a href="${root}">home page</a>.</p>
${SEARCH}<nav aria-label="List pages"><ul class="cols">${nav}</ul></nav>
<table><caption>Corridors ${from + 1}–${from + slice.length} by migrants, 2020</caption>${tableHead}<tbody>${corridorRows(ctx, slice, from + 1, root)}</tbody></table>`;
    out.push({
      path,
      content: page({
        path,
        title: `All corridors (${from + 1}–${from + slice.length})`,
        description: 'Every migration corridor with at least 1,000 migrants, ranked by size.',
        siteUrl: ctx.options.siteUrl,
        body,
        script: 'assets/search.js',
      }),
    });
  }
  return out;
}

export function homePage(ctx: SiteContext, countryCodes: readonly string[]): string {
  const path = 'index.html';
  const total = ctx.pairs.reduce((s, p) => s + p.stock, 0);
  const byRegion = new Map<string, string[]>();
  for (const iso3 of countryCodes) {
    const region = ctx.countries.get(iso3)?.region || 'Other areas';
    byRegion.set(region, [...(byRegion.get(region) ?? []), iso3]);
  }
  const regions = [...byRegion.keys()].sort((a, b) =>
    a === 'Other areas' ? 1 : b === 'Other areas' ? -1 : a.localeCompare(b),
  );
  const countries = regions
    .map((r) => {
      const items = byRegion
        .get(r)!
        .sort((a, b) => nameOf(ctx, a).localeCompare(nameOf(ctx, b)))
        .map((c) => `<li><a href="country/${c}/">${esc(nameOf(ctx, c))}</a></li>`)
        .join('');
      return `<h3 id="region-${esc(r.toLowerCase().replace(/[^a-z]+/g, '-'))}">${esc(r)}</h3><ul class="cols">${items}</ul>`;
    })
    .join('');
  const body = `<h1>Migration corridors: what open data say</h1>
<p class="lede">One page for each of the ${count(ctx.pairs.length)} origin–destination pairs with at least ${count(ctx.options.minStock)} migrants in 2020 (together ${people(total)} people), and one for each country: migrant stocks, remittances and what it costs to send them, refugees, deaths on the way, and what the open data do not cover.${ctx.options.benchmark ? ` Assessed corridors also show the scores of the assessment by ${esc(ctx.options.benchmark.assessedBy)}.` : ''}</p>
${SEARCH}
<section aria-labelledby="largest"><h2 id="largest">The 25 largest corridors</h2><table><caption>Largest corridors by migrants, 2020</caption>${tableHead}<tbody>${corridorRows(ctx, ctx.pairs.slice(0, 25), 1, '')}</tbody></table><p><a href="corridors/">All ${count(ctx.pairs.length)} corridors, largest first</a></p></section>
<section aria-labelledby="countries"><h2 id="countries">Countries and areas</h2>${countries}</section>
<p><a href="methods/">Methods and sources</a>: where every figure comes from, its edition and licence, and its known traps.</p>`;
  return page({
    path,
    title: 'Migration corridors observatory',
    description: `Open data on ${count(ctx.pairs.length)} migration corridors: migrants, remittances, costs, refugees and data gaps.`,
    siteUrl: ctx.options.siteUrl,
    body,
    script: 'assets/search.js',
  });
}
