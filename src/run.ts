import { siteUrl, type Config } from './infra/config/index.js';
import { errorMessage } from './kernel/errors.js';
import type { Logger } from './infra/logger.js';
import type { Lifecycle } from './infra/lifecycle.js';
import { buildDelego } from './app.js';
import { createPrisma } from './infra/db/client.js';
import { applyMigrations } from './infra/db/migrate-engine.js';
import type { OpenDatabase } from './infra/db/open.js';
import { startMessageRetention } from './domain/privacy/retention.js';
import { createRedis, redisReady, resolveRedis } from './infra/redis/connection.js';
import { defaultWorkerTuning, workerPoolSize } from './jobs/workers.js';
import { listen } from './web/server.js';
import { welcomeLines } from './wiring/welcome.js';

/** For the person at the terminal, whatever the log level: where to go, and how to log in the first time. */
async function welcome(config: Config, prisma: ReturnType<typeof createPrisma>): Promise<void> {
  const lines = welcomeLines({ siteUrl: siteUrl(config), staffUsers: await prisma.staffUser.count() });
  process.stderr.write(`${lines.join('\n')}\n`);
}

export interface Started {
  config: Config;
  logger: Logger;
  lifecycle: Lifecycle;
  database: OpenDatabase;
}

/** The database's schema and client, and Redis: what every role needs. */
async function connect({ config, logger, lifecycle, database }: Started, serves: Serves) {
  // Migrations take a database lock, so several processes starting together apply them once.
  // Meanwhile Redis is found (or a local redis-server started).
  const [found, migrated] = await Promise.allSettled([
    resolveRedis(config.REDIS_URL, config.DATA_DIR, logger),
    applyMigrations(database.url, { logger }),
  ]);
  // A redis-server this process started is stopped with it, even when the migrations failed.
  if (found.status === 'fulfilled') lifecycle.onStop('local redis-server', found.value.stop);
  if (found.status === 'rejected') throw found.reason;
  if (migrated.status === 'rejected') throw migrated.reason;
  const redisEndpoint = found.value;
  const poolMax = database.embedded ? 4 : serves.worker ? workerPoolSize() : undefined;
  const prisma = createPrisma(database.url, poolMax === undefined ? {} : { poolMax });
  lifecycle.onStop('database', () => prisma.$disconnect());
  const redis = createRedis(redisEndpoint.url);
  redis.on('error', (err) => logger.warn({ err: errorMessage(err) }, 'redis connection error'));
  lifecycle.onStop('redis', async () => {
    await redis.quit().catch(() => redis.disconnect());
  });
  return { prisma, redis };
}

type Serves = Record<'web' | 'bot' | 'worker', boolean>;

/** Everything after the database is open: the parts of the configured role, HTTP first. */
export async function run(started: Started): Promise<void> {
  const { config, logger, lifecycle, database } = started;
  const role = config.ROLE;
  const serves: Serves = {
    web: role === 'all' || role === 'web',
    bot: role === 'all' || role === 'bot',
    worker: role === 'all' || role === 'worker',
  };
  const { prisma, redis } = await connect(started, serves);
  // The embedded database keeps its small pool, and its workers the jobs at once they had before.
  const workerTuning = database.embedded ? { reminderConcurrency: defaultWorkerTuning.concurrency } : {};
  const delego = buildDelego({ config, prisma, redis, logger, workerTuning });
  lifecycle.onStop('queues', delego.close);

  const serveHttp = async (app: typeof delego.web, routes: string) => {
    // The web chat refuses with 503 while Redis is not ready: its first visitor should not see that.
    if (!(await redisReady(redis))) logger.warn('redis not ready after 5 s; serving http anyway');
    const server = await listen(app, config.PORT);
    lifecycle.onStop('http', server.close);
    logger.info({ port: server.port, routes }, 'http listening');
  };
  if (serves.web) {
    await serveHttp(delego.web, 'all');
    // As soon as it answers: the person at the terminal need not wait for the channels and workers.
    await welcome(config, prisma);
  }
  for (const stop of await delego.startChannels(serves)) lifecycle.onStop('channel', stop);
  // Registered after the channels, so on SIGTERM the workers stop first: jobs in flight finish
  // while the channels they send through are still open.
  if (serves.worker) lifecycle.onStop('workers', await delego.startWorkers());
  // Processes without the web role still answer /healthz and /metrics (probes, Prometheus),
  // once they are fully started.
  if (!serves.web) await serveHttp(delego.ops, '/healthz and /metrics');
  if (serves.worker) {
    const retention = startMessageRetention({ db: prisma, logger, retentionDays: config.MESSAGE_RETENTION_DAYS });
    lifecycle.onStop('message retention', retention.stop);
  }
  logger.info({ role, channels: delego.channels }, 'Delego is running');
}
