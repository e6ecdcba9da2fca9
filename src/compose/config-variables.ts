/**
 * Every configuration variable the runtimes read, with its default and
 * meaning: the one list the deployment docs' table is generated from
 * (npm run docs:tables). A test fails when code reads a CM_ variable that is
 * not listed here, or when one listed here is read nowhere.
 * @module
 */

export interface ConfigVariable {
  /** One row may document variables that only make sense together. */
  names: readonly string[];
  default: string;
  meaning: string;
  secret?: boolean;
}

export const CONFIG_VARIABLES: readonly ConfigVariable[] = [
  {
    names: ['CM_JWT_KEYS'],
    default: 'none (authenticated endpoints answer 503)',
    meaning:
      'HS256 keys as `kid:secret` pairs, comma-separated, e.g. `2026a:<64 hex>,2026b:<64 hex>`. Each secret needs at least 32 characters. Several keys at once allow rotation',
    secret: true,
  },
  {
    names: ['CM_JWT_KID'],
    default: 'the only key',
    meaning:
      'The key id that `corridor-monitor token` signs with. Needed when `CM_JWT_KEYS` holds several keys. The API itself does not read it',
  },
  { names: ['CM_JWT_ISSUER'], default: '`corridor-monitor`', meaning: 'Required `iss` claim' },
  {
    names: ['CM_JWT_MAX_TTL'],
    default: '`90d`',
    meaning:
      'Longest token lifetime accepted and issued (`exp - iat` and `exp - now`), e.g. `30d`, `12h`, at most `366d`. Tokens issued in the future are refused too; see docs/api-operations.md',
  },
  {
    names: ['CM_LIMITS'],
    default: 'see docs/api-operations.md',
    meaning:
      'JSON overriding the per-role limits on tabs, rows, cells and uncertainty runs, e.g. `{"partner":{"cells":200000}}`',
  },
  {
    names: ['CM_JWT_AUDIENCE'],
    default: '`corridor-monitor-api`',
    meaning: 'Required `aud` claim',
  },
  {
    names: ['CM_CORS_ORIGINS'],
    default: 'empty (no CORS)',
    meaning: 'Browser origins allowed, comma-separated, e.g. `https://sheets.example.org`',
  },
  {
    names: ['CM_BODY_LIMIT_BYTES'],
    default: '`10485760` (10 MB)',
    meaning: 'Larger request bodies answer 413',
  },
  {
    names: ['CM_PUBLIC_URL'],
    default: "unset (review links are refused with 503; OpenAPI uses the request's origin)",
    meaning:
      'Public base URL, used for review links (never taken from the Host header) and as the OpenAPI `servers` entry',
  },
  {
    names: ['CM_FIXED_TIME'],
    default: 'unset (real clock)',
    meaning:
      'An ISO 8601 instant used as `generatedAt` in every answer. Meant for tests and reproducible runs; leave it unset in production. Token expiry always uses the real time',
  },
  {
    names: ['CM_SHEETS_SERVICE_ACCOUNT_JSON', 'CM_SHEETS_REVIEW_SECRET'],
    default: 'unset (Sheets endpoints answer 503)',
    meaning:
      'Google Sheets access: the service account key file (JSON) and at least 32 random characters that sign review links; see docs/sheets.md. `observatory --hub` reads the key file too (read-only)',
    secret: true,
  },
  {
    names: ['CM_SHEETS_UNCERTAINTY_RUNS'],
    default: 'unset',
    meaning:
      "A number of uncertainty runs that overrides the Method tab's, to keep a recalculation short. (Partner reviews compare with the hub their token names.)",
  },
  {
    names: ['CM_SHEETS_ROOT_URL', 'CM_SHEETS_TOKEN_URL'],
    default: "Google's endpoints",
    meaning:
      'Point the Sheets adapter at another Sheets API and token endpoint; only the tests use them',
  },
  {
    names: ['CM_API_URL'],
    default: 'unset',
    meaning:
      "Add-on build only: the API's https URL, written into the manifest's `urlFetchWhitelist`",
  },
  {
    names: ['CM_SITE_DIR'],
    default: '`site`',
    meaning: 'Node server only: the built observatory site, served under `/observatory/`',
  },
  {
    names: ['CORRIDOR_MONITOR_PACK'],
    default: 'the `data/pack` of this package',
    meaning: 'The open data pack folder the Node runtimes read (docs/open-data-pack.md)',
  },
  {
    names: ['PORT', 'HOST'],
    default: '`8787`, `127.0.0.1`',
    meaning: 'Node server only (Cloud Functions sets `PORT` itself)',
  },
  {
    names: ['CM_POOL_SIZE', 'CM_POOL_QUEUE', 'CM_POOL_WAIT_MS', 'CM_REQUEST_BUDGET_MS'],
    default: 'the cores, `0`, `500`, `10000`',
    meaning:
      'Node server only: worker threads for assess/validate/index (0 = none), requests queued (body read) beyond them, the milliseconds a further request waits, its body unread, for a place before it gets 503 with Retry-After, and the milliseconds one request may run before it is stopped with 503',
  },
];
