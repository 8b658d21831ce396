import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { inject } from 'vitest';
import { buildDelego, type Delego } from '../../src/app.js';
import { loadConfig } from '../../src/infra/config/index.js';
import type { DeskNotifier } from '../../src/domain/delivery/desk.js';
import type { FollowupSettings } from '../../src/domain/delivery/ticket-rules.js';
import type { Client, Prisma } from '../../src/generated/prisma/client.js';
import { QUEUE_FOLLOWUPS, QUEUE_REMINDERS } from '../../src/jobs/kind.js';
import { createReminderScheduler, type ReminderJob } from '../../src/jobs/kinds/reminder.js';
import { startWorkers, workerPoolSize, type WorkerTuning } from '../../src/jobs/workers.js';
import { createOutbound } from '../../src/channels/outbound.js';
import type { ChannelSender } from '../../src/kernel/messaging.js';
import { defaultFollowupSettings } from '../../src/domain/delivery/ticket-rules.js';
import { createPrisma } from '../../src/infra/db/client.js';
import type { PrismaClient } from '../../src/infra/db/types.js';
import { createLogger } from '../../src/infra/logger.js';
import { createRedis } from '../../src/infra/redis/connection.js';
import type { ReminderScheduler } from '../../src/domain/reminders/service.js';
import { createScratchDatabase } from './db.js';
import { createTelegramClient } from './telegram-clients.js';
import { startTelegramEmulator, type EmulatedUser, type TelegramEmulator } from './telegram-emulator.js';

export const testRedisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Quick stall detection, no reconciliation rounds unless a test asks for them. */
export const fastTuning: Partial<WorkerTuning> = {
  lockDurationMs: 2000,
  stalledIntervalMs: 500,
  reconcileEveryMs: 3_600_000,
};

/** A queue prefix of its own, so each test file's jobs and flushes touch nothing else. */
export const uniquePrefix = (): string => `${inject('redisPrefix')}${randomUUID()}`;

/** Deletes every key under the prefix: a Redis that lost its data. */
export async function flushPrefix(redis: Redis, prefix: string): Promise<number> {
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length) await redis.del(...keys);
  return keys.length;
}

export interface WorkerApp {
  delego: Delego;
  /** the app's own database (see startWorkerApp) */
  prisma: PrismaClient;
  databaseUrl: string;
  emulator: TelegramEmulator;
  redis: Redis;
  prefix: string;
  /** producer handles on the app's queues (same names, same prefix) */
  reminderQueue: Queue<ReminderJob>;
  followupQueue: Queue;
  scheduler: ReminderScheduler;
  /** a client linked to a new emulated Telegram user */
  linkedClient(overrides?: Partial<Prisma.ClientUncheckedCreateInput>): Promise<{ client: Client; user: EmulatedUser }>;
  /** the app's workers and reconciler, as main.ts starts them; several may run at once */
  startWorkers(): Promise<() => Promise<void>>;
  /** workers on the app's queues and database that send through `telegram` instead of the emulator */
  startWorkersSendingTo(telegram: ChannelSender): Promise<{ close(): Promise<void> }>;
  stop(): Promise<void>;
}

/**
 * The application as buildDelego wires it, with Telegram on the emulator (long polling on, so
 * button presses reach the pipeline) and the real clock unless one is given. It gets a database
 * of its own (a copy of the migrated template, dropped at stop) and its own Redis prefix: its reconciler acts on every
 * row it can see, and must not deliver the reminders or nudge the tickets of other test files.
 */
export async function startWorkerApp(
  options: {
    clock?: () => Date;
    desk?: DeskNotifier;
    followupSettings?: Partial<FollowupSettings>;
    tuning?: Partial<WorkerTuning>;
  } = {},
): Promise<WorkerApp> {
  const database = await createScratchDatabase({ migrated: true });
  const prisma = createPrisma(database.url, { poolMax: workerPoolSize() });
  const emulator = await startTelegramEmulator();
  const redis = createRedis(testRedisUrl);
  const prefix = uniquePrefix();
  const logger = createLogger({ level: process.env.TEST_LOG_LEVEL ?? 'silent', pretty: false });
  const clock = options.clock ?? (() => new Date());
  const delego = buildDelego({
    config: loadConfig({ TELEGRAM_BOT_TOKEN: emulator.token, TELEGRAM_API_ROOT: emulator.apiRoot }),
    prisma,
    redis,
    logger,
    clock,
    queuePrefix: prefix,
    ...(options.desk ? { desk: options.desk } : {}),
    ...(options.followupSettings ? { followupSettings: options.followupSettings } : {}),
    workerTuning: { ...fastTuning, ...options.tuning },
  });
  const channelStops = await delego.startChannels({ web: false, bot: true });
  const reminderQueue = new Queue<ReminderJob>(QUEUE_REMINDERS, { connection: redis, prefix });
  const followupQueue = new Queue(QUEUE_FOLLOWUPS, { connection: redis, prefix });
  const workerStops: (() => Promise<void>)[] = [];

  return {
    delego,
    prisma,
    databaseUrl: database.url,
    emulator,
    redis,
    prefix,
    reminderQueue,
    followupQueue,
    scheduler: createReminderScheduler(reminderQueue, clock),
    linkedClient(overrides = {}) {
      return createTelegramClient(prisma, emulator, overrides);
    },
    async startWorkers() {
      const stop = await delego.startWorkers();
      workerStops.push(stop);
      return stop;
    },
    startWorkersSendingTo(telegram) {
      return startWorkers({
        connection: redis,
        prefix,
        reminderQueue,
        followupQueue,
        reminderScheduler: createReminderScheduler(reminderQueue, clock),
        prisma,
        outbound: createOutbound({ telegram }),
        followupSettings: defaultFollowupSettings('Europe/Rome'),
        logger: createLogger({ level: 'silent', pretty: false }),
        clock: () => new Date(),
        tuning: fastTuning,
      });
    },
    async stop() {
      await Promise.all(workerStops.map((stop) => stop()));
      for (const stop of channelStops) await stop();
      await delego.close();
      await Promise.all([reminderQueue.obliterate({ force: true }), followupQueue.obliterate({ force: true })]).catch(
        () => undefined,
      );
      await Promise.all([reminderQueue.close(), followupQueue.close()]);
      await emulator.close();
      redis.disconnect();
      await prisma.$disconnect();
      await database.drop();
    },
  };
}

/** Waits until `check` holds, polling; fails with `what` after `timeoutMs`. */
export async function eventually<T>(
  what: string,
  check: () => Promise<T | undefined | null | false>,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
