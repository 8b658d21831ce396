/**
 * Crash benchmark for reminder delivery:
 * `npm run bench:kill-reminders -- [--kills 20] [--reminders 200] [--max-life-ms 500]`.
 *
 * On a scratch PostgreSQL database and a fresh Redis key prefix, makes `--reminders` clients,
 * each with one reminder falling due at once, and the emulated Telegram Bot API
 * (test/support/telegram-emulator.ts). Then `--kills` times: starts a worker process
 * (test/support/kill-worker.ts: the real workers, Telegram's pacing of about 30 messages a
 * second) and `kill -9`s it at a random moment in its first `--max-life-ms` of work. A last worker
 * delivers what is left. Prints, per kill, the reminders still due and the messages that reached
 * Telegram for occurrences the killed process had not yet recorded as sent (each reaches its
 * client twice), split by whether Telegram had answered before the kill; then the totals:
 * duplicates and losses (clients who never got their reminder).
 *
 * Needs PostgreSQL (BENCH_DATABASE_ADMIN_URL, else TEST_DATABASE_ADMIN_URL, else
 * postgresql://postgres@127.0.0.1:5432/postgres) and Redis (REDIS_URL, else 127.0.0.1:6379).
 */
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import { createPrisma } from '../src/infra/db/client.js';
import { applyMigrations } from '../src/infra/db/migrate-engine.js';
import { createScratchDatabase } from '../src/infra/db/scratch.js';
import { createRedis } from '../src/infra/redis/connection.js';
import { QUEUE_REMINDERS } from '../src/jobs/kind.js';
import { createReminderScheduler } from '../src/jobs/kinds/reminder.js';
import { killWhileDue, type KillRunReport } from '../test/support/kill-run.js';
import { startTelegramEmulator } from '../test/support/telegram-emulator.js';

const argsSchema = z.object({
  kills: z.coerce.number({ message: '--kills must be a number' }).int().min(1).max(1000).default(20),
  reminders: z.coerce.number({ message: '--reminders must be a number' }).int().min(1).max(10_000).default(200),
  maxLifeMs: z.coerce.number({ message: '--max-life-ms must be a number' }).int().min(1).max(60_000).default(500),
});

function parsedArgs(): z.infer<typeof argsSchema> {
  const { values } = parseArgs({
    options: { kills: { type: 'string' }, reminders: { type: 'string' }, 'max-life-ms': { type: 'string' } },
    strict: true,
  });
  const parsed = argsSchema.safeParse({ ...values, maxLifeMs: values['max-life-ms'] });
  if (!parsed.success) throw new Error(parsed.error.issues.map((issue) => issue.message).join('; '));
  return parsed.data;
}

function printReport(report: KillRunReport, reminders: number): void {
  const lines = report.kills.map(
    (kill, i) =>
      `kill ${String(i + 1).padStart(2)}: after ${String(kill.lifeMs).padStart(3)} ms, ${String(kill.pending).padStart(4)} due, ` +
      `sent again: ${kill.afterAnswer} answered by Telegram before the kill, ${kill.inFlight} in flight`,
  );
  const afterAnswer = report.kills.reduce((sum, kill) => sum + kill.afterAnswer, 0);
  const kills = report.kills.length;
  process.stdout.write(
    [
      ...lines,
      `reminders: ${reminders}, reached their client once: ${report.once}`,
      `duplicates: ${report.duplicates} in ${kills} kills (${(report.duplicates / kills).toFixed(2)} per kill; ` +
        `${afterAnswer} after Telegram answered, ${report.duplicates - afterAnswer} in flight)`,
      `losses: ${report.losses}`,
      '',
    ].join('\n'),
  );
}

/** Every key of the run's queues (the workers made the follow-ups queue too). */
async function deleteKeys(redis: Redis, prefix: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
    if (keys.length > 0) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
}

async function main(): Promise<void> {
  const args = parsedArgs();
  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const database = await createScratchDatabase(
    process.env.BENCH_DATABASE_ADMIN_URL ??
      process.env.TEST_DATABASE_ADMIN_URL ??
      'postgresql://postgres@127.0.0.1:5432/postgres',
    'delego_bench',
  );
  const prefix = `delego-bench-${randomBytes(4).toString('hex')}`;
  const redis = createRedis(redisUrl);
  const queue = new Queue(QUEUE_REMINDERS, { connection: redis, prefix });
  const emulator = await startTelegramEmulator();
  try {
    await applyMigrations(database.url);
    const prisma = createPrisma(database.url, { poolMax: 4 });
    const scheduler = createReminderScheduler(queue);
    const place = { prisma, databaseUrl: database.url, redisUrl, prefix, emulator, scheduler };
    const report = await killWhileDue(place, args);
    printReport(report, args.reminders);
    await prisma.$disconnect();
  } finally {
    await queue.close();
    await deleteKeys(redis, prefix);
    redis.disconnect();
    await emulator.close();
    await database.drop();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`bench:kill-reminders: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
