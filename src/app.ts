import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Express } from 'express';
import type { Config } from './infra/config/index.js';
import { createCalendarFeedRouter } from './domain/calendar/feed.js';
import { createOutbound } from './channels/outbound.js';
import type { Channel, ChannelSender, InboundMessage } from './kernel/messaging.js';
import { createTelegramChannel, type TelegramChannel } from './channels/telegram/adapter.js';
import { telegramWebhookPath } from './channels/telegram/webhook.js';
import type { PacingOptions } from './channels/telegram/pacer.js';
import { createSlackApp, type SlackApp } from './channels/slack/app.js';
import { registerClientDms } from './channels/slack/client-dms.js';
import { createSlackSender } from './channels/slack/sender.js';
import { createWebChannel } from './channels/web/channel.js';
import { webChatKeyPrefix } from './channels/web/mailbox.js';
import { createConversation } from './conversation/handle.js';
import { createEventBus, type EventBus } from './infra/event-bus.js';
import { subscribeToEvents } from './subscriptions.js';
import { checkDatabase } from './infra/db/client.js';
import { errorMessage } from './kernel/errors.js';
import { createDesk } from './desk/desk.js';
import type { PrismaClient } from './infra/db/types.js';
import { createWebClients } from './domain/demo/web-clients.js';
import type { DeskNotifier } from './domain/delivery/desk.js';
import type { TicketFollowupScheduler } from './domain/delivery/ticket-followups.js';
import { defaultFollowupSettings, type FollowupSettings } from './domain/delivery/ticket-rules.js';
import { createBookingReminderScheduler } from './jobs/kinds/booking-reminder.js';
import { createBriefingScheduler } from './jobs/kinds/morning-briefing.js';
import { createTicketFollowupScheduler } from './jobs/kinds/ticket-followup.js';
import { settlesWithin } from './infra/settles.js';
import { QUEUE_FOLLOWUPS, QUEUE_REMINDERS } from './jobs/kind.js';
import { startWorkers, type WorkerTuning } from './jobs/workers.js';
import { bytesPerMb } from './domain/limits/attachments.js';
import { createRateLimiter } from './domain/limits/rate-limit.js';
import { createReminderScheduler } from './jobs/kinds/reminder.js';
import type { Logger } from './infra/logger.js';
import { checkRedis } from './infra/redis/connection.js';
import { createUnderstander, llmFromConfig } from './understanding/understand.js';
import { createWebApp, finishWebApp } from './web/server.js';
import { registerTakeMessage } from './desk/slack/take-message.js';
import { createSegreteriaReleases } from './jobs/kinds/segreteria-release.js';
import {
  takeMessage as takeMessageFor,
  type TakeMessageInput,
  type TakeMessageOutcome,
} from './domain/segreteria/messages.js';
import type { SegreteriaPort } from './domain/segreteria/ports.js';
import { createVoiceReader, type FileFetcher } from './domain/segreteria/voice.js';
import { transcriberFromConfig } from './infra/transcription/openai.js';
import { countInbound, countSends, timeUnderstanding } from './infra/metrics/instrument.js';
import { createMetricsRouter } from './infra/metrics/http.js';
import { createMetrics, type Metrics } from './infra/metrics/registry.js';
import { QUEUE_DESK } from './desk/queue.js';
import { createAdminRouter } from './web/admin/router.js';
import { createQueueDashboard } from './web/admin/queues/dashboard.js';
import { createReportRoutes } from './web/admin/reports/routes.js';
import { createStatsRoutes } from './web/admin/stats/routes.js';

/** How long a back-office save waits for its morning briefing to be scheduled in Redis. */
const BRIEFING_SCHEDULE_WAIT_MS = 3000;

