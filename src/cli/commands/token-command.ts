/** `corridor-monitor token --role R --hub ID --ttl 30d`: prints a bearer token signed with the environment key. @module */
import { type Command, InvalidArgumentError, Option } from 'commander';
import type { Role } from '../../auth/roles.ts';
import { ROLES } from '../../auth/roles.ts';
import { isSpreadsheetId, MAX_HUBS_PER_TOKEN } from '../../auth/scope.ts';
import { signToken } from '../../auth/sign-token.ts';
import { parseTtlUpTo } from '../../auth/ttl.ts';
import { parseSheetLink } from '../../core/contract/sheet-link.ts';
import { ConfigError, DEFAULTS, maxTtl, signingKey } from '../../http/config.ts';
import { UsageError } from '../exit.ts';

interface TokenOptions {
  role: Role;
  ttl?: string;
  sub?: string;
  kid?: string;
  hub?: string[];
}

export function registerToken(program: Command): void {
  program
    .command('token')
    .description('Print a signed bearer token for the API (key from CM_JWT_KEYS / CM_JWT_KID)')
    .addOption(
      new Option('--role <role>', 'the role the token carries')
        .choices(ROLES)
        .makeOptionMandatory(),
    )
    .option(
      '--hub <id>',
      'a hub spreadsheet (ID or link): coordinator, each hub it may recalculate (repeat); partner, the one hub it reviews against',
      (value: string, previous: string[] = []) => [...previous, hubId(value)],
    )
    .option('--ttl <lifetime>', 'lifetime such as 30d, 12h, 15m (at most CM_JWT_MAX_TTL, 90d)')
    .option('--sub <name>', 'who the token is for (a team or service name, not personal data)')
    .option('--kid <kid>', 'sign with this key id instead of CM_JWT_KID')
    .addHelpText(
      'after',
      '\nEnvironment: CM_JWT_KEYS (kid:secret,...), CM_JWT_KID, CM_JWT_ISSUER, CM_JWT_AUDIENCE, CM_JWT_MAX_TTL.\n' +
        'Example: CM_JWT_KEYS="2026a:$(openssl rand -hex 32)" corridor-monitor token --role coordinator --hub 1AbC... --ttl 30d',
    )
    .action(async (options: TokenOptions) => {
      process.stdout.write(`${await issueToken(process.env, options)}\n`);
    });
}

/** Signs a token from an environment record; missing keys, bad scope or lifetime are a UsageError (exit 2). */
export async function issueToken(
  env: Record<string, string | undefined>,
  options: TokenOptions,
): Promise<string> {
  try {
    const max = maxTtl(env);
    const ttlSeconds =
      options.ttl === undefined ? Math.min(30 * 86_400, max) : ttl(options.ttl, max);
    const hubs = [...new Set(options.hub ?? [])];
    checkScope(options.role, hubs);
    const key = signingKey(options.kid ? { ...env, CM_JWT_KID: options.kid } : env);
    return await signToken({
      role: options.role,
      kid: key.kid,
      secret: key.secret,
      issuer: env.CM_JWT_ISSUER?.trim() || DEFAULTS.issuer,
      audience: env.CM_JWT_AUDIENCE?.trim() || DEFAULTS.audience,
      ttlSeconds,
      hubs,
      ...(options.sub ? { subject: options.sub } : {}),
    });
  } catch (error) {
    throw error instanceof ConfigError ? new UsageError(error.message) : error;
  }
}

function checkScope(role: Role, hubs: string[]): void {
  if (role === 'statistician' && hubs.length > 0)
    throw new UsageError(
      '--hub is for coordinator and partner tokens; a statistician token names no hub',
    );
  if (role === 'coordinator' && (hubs.length === 0 || hubs.length > MAX_HUBS_PER_TOKEN))
    throw new UsageError(
      `a coordinator token names the hubs it may recalculate: give --hub once per hub (1 to ${MAX_HUBS_PER_TOKEN})`,
    );
  if (role === 'partner' && hubs.length !== 1)
    throw new UsageError('a partner token names the one hub it reviews against: give --hub once');
}

function hubId(text: string): string {
  const id = parseSheetLink(text)?.spreadsheetId;
  if (!id || !isSpreadsheetId(id))
    throw new InvalidArgumentError(
      `--hub expects a Google Sheets link or spreadsheet ID, got "${text}"`,
    );
  return id;
}

function ttl(text: string, max: number): number {
  const seconds = parseTtlUpTo(text, max);
  if (seconds === undefined)
    throw new UsageError(
      `--ttl expects a lifetime such as 30d, 12h or 15m up to ${Math.floor(max / 86_400)}d (CM_JWT_MAX_TTL), got "${text}"`,
    );
  return seconds;
}
