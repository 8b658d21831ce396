import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { appSecret, configuredOrStoredSecret } from './app-secrets.js';
import { createPrisma } from './client.js';
import { testDatabaseUrl } from '../../../test/support/db.js';

describe('secrets the server keeps for itself', () => {
  it('are made once: processes on the same database, asking together, all get the same one', async () => {
    // Three connections stand for three processes started together.
    const processes = Array.from({ length: 3 }, () => createPrisma(testDatabaseUrl(), { poolMax: 2 }));
    try {
      const name = `test-${randomUUID()}`;
      const secrets = await Promise.all(processes.map((prisma) => appSecret(prisma, name)()));
      expect(secrets[0]).toHaveLength(32);
      for (const secret of secrets) expect(secret.equals(secrets[0]!)).toBe(true);
      expect((await appSecret(processes[0]!, `test-${randomUUID()}`)()).equals(secrets[0]!)).toBe(false);
    } finally {
      await Promise.all(processes.map((prisma) => prisma.$disconnect()));
    }
  });

  it('are not made when one is configured', async () => {
    const prisma = createPrisma(testDatabaseUrl(), { poolMax: 1 });
    try {
      const name = `test-${randomUUID()}`;
      const secret = await configuredOrStoredSecret('a configured secret of enough length', prisma, name)();
      expect(secret.toString()).toBe('a configured secret of enough length');
      expect(await prisma.appSecret.count({ where: { name } })).toBe(0);
    } finally {
      await prisma.$disconnect();
    }
  });
});
