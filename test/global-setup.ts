import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import type { TestProject } from 'vitest/node';
import { withDatabaseName } from '../src/infra/db/database-url.js';
import { applyMigrations } from '../src/infra/db/migrate-engine.js';
import { createTestServer, testAdminUrl, type TestServer } from './support/test-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /**
     * The migrated template of this test run. Nothing connects to it: each test worker and each
     * test that wants a database of its own gets a copy (test/support/db.ts).
     */
    templateDatabaseUrl: string;
    /** Prefix for every Redis key and queue name a test run uses. */
    redisPrefix: string;
  }
}

/**
 * One run of the integration tests: a PostgreSQL template database named
 * delego_test_<created, base 36>_<random> on the server of TEST_DATABASE_ADMIN_URL (a database
 * there that we may connect to to CREATE and DROP others), migrated once with the same engine
 * wrapper as production, and a Redis key prefix. Every database of the run is named after the
 * template; at teardown they are all dropped and the prefix's keys deleted.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const random = randomBytes(4).toString('hex');
  const server = createTestServer(testAdminUrl());
  const template = await server.createRunTemplate(random);
  const redisPrefix = `delego-test-${random}:`;
  const teardown = async () => {
    await server.dropRunDatabases(template);
    await deleteKeys(redisPrefix);
  };
  await migrateTemplate(server, template, teardown);
  project.provide('templateDatabaseUrl', withDatabaseName(server.adminUrl, template));
  project.provide('redisPrefix', redisPrefix);
  return teardown;
}

async function migrateTemplate(server: TestServer, template: string, teardown: () => Promise<void>): Promise<void> {
  try {
    await applyMigrations(withDatabaseName(server.adminUrl, template));
  } catch (err) {
    await teardown();
    throw err;
  }
}

/** Queues and keys the run's tests left behind (stopped apps, throttles, mailboxes). */
async function deleteKeys(prefix: string): Promise<void> {
  const redis = new Redis(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379', {
    lazyConnect: true,
    maxRetriesPerRequest: 1,
  });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    for await (const keys of redis.scanStream({ match: `${prefix}*`, count: 500 }) as AsyncIterable<string[]>) {
      if (keys.length > 0) await redis.unlink(...keys);
    }
  } finally {
    redis.disconnect();
  }
}
