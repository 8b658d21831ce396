import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { createScratchDatabase, testDatabaseUrl } from '../../../test/support/db.js';
import { ConflictError, DependencyError, ValidationError } from '../../kernel/errors.js';
import { applyMigrations, createMigration, defaultMigrationPaths } from './migrate-engine.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function scratchDatabase(): Promise<string> {
  const scratch = await createScratchDatabase();
  cleanups.push(scratch.drop);
  return scratch.url;
}

/** A copy of prisma/ to change freely: schema.prisma and migrations/. */
async function projectCopy(): Promise<{ schemaPath: string; migrationsDir: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'delego-migrations-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  const copy = { schemaPath: path.join(dir, 'schema.prisma'), migrationsDir: path.join(dir, 'migrations') };
  await cp(defaultMigrationPaths.schemaPath, copy.schemaPath);
  await cp(defaultMigrationPaths.migrationsDir, copy.migrationsDir, { recursive: true });
  return copy;
}

async function query<T extends pg.QueryResultRow>(databaseUrl: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

const migrationNames = async (migrationsDir: string) =>
  (await readdir(migrationsDir, { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();

describe('applyMigrations', () => {
  it('applies every migration once and records it as prisma migrate deploy does', async () => {
    const url = await scratchDatabase();
    const names = await migrationNames(defaultMigrationPaths.migrationsDir);

    expect(await applyMigrations(url)).toEqual(names);
    expect(await applyMigrations(url)).toEqual([]);

    const rows = await query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      url,
      'SELECT migration_name, checksum, finished_at FROM _prisma_migrations ORDER BY migration_name',
    );
    expect(rows.map((r) => r.migration_name)).toEqual(names);
    for (const row of rows) {
      const sql = await readFile(path.join(defaultMigrationPaths.migrationsDir, row.migration_name, 'migration.sql'));
      expect(row.checksum).toBe(createHash('sha256').update(sql).digest('hex'));
      expect(row.finished_at).toBeInstanceOf(Date);
    }
  });

  it('applies a failing migration not at all, and reports it in one line', async () => {
    const url = await scratchDatabase();
    const project = await projectCopy();
    const broken = path.join(project.migrationsDir, '29990101000000_broken');
    await mkdir(broken);
    // The ";" inside the comment must not split the statement (adapter-pg's own script runner would).
    await writeFile(
      path.join(broken, 'migration.sql'),
      'CREATE TABLE "half_done" ("id" INTEGER); -- a; b\nSELECT 1 / 0;\n',
    );

    const err = await applyMigrations(url, { migrationsDir: project.migrationsDir }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConflictError);
    expect((err as Error).message).toContain('division by zero');
    expect((err as Error).message).not.toContain('\n');
    expect(await query(url, "SELECT 1 FROM pg_tables WHERE tablename = 'half_done'")).toHaveLength(0);
    // Like prisma migrate deploy, a failed migration blocks later deploys until resolved.
    await expect(applyMigrations(url, { migrationsDir: project.migrationsDir })).rejects.toThrow(/failed/);
  });

  it('applies a migration added to the folder after the database was up to date', async () => {
    const url = await scratchDatabase();
    const project = await projectCopy();
    await applyMigrations(url, { migrationsDir: project.migrationsDir });
    const added = path.join(project.migrationsDir, '29990101000000_later');
    await mkdir(added);
    await writeFile(path.join(added, 'migration.sql'), 'CREATE TABLE "later_table" ("id" INTEGER);\n');

    expect(await applyMigrations(url, { migrationsDir: project.migrationsDir })).toEqual(['29990101000000_later']);
    expect(await applyMigrations(url, { migrationsDir: project.migrationsDir })).toEqual([]);
    expect(await query(url, "SELECT 1 FROM pg_tables WHERE tablename = 'later_table'")).toHaveLength(1);
  });

  it('says which database does not answer', async () => {
    await expect(applyMigrations('postgresql://postgres@127.0.0.1:1/nowhere')).rejects.toThrow(DependencyError);
    await expect(applyMigrations('postgresql://postgres@127.0.0.1:1/nowhere')).rejects.toThrow(
      'PostgreSQL at 127.0.0.1:1/nowhere is not available',
    );
  });
});

describe('createMigration', () => {
  it('finds no changes: schema.prisma matches prisma/migrations', async () => {
    const project = await projectCopy();
    expect(await createMigration(testDatabaseUrl(), 'drift_check', project)).toBeNull();
    expect(await migrationNames(project.migrationsDir)).toEqual(
      await migrationNames(defaultMigrationPaths.migrationsDir),
    );
  });

  it('writes a schema change as a new migration that keeps the hand-written constraints', async () => {
    const project = await projectCopy();
    const schema = await readFile(project.schemaPath, 'utf8');
    await writeFile(project.schemaPath, schema.replace(/(\n\s+location\s+String\?\n)/, '$1  notes       String?\n'));

    const created = await createMigration(testDatabaseUrl(), 'add_booking_notes', {
      ...project,
      now: new Date('2999-01-02T03:04:05Z'),
    });

    expect(created?.directory).toBe(path.join(project.migrationsDir, '29990102030405_add_booking_notes'));
    expect(created?.sql).toMatch(/ALTER TABLE "bookings" ADD COLUMN\s+"notes" TEXT/);
    expect(created?.sql).not.toMatch(/DROP/i);
    expect(created?.warnings).toEqual([]);
    expect(await readFile(path.join(created?.directory ?? '', 'migration.sql'), 'utf8')).toBe(created?.sql);

    const url = await scratchDatabase();
    await applyMigrations(url, project);
    const constraints = await query<{ conname: string }>(
      url,
      "SELECT conname FROM pg_constraint WHERE conname IN ('bookings_no_overlap', 'tickets_rating_check')",
    );
    expect(constraints.map((c) => c.conname).sort()).toEqual(['bookings_no_overlap', 'tickets_rating_check']);
    expect(await createMigration(testDatabaseUrl(), 'again', project)).toBeNull();
  });

  it('works without a PostgreSQL server, on an in-memory shadow database', async () => {
    const project = await projectCopy();
    expect(await createMigration(undefined, 'drift_check', project)).toBeNull();
  }, 60_000);

  it('refuses a name that is not snake_case and writes nothing', async () => {
    const project = await projectCopy();
    await expect(createMigration(testDatabaseUrl(), 'Add Notes', project)).rejects.toThrow(ValidationError);
    expect(await migrationNames(project.migrationsDir)).toEqual(
      await migrationNames(defaultMigrationPaths.migrationsDir),
    );
  });
});
