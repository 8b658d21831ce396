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
import { monitorEventLoopDelay } from 'node:perf_hooks';
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

/** How late this process's timers and I/O callbacks ran (CPU-bound stretches delay a job's pick-up too). */
const loopDelay = monitorEventLoopDelay({ resolution: 10 });
loopDelay.enable();
/** The event loop's delay since the previous "stats" (ms). */
function eventLoopDelay(): { p50: number; p99: number; max: number } {
  // The histogram counts the sampling interval too: what is left is the lateness.
  const ms = (ns: number) => Math.max(0, ns / 1e6 - 10);
  const out = { p50: ms(loopDelay.percentile(50)), p99: ms(loopDelay.percentile(99)), max: ms(loopDelay.max) };
  loopDelay.reset();
  return out;
}

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
  if (message === 'stats')
    process.send?.({ type: 'stats', stats: stats(), roundTripsMs, eventLoopDelay: eventLoopDelay() });
});
process.send?.('ready');
await once(process, 'disconnect');
await stopWorkers();
for (const stop of stopChannels) await stop();
await delego.close();
redis.disconnect();
await prisma.$disconnect();