export interface DelegoDeps {
  config: Config;
  prisma: PrismaClient;
  redis: Redis;
  logger: Logger;
  clock?: () => Date;
  /** BullMQ key prefix (tests isolate their runs with it) */
  queuePrefix?: string;
  /** the Slack desk's side of ticket follow-ups; without it only the client-facing ones run */
  desk?: DeskNotifier;
  followupSettings?: Partial<FollowupSettings>;
  workerTuning?: Partial<WorkerTuning>;
  /** Telegram's send pacing; the load benchmark relaxes the bot-wide interval the emulator does not need */
  telegramPacing?: PacingOptions;
}

export interface Delego {
  handle(msg: InboundMessage): Promise<void>;
  telegram: TelegramChannel | undefined;
  slack: SlackApp | undefined;
  /** the HTTP app with every route of the web role mounted */
  web: Express;
  /** /healthz and /metrics only: what bot and worker processes serve */
  ops: Express;
  channels: Channel[];
  /** connects the channels this process serves; returns what to stop, in order */
  startChannels(serves: { web: boolean; bot: boolean }): Promise<(() => Promise<void>)[]>;
  /** starts the BullMQ workers and the reconciler (roles all and worker); returns their graceful stop */
  startWorkers(): Promise<() => Promise<void>>;
  /** the desk calls it when a ticket changes state, so its follow-ups are scheduled at once */
  ticketFollowups: TicketFollowupScheduler;
  /** records a message taken for a client (desk modal, back-office): delivered now or held until they are free */
  takeMessage(input: TakeMessageInput): Promise<{ id: string; outcome: TakeMessageOutcome }>;
  /** this app's Prometheus registry and the events it counts (GET /metrics) */
  metrics: Metrics;
  /** domain events after commit: what the conversation, desk and jobs tell the rest (tests may listen) */
  events: EventBus;
  /** every BullMQ queue of the app, for the depth gauge and the queue dashboard */
  queues: Queue[];
  close(): Promise<void>;
}

/**
 * Wires services, channels and HTTP routes from already-open infrastructure. main.ts opens the
 * database and Redis and picks the role; tests build the same graph against their own services.
 */
