/**
 * Query parameters checked against the discovery document's method and global parameters.
 * @module
 */
import { readFileSync } from 'node:fs';

interface Param {
  enum?: string[];
  location?: string;
}
interface MethodDoc {
  parameters?: Record<string, Param>;
}
interface Discovery {
  parameters: Record<string, Param>;
  resources: {
    spreadsheets: {
      methods: Record<string, MethodDoc>;
      resources: { values: { methods: Record<string, MethodDoc> } };
    };
  };
}

const doc = JSON.parse(
  readFileSync(new URL('../../fixtures/sheets-v4-discovery.json', import.meta.url), 'utf8'),
) as Discovery;

const METHODS: Record<'get' | 'batchGet' | 'batchUpdate', MethodDoc | undefined> = {
  get: doc.resources.spreadsheets.methods.get,
  batchGet: doc.resources.spreadsheets.resources.values.methods.batchGet,
  batchUpdate: doc.resources.spreadsheets.methods.batchUpdate,
};

/** One message per unknown parameter or value outside its enum. */
export function checkQuery(method: keyof typeof METHODS, query: URLSearchParams): string[] {
  const problems: string[] = [];
  for (const [name, value] of query) {
    const param = METHODS[method]?.parameters?.[name] ?? doc.parameters[name];
    if (!param || param.location === 'path')
      problems.push(`query ${name}: unknown parameter for ${method}`);
    else if (param.enum && !param.enum.includes(value))
      problems.push(`query ${name}: "${value}" is not one of ${param.enum.join(', ')}`);
  }
  return problems;
}
