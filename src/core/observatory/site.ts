/**
 * The whole observatory as a stream of files (path from the site root and
 * text), so an adapter can write them one by one without holding the site
 * in memory.
 * @module
 */
import { cardSvg } from './card-svg.ts';
import { corridorModel } from './corridor-model.ts';
import { corridorPage, corridorPath, countryPath } from './corridor-page.ts';
import { countryLinks, countryPage } from './country-page.ts';
import { corridorCsv, corridorJson, corridorSdmxCsv } from './downloads.ts';
import { homePage, listPages } from './list-pages.ts';
import { methodsPage } from './methods-page.ts';
import { SEARCH_JS } from './search-script.ts';
import { nameOf, type SiteContext } from './site-context.ts';
import type { SiteFile } from './site-file.ts';
import { SITE_CSS } from './site-style.ts';

export type { SiteFile } from './site-file.ts';

/** The five files of one corridor: page, card and three downloads. */
export function corridorFiles(ctx: SiteContext, origin: string, destination: string): SiteFile[] {
  const m = corridorModel(ctx, origin, destination);
  const dir = corridorPath(m.id).replace('index.html', '');
  return [
    { path: corridorPath(m.id), content: corridorPage(ctx, m) },
    { path: `${dir}card.svg`, content: cardSvg(m, ctx.options.generatedAt) },
    { path: `${dir}data.csv`, content: corridorCsv(m) },
    { path: `${dir}data.json`, content: corridorJson(ctx, m) },
    { path: `${dir}data.sdmx.csv`, content: corridorSdmxCsv(m) },
  ];
}

/** Country codes that get a page: every end of a pair with migrants. */
export function siteCountries(ctx: SiteContext): string[] {
  const links = countryLinks(ctx.allPairs);
  return [...links.keys()].sort();
}

/** search.json: country [code, name] pairs and corridors as [origin index, destination index, stock]. */
function searchIndex(ctx: SiteContext, codes: readonly string[]): string {
  const index = new Map(codes.map((c, i) => [c, i]));
  return JSON.stringify({
    k: codes.map((c) => [c, nameOf(ctx, c)]),
    c: ctx.pairs.map((p) => [index.get(p.origin), index.get(p.destination), p.stock]),
  });
}

/** Every file of the site: shared files first, then countries, then corridors. */
export function* siteFiles(ctx: SiteContext): Generator<SiteFile> {
  const links = countryLinks(ctx.allPairs);
  const codes = [...links.keys()].sort();
  yield { path: 'assets/site.css', content: SITE_CSS };
  yield { path: 'assets/search.js', content: SEARCH_JS };
  yield { path: 'search.json', content: searchIndex(ctx, codes) };
  yield { path: 'index.html', content: homePage(ctx, codes) };
  yield { path: 'methods/index.html', content: methodsPage(ctx) };
  yield* listPages(ctx);
  for (const iso3 of codes)
    yield { path: countryPath(iso3), content: countryPage(ctx, iso3, links.get(iso3)!) };
  for (const p of ctx.pairs) yield* corridorFiles(ctx, p.origin, p.destination);
}
