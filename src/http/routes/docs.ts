/** GET /v1/openapi.json and GET /docs, both public, built from the mounted routes. @module */
import { buildOpenApi } from '../openapi/build-document.ts';
import { renderDocs } from '../openapi/render-docs.ts';
import { type AnyRoute, defineRoute } from '../route.ts';

export function docsRoutes(routes: readonly AnyRoute[]): AnyRoute[] {
  const openapi: AnyRoute = defineRoute({
    method: 'GET',
    path: '/v1/openapi.json',
    operationId: 'openapi',
    summary: 'This API as an OpenAPI 3.1 document',
    tag: 'Service',
    access: 'public',
    responses: [{ status: 200, description: 'The OpenAPI document.' }],
    handle: (c) => c.json(document(c.get('deps').config.publicUrl)),
  });
  const docs: AnyRoute = defineRoute({
    method: 'GET',
    path: '/docs',
    operationId: 'docs',
    summary: 'This API as a readable page',
    tag: 'Service',
    access: 'public',
    responses: [{ status: 200, description: 'HTML documentation.', contentType: 'text/html' }],
    handle: (c) => {
      c.header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'");
      return c.html(renderDocs(document(c.get('deps').config.publicUrl)));
    },
  });
  const all: AnyRoute[] = [...routes, openapi, docs];
  // built once per app: the document depends only on the routes and the public URL
  let cached: { url: string | undefined; doc: Record<string, unknown> } | undefined;
  const document = (url: string | undefined): Record<string, unknown> => {
    if (!cached || cached.url !== url)
      cached = { url, doc: buildOpenApi(all, url ? { publicUrl: url } : {}) };
    return cached.doc;
  };
  return [openapi, docs];
}
