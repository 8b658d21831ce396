import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Express } from 'express';
import type { Config } from './config/index.js';
import { createOutbound } from './channels/outbound.js';
import type { Channel, ChannelSender, InboundMessage } from './channels/types.js';
import { createTelegramChannel, type TelegramChannel } from './channels/telegram/adapter.js';
import { telegramWebhookPath } from './channels/telegram/webhook.js';
import { createSlackApp, type SlackApp } from './channels/slack/app.js';
import { registerClientDms } from './channels/slack/client-dms.js';
import { createSlackSender } from './channels/slack/sender.js';
import { createConversation } from './conversation/pipeline.js';
import { checkDatabase } from './db/client.js';
import type { PrismaClient } from './db/types.js';
import { QUEUE_REMINDERS, type ReminderJob } from './jobs/queues.js';
import { createReminderScheduler } from './jobs/reminder-scheduler.js';
import type { Logger } from './logger.js';
import { checkRedis } from './redis/connection.js';
import { createLlmUnderstander } from './understanding/llm.js';
import { createOpenAiClient, createUnderstander } from './understanding/understand.js';
import { createWebApp, finishWebApp } from './web/server.js';

export interface DelegoDeps {
  config: Config;
  prisma: PrismaClient;
  redis: Redis;
  logger: Logger;
  clock?: () => Date;
  /** BullMQ key prefix (tests isolate their runs with it) */
  queuePrefix?: string;
}

export interface Delego {
  handle(msg: InboundMessage): Promise<void>;
  telegram: TelegramChannel | undefined;
  slack: SlackApp | undefined;
  /** the HTTP app with every route of the web role mounted */
  web: Express;
  channels: Channel[];
  /** connects the channels this process serves; returns what to stop, in order */
  startChannels(serves: { web: boolean; bot: boolean }): Promise<(() => Promise<void>)[]>;
  close(): Promise<void>;
}

/**
 * Wires services, channels and HTTP routes from already-open infrastructure. main.ts opens the
 * database and Redis and picks the role; tests build the same graph against their own services.
 */
export function buildDelego(deps: DelegoDeps): Delego {
  const { config, prisma, redis, logger } = deps;
  const clock = deps.clock ?? (() => new Date());

  const reminderQueue = new Queue<ReminderJob>(QUEUE_REMINDERS, { connection: redis, ...(deps.queuePrefix ? { prefix: deps.queuePrefix } : {}) });

  const openai = createOpenAiClient(config);
  if (!openai) logger.info('LLM understanding is off: OPENAI_API_KEY is not set (rules only)');
  const understand = createUnderstander({ logger, ...(openai ? { llm: createLlmUnderstander({ client: openai, model: config.OPENAI_MODEL, timeoutMs: config.OPENAI_TIMEOUT_MS }) } : {}) });

  // Channels need the pipeline and the pipeline needs the channels' senders: this closes the loop.
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
        commands: [
          { command: 'start', description: 'Inizia / Start' },
          { command: 'help', description: 'Cosa posso fare / What I can do' },
        ],
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
    scheduler: createReminderScheduler(reminderQueue, clock),
    logger,
    clock,
    defaults: { lang: config.DEFAULT_LANG, tz: config.DEFAULT_TZ },
    pendingTtlMin: 30,
  });
  handle = conversation.handle;

  const web = createWebApp({ logger, health: { postgres: () => checkDatabase(prisma), redis: () => checkRedis(redis) } });
  if (telegram && config.PUBLIC_URL) web.post(telegramWebhookPath, telegram.webhookHandler);
  if (slack?.router) web.use(slack.router);
  finishWebApp(web, logger);

  return {
    handle: conversation.handle,
    telegram,
    slack,
    web,
    channels: Object.keys(senders) as Channel[],
    async startChannels(serves) {
      const stops: (() => Promise<void>)[] = [];
      // Telegram: with PUBLIC_URL the web role registers the webhook, otherwise the bot role polls.
      if (telegram && (config.PUBLIC_URL ? serves.web : serves.bot)) {
        await telegram.start();
        stops.push(telegram.stop);
      }
      if (slack && serves.web) {
        await slack.start();
        stops.push(slack.stop);
      }
      return stops;
    },
    close: () => reminderQueue.close(),
  };
}
