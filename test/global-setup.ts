import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { databaseUnavailable, quoteIdentifier, withDatabaseName } from '../src/infra/db/database-url.js';
import { applyMigrations } from '../src/infra/db/migrate-engine.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A database of this test run, migrated; tests isolate their rows by creating their own clients. */
    databaseUrl: string;
    /** Prefix for every Redis key and queue name a test run uses. */
    redisPrefix: string;
  }
}

/** Databases of runs that died before their teardown are dropped once they are this old. */
const STALE_AFTER_MS = 6 * 60 * 60 * 1000;
/** The machine's real time, even when the suite runs with its clock moved (test:clock-ahead): names compare across runs. */
const wallClockMs = (): number => Math.round(performance.timeOrigin + performance.now());

/**
 * One fresh PostgreSQL database per `vitest run`, named delego_test_<created, base 36>_<random>,
 * on the server of TEST_DATABASE_ADMIN_URL (a database there that we may connect to to CREATE
 * and DROP others). Migrated with the same engine wrapper as production, dropped at teardown.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const adminUrl = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
  const random = randomBytes(4).toString('hex');
  const name = `delego_test_${wallClockMs().toString(36)}_${random}`;

  await onAdminDatabase(adminUrl, async (admin) => {
    await dropStaleDatabases(admin);
    await admin.query(`CREATE DATABASE ${quoteIdentifier(name)}`);
  });
  const dropDatabase = () =>
    onAdminDatabase(adminUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`));

  const databaseUrl = withDatabaseName(adminUrl, name);
  try {
    await applyMigrations(databaseUrl);
  } catch (err) {
    await dropDatabase();
    throw err;
  }
  project.provide('databaseUrl', databaseUrl);
  project.provide('redisPrefix', `delego-test-${random}:`);
  return async () => {
    await dropDatabase();
  };
}

async function onAdminDatabase(adminUrl: string, fn: (admin: pg.Client) => Promise<unknown>): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5000 });
  admin.on('error', () => undefined);
  try {
    await admin.connect();
  } catch (err) {
    throw databaseUnavailable(adminUrl, err);
  }
  try {
    await fn(admin);
  } finally {
    await admin.end();
  }
}

async function dropStaleDatabases(admin: pg.Client): Promise<void> {
  const { rows } = await admin.query<{ datname: string }>(
    "SELECT datname FROM pg_database WHERE datname LIKE 'delego\\_test\\_%'",
  );
  for (const { datname } of rows) {
    const created = parseInt(/^delego_test_([0-9a-z]+)_[0-9a-f]+$/.exec(datname)?.[1] ?? '', 36);
    if (Number.isFinite(created) && wallClockMs() - created > STALE_AFTER_MS) {
      await admin.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(datname)} WITH (FORCE)`);
    }
  }
}
