/**
 * The HTML page of one corridor.
 * @module
 */
import { citationHtml, day, sourceNames } from './cite.ts';
import { corridorCharts } from './corridor-charts.ts';
import type { ComparisonRow, CorridorModel } from './corridor-model.ts';
import { decimal, esc, people, periodLabel, usd } from './format.ts';
import { type KeyFigure, SDG_10C_TARGET } from './key-figures.ts';
import { page } from './layout.ts';
import { SOURCE_IDS } from './port.ts';
import type { SiteContext } from './site-context.ts';

export const corridorPath = (id: string): string => `corridor/${id}/index.html`;
export const countryPath = (iso3: string): string => `country/${iso3}/index.html`;

/** A country's name with its code beside it. */
export const named = (name: string, iso3: string): string =>
  `${esc(name)} <span class="code">${esc(iso3)}</span>`;

function figureHtml(ctx: SiteContext, f: KeyFigure): string {
  const above = f.key === 'cost_200_usd' && f.value !== null && f.value > SDG_10C_TARGET;
  const value =
    f.value === null
      ? `<span class="value">No data</span>`
      : `<data class="value${above ? ' above' : ''}" value="${f.value}">${esc(f.display)}</data>`;
  const src = `${f.period ? `${esc(periodLabel(f.period))} · ` : ''}Source: ${esc(sourceNames(ctx, f.source))}`;
  return `<div class="${f.value === null ? 'none' : 'has'}" data-figure="${f.key}"><dt>${esc(f.label)}</dt><dd>${value}<span class="src">${src}</span><span class="note">${esc(f.note)}</span></dd></div>`;
}

function cell(p: ComparisonRow['origin'], r: ComparisonRow): string {
  if (!p) return '<td class="num">No data</td>';
  const v =
    r.unit === 'persons'
      ? people(p.value)
      : r.unit === 'US$'
        ? usd(p.value)
        : decimal(p.value, r.digits);
  return `<td class="num">${esc(v)} <span class="meta">(${p.year})</span></td>`;
}

