import pg from 'pg';
import { databaseUnavailable, quoteIdentifier } from '../../src/infra/db/database-url.js';

/** Databases of runs that died before their teardown are dropped once they are this old. */
const STALE_AFTER_MS = 6 * 60 * 60 * 1000;

export const testAdminUrl = (): string =>
  process.env.TEST_DATABASE_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

/** The machine's real time, even when the suite runs with its clock moved (test:clock-ahead): names compare across runs. */
const wallClockMs = (): number => Math.round(performance.timeOrigin + performance.now());

/** The database name in a database URL. */
export const databaseName = (databaseUrl: string): string => decodeURIComponent(new URL(databaseUrl).pathname.slice(1));

/**
 * The database of a test worker process: a copy of the run's template, named after it. The pool
 * id alone is not enough: a new fork can start under the id of one still winding down, and two
 * processes on one database see each other's rows (and jobs); the process id keeps them apart.
 */
export function workerDatabaseName(template: string): string {
  const worker = process.env.VITEST_POOL_ID;
  if (!worker) throw new Error('a worker database is for integration tests (*.int.test.ts) run by vitest');
  return `${template}_w${worker}_${process.pid}`;
}

export type TestServer = ReturnType<typeof createTestServer>;

/**
 * The test run's databases on the PostgreSQL server of `adminUrl`. A run's databases all start
 * with the template's name, delego_test_<created, base 36>_<random>, so one teardown (or the
 * next run, once they are stale) drops every one of them.
 */
export function createTestServer(adminUrl: string) {
  const onAdmin = <T>(fn: (admin: pg.Client) => Promise<T>) => onAdminDatabase(adminUrl, fn);
  return {
    adminUrl,
    /** A new empty database to migrate into the run's template; stale runs' databases go first. */
    async createRunTemplate(random: string): Promise<string> {
      const name = `delego_test_${wallClockMs().toString(36)}_${random}`;
      await onAdmin(async (admin) => {
        await dropStaleDatabases(admin);
        await admin.query(`CREATE DATABASE ${quoteIdentifier(name)}`);
      });
      return name;
    },
    /** A copy of `template` (a file copy: no migration runs); with `ifMissing`, an existing one is kept. */
    cloneDatabase(template: string, name: string, options: { ifMissing?: boolean } = {}): Promise<void> {
      return onAdmin(async (admin) => {
        if (options.ifMissing) {
          const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
          if (rowCount) return;
        }
        await admin
          .query(`CREATE DATABASE ${quoteIdentifier(name)} TEMPLATE ${quoteIdentifier(template)}`)
          .catch((err: unknown) => {
            // made meanwhile by another caller asking for the same copy
            if (!(options.ifMissing && alreadyExists(err))) throw err;
          });
      });
    },
    createEmptyDatabase(name: string): Promise<void> {
      return onAdmin(async (admin) => {
        await admin.query(`CREATE DATABASE ${quoteIdentifier(name)}`);
      });
    },
    dropDatabase(name: string): Promise<void> {
      return onAdmin(async (admin) => {
        await admin.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`);
      });
    },
    /** The template and every database named after it. */
    dropRunDatabases(template: string): Promise<void> {
      return onAdmin(async (admin) => {
        const { rows } = await admin.query<{ datname: string }>(
          'SELECT datname FROM pg_database WHERE datname = $1 OR starts_with(datname, $2)',
          [template, `${template}_`],
        );
        for (const { datname } of rows)
          await admin.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(datname)} WITH (FORCE)`);
      });
    },
  };
}

/** duplicate_database, or the unique index on pg_database when both creations ran at once. */
const alreadyExists = (err: unknown): boolean => {
  const code = (err as { code?: string }).code;
  return code === '42P04' || code === '23505';
};

async function onAdminDatabase<T>(adminUrl: string, fn: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5000 });
  admin.on('error', () => undefined);
  try {
    await admin.connect();
  } catch (err) {
    throw databaseUnavailable(adminUrl, err);
  }
  try {
    return await fn(admin);
  } finally {
    await admin.end();
  }
}

async function dropStaleDatabases(admin: pg.Client): Promise<void> {
  const { rows } = await admin.query<{ datname: string }>(
    "SELECT datname FROM pg_database WHERE datname LIKE 'delego\\_test\\_%'",
  );
  for (const { datname } of rows) {
    const created = parseInt(/^delego_test_([0-9a-z]+)_[0-9a-f]+/.exec(datname)?.[1] ?? '', 36);
    if (Number.isFinite(created) && wallClockMs() - created > STALE_AFTER_MS) {
      await admin.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(datname)} WITH (FORCE)`);
    }
  }
}
