import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ENV, type Fixture, fixtures } from './fixtures.ts';
import {
  type Answer,
  functionsFramework,
  inProcess,
  nodeServer,
  offline,
  type Runtime,
  workerd,
} from './runtimes.ts';

offline();

/**
 * The one known difference: the Functions Framework parses JSON bodies with
 * Express before the app runs, so malformed JSON gets its own 400 page there.
 */
const KNOWN = new Set(['functions-framework:malformed-json']);

describe('the same requests give byte-identical answers on app.request, workerd, the Functions Framework and the Node server', () => {
  const runtimes: Runtime[] = [];
  let requests: Fixture[] = [];
  const answers = new Map<string, Answer[]>();

  beforeAll(async () => {
    requests = await fixtures();
    runtimes.push(
      inProcess(ENV),
      ...(await Promise.all([workerd(ENV), functionsFramework(ENV), nodeServer(ENV)])),
    );
    for (const fixture of requests) {
      answers.set(
        fixture.name,
        await Promise.all(runtimes.map((r) => r.send(fixture.path, fixture.init))),
      );
    }
  }, 240_000);

  afterAll(async () => {
    await Promise.all(runtimes.map((r) => r.close()));
  });

  test('the four runtimes are up', () => {
    expect(runtimes.map((r) => r.name)).toEqual([
      'app.request',
      'workerd',
      'functions-framework',
      'node-server',
    ]);
  });

  test.each([
    'health',
    'openapi',
    'docs',
    'catalogue',
    'template',
    'validate-example',
    'assess-example',
    'index',
    'no-token',
    'expired-token',
    'partner-assess',
    'malformed-json',
    'schema-error',
    'not-json',
    'unknown-path',
  ])('%s', (name) => {
    const [reference, ...others] = answers.get(name) ?? [];
    expect(reference).toBeDefined();
    for (const [i, other] of others.entries()) {
      expect(other.status).toBe(reference?.status);
      if (KNOWN.has(`${runtimes[i + 1]?.name}:${name}`)) continue;
      expect(other.contentType).toBe(reference?.contentType);
      expect(other.requestId).toBe(`contract-${name}`);
      expect(other.body === reference?.body, `${name}: body differs from app.request`).toBe(true);
    }
  });

  test('the answers are the expected ones, not merely equal', () => {
    const status = Object.fromEntries([...answers].map(([name, [a]]) => [name, a?.status]));
    expect(status).toEqual({
      health: 200,
      openapi: 200,
      docs: 200,
      catalogue: 200,
      template: 200,
      'validate-example': 200,
      'assess-example': 200,
      index: 200,
      'no-token': 401,
      'expired-token': 401,
      'partner-assess': 403,
      'malformed-json': 400,
      'schema-error': 422,
      'not-json': 415,
      'unknown-path': 404,
    });
    const assessed = JSON.parse(answers.get('assess-example')?.[0]?.body ?? '{}');
    expect(assessed.ok).toBe(true);
    expect(assessed.summary.corridors).toBeGreaterThanOrEqual(10);
    expect(assessed.benchmark.generatedAt).toBe('2026-01-15T12:00:00.000Z');
  });
});
