/**
 * The worker process of `npm run bench:reminders`: what `ROLE=worker` runs (buildDelego, the
 * BullMQ workers and reconciler with their default tuning unless the benchmark asks for another
 * concurrency, the Telegram and web chat senders),
 * on the benchmark's database, Redis key prefix and rate-limited Bot API. It tells its parent
 * "ready" once the workers run, and stops gracefully when the parent disconnects.
 */
import { once } from 'node:events';
import { z } from 'zod';
import { buildDelego } from '../../src/app.js';
import { loadConfig } from '../../src/infra/config/index.js';
import { createPrisma } from '../../src/infra/db/client.js';
import { createLogger } from '../../src/infra/logger.js';
import { createRedis } from '../../src/infra/redis/connection.js';

const env = z
  .object({
    BENCH_DATABASE_URL: z.string(),
    BENCH_QUEUE_PREFIX: z.string(),
    REDIS_URL: z.string(),
    /** jobs per queue at once; absent, the workers' default */
    BENCH_WORKER_CONCURRENCY: z.coerce.number().int().positive().optional(),
  })
  .parse(process.env);
const config = loadConfig(process.env);
const concurrency = env.BENCH_WORKER_CONCURRENCY;
// A web chat push holds its transaction's connection and asks for another one: room for both, on both queues.
const prisma = createPrisma(env.BENCH_DATABASE_URL, concurrency ? { poolMax: 4 * concurrency + 2 } : {});
const redis = createRedis(env.REDIS_URL);
const logger = createLogger({ level: process.env.BENCH_LOG_LEVEL ?? 'error', pretty: false });
const delego = buildDelego({
  config,
  prisma,
  redis,
  logger,
  queuePrefix: env.BENCH_QUEUE_PREFIX,
  ...(concurrency ? { workerTuning: { concurrency } } : {}),
});
const stopChannels = await delego.startChannels({ web: false, bot: false });
const stopWorkers = await delego.startWorkers();
process.send?.('ready');
await once(process, 'disconnect');
await stopWorkers();
for (const stop of stopChannels) await stop();
await delego.close();
redis.disconnect();
await prisma.$disconnect();
