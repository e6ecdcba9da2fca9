/** `corridor-monitor token --role R --ttl 30d`: prints a bearer token signed with the environment key. @module */
import { type Command, InvalidArgumentError, Option } from 'commander';
import type { Role } from '../../auth/roles.ts';
import { ROLES } from '../../auth/roles.ts';
import { signToken } from '../../auth/sign-token.ts';
import { parseTtl } from '../../auth/ttl.ts';
import { ConfigError, DEFAULTS, signingKey } from '../../http/config.ts';
import { UsageError } from '../exit.ts';

export function registerToken(program: Command): void {
  program
    .command('token')
    .description('Print a signed bearer token for the API (key from CM_JWT_KEYS / CM_JWT_KID)')
    .addOption(
      new Option('--role <role>', 'the role the token carries')
        .choices(ROLES)
        .makeOptionMandatory(),
    )
    .addOption(
      new Option('--ttl <lifetime>', 'lifetime such as 30d, 12h, 15m (at most 366d)')
        .argParser(ttl)
        .default(30 * 86_400, '30d'),
    )
    .option('--sub <name>', 'who the token is for (a team or service name, not personal data)')
    .option('--kid <kid>', 'sign with this key id instead of CM_JWT_KID')
    .addHelpText(
      'after',
      '\nEnvironment: CM_JWT_KEYS (kid:secret,...), CM_JWT_KID, CM_JWT_ISSUER, CM_JWT_AUDIENCE.\n' +
        'Example: CM_JWT_KEYS="2026a:$(openssl rand -hex 32)" corridor-monitor token --role coordinator --ttl 30d',
    )
    .action(async (options: { role: Role; ttl: number; sub?: string; kid?: string }) => {
      process.stdout.write(`${await issueToken(process.env, options)}\n`);
    });
}

/** Signs a token from an environment record; missing or bad keys are a UsageError (exit 2). */
export async function issueToken(
  env: Record<string, string | undefined>,
  options: { role: Role; ttl: number; sub?: string; kid?: string },
): Promise<string> {
  try {
    const key = signingKey(options.kid ? { ...env, CM_JWT_KID: options.kid } : env);
    return await signToken({
      role: options.role,
      kid: key.kid,
      secret: key.secret,
      issuer: env.CM_JWT_ISSUER?.trim() || DEFAULTS.issuer,
      audience: env.CM_JWT_AUDIENCE?.trim() || DEFAULTS.audience,
      ttlSeconds: options.ttl,
      ...(options.sub ? { subject: options.sub } : {}),
    });
  } catch (error) {
    throw error instanceof ConfigError ? new UsageError(error.message) : error;
  }
}

function ttl(text: string): number {
  const seconds = parseTtl(text);
  if (seconds === undefined)
    throw new InvalidArgumentError(
      `--ttl expects a lifetime such as 30d, 12h or 15m up to 366d, got "${text}"`,
    );
  return seconds;
}
