import { Queue } from 'bullmq';
import { loadConfig, loadDotEnv, type Config } from './config/index.js';
import { DelegoError, errorMessage } from './errors.js';
import { createLogger, type Logger } from './logger.js';
import { Lifecycle } from './lifecycle.js';
import { createOutbound } from './channels/outbound.js';
import type { Channel, ChannelSender, InboundMessage } from './channels/types.js';
import { createTelegramChannel } from './channels/telegram/adapter.js';
import { telegramWebhookPath } from './channels/telegram/webhook.js';
import { createSlackApp } from './channels/slack/app.js';
import { registerClientDms } from './channels/slack/client-dms.js';
import { createSlackSender } from './channels/slack/sender.js';
import { createConversation } from './conversation/pipeline.js';
import { checkDatabase, createPrisma } from './db/client.js';
import { applyMigrations } from './db/migrate-engine.js';
import { openDatabase } from './db/open.js';
import { QUEUE_REMINDERS, type ReminderJob } from './jobs/queues.js';
import { createReminderScheduler } from './jobs/reminder-scheduler.js';
import { checkRedis, createRedis, resolveRedis } from './redis/connection.js';
import { createLlmUnderstander } from './understanding/llm.js';
import { createOpenAiClient, createUnderstander } from './understanding/understand.js';
import { createWebApp, finishWebApp, listen } from './web/server.js';

/**
 * Composition root. Builds configuration, database, Redis, services and the parts of the chosen
 * role: all (everything in one process, the default), web (HTTP: webhooks, web chat,
 * back-office), bot (Telegram long polling), worker (BullMQ workers). Several processes of any
 * role can share one PostgreSQL and one Redis.
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
  const runs = (r: Config['ROLE']) => role === 'all' || role === r;
  logger.info({ role }, 'starting Delego');

  const database = await openDatabase(config.DATABASE_URL, config.DATA_DIR);
  lifecycle.onStop('embedded database', database.stop);
  if (database.embedded) logger.info({ dataDir: config.DATA_DIR }, 'using the embedded database (DATABASE_URL not set)');
  // Migrations take a database lock, so several processes starting together apply them once.
  await applyMigrations(database.url);
  const prisma = createPrisma(database.url, database.embedded ? { poolMax: 4 } : {});
  lifecycle.onStop('database', () => prisma.$disconnect());

  const redisEndpoint = await resolveRedis(config.REDIS_URL, config.DATA_DIR, logger);
  lifecycle.onStop('local redis-server', redisEndpoint.stop);
  const redis = createRedis(redisEndpoint.url);
  redis.on('error', (err) => logger.warn({ err: errorMessage(err) }, 'redis connection error'));
  lifecycle.onStop('redis', async () => {
    await redis.quit().catch(() => redis.disconnect());
  });

  const reminderQueue = new Queue<ReminderJob>(QUEUE_REMINDERS, { connection: redis });
  lifecycle.onStop('reminder queue', () => reminderQueue.close());

  const openai = createOpenAiClient(config);
  if (!openai) logger.info('LLM understanding is off: OPENAI_API_KEY is not set (rules only)');
  const understand = createUnderstander({ logger, ...(openai ? { llm: createLlmUnderstander({ client: openai, model: config.OPENAI_MODEL, timeoutMs: config.OPENAI_TIMEOUT_MS }) } : {}) });

  // The pipeline is built once the senders exist; channels receive it through this indirection.
  let handle: (msg: InboundMessage) => Promise<void> = async () => undefined;
  const inbound = (msg: InboundMessage) => handle(msg);
  const senders: Partial<Record<Channel, ChannelSender>> = {};

  const telegram = config.TELEGRAM_BOT_TOKEN
    ? createTelegramChannel({
        token: config.TELEGRAM_BOT_TOKEN,
        ...(config.TELEGRAM_API_ROOT ? { apiRoot: config.TELEGRAM_API_ROOT } : {}),
        ...(config.PUBLIC_URL ? { publicUrl: config.PUBLIC_URL } : {}),
        ...(config.TELEGRAM_WEBHOOK_SECRET ? { webhookSecret: config.TELEGRAM_WEBHOOK_SECRET } : {}),
        handle: inbound,
        logger,
      })
    : undefined;
  if (telegram) senders.telegram = telegram.sender;
  else logger.info('Telegram is off: TELEGRAM_BOT_TOKEN is not set');

  const slack = config.SLACK_BOT_TOKEN
    ? createSlackApp({
        botToken: config.SLACK_BOT_TOKEN,
        ...(config.SLACK_SIGNING_SECRET ? { signingSecret: config.SLACK_SIGNING_SECRET } : {}),
        ...(config.SLACK_APP_TOKEN ? { appToken: config.SLACK_APP_TOKEN } : {}),
        ...(config.SLACK_API_URL ? { apiUrl: config.SLACK_API_URL } : {}),
        logger,
      })
    : undefined;
  if (slack) {
    senders.slack = createSlackSender(slack.app.client);
    registerClientDms(slack, { handle: inbound, logger });
  } else logger.info('Slack is off: SLACK_BOT_TOKEN is not set');

  const conversation = createConversation({
    prisma,
    understand,
    outbound: createOutbound(senders),
    scheduler: createReminderScheduler(reminderQueue),
    logger,
    clock: () => new Date(),
    defaults: { lang: config.DEFAULT_LANG, tz: config.DEFAULT_TZ },
    pendingTtlMin: 30,
  });
  handle = conversation.handle;

  if (runs('web')) {
    const app = createWebApp({ logger, health: { postgres: () => checkDatabase(prisma), redis: () => checkRedis(redis) } });
    if (telegram && config.PUBLIC_URL) app.post(telegramWebhookPath, telegram.webhookHandler);
    if (slack?.router) app.use(slack.router);
    finishWebApp(app, logger);
    const server = await listen(app, config.PORT);
    lifecycle.onStop('http', server.close);
    logger.info({ port: server.port }, 'http listening');
  }
  // Telegram: the bot role polls; with PUBLIC_URL the web role registers the webhook instead.
  if (telegram && (config.PUBLIC_URL ? runs('web') : runs('bot'))) {
    await telegram.start();
    lifecycle.onStop('telegram', telegram.stop);
  }
  if (slack && (runs('web') || (config.SLACK_APP_TOKEN && runs('bot')))) {
    await slack.start();
    lifecycle.onStop('slack', slack.stop);
  }
  logger.info({ role, channels: Object.keys(senders) }, 'Delego is running');
}

main().catch((err: unknown) => {
  // One line naming what is wrong: configuration and dependency problems are for an operator.
  const line = err instanceof DelegoError ? err.message : `Delego could not start: ${errorMessage(err)}`;
  process.stderr.write(`${line}\n`);
  process.exit(1);
});
