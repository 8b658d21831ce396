/**
 * The worker process of `npm run bench:reminders`: what `ROLE=worker` runs (buildDelego, the
 * BullMQ workers and reconciler with their default tuning unless the benchmark asks for another
 * number of reminder jobs at once, the database pool main.ts gives them, the Telegram and web chat senders),
 * on the benchmark's database, Redis key prefix and rate-limited Bot API. It tells its parent
 * "ready" once the workers run, answers "stats" with its CPU time and the PostgreSQL statements and
 * Redis commands it sent so far (counted as bench:e2e counts them), and stops gracefully when the
 * parent disconnects.
 */
import { once } from 'node:events';
import { Telegram } from 'telegraf';
import { z } from 'zod';
import { buildDelego } from '../../src/app.js';
import { loadConfig } from '../../src/infra/config/index.js';
import { createPrisma } from '../../src/infra/db/client.js';
import { createLogger } from '../../src/infra/logger.js';
import { createRedis } from '../../src/infra/redis/connection.js';
import { defaultWorkerTuning, workerPoolSize } from '../../src/jobs/workers.js';
import { countStatements, stats } from '../bench-e2e/serve.js';

countStatements();

/** Each sendMessage's round trip as this process saw it (the pacing counts a send until its answer). */
const roundTripsMs: number[] = [];
const sendMessage = Telegram.prototype.sendMessage;
Telegram.prototype.sendMessage = async function (this: Telegram, ...args: Parameters<typeof sendMessage>) {
  const from = performance.now();
  try {
    return await sendMessage.apply(this, args);
  } finally {
    roundTripsMs.push(performance.now() - from);
  }
};

const env = z
  .object({
    BENCH_DATABASE_URL: z.string(),
    BENCH_QUEUE_PREFIX: z.string(),
    REDIS_URL: z.string(),
    /** jobs at once on the reminders queue; absent, the workers' default */
    BENCH_WORKER_CONCURRENCY: z.coerce.number().int().positive().optional(),
  })
  .parse(process.env);
const config = loadConfig(process.env);
// The reminders queue's jobs at once, and the pool main.ts gives a process running the workers.
const tuning = {
  ...defaultWorkerTuning,
  reminderConcurrency: env.BENCH_WORKER_CONCURRENCY ?? defaultWorkerTuning.reminderConcurrency,
};
const prisma = createPrisma(env.BENCH_DATABASE_URL, { poolMax: workerPoolSize(tuning) });
const redis = createRedis(env.REDIS_URL);
const logger = createLogger({ level: process.env.BENCH_LOG_LEVEL ?? 'error', pretty: false });
const delego = buildDelego({
  config,
  prisma,
  redis,
  logger,
  queuePrefix: env.BENCH_QUEUE_PREFIX,
  workerTuning: tuning,
});
const stopChannels = await delego.startChannels({ web: false, bot: false });
const stopWorkers = await delego.startWorkers();
process.on('message', (message) => {
  if (message === 'stats') process.send?.({ type: 'stats', stats: stats(), roundTripsMs });
});
process.send?.('ready');
await once(process, 'disconnect');
await stopWorkers();
for (const stop of stopChannels) await stop();
await delego.close();
redis.disconnect();
await prisma.$disconnect();
