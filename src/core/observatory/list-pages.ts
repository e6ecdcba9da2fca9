/**
 * The home page and the ranked corridor lists. Without JavaScript they are
 * plain sorted lists (corridors by migrants, countries by region and name),
 * filtered by links (region of origin or destination, or a country's page);
 * the search box is an enhancement that appears only when the script runs.
 * @module
 */
import { count, esc, people } from './format.ts';
import { page, rootOf } from './layout.ts';
import type { PairRef } from './port.ts';
import { nameOf, pairId, type SiteContext } from './site-context.ts';
import type { SiteFile } from './site-file.ts';

/** Corridors per list page, which keeps each page well under 150 KB. */
export const LIST_PAGE_SIZE = 500;

/** URL-safe slug of a region name. */
export const regionSlug = (region: string): string => region.toLowerCase().replace(/[^a-z]+/g, '-');

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

/** The UN regions that have a country in the pairs, sorted. */
export function listRegions(ctx: SiteContext): string[] {
  const set = new Set<string>();
  for (const p of ctx.pairs)
    for (const c of [p.origin, p.destination]) {
      const r = ctx.countries.get(c)?.region;
      if (r) set.add(r);
    }
  return [...set].sort();
}

/** The filters every list offers without JavaScript: all, by region of origin, by region of destination. */
export function filterNav(ctx: SiteContext, root: string, current: string): string {
  const link = (dir: string, label: string) =>
    dir === current
      ? `<strong aria-current="page">${esc(label)}</strong>`
      : `<a href="${root}${dir}">${esc(label)}</a>`;
  const regions = listRegions(ctx);
  const side = (way: 'from' | 'to') =>
    regions.map((r) => link(`corridors/${way}/${regionSlug(r)}/`, r)).join(' · ');
  return `<nav aria-label="Filter corridors" class="no-print"><p>Show: ${link('corridors/', 'all corridors')}</p><p>From: ${side('from')}</p><p>To: ${side('to')}</p></nav>`;
}

interface RankedList {
  /** Folder of the list, e.g. `corridors/from/africa/`. */
  dir: string;
  heading: string;
  pairs: readonly PairRef[];
}

function rankedList(ctx: SiteContext, list: RankedList): SiteFile[] {
  const n = Math.max(1, Math.ceil(list.pairs.length / LIST_PAGE_SIZE));
  const out: SiteFile[] = [];
  for (let k = 1; k <= n; k++) {
    const path = k === 1 ? `${list.dir}index.html` : `${list.dir}${k}/index.html`;
    const root = rootOf(path);
    const from = (k - 1) * LIST_PAGE_SIZE;
    const slice = list.pairs.slice(from, from + LIST_PAGE_SIZE);
    const pages = Array.from({ length: n }, (_, i) => {
      const label = `${i * LIST_PAGE_SIZE + 1}–${Math.min(list.pairs.length, (i + 1) * LIST_PAGE_SIZE)}`;
      const href = `${root}${list.dir}${i === 0 ? '' : `${i + 1}/`}`;
      return i + 1 === k
        ? `<li><strong aria-current="page">${label}</strong></li>`
        : `<li><a href="${href}">${label}</a></li>`;
    }).join('');
    const shown = slice.length ? `Showing ${from + 1}–${from + slice.length}.` : '';
    const body = `<h1>${esc(list.heading)}</h1><p class="lede">${count(list.pairs.length)} corridors with at least ${count(ctx.options.minStock)} migrants in 2020, ranked by the number of migrants (UN DESA). ${shown} Each country's page lists its own corridors.</p>
${SEARCH}${filterNav(ctx, root, list.dir)}${n > 1 ? `<nav aria-label="List pages"><ul class="cols">${pages}</ul></nav>` : ''}
<table><caption>${esc(list.heading)}: ${shown ? `${from + 1}–${from + slice.length}` : 'none'}, by migrants in 2020</caption>${tableHead}<tbody>${corridorRows(ctx, slice, from + 1, root)}</tbody></table>`;
    out.push({
      path,
      content: page({
        path,
        title: n > 1 ? `${list.heading} (${from + 1}–${from + slice.length})` : list.heading,
        description: `${list.heading}: migration corridors with at least ${count(ctx.options.minStock)} migrants, ranked by size.`,
        siteUrl: ctx.options.siteUrl,
        body,
        script: 'assets/search.js',
      }),
    });
  }
  return out;
}

/** The ranked corridor lists: all, then by region of origin and by region of destination. */
export function listPages(ctx: SiteContext): SiteFile[] {
  const region = (iso3: string) => ctx.countries.get(iso3)?.region ?? '';
  const lists: RankedList[] = [
    { dir: 'corridors/', heading: 'All corridors, largest first', pairs: ctx.pairs },
  ];
  for (const r of listRegions(ctx)) {
    lists.push({
      dir: `corridors/from/${regionSlug(r)}/`,
      heading: `Corridors from ${r}`,
      pairs: ctx.pairs.filter((p) => region(p.origin) === r),
    });
    lists.push({
      dir: `corridors/to/${regionSlug(r)}/`,
      heading: `Corridors to ${r}`,
      pairs: ctx.pairs.filter((p) => region(p.destination) === r),
    });
  }
  return lists.flatMap((l) => rankedList(ctx, l));
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
<section aria-labelledby="largest"><h2 id="largest">The 25 largest corridors</h2><table><caption>Largest corridors by migrants, 2020</caption>${tableHead}<tbody>${corridorRows(ctx, ctx.pairs.slice(0, 25), 1, '')}</tbody></table><p><a href="corridors/">All ${count(ctx.pairs.length)} corridors, largest first</a>, or only those from or to one region:</p>${filterNav(ctx, '', '')}</section>
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
