import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConflictError } from '../../kernel/errors.js';
import { createPrisma } from './client.js';
import { startEmbeddedPostgres } from './embedded.js';
import { applyMigrations, defaultMigrationPaths } from './migrate-engine.js';

const dataDir = await mkdtemp(path.join(tmpdir(), 'delego-embedded-'));
afterAll(() => rm(dataDir, { recursive: true, force: true }));

describe('embedded PostgreSQL (PGlite)', () => {
  it('starts, migrates, serves the app and keeps its data across a restart', async () => {
    const migrations = (await readdir(defaultMigrationPaths.migrationsDir, { withFileTypes: true }))
      .filter((e) => e.isDirectory())
      .map((e) => e.name);

    const first = await startEmbeddedPostgres({ dataDir });
    expect(await applyMigrations(first.url)).toEqual(migrations.sort());
    const prisma = createPrisma(first.url, { poolMax: 4 });
    const client = await prisma.client.create({ data: { name: 'Studio Rossi' } });
    await prisma.booking.create({
      data: {
        clientId: client.id,
        title: 'Dentist',
        status: 'confirmed',
        changedAt: new Date('2029-12-01T00:00:00Z'),
        startsAt: new Date('2030-01-01T09:00:00Z'),
        endsAt: new Date('2030-01-01T10:00:00Z'),
      },
    });
    // The exclusion constraint needs btree_gist, which PGlite loads as an extension.
    await expect(
      prisma.booking.create({
        data: {
          clientId: client.id,
          title: 'Overlap',
          status: 'confirmed',
          changedAt: new Date('2029-12-01T00:00:00Z'),
          startsAt: new Date('2030-01-01T09:30:00Z'),
          endsAt: new Date('2030-01-01T10:30:00Z'),
        },
      }),
    ).rejects.toThrow();
    // Queries from several pool connections at once all get their own answers.
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => prisma.$queryRawUnsafe<{ n: number }[]>('SELECT $1::int AS n', i)),
    );
    expect(answers.map((rows) => rows[0]?.n)).toEqual(Array.from({ length: 20 }, (_, i) => i));
    await prisma.$disconnect();

    await expect(startEmbeddedPostgres({ dataDir })).rejects.toThrow(ConflictError);
    await first.stop();

    const second = await startEmbeddedPostgres({ dataDir });
    try {
      expect(await applyMigrations(second.url)).toEqual([]);
      const reopened = createPrisma(second.url, { poolMax: 2 });
      expect(await reopened.client.findUnique({ where: { id: client.id }, select: { name: true } })).toEqual({
        name: 'Studio Rossi',
      });
      expect(await reopened.booking.count({ where: { clientId: client.id } })).toBe(1);
      await reopened.$disconnect();
    } finally {
      await second.stop();
    }
  }, 120_000);
});