function comparisonTable(ctx: SiteContext, m: CorridorModel): string {
  const rows = m.comparison
    .map(
      (r) =>
        `<tr><th scope="row">${esc(r.label)} <span class="meta">(${esc(r.unit)})</span></th>${cell(r.origin, r)}${cell(r.destination, r)}<td>${esc(sourceNames(ctx, r.source))}</td></tr>`,
    )
    .join('');
  return `<table><caption>${esc(m.origin.name)} beside ${esc(m.destination.name)}, latest year available</caption><thead><tr><th scope="col">Indicator</th><th scope="col" class="num">Origin: ${esc(m.origin.name)}</th><th scope="col" class="num">Destination: ${esc(m.destination.name)}</th><th scope="col">Source</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function ledgerTable(ctx: SiteContext, m: CorridorModel): string {
  const cls: Record<string, string> = {
    'open data': 'status-open',
    'not covered': 'status-missing',
    'region only': 'status-region',
    'national data only': 'status-national',
  };
  const rows = m.ledger
    .map(
      (l) =>
        `<tr><th scope="row">${esc(l.topic)}</th><td class="${cls[l.status]}">${esc(l.status)}</td><td>${esc(l.latest ?? '–')}</td><td>${esc(l.source ? sourceNames(ctx, l.source) : '–')}</td><td>${esc(l.comment)}</td></tr>`,
    )
    .join('');
  return `<table><caption>What open data cover for this corridor, and what only national statistics can give</caption><thead><tr><th scope="col">Topic</th><th scope="col">Status</th><th scope="col">Latest</th><th scope="col">Open source</th><th scope="col">Comment or where to look</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function assessmentHtml(m: CorridorModel): string {
  const a = m.assessment;
  if (!a) return '';
  const n = (v: number | null) => (v === null ? '–' : decimal(v, 1));
  const interval =
    a.rankQ5 !== null && a.rankQ95 !== null
      ? `${decimal(a.rankQ5, 0)}–${decimal(a.rankQ95, 0)}`
      : 'not computed';
  const dims = a.dimensions
    .map((d) => `<tr><th scope="row">${esc(d.label)}</th><td class="num">${n(d.score)}</td></tr>`)
    .join('');
  const missing = a.gaps.filter((g) => g.status === 'missing').length;
  const stale = a.gaps.length - missing;
  const gaps = a.gaps.length
    ? `<p>Of the ${a.checked} indicator columns the assessment read for this corridor (descriptive ones included), ${missing} were empty and ${stale} held only an out-of-date value.</p><details><summary>Which indicators</summary><ul class="cols">${a.gaps.map((g) => `<li>${esc(g.indicator)}: ${g.status}${g.year ? ` (${g.year})` : ''}</li>`).join('')}</ul></details>`
    : '<p>No gaps: every indicator had a recent value.</p>';
  return `<section aria-labelledby="assessment"><h2 id="assessment">Assessment by ${esc(a.assessedBy)}</h2>
<p class="meta">Assessed ${esc(day(a.generatedAt))} by ${esc(a.assessedBy)}${a.runId ? ` (recalculation <span class="code">${esc(a.runId)}</span>)` : ''} as corridor <span class="code">${esc(a.corridorId)}</span>${a.transit ? ` (through ${esc(a.transit)})` : ''}, among ${a.of} corridors. Scores run from 0 to 100; the rank interval is the 5th to 95th percentile of ranks when the method choices vary.</p>
<dl class="figures"><div data-figure="overall"><dt>Overall score</dt><dd><span class="value">${n(a.overall)}</span></dd></div><div data-figure="rank"><dt>Rank</dt><dd><span class="value">${a.rank ?? '–'} of ${a.of}</span><span class="note">Interval ${interval}</span></dd></div><div data-figure="coverage"><dt>Data coverage</dt><dd><span class="value">${decimal(a.coverage * 100, 0)}%</span><span class="note">of scored indicators</span></dd></div></dl>
<table><caption>Scores by dimension</caption><thead><tr><th scope="col">Dimension</th><th scope="col" class="num">Score</th></tr></thead><tbody>${dims}</tbody></table>
<h3>Data gaps in the assessment</h3>${gaps}</section>`;
}

/** The corridor page; its model comes from corridorModel(). */
export function corridorPage(ctx: SiteContext, m: CorridorModel): string {
  const path = corridorPath(m.id);
  const o = m.origin;
  const d = m.destination;
  const title = `${o.name} → ${d.name}`;
  const stock = m.figures.find((f) => f.key === 'stock');
  const description = `Migration corridor from ${o.name} to ${d.name}: ${stock?.value ? `${stock.display} migrants (${stock.period})` : 'migrants'}, remittances, cost of sending money, refugees and data gaps, from open data.`;
  const cardAlt = `Key figures card for the corridor ${title}`;
  const body = `<nav class="crumbs" aria-label="Breadcrumb"><a href="../../">Observatory</a> › <a href="../../${countryPath(o.iso3).replace('index.html', '')}">${esc(o.name)}</a> › ${esc(title)}</nav>
<h1>${esc(o.name)} → ${esc(d.name)}</h1>
<p class="lede">Migration corridor from ${named(o.name, o.iso3)} to ${named(d.name, d.iso3)}. Remittances and their cost run the other way, from ${esc(d.name)} to ${esc(o.name)}.</p>
<section aria-labelledby="figures"><h2 id="figures">Key figures</h2><dl class="figures">${m.figures.map((f) => figureHtml(ctx, f)).join('')}</dl></section>
${assessmentHtml(m)}
<section aria-labelledby="trends"><h2 id="trends">Over time</h2>${corridorCharts(ctx, m)}</section>
<section aria-labelledby="ends"><h2 id="ends">Origin and destination</h2>${comparisonTable(ctx, m)}<p>Country pages: <a href="../../${countryPath(o.iso3).replace('index.html', '')}">${esc(o.name)}</a>, <a href="../../${countryPath(d.iso3).replace('index.html', '')}">${esc(d.name)}</a>.</p></section>
<section aria-labelledby="gaps"><h2 id="gaps">Data gaps</h2>${ledgerTable(ctx, m)}</section>
<section aria-labelledby="downloads"><h2 id="downloads">Downloads</h2><ul>
<li><a href="data.csv" download>This corridor's data as CSV</a></li>
<li><a href="data.json" download>as JSON</a> (with sources and vintage)</li>
<li><a href="data.sdmx.csv" download>as SDMX-CSV</a></li>
<li><a href="card.svg">Key figures card (SVG)</a></li></ul>
<details class="embed"><summary>Embed the card</summary><p>The card's address is stable; paste this where you want it${ctx.options.siteUrl ? '' : ', with the address this site is published at in place of SITE'}:</p><pre>${esc(`<img src="${ctx.options.siteUrl ? ctx.options.siteUrl.replace(/\/?$/, '/') : 'https://SITE/'}corridor/${m.id}/card.svg" width="600" height="315" alt="${cardAlt}">`)}</pre></details></section>
<section aria-labelledby="cite"><h2 id="cite">How to cite</h2>${citationHtml(ctx, `Migration corridor ${title}`, `corridor/${m.id}/`, [SOURCE_IDS.stock, SOURCE_IDS.remittances, SOURCE_IDS.cost, SOURCE_IDS.refugees, SOURCE_IDS.deaths, SOURCE_IDS.wdi, SOURCE_IDS.hdi])}</section>`;
  return page({
    path,
    title,
    description,
    siteUrl: ctx.options.siteUrl,
    image: `corridor/${m.id}/card.svg`,
    imageAlt: cardAlt,
    body,
  });
}
