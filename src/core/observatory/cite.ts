/** Source names and the "how to cite" line. @module */
import { esc } from './format.ts';
import type { SiteContext } from './site-context.ts';

/** Publisher names of `;`-separated source ids. */
export function sourceNames(ctx: SiteContext, ids: string): string {
  return ids
    .split(';')
    .map((id) => id.trim())
    .filter(Boolean)
    .map((id) => ctx.sources.get(id)?.short ?? id)
    .join('; ');
}

/** The date part of an ISO time. */
export const day = (iso: string): string => iso.slice(0, 10);

/** "How to cite" as plain text; the page and the JSON download share it. */
export function citation(ctx: SiteContext, title: string, path: string): string {
  const year = ctx.options.generatedAt.slice(0, 4);
  const url = ctx.options.siteUrl ? ` ${ctx.options.siteUrl.replace(/\/?$/, '/')}${path}` : '';
  return `Corridor Monitor observatory (${year}). ${title}. Built ${day(ctx.options.generatedAt)} from open-data pack ${ctx.vintage.version}${ctx.vintage.builtAt ? ` (${day(ctx.vintage.builtAt)})` : ''}.${url}`;
}

/** The citation as an HTML block with the vintage of each source used. */
export function citationHtml(
  ctx: SiteContext,
  title: string,
  path: string,
  sourceIds: readonly string[],
): string {
  const items = [...new Set(sourceIds)]
    .map((id) => ctx.sources.get(id))
    .filter((s) => s !== undefined)
    .map(
      (s) =>
        `<li>${esc(s.name)}, ${esc(s.vintage)}. Licence: ${esc(s.licence)}.${s.url ? ` <a href="${esc(s.url)}">${esc(s.url)}</a>` : ''}</li>`,
    );
  return `<p class="cite">${esc(citation(ctx, title, path))}</p><p>Data vintage of the sources on this page:</p><ul>${items.join('')}</ul>`;
}
