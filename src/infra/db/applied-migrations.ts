import { createHash } from 'node:crypto';
import type { MigrationList } from '@prisma/schema-engine-wasm';
import pg from 'pg';
import { databaseUnavailable } from './database-url.js';

/**
 * Whether every migration of the folder is already applied, unchanged (same checksum as
 * `prisma migrate deploy` records: the SHA-256 of migration.sql), and none failed: then a start
 * has nothing to do and need not load the schema engine (WebAssembly, a second or more of a warm
 * start). Anything else, a database without the table included, is for the engine to handle.
 * A database that does not answer is a one-line DependencyError.
 */
export async function migrationsUpToDate(databaseUrl: string, migrations: MigrationList): Promise<boolean> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5000 });
  // A failed connect also emits 'error'; without a listener that would crash the process.
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (err) {
    await client.end().catch(() => undefined);
    throw databaseUnavailable(databaseUrl, err);
  }
  try {
    const { rows } = await client.query<{ name: string; checksum: string; finished: boolean; rolledBack: boolean }>(
      `SELECT migration_name AS name, checksum, finished_at IS NOT NULL AS finished, rolled_back_at IS NOT NULL AS "rolledBack"
       FROM _prisma_migrations`,
    );
    if (rows.some((row) => !row.finished && !row.rolledBack)) return false;
    const applied = new Map(
      rows.filter((row) => row.finished && !row.rolledBack).map((row) => [row.name, row.checksum]),
    );
    return migrations.migrationDirectories.every(({ path, migrationFile: { content } }) => {
      if (content.tag !== 'ok') return false;
      return applied.get(path) === createHash('sha256').update(content.value).digest('hex');
    });
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}
