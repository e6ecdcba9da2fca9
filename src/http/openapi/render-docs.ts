/**
 * The /docs page: plain HTML rendered from the OpenAPI document, with no
 * script and no external resource, so it works offline and under a strict CSP.
 * @module
 */
import { escapeHtml as esc } from '../../core/contract/html-escape.ts';
import { PROBLEMS } from '../problem.ts';

type Json = Record<string, unknown>;
type Operation = Json & {
  summary: string;
  description: string;
  'x-roles': string[] | 'public';
  responses: Record<string, Json>;
};

const ROLES = ['statistician', 'coordinator', 'partner'] as const;

export function renderDocs(doc: Json): string {
  const info = doc.info as { title: string; version: string; description: string };
  const ops = Object.entries(doc.paths as Record<string, Record<string, Operation>>).flatMap(
    ([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({ method: method.toUpperCase(), path, op })),
  );
  const schemas = (doc.components as { schemas: Record<string, unknown> }).schemas;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(info.title)} ${esc(info.version)}</title>
<style>
body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
code,pre{font:14px/1.4 ui-monospace,monospace;background:#f3f3f3}pre{padding:.75rem;overflow:auto}
table{border-collapse:collapse}th,td{border:1px solid #999;padding:.25rem .5rem;text-align:left}
.m{font-weight:700;color:#0b4f8a}section{border-top:1px solid #ccc;margin-top:1.5rem}
</style></head><body>
<h1>${esc(info.title)} <small>${esc(info.version)}</small></h1>
<p>${esc(info.description)}</p>
<p>Machine-readable: <a href="/v1/openapi.json">/v1/openapi.json</a> (OpenAPI 3.1).
Authenticated endpoints need <code>Authorization: Bearer &lt;JWT&gt;</code> carrying a <code>role</code> claim.</p>
<h2 id="roles">Roles</h2>
<table><caption>Which role may call which endpoint</caption><thead><tr><th scope="col">Endpoint</th>${ROLES.map((r) => `<th scope="col">${r}</th>`).join('')}</tr></thead><tbody>
${ops.map(({ method, path, op }) => `<tr><th scope="row"><code>${method} ${esc(path)}</code></th>${ROLES.map((r) => `<td>${op['x-roles'] === 'public' ? 'public' : op['x-roles'].includes(r) ? 'yes' : '—'}</td>`).join('')}</tr>`).join('\n')}
</tbody></table>
<h2 id="endpoints">Endpoints</h2>
${ops.map(({ method, path, op }) => endpoint(method, path, op)).join('\n')}
<h2 id="problems">Errors</h2>
<p>Every error is <code>application/problem+json</code> (RFC 9457) with <code>type</code>, <code>title</code>, <code>status</code>, <code>detail</code>, <code>instance</code> and <code>requestId</code>; the same id is in the <code>X-Request-Id</code> header.</p>
<dl>${Object.entries(PROBLEMS)
    .map(
      ([slug, p]) =>
        `<dt id="problem-${slug}"><code>${p.status}</code> ${esc(p.title)}</dt><dd><code>/docs#problem-${slug}</code></dd>`,
    )
    .join('')}</dl>
<h2 id="schemas">Schemas</h2>
${Object.entries(schemas)
  .map(
    ([id, s]) =>
      `<section><h3 id="schema-${esc(id)}">${esc(id)}</h3><pre>${esc(JSON.stringify(s, null, 2))}</pre></section>`,
  )
  .join('\n')}
</body></html>
`;
}

function endpoint(method: string, path: string, op: Operation): string {
  const body = (op.requestBody as { content: Record<string, { schema: Json }> } | undefined)
    ?.content['application/json']?.schema;
  const params = (op.parameters as Json[] | undefined) ?? [];
  return `<section><h3 id="${esc(op.operationId)}"><span class="m">${method}</span> <code>${esc(path)}</code> — ${esc(op.summary)}</h3>
<p>${esc(op.description).replace(/\n\n/g, '</p><p>')}</p>
${params.length ? `<p>Parameters: ${params.map((p) => `<code>${esc(p.name)}</code> (${esc(p.in)}${p.required ? ', required' : ''})${p.description ? ` ${esc(p.description)}` : ''}`).join('; ')}</p>` : ''}
${body ? `<p>Request body: ${schemaLink(body)}</p>` : ''}
<p>Responses: ${Object.entries(op.responses)
    .map(([status, r]) => `<code>${status}</code> ${esc(r.description)}`)
    .join('; ')}</p></section>`;
}

function schemaLink(schema: Json): string {
  const ref = typeof schema.$ref === 'string' ? schema.$ref.split('/').pop() : undefined;
  return ref
    ? `<a href="#schema-${esc(ref)}">${esc(ref)}</a>`
    : `<code>${esc(JSON.stringify(schema))}</code>`;
}
