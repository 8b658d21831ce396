/**
 * A worker process for the SIGKILL tests, run with `node --import tsx`. It runs the real
 * workers (src/jobs/workers.ts) on the database, Redis prefix and emulated Telegram API given in
 * its environment, and writes one JSON line to stdout per event the test waits for:
 *   {"event":"ready"}       workers started
 *   {"event":"sending"}     a send is about to reach Telegram (after SLOW_SEND_MS)
 *   {"event":"scheduling"}  a delivery committed and the series' next occurrence is being put
 *                           on the clock (after SLOW_SCHEDULE_MS)
 * so the test can kill it with SIGKILL in the middle of a send, or right after a commit.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { Queue } from 'bullmq';
import { createOutbound } from '../../src/channels/outbound.js';
import { createTelegramChannel } from '../../src/channels/telegram/adapter.js';
import { createPrisma } from '../../src/infra/db/client.js';
import { defaultFollowupSettings } from '../../src/domain/delivery/ticket-rules.js';
import { QUEUE_FOLLOWUPS, QUEUE_REMINDERS } from '../../src/jobs/kind.js';
import { createReminderScheduler, type ReminderJob } from '../../src/jobs/kinds/reminder.js';
import { startWorkers, workerPoolSize } from '../../src/jobs/workers.js';
import { createLogger } from '../../src/infra/logger.js';
import { createRedis } from '../../src/infra/redis/connection.js';

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`kill-worker: ${name} is not set`);
  return value;
};
const emit = (event: string) => process.stdout.write(`${JSON.stringify({ event })}\n`);

const logger = createLogger({ level: 'silent', pretty: false });
// The pool a worker process gets in production (main.ts): one connection per job in flight.
const prisma = createPrisma(env('DATABASE_URL'), { poolMax: workerPoolSize() });
const redis = createRedis(env('REDIS_URL'));
const prefix = env('QUEUE_PREFIX');
const slowSendMs = Number(process.env.SLOW_SEND_MS ?? 0);
const slowScheduleMs = Number(process.env.SLOW_SCHEDULE_MS ?? 0);

const telegram = createTelegramChannel({
  token: env('TELEGRAM_BOT_TOKEN'),
  apiRoot: env('TELEGRAM_API_ROOT'),
  handle: async () => undefined,
  logger,
});
const outbound = createOutbound({
  telegram: {
    async send(chatId, message) {
      await sleep(slowSendMs);
      emit('sending');
      return telegram.sender.send(chatId, message);
    },
  },
});
const reminderQueue = new Queue<ReminderJob>(QUEUE_REMINDERS, { connection: redis, prefix });
const followupQueue = new Queue(QUEUE_FOLLOWUPS, { connection: redis, prefix });
const scheduler = createReminderScheduler(reminderQueue);

await startWorkers({
  connection: redis,
  prefix,
  reminderQueue,
  followupQueue,
  reminderScheduler: {
    async schedule(occurrence) {
      emit('scheduling');
      await sleep(slowScheduleMs);
      await scheduler.schedule(occurrence);
    },
    unschedule: scheduler.unschedule,
  },
  prisma,
  outbound,
  followupSettings: defaultFollowupSettings('Europe/Rome'),
  logger,
  clock: () => new Date(),
  tuning: { lockDurationMs: 2000, stalledIntervalMs: 500, reconcileEveryMs: 3_600_000 },
});
emit('ready');
