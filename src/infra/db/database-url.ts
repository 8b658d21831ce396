import { ConfigError, DependencyError, errorMessage } from '../../kernel/errors.js';

function parse(databaseUrl: string): URL {
  let url: URL;
  try {
    url = new URL(databaseUrl);
  } catch {
    throw new ConfigError('Invalid database URL: expected postgresql://user@host:port/database');
  }
  if (url.protocol !== 'postgresql:' && url.protocol !== 'postgres:') {
    throw new ConfigError(`Invalid database URL: expected the postgresql: scheme, got ${url.protocol}`);
  }
  return url;
}

/** Throws a ConfigError naming the problem when the URL is not a postgresql:// URL. */
export function assertDatabaseUrl(databaseUrl: string): void {
  parse(databaseUrl);
}

/** "host:port/database", for messages and logs: never the user or the password. */
export function databaseLabel(databaseUrl: string): string {
  const url = parse(databaseUrl);
  return `${url.hostname}:${url.port || '5432'}${url.pathname}`;
}

/** The same server and credentials, another database. */
export function withDatabaseName(databaseUrl: string, name: string): string {
  const url = parse(databaseUrl);
  url.pathname = `/${encodeURIComponent(name)}`;
  return url.toString();
}

/** PostgreSQL identifiers we create ourselves (test and shadow databases) are plain snake_case. */
export function quoteIdentifier(name: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new ConfigError(`Invalid database name: ${name}`);
  return `"${name}"`;
}

/**
 * One line saying which database did not answer and why. The reason is the last line of the
 * error: Prisma puts "Invalid `prisma.$queryRaw()` invocation" first and the driver's words
 * last. Node reports a refused connection to a host with several addresses as an
 * AggregateError with an empty message, hence the code as a fallback.
 */
export function databaseUnavailable(databaseUrl: string, err: unknown): DependencyError {
  const code =
    typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : undefined;
  const lastLine = errorMessage(err)
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .at(-1);
  const reason = lastLine?.replace(/^.*Message: `(.+)`$/, '$1') ?? code ?? 'no answer';
  return new DependencyError(
    `PostgreSQL at ${databaseLabel(databaseUrl)} is not available: ${reason}`,
    { database: databaseLabel(databaseUrl), code },
    { cause: err },
  );
}
