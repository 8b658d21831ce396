import { loadConfig, loadDotEnv, type Config } from './config/index.js';
import { DelegoError, errorMessage } from './errors.js';
import { createLogger, type Logger } from './logger.js';
import { Lifecycle } from './lifecycle.js';
import { checkDatabase, createPrisma } from './db/client.js';
import { startEmbeddedPostgres } from './db/embedded.js';
import { applyMigrations } from './db/migrate-engine.js';
import { checkRedis, createRedis, resolveRedis } from './redis/connection.js';
import { createWebApp, finishWebApp, listen } from './web/server.js';

/**
 * Composition root. Builds configuration, database, Redis and the parts of the chosen role:
 * all (everything in one process, the default), web (HTTP: webhooks, web chat, back-office),
 * bot (Telegram long polling), worker (BullMQ workers). Several processes of any role can
 * share one PostgreSQL and one Redis.
 */
async function main(): Promise<void> {
  loadDotEnv();
  const config = loadConfig();
  const logger = createLogger({ level: config.LOG_LEVEL });
  const lifecycle = new Lifecycle(logger);
  lifecycle.handleSignals();
  try {
    await start(config, logger, lifecycle);
  } catch (err) {
    await lifecycle.stop().catch(() => undefined);
    throw err;
  }
}

async function start(config: Config, logger: Logger, lifecycle: Lifecycle): Promise<void> {
  const role = config.ROLE;
  logger.info({ role }, 'starting Delego');

  let databaseUrl = config.DATABASE_URL;
  if (!databaseUrl) {
    const embedded = await startEmbeddedPostgres({ dataDir: config.DATA_DIR });
    lifecycle.onStop('embedded postgres', embedded.stop);
    databaseUrl = embedded.url;
    logger.info({ dataDir: config.DATA_DIR }, 'using the embedded database (DATABASE_URL not set)');
  }
  // Migrations take a database lock, so several processes starting together apply them once.
  await applyMigrations(databaseUrl);

  const prisma = createPrisma(databaseUrl, config.DATABASE_URL ? {} : { poolMax: 4 });
  lifecycle.onStop('database', () => prisma.$disconnect());

  const redisEndpoint = await resolveRedis(config.REDIS_URL, config.DATA_DIR, logger);
  lifecycle.onStop('local redis-server', redisEndpoint.stop);
  const redis = createRedis(redisEndpoint.url);
  redis.on('error', (err) => logger.warn({ err: errorMessage(err) }, 'redis connection error'));
  lifecycle.onStop('redis', async () => {
    await redis.quit().catch(() => redis.disconnect());
  });

  if (role === 'all' || role === 'web') {
    const app = createWebApp({ logger, health: { postgres: () => checkDatabase(prisma), redis: () => checkRedis(redis) } });
    finishWebApp(app, logger);
    const server = await listen(app, config.PORT);
    lifecycle.onStop('http', server.close);
    logger.info({ port: server.port }, 'http listening');
  }
  if (role === 'all' || role === 'bot') {
    if (!config.TELEGRAM_BOT_TOKEN) logger.info('Telegram is off: TELEGRAM_BOT_TOKEN is not set');
  }
  if (role === 'all' || role === 'web') {
    if (!config.SLACK_BOT_TOKEN) logger.info('Slack is off: SLACK_BOT_TOKEN is not set');
  }
  logger.info({ role }, 'Delego is running');
}

main().catch((err: unknown) => {
  // One line naming what is wrong: configuration and dependency problems are for an operator.
  const line = err instanceof DelegoError ? err.message : `Delego could not start: ${errorMessage(err)}`;
  process.stderr.write(`${line}\n`);
  process.exit(1);
});
