import type { Queue } from 'bullmq';
import type { Express } from 'express';
import type { Redis } from 'ioredis';
import { telegramWebhookPath } from '../channels/telegram/webhook.js';
import { createCalendarFeedRouter } from '../domain/calendar/feed.js';
import type { DeskContext } from '../desk/context.js';
import type { FileStore } from '../domain/files/store.js';
import type { MailboxDeps } from '../domain/mailbox/settings.js';
import { createBackoff } from '../domain/limits/backoff.js';
import type { TakeMessageInput, TakeMessageOutcome } from '../domain/segreteria/messages.js';
import type { Config } from '../infra/config/index.js';
import { checkDatabase } from '../infra/db/client.js';
import type { PrismaClient } from '../infra/db/types.js';
import type { Logger } from '../infra/logger.js';
import { createMetricsRouter } from '../infra/metrics/http.js';
import type { Metrics } from '../infra/metrics/registry.js';
import { checkRedis } from '../infra/redis/connection.js';
import { createLoginThrottle } from '../web/admin/login-throttle.js';
import { createQueueDashboard } from '../web/admin/queues/dashboard.js';
import { createReportRoutes } from '../web/admin/reports/routes.js';
import { createAdminRouter } from '../web/admin/router.js';
import { createStatsRoutes } from '../web/admin/stats/routes.js';
import { createWebApp, finishWebApp } from '../web/server.js';
import type { Channels } from './channels.js';

export interface WebDeps {
  config: Config;
  prisma: PrismaClient;
  redis: Redis;
  logger: Logger;
  clock: () => Date;
  metrics: Metrics;
  /** BullMQ key prefix; the login throttle's keys sit beside it */
  queuePrefix?: string | undefined;
  channels: Channels;
  queues: Queue[];
  llmConfigured: boolean;
  briefingChanged(clientId: string): Promise<void>;
  takeMessage(input: TakeMessageInput): Promise<{ id: string; outcome: TakeMessageOutcome }>;
  /** where clients' files are kept, for the back-office downloads */
  fileStore: FileStore;
  /** the desk's acts, for the back-office's ticket page */
  desk: DeskContext;
  /** the clients' mailboxes' settings, when MAILBOX_KEY is set */
  mailboxes?: MailboxDeps | undefined;
}

/** Past this many accounts and addresses tracked one by one, newcomers share one slow lane. */
const MAX_TRACKED_LOGIN_SUBJECTS = 10_000;

/** Failed staff logins slow down the next ones, per account and per address, in Redis shared by every process. */
function loginThrottle(deps: WebDeps) {
  const { redis, logger } = deps;
  const keyPrefix = `${deps.queuePrefix ?? 'delego'}:throttle:login:`;
  const backoff = createBackoff({
    name: 'login',
    redis,
    keyPrefix,
    maxTracked: MAX_TRACKED_LOGIN_SUBJECTS,
    // With Redis down the back-office stays reachable, its logins no longer slowed.
    failOpen: true,
    logger,
    metrics: deps.metrics,
  });
  return createLoginThrottle({ backoff, redis, keyPrefix, logger });
}

/** The back-office at /admin, behind its login: the pages, stats, reports and the queue dashboard. */
function adminRouter(deps: WebDeps) {
  const { config, prisma, clock } = deps;
  return createAdminRouter({
    prisma,
    logger: deps.logger,
    clock,
    loginThrottle: loginThrottle(deps),
    publicUrl: config.PUBLIC_URL,
    tz: config.DEFAULT_TZ,
    defaultLang: config.DEFAULT_LANG,
    deskLang: config.DESK_LANG,
    telegramBotUsername: deps.channels.telegram?.botUsername,
    llmConfigured: deps.llmConfigured,
    slackClients: deps.channels.slack !== undefined,
    briefingChanged: deps.briefingChanged,
    takeMessage: deps.takeMessage,
    files: deps.fileStore,
    desk: deps.desk,
    mailboxes: deps.mailboxes,
    extraRoutes: [
      createStatsRoutes({ prisma, tz: config.DEFAULT_TZ, clock }),
      createReportRoutes({ prisma, tz: config.DEFAULT_TZ, clock }),
      createQueueDashboard({ queues: deps.queues, publicUrl: config.PUBLIC_URL }),
    ],
  });
}

/**
 * The HTTP apps: `web` with every route of the web role (webhooks, web chat, calendar feeds, the
 * back-office), and `ops` with /healthz and /metrics only, for bot and worker processes.
 */
export function createWebApps(deps: WebDeps): { web: Express; ops: Express } {
  const { config, logger, metrics } = deps;
  const { telegram, slack, webChat } = deps.channels;
  const health = { postgres: () => checkDatabase(deps.prisma), redis: () => checkRedis(deps.redis) };
  const metricsRouter = createMetricsRouter({ registry: metrics.registry, token: config.METRICS_TOKEN });
  const web = createWebApp({ logger, metrics, health, trustProxy: config.TRUST_PROXY });
  web.use(metricsRouter);
  if (telegram && config.PUBLIC_URL) web.post(telegramWebhookPath, telegram.webhookHandler);
  if (slack?.router) web.use(slack.router);
  web.use(webChat.router);
  web.use(createCalendarFeedRouter({ prisma: deps.prisma, clock: deps.clock }));
  web.use('/admin', adminRouter(deps));
  finishWebApp(web, logger);
  const ops = createWebApp({ logger, health });
  ops.use(metricsRouter);
  finishWebApp(ops, logger);
  return { web, ops };
}
