/** Internal links of built pages, resolved against the site root (folders mean index.html). */
export function internalLinks(pagePath: string, html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/\s(?:href|src)="([^"#]*)(#[^"]*)?"/g)) {
    const target = m[1]!;
    if (!target || /^[a-z]+:/i.test(target) || target.startsWith('//')) continue;
    const parts = pagePath.split('/').slice(0, -1);
    for (const seg of target.split('/')) {
      if (seg === '..') parts.pop();
      else if (seg !== '.' && seg !== '') parts.push(seg);
    }
    out.push(
      target.endsWith('/') || target === '' ? [...parts, 'index.html'].join('/') : parts.join('/'),
    );
  }
  return out;
}
