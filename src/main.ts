import { loadConfig, loadDotEnv, siteUrl, type Config } from './infra/config/index.js';
import { DelegoError, errorMessage } from './kernel/errors.js';
import { createLogger, type Logger } from './infra/logger.js';
import { Lifecycle } from './infra/lifecycle.js';
import { buildDelego } from './app.js';
import { createPrisma } from './infra/db/client.js';
import { applyMigrations } from './infra/db/migrate-engine.js';
import { openDatabase } from './infra/db/open.js';
import { startMessageRetention } from './domain/privacy/retention.js';
import { createRedis, resolveRedis } from './infra/redis/connection.js';
import { defaultWorkerTuning, workerPoolSize } from './jobs/workers.js';
import { listen } from './web/server.js';
import { welcomeLines } from './wiring/welcome.js';

/**
 * Composition root: configuration, database, Redis, then the parts of the chosen role: all
 * (everything in one process, the default), web (HTTP: webhooks, web chat, back-office), bot
 * (Telegram long polling), worker (BullMQ workers). Processes of any role can share one
 * PostgreSQL and one Redis.
 */
async function main(): Promise<void> {
  loadDotEnv();
  const config = loadConfig();
  const logger = createLogger({ level: config.LOG_LEVEL });
  const lifecycle = new Lifecycle(logger);
  lifecycle.handleSignals();
  const startup = start(config, logger, lifecycle);
  lifecycle.starting(startup);
  try {
    await startup;
  } catch (err) {
    await lifecycle.stop().catch(() => undefined);
    throw err;
  }
}

/** For the person at the terminal, whatever the log level: where to go, and how to log in the first time. */
async function welcome(config: Config, prisma: ReturnType<typeof createPrisma>): Promise<void> {
  const lines = welcomeLines({ siteUrl: siteUrl(config), staffUsers: await prisma.staffUser.count() });
  process.stderr.write(`${lines.join('\n')}\n`);
}

async function start(config: Config, logger: Logger, lifecycle: Lifecycle): Promise<void> {
  const role = config.ROLE;
  const serves = {
    web: role === 'all' || role === 'web',
    bot: role === 'all' || role === 'bot',
    worker: role === 'all' || role === 'worker',
  };
  logger.info({ role }, 'starting Delego');

  // Whatever LOG_LEVEL: a first start spends seconds here, and the person at the terminal waits.
  const database = await openDatabase(config.DATABASE_URL, config.DATA_DIR, (line) =>
    process.stderr.write(`${line}\n`),
  );
  lifecycle.onStop('embedded database', database.stop);
  if (database.embedded)
    logger.info({ dataDir: config.DATA_DIR }, 'using the embedded database (DATABASE_URL not set)');
  // Migrations take a database lock, so several processes starting together apply them once.
  await applyMigrations(database.url, { logger });
  // The embedded database keeps its small pool, and its workers the jobs at once they had before.
  const workerTuning = database.embedded ? { reminderConcurrency: defaultWorkerTuning.concurrency } : {};
  const poolMax = database.embedded ? 4 : serves.worker ? workerPoolSize() : undefined;
  const prisma = createPrisma(database.url, poolMax === undefined ? {} : { poolMax });
  lifecycle.onStop('database', () => prisma.$disconnect());

  const redisEndpoint = await resolveRedis(config.REDIS_URL, config.DATA_DIR, logger);
  lifecycle.onStop('local redis-server', redisEndpoint.stop);
  const redis = createRedis(redisEndpoint.url);
  redis.on('error', (err) => logger.warn({ err: errorMessage(err) }, 'redis connection error'));
  lifecycle.onStop('redis', async () => {
    await redis.quit().catch(() => redis.disconnect());
  });

  const delego = buildDelego({ config, prisma, redis, logger, workerTuning });
  lifecycle.onStop('queues', delego.close);

  const serveHttp = async (app: typeof delego.web, routes: string) => {
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

main().catch((err: unknown) => {
  // One line naming what is wrong: configuration and dependency problems are for an operator.
  const line = err instanceof DelegoError ? err.message : `Delego could not start: ${errorMessage(err)}`;
  process.stderr.write(`${line}\n`);
  process.exit(1);
});
