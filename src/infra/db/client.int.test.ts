import { describe, expect, it } from 'vitest';
import { testDatabaseUrl, testPrisma } from '../../../test/support/db.js';
import { ConfigError, DependencyError } from '../../kernel/errors.js';
import { checkDatabase, connectPrisma, createPrisma } from './client.js';

const nowhere = 'postgresql://postgres@127.0.0.1:1/delego';

describe('Prisma client factory', () => {
  it('reports a healthy database', async () => {
    // The first query also opens the connection, which on a loaded machine can take more than the 1 s default.
    expect(await checkDatabase(testPrisma(), 10_000)).toBe(true);
  });

  it('reports a database that does not answer as down, without throwing', async () => {
    const prisma = createPrisma(nowhere, { connectTimeoutMs: 500 });
    expect(await checkDatabase(prisma, 1000)).toBe(false);
    await prisma.$disconnect();
  });

  it('connects, or names the database that does not answer in one line', async () => {
    const prisma = await connectPrisma(testDatabaseUrl());
    expect(await prisma.client.count({ where: { id: '00000000-0000-0000-0000-000000000000' } })).toBe(0);
    await prisma.$disconnect();

    const err = await connectPrisma(nowhere, { timeoutMs: 2000 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DependencyError);
    expect((err as Error).message).toMatch(/^PostgreSQL at 127\.0\.0\.1:1\/delego is not available: .+$/);
  });

  it('refuses a URL that is not PostgreSQL', () => {
    expect(() => createPrisma('mysql://root@127.0.0.1/delego')).toThrow(ConfigError);
  });
});