export function buildDelego(deps: DelegoDeps): Delego {
  const { config, prisma, redis, logger } = deps;
  const clock = deps.clock ?? (() => new Date());

  const queueOptions = { connection: redis, ...(deps.queuePrefix ? { prefix: deps.queuePrefix } : {}) };
  const reminderQueue = new Queue(QUEUE_REMINDERS, queueOptions);
  const followupQueue = new Queue(QUEUE_FOLLOWUPS, queueOptions);
  // Without a listener BullMQ prints every reconnect error to stderr; main.ts already logs the connection's.
  const logQueueErrors = <Q extends Queue>(queue: Q): Q =>
    queue.on('error', (err) => logger.debug({ err: errorMessage(err), queue: queue.name }, 'queue connection error'));
  for (const queue of [reminderQueue, followupQueue]) logQueueErrors(queue);
  const reminderScheduler = createReminderScheduler(reminderQueue, clock);
  const metrics = createMetrics();
  // Side effects after commit: published by the conversation (and the desk and jobs), subscribed once below.
  const events = createEventBus(logger);
  const followupSettings = { ...defaultFollowupSettings(config.DEFAULT_TZ), ...deps.followupSettings };
  const ticketFollowups = createTicketFollowupScheduler({
    queue: followupQueue,
    prisma,
    settings: followupSettings,
    hasDesk: deps.desk !== undefined || Boolean(config.SLACK_BOT_TOKEN && config.SLACK_DESK_CHANNEL),
    clock,
  });

  const llm = llmFromConfig(config);
  if (!llm) logger.info('LLM understanding is off: OPENAI_API_KEY is not set (rules only)');
  const understand = timeUnderstanding(createUnderstander({ logger, ...(llm ? { llm } : {}) }), metrics);

  // Channels need the pipeline and the pipeline needs the channels' senders: this closes the loop.
  let handle: (msg: InboundMessage) => Promise<void> = async () => undefined;
  const inbound = countInbound((msg: InboundMessage) => handle(msg), metrics);
  const senders: Partial<Record<Channel, ChannelSender>> = {};

  const telegram = config.TELEGRAM_BOT_TOKEN
    ? createTelegramChannel({
        token: config.TELEGRAM_BOT_TOKEN,
        ...(config.TELEGRAM_API_ROOT ? { apiRoot: config.TELEGRAM_API_ROOT } : {}),
        ...(config.PUBLIC_URL ? { publicUrl: config.PUBLIC_URL } : {}),
        ...(config.TELEGRAM_WEBHOOK_SECRET ? { webhookSecret: config.TELEGRAM_WEBHOOK_SECRET } : {}),
        handle: inbound,
        logger,
        ...(deps.telegramPacing ? { pacing: deps.telegramPacing } : {}),
        commands: [
          { command: 'start', description: 'Inizia / Start' },
          { command: 'help', description: 'Cosa posso fare / What I can do' },
          { command: 'stato', description: 'Il tuo stato (riunione, non disturbare) / Your status' },
          { command: 'briefing', description: 'Riepilogo mattutino on/off / Morning briefing on/off' },
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

  const webChat = createWebChannel({
    redis,
    keyPrefix: webChatKeyPrefix(deps.queuePrefix),
    retentionMs: config.MESSAGE_RETENTION_DAYS * 86_400_000,
    clients: createWebClients(prisma, { tz: config.DEFAULT_TZ }),
    handle: inbound,
    // The demo lets a newcomer try everything out of the box, until a real channel is configured.
    demo: !config.TELEGRAM_BOT_TOKEN && !config.SLACK_BOT_TOKEN,
    publicUrl: config.PUBLIC_URL,
    defaultLang: config.DEFAULT_LANG,
    logger,
    clock,
  });
  senders.web = webChat.sender;

  const outbound = createOutbound(countSends(senders, metrics));
  const bookingReminders = createBookingReminderScheduler({ queue: followupQueue, prisma, clock });
  const briefings = createBriefingScheduler({ queue: followupQueue, prisma, clock });
  // A settings save answers within a few seconds even with Redis down; the reconciler catches up then.
  const briefingChanged = async (clientId: string): Promise<void> => {
    const scheduled = briefings
      .scheduleNext(clientId)
      .catch((err: unknown) =>
        logger.warn(
          { err: errorMessage(err), clientId },
          'could not schedule the morning briefing; the reconciler will',
        ),
      );
    if (!(await settlesWithin(scheduled, BRIEFING_SCHEDULE_WAIT_MS)))
      logger.warn({ clientId }, 'scheduling the morning briefing is slow; answering before it ends');
  };
  const desk =
    slack && config.SLACK_DESK_CHANNEL
      ? createDesk({
          prisma,
          slack,
          outbound,
          channel: config.SLACK_DESK_CHANNEL,
          tz: config.DEFAULT_TZ,
          redis,
          queuePrefix: deps.queuePrefix,
          logger,
          clock,
          publish: events.publish,
        })
      : undefined;
  if (slack && !desk) logger.info('The Slack desk is off: SLACK_DESK_CHANNEL is not set');

  const segreteria: SegreteriaPort = {
    releaseAt: createSegreteriaReleases({ queue: followupQueue, clock }),
    statusChanged: async (clientId) => desk?.clientStatusChanged?.(clientId),
  };
  const takeMessage = (input: TakeMessageInput) =>
    takeMessageFor({ prisma, outbound, clock, logger, ...segreteria }, input);
  if (slack && desk) registerTakeMessage(slack.app, { prisma, takeMessage, tz: config.DEFAULT_TZ, clock, logger });
  const transcriber = transcriberFromConfig(config);
  const fetchFile: FileFetcher | undefined = telegram
    ? (channel, fileId, maxBytes) =>
        channel === 'telegram'
          ? telegram.fetchFile(fileId, maxBytes)
          : Promise.reject(new Error(`no file download on ${channel}`))
    : undefined;

  subscribeToEvents(events, {
    reminders: reminderScheduler,
    bookingReminders,
    briefings,
    segreteria,
    ticketFollowups,
    ...(desk ? { desk } : {}),
  });
  const conversation = createConversation({
    prisma,
    publish: events.publish,
    voice: createVoiceReader({ transcriber, fetchFile, maxBytes: config.MAX_ATTACHMENT_MB * bytesPerMb, logger }),
    understand,
    outbound,
    logger,
    clock,
    defaults: { lang: config.DEFAULT_LANG, tz: config.DEFAULT_TZ },
    pendingTtlMin: 30,
    limits: {
      admit: createRateLimiter({
        redis,
        limit: config.RATE_LIMIT_PER_MIN,
        keyPrefix: `${deps.queuePrefix ?? 'delego'}:rate:`,
        logger,
      }).admit,
      maxAttachmentBytes: config.MAX_ATTACHMENT_MB * bytesPerMb,
    },
  });
  handle = conversation.handle;

  // A second handle on the desk's queue: the desk keeps its own, this one only reads it.
  const queues: Queue[] = [
    reminderQueue,
    followupQueue,
    ...(desk ? [logQueueErrors(new Queue(QUEUE_DESK, queueOptions))] : []),
  ];
  metrics.watchQueues(queues);

  const health = { postgres: () => checkDatabase(prisma), redis: () => checkRedis(redis) };
  const metricsRouter = createMetricsRouter({ registry: metrics.registry, token: config.METRICS_TOKEN });
  const web = createWebApp({ logger, metrics, health });
  web.use(metricsRouter);
  if (telegram && config.PUBLIC_URL) web.post(telegramWebhookPath, telegram.webhookHandler);
  if (slack?.router) web.use(slack.router);
  web.use(webChat.router);
  web.use(createCalendarFeedRouter({ prisma, clock }));
  web.use(
    '/admin',
    createAdminRouter({
      prisma,
      logger,
      clock,
      publicUrl: config.PUBLIC_URL,
      tz: config.DEFAULT_TZ,
      defaultLang: config.DEFAULT_LANG,
      telegramBotUsername: telegram?.botUsername,
      llmConfigured: llm !== undefined,
      slackClients: slack !== undefined,
      briefingChanged,
      takeMessage,
      // Other back-office pages (stats, reports, queues): add their routers here; they sit behind the login.
      extraRoutes: [
        createStatsRoutes({ prisma, tz: config.DEFAULT_TZ, clock }),
        createReportRoutes({ prisma, tz: config.DEFAULT_TZ, clock }),
        createQueueDashboard({ queues, publicUrl: config.PUBLIC_URL }),
      ],
    }),
  );
  finishWebApp(web, logger);
  // Bot and worker processes serve no pages, but are still probed and scraped.
  const ops = createWebApp({ logger, health });
  ops.use(metricsRouter);
  finishWebApp(ops, logger);

  return {
    handle: conversation.handle,
    telegram,
    slack,
    web,
    ops,
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
        if (desk) {
          await desk.start();
          stops.push(desk.stop);
        }
      }
      return stops;
    },
    async startWorkers() {
      const workers = await startWorkers({
        connection: redis,
        prefix: deps.queuePrefix,
        reminderQueue,
        followupQueue,
        reminderScheduler,
        prisma,
        outbound,
        desk: deps.desk ?? desk,
        followupSettings,
        logger,
        clock,
        metrics,
        ...(deps.workerTuning ? { tuning: deps.workerTuning } : {}),
      });
      return workers.close;
    },
    ticketFollowups,
    takeMessage,
    metrics,
    events,
    queues,
    async close() {
      await Promise.all(queues.map((queue) => queue.close()));
    },
  };
}
