/**
 * The frame of every observatory page: head with Open Graph tags, site
 * header, skip link, main landmark and footer. Links are relative to the
 * page (`root` is the way back to the site root), so the site works under
 * any path: /observatory/ on the Node server, / on a static host.
 * @module
 */
import { esc } from './format.ts';

export interface PageFrame {
  /** Page path from the site root, e.g. `corridor/MEX-USA/index.html`. */
  path: string;
  title: string;
  description: string;
  /** Absolute site URL for canonical and og: tags, or null to leave them relative. */
  siteUrl: string | null;
  /** Path of the Open Graph image from the site root. */
  image?: string;
  imageAlt?: string;
  body: string;
  /** Extra script (the search enhancement) as a path from the root. */
  script?: string;
}

/** `../` once per folder of the path. */
export const rootOf = (path: string): string => '../'.repeat(path.split('/').length - 1);

/** The page's URL as a folder when it is an index page. */
const publicPath = (path: string) => path.replace(/(^|\/)index\.html$/, '$1');

export function page(frame: PageFrame): string {
  const root = rootOf(frame.path);
  const abs = (p: string) =>
    frame.siteUrl ? `${frame.siteUrl.replace(/\/?$/, '/')}${p}` : `${root}${p}`;
  const og = [
    `<meta property="og:type" content="website">`,
    `<meta property="og:site_name" content="Corridor Monitor observatory">`,
    `<meta property="og:title" content="${esc(frame.title)}">`,
    `<meta property="og:description" content="${esc(frame.description)}">`,
    `<meta property="og:url" content="${esc(abs(publicPath(frame.path)))}">`,
    frame.image
      ? `<meta property="og:image" content="${esc(abs(frame.image))}"><meta property="og:image:type" content="image/svg+xml"><meta property="og:image:alt" content="${esc(frame.imageAlt ?? frame.title)}"><meta name="twitter:card" content="summary_large_image">`
      : '',
    frame.siteUrl ? `<link rel="canonical" href="${esc(abs(publicPath(frame.path)))}">` : '',
  ].join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(frame.title)} · Corridor Monitor</title><meta name="description" content="${esc(frame.description)}">${og}
<link rel="stylesheet" href="${root}assets/site.css"></head>
<body><a class="skip" href="#main">Skip to content</a>
<header class="site"><nav aria-label="Site"><a href="${root}">Corridor Monitor observatory</a><a href="${root}corridors/">All corridors</a><a href="${root}methods/">Methods and sources</a></nav></header>
<main id="main">${frame.body}</main>
<footer><p>Corridor Monitor observatory. Open data from UN DESA, the World Bank, KNOMAD, UNHCR, UNDP and IOM; see <a href="${root}methods/">Methods and sources</a> for editions and licences.</p></footer>${frame.script ? `<script src="${root}${frame.script}" defer></script>` : ''}
</body></html>
`;
}
