import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { ConfigError, ConflictError, errorMessage, ValidationError } from '../../kernel/errors.js';
import type { Logger } from '../logger.js';
import { assertDatabaseUrl, databaseLabel, databaseUnavailable } from './database-url.js';
import { startEmbeddedPostgres } from './embedded.js';
import { openMigrationConnection, serverShadowDatabase, type ShadowDatabase } from './migration-adapter.js';
import {
  handWrittenConstraints,
  LOCKFILE_CONTENT,
  migrationDirName,
  parseMigrationName,
  readMigrations,
  writeMigration,
} from './migrations-folder.js';
import { migrationsUpToDate } from './applied-migrations.js';
import { withSchemaEngine } from './schema-engine.js';

export interface MigrateOptions {
  /** Default: prisma/migrations of this project. */
  migrationsDir?: string;
  /** Default: prisma/schema.prisma of this project. */
  schemaPath?: string;
  logger?: Logger;
}

export const defaultMigrationPaths = {
  schemaPath: fileURLToPath(new URL('../../../prisma/schema.prisma', import.meta.url)),
  migrationsDir: fileURLToPath(new URL('../../../prisma/migrations', import.meta.url)),
};

const noFilters = { externalTables: [], externalEnums: [] };

/**
 * Applies the migrations not yet applied, like `prisma migrate deploy`: same
 * _prisma_migrations bookkeeping, same advisory lock, so processes starting together apply
 * each migration once. Returns the names applied now (empty when up to date).
 */
export async function applyMigrations(databaseUrl: string, options: MigrateOptions = {}): Promise<string[]> {
  assertDatabaseUrl(databaseUrl);
  const migrationsList = await readMigrations(options.migrationsDir ?? defaultMigrationPaths.migrationsDir);
  if (await migrationsUpToDate(databaseUrl, migrationsList)) {
    options.logger?.info({ database: databaseLabel(databaseUrl), applied: [] }, 'database schema is up to date');
    return [];
  }
  const connection = openMigrationConnection(databaseUrl);
  try {
    const { appliedMigrationNames } = await withSchemaEngine(
      { adapterFactory: connection.adapterFactory, logger: options.logger },
      (engine) => engine.applyMigrations({ migrationsList, filters: noFilters }),
    );
    options.logger?.info(
      { database: databaseLabel(databaseUrl), applied: appliedMigrationNames },
      appliedMigrationNames.length > 0 ? 'migrations applied' : 'database schema is up to date',
    );
    return appliedMigrationNames;
  } catch (err) {
    throw engineFailure(`Applying migrations to ${databaseLabel(databaseUrl)}`, err);
  } finally {
    await connection.close();
  }
}

export interface CreatedMigration {
  /** Absolute path of the new migration folder. */
  directory: string;
  sql: string;
  /** Generated statements that touch hand-written constraints: review before applying. */
  warnings: string[];
}

/**
 * Like `prisma migrate dev --create-only`: applies the migrations folder to a shadow database,
 * diffs it against schema.prisma and writes the difference as a new migration folder.
 * Returns null when schema.prisma adds nothing. The shadow database is created on databaseUrl's
 * server and dropped afterwards; without a URL it is a throwaway in-memory PGlite.
 * Nothing is applied: add hand-written SQL to the file if needed, then run applyMigrations.
 */
export async function createMigration(
  databaseUrl: string | undefined,
  name: string,
  options: MigrateOptions & { now?: Date } = {},
): Promise<CreatedMigration | null> {
  parseMigrationName(name);
  const migrationsDir = options.migrationsDir ?? defaultMigrationPaths.migrationsDir;
  const schemaPath = options.schemaPath ?? defaultMigrationPaths.schemaPath;
  const schema = await readFile(schemaPath, 'utf8');
  const migrations = await readMigrations(migrationsDir);
  if (migrations.migrationDirectories.length === 0) migrations.lockfile.content ??= LOCKFILE_CONTENT;

  if (databaseUrl) await assertReachable(databaseUrl);
  const embedded = databaseUrl ? undefined : await startEmbeddedPostgres();
  const url = databaseUrl ?? embedded?.url ?? '';
  // The in-memory database is fresh and nothing else uses it, so it can be its own shadow.
  const createShadow = databaseUrl
    ? serverShadowDatabase(databaseUrl)
    : async (): Promise<ShadowDatabase> => ({ url, drop: async () => undefined });
  const connection = openMigrationConnection(url, createShadow);
  let sql: string | undefined;
  try {
    const files = [{ path: path.basename(schemaPath), content: schema }];
    const diff = await withSchemaEngine(
      { datamodels: [[files[0]!.path, schema]], adapterFactory: connection.adapterFactory, logger: options.logger },
      (engine) =>
        engine.diff({
          from: { tag: 'migrations', ...migrations },
          to: { tag: 'schemaDatamodel', files },
          script: true,
          exitCode: true,
          filters: noFilters,
        }),
    );
    if (diff.exitCode !== 0) sql = diff.stdout ?? '';
  } catch (err) {
    if (connection.shadowError !== undefined) {
      throw new ConfigError(
        `Cannot create a shadow database on ${databaseLabel(url)} (${errorMessage(connection.shadowError)}): give the DATABASE_URL user the CREATEDB privilege, or unset DATABASE_URL to diff on an in-memory database`,
        { database: databaseLabel(url) },
        { cause: connection.shadowError },
      );
    }
    throw engineFailure('Creating a migration', err);
  } finally {
    await connection.close();
    await embedded?.stop();
  }
  if (sql === undefined) {
    options.logger?.info('no changes: schema.prisma matches the migrations');
    return null;
  }
  const touched = handWrittenConstraints(migrations).filter((constraint) => sql.includes(`"${constraint}"`));
  const directory = await writeMigration(migrationsDir, migrationDirName(name, options.now ?? new Date()), sql);
  const warnings = touched.map(
    (constraint) =>
      `the new migration touches the hand-written constraint "${constraint}": check ${path.join(directory, 'migration.sql')} before applying it`,
  );
  options.logger?.info({ directory, warnings }, 'migration created');
  return { directory, sql, warnings };
}

async function assertReachable(databaseUrl: string): Promise<void> {
  assertDatabaseUrl(databaseUrl);
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5000 });
  // A failed connect also emits 'error'; without a listener that would crash the process.
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (err) {
    throw databaseUnavailable(databaseUrl, err);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The engine's messages end with a Rust span trace ("   0: schema_engine_wasm::..."): keep the sentence. */
function engineFailure(action: string, err: unknown): Error {
  if (!(err instanceof Error) || err.message.startsWith('Prisma schema engine crashed'))
    return err instanceof Error ? err : new Error(String(err));
  const engineCode = (err as Error & { code?: unknown }).code;
  const code = typeof engineCode === 'string' ? engineCode : undefined;
  const lines = err.message.split('\n');
  const traceStart = lines.findIndex((line) => /^\s+\d+: /.test(line));
  const message = `${action} failed: ${(traceStart === -1 ? lines : lines.slice(0, traceStart)).join(' ').replace(/\s+/g, ' ').trim()}`;
  // P1012: schema.prisma does not validate. Anything else: the database and the folder disagree.
  if (code === 'P1012') return new ValidationError(message, { code }, { cause: err });
  return new ConflictError(message, { code }, { cause: err });
}
