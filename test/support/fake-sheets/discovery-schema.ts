/**
 * A small validator for Google discovery-document schemas ($ref, type,
 * properties, items, additionalProperties, enum, formats). Unknown properties
 * are rejected, as the real API rejects them.
 * @module
 */
import { readFileSync } from 'node:fs';

interface SchemaNode {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: string[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  additionalProperties?: SchemaNode;
}

interface Discovery {
  schemas: Record<string, SchemaNode>;
}

const discovery = JSON.parse(
  readFileSync(new URL('../../fixtures/sheets-v4-discovery.json', import.meta.url), 'utf8'),
) as Discovery;

/** Checks `value` against the named schema; returns one message per problem (empty = valid). */
export function validateSchema(value: unknown, schemaName: string): string[] {
  const problems: string[] = [];
  check(value, { $ref: schemaName }, schemaName, problems);
  return problems;
}

function check(value: unknown, node: SchemaNode, path: string, out: string[]): void {
  if (node.$ref) {
    const target = discovery.schemas[node.$ref];
    if (target) check(value, target, path, out);
    else out.push(`${path}: unknown schema ${node.$ref}`);
    return;
  }
  if (value === null || value === undefined || node.type === 'any') return;
  if (node.type === 'object') checkObject(value, node, path, out);
  else if (node.type === 'array') checkArray(value, node, path, out);
  else if (node.type === 'string') checkString(value, node, path, out);
  else if (node.type === 'integer') checkInteger(value, node, path, out);
  else if (node.type === 'number') {
    if (typeof value !== 'number' || !Number.isFinite(value))
      out.push(`${path}: expected number, got ${JSON.stringify(value)}`);
  } else if (node.type === 'boolean') {
    if (typeof value !== 'boolean')
      out.push(`${path}: expected boolean, got ${JSON.stringify(value)}`);
  } else out.push(`${path}: schema has unsupported type ${String(node.type)}`);
}

function checkArray(value: unknown, node: SchemaNode, path: string, out: string[]): void {
  if (!Array.isArray(value)) {
    out.push(`${path}: expected array, got ${typeof value}`);
    return;
  }
  for (const [i, v] of value.entries())
    check(v, node.items ?? { type: 'any' }, `${path}[${i}]`, out);
}

function checkInteger(value: unknown, node: SchemaNode, path: string, out: string[]): void {
  if (typeof value !== 'number' || !Number.isInteger(value))
    out.push(`${path}: expected integer, got ${JSON.stringify(value)}`);
  else if (node.format === 'int32' && (value > 2147483647 || value < -2147483648))
    out.push(`${path}: ${value} is outside int32`);
}

function checkObject(value: unknown, node: SchemaNode, path: string, out: string[]): void {
  if (typeof value !== 'object' || Array.isArray(value) || value === null) {
    out.push(`${path}: expected object, got ${JSON.stringify(value)}`);
    return;
  }
  for (const [key, v] of Object.entries(value)) {
    const prop = node.properties?.[key] ?? node.additionalProperties;
    if (!prop) out.push(`${path}.${key}: unknown property`);
    else check(v, prop, `${path}.${key}`, out);
  }
}

function checkString(value: unknown, node: SchemaNode, path: string, out: string[]): void {
  // int64/uint64 travel as decimal strings; JSON numbers are accepted there too.
  if (node.format === 'int64' || node.format === 'uint64') {
    if (!/^-?\d+$/.test(String(value)))
      out.push(`${path}: expected ${node.format}, got ${JSON.stringify(value)}`);
    return;
  }
  if (typeof value !== 'string') out.push(`${path}: expected string, got ${JSON.stringify(value)}`);
  else if (node.enum && !node.enum.includes(value))
    out.push(`${path}: "${value}" is not one of ${node.enum.join(', ')}`);
}
