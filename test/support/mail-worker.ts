/**
 * A worker process holding mailbox leases, for the SIGKILL test, run with `node --import tsx`:
 * the real mailbox watchers (src/jobs/mail/watchers.ts) on the database, Redis prefix and
 * MAILBOX_KEY of its environment, with the round and lease times given there. It writes
 * {"event":"ready"} on stdout once its first round ran.
 */
import { createPrisma } from '../../src/infra/db/client.js';
import { createSecretBox } from '../../src/infra/mail/secret-box.js';
import { createRedis } from '../../src/infra/redis/connection.js';
import { redisLeases } from '../../src/infra/redis/lease.js';
import { startMailWatchers } from '../../src/jobs/mail/watchers.js';
import { quietIntake } from './mail-intake.js';

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`mail-worker: ${name} is not set`);
  return value;
};

const prisma = createPrisma(env('DATABASE_URL'), { poolMax: 4 });
const redis = createRedis(env('REDIS_URL'));
await startMailWatchers({
  intake: quietIntake(prisma),
  box: createSecretBox(Buffer.from(env('MAILBOX_KEY'), 'hex')),
  backoff: { firstMs: 20, maxMs: 50 },
  syncEveryMs: Number(env('SYNC_EVERY_MS')),
  leases: redisLeases(redis, env('LEASE_PREFIX'), Number(env('LEASE_MS'))),
});
process.stdout.write(`${JSON.stringify({ event: 'ready' })}\n`);
