/**
 * Named schemas of the HTTP API: each becomes #/components/schemas/<id> in
 * the OpenAPI document. A separate registry keeps other modules' zod
 * metadata out of the document.
 * @module
 */
import { z } from 'zod';

export const apiSchemas = z.registry<{ id: string; description?: string }>();

/** Registers a schema under its component name and returns it unchanged. */
export function named<S extends z.ZodType>(id: string, schema: S, description?: string): S {
  apiSchemas.add(schema as z.ZodType, description ? { id, description } : { id });
  return schema;
}
