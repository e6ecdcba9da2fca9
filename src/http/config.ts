/**
 * Configuration from environment variables (or Worker bindings), as a plain
 * record so every runtime passes what it has. docs/deploy.md lists each variable
 * (generated from src/compose/config-variables.ts).
 * @module
 */
import { KeyRingError, parseKeyRing } from '../auth/key-ring.ts';
import { DEFAULT_MAX_TTL_SECONDS, parseTtl } from '../auth/ttl.ts';
import type { Clock } from '../core/contract/ports.ts';
import type { AppConfig } from './deps.ts';
import { DEFAULT_LIMITS, type Limits, type RoleLimits } from './limits.ts';

export type EnvRecord = Record<string, string | undefined>;

export const DEFAULTS = {
  issuer: 'corridor-monitor',
  audience: 'corridor-monitor-api',
  bodyLimitBytes: 10 * 1024 * 1024,
} as const;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** @throws ConfigError naming the variable and what it expects */
export function loadConfig(env: EnvRecord): AppConfig {
  const config: AppConfig = {
    auth: {
      issuer: text(env.CM_JWT_ISSUER) ?? DEFAULTS.issuer,
      audience: text(env.CM_JWT_AUDIENCE) ?? DEFAULTS.audience,
      keys: keyRing(env.CM_JWT_KEYS),
      maxTtlSeconds: maxTtl(env),
    },
    corsOrigins: list(env.CM_CORS_ORIGINS).map(origin),
    bodyLimitBytes:
      positiveInt('CM_BODY_LIMIT_BYTES', env.CM_BODY_LIMIT_BYTES) ?? DEFAULTS.bodyLimitBytes,
  };
  const publicUrl = text(env.CM_PUBLIC_URL);
  if (publicUrl) config.publicUrl = baseUrl(publicUrl);
  const limits = text(env.CM_LIMITS);
  if (limits) config.limits = parseLimits(limits);
  return config;
}

/** CM_JWT_MAX_TTL: the longest token lifetime accepted and issued (default 90d, at most 366d). */
export function maxTtl(env: EnvRecord): number {
  const given = text(env.CM_JWT_MAX_TTL);
  if (given === undefined) return DEFAULT_MAX_TTL_SECONDS;
  const seconds = parseTtl(given);
  if (seconds === undefined)
    throw new ConfigError(
      `CM_JWT_MAX_TTL expects a lifetime such as 90d, 12h or 15m up to 366d, got "${given}"`,
    );
  return seconds;
}

/**
 * CM_LIMITS: JSON overriding DEFAULT_LIMITS per role and field, e.g.
 * `{"partner":{"cells":200000},"statistician":{"uncertaintyRuns":500}}`.
 */
export function parseLimits(value: string): Limits {
  const fail = (why: string) =>
    new ConfigError(`CM_LIMITS expects JSON like {"partner":{"cells":200000}}: ${why}`);
  let given: unknown;
  try {
    given = JSON.parse(value);
  } catch {
    throw fail('not JSON');
  }
  if (!given || typeof given !== 'object' || Array.isArray(given)) throw fail('not an object');
  const out = structuredClone(DEFAULT_LIMITS);
  for (const [role, fields] of Object.entries(given)) {
    if (!Object.hasOwn(out, role)) throw fail(`unknown role "${role}"`);
    if (!fields || typeof fields !== 'object') throw fail(`"${role}" is not an object`);
    const target = out[role as keyof Limits];
    for (const [field, n] of Object.entries(fields as Record<string, unknown>)) {
      if (!Object.hasOwn(target, field)) throw fail(`unknown limit "${role}.${field}"`);
      if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0)
        throw fail(`"${role}.${field}" is not a whole number`);
      target[field as keyof RoleLimits] = n;
    }
  }
  return out;
}

/** The one place review links are built from: never the request's Host header. */
function baseUrl(value: string): string {
  const trimmed = value.replace(/\/+$/, '');
  if (!/^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?(\/[A-Za-z0-9._~%/-]*)?$/.test(trimmed)) {
    throw new ConfigError(
      `CM_PUBLIC_URL expects the public base URL such as https://cm.example.org (no query or fragment), got "${value}"`,
    );
  }
  return trimmed;
}

/**
 * The system clock, or a fixed instant when CM_FIXED_TIME is set (tests and
 * reproducible runs: every `generatedAt` is then that instant). Token expiry
 * is always checked against the real time.
 */
export function clockFromEnv(env: EnvRecord): Clock {
  const fixed = text(env.CM_FIXED_TIME);
  if (!fixed) return { now: () => new Date() };
  const instant = new Date(fixed);
  if (Number.isNaN(instant.getTime())) {
    throw new ConfigError(
      `CM_FIXED_TIME expects an ISO 8601 instant such as 2026-01-01T00:00:00Z, got "${fixed}"`,
    );
  }
  return { now: () => new Date(instant) };
}

/** The key that signs new tokens: CM_JWT_KID, or the only key when there is one. */
export function signingKey(env: EnvRecord): { kid: string; secret: string } {
  const keys = keyRing(env.CM_JWT_KEYS);
  const kids = Object.keys(keys);
  if (kids.length === 0)
    throw new ConfigError(
      'CM_JWT_KEYS is not set: expected kid:secret pairs, e.g. 2026a:<32+ random characters>',
    );
  const kid = text(env.CM_JWT_KID) ?? (kids.length === 1 ? kids[0] : undefined);
  if (kid === undefined)
    throw new ConfigError(
      `CM_JWT_KID must name the signing key when CM_JWT_KEYS holds several (${kids.join(', ')})`,
    );
  const secret = Object.hasOwn(keys, kid) ? keys[kid] : undefined;
  if (secret === undefined)
    throw new ConfigError(
      `CM_JWT_KID "${kid}" is not a key id in CM_JWT_KEYS (${kids.join(', ')})`,
    );
  return { kid, secret };
}

function keyRing(value: string | undefined): Record<string, string> {
  try {
    return parseKeyRing(value);
  } catch (error) {
    throw error instanceof KeyRingError ? new ConfigError(error.message) : error;
  }
}

const text = (value: string | undefined): string | undefined =>
  value?.trim() ? value.trim() : undefined;
const list = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

function origin(value: string): string {
  if (!/^https?:\/\/[^/\s]+$/.test(value)) {
    throw new ConfigError(
      `CM_CORS_ORIGINS expects origins like https://example.org (no path), got "${value}"`,
    );
  }
  return value;
}

function positiveInt(name: string, value: string | undefined): number | undefined {
  if (text(value) === undefined) return undefined;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n <= 0)
    throw new ConfigError(`${name} expects a positive whole number of bytes, got "${value}"`);
  return n;
}
