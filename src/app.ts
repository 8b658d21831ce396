import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Express } from 'express';
import type { PacingOptions } from './channels/telegram/pacer.js';
import type { TelegramChannel } from './channels/telegram/adapter.js';
import type { SlackApp } from './channels/slack/app.js';
import { createOutbound } from './channels/outbound.js';
import { createConversation } from './conversation/handle.js';
import type { Desk } from './desk/desk.js';
import { QUEUE_DESK } from './desk/queue.js';
import { registerTakeMessage } from './desk/slack/take-message.js';
import type { DeskNotifier } from './domain/delivery/desk.js';
import { deskTexts } from './i18n/desk-catalog.js';
import type { TicketFollowupScheduler } from './domain/delivery/ticket-followups.js';
import { defaultFollowupSettings, type FollowupSettings } from './domain/delivery/ticket-rules.js';
import { bytesPerMb } from './domain/limits/attachments.js';
import { createRateLimiter } from './domain/limits/rate-limit.js';
import {
  takeMessage as takeMessageFor,
  type TakeMessageInput,
  type TakeMessageOutcome,
} from './domain/segreteria/messages.js';
import type { SegreteriaPort } from './domain/segreteria/ports.js';
import { createVoiceReader } from './domain/segreteria/voice.js';
import type { ClientFiles, FileFetcher } from './domain/files/receive.js';
import { postgresFileStore } from './domain/files/store.js';
import type { Config } from './infra/config/index.js';
import type { PrismaClient } from './infra/db/types.js';
import { createEventBus, type EventBus } from './infra/event-bus.js';
import type { Logger } from './infra/logger.js';
import { countInbound, countSends, timeUnderstanding } from './infra/metrics/instrument.js';
import { createMetrics, type Metrics } from './infra/metrics/registry.js';
import { transcriberFromConfig } from './infra/transcription/openai.js';
import { startWorkers, type WorkerTuning } from './jobs/workers.js';
import { DependencyError } from './kernel/errors.js';
import type { Channel, InboundMessage, Outbound } from './kernel/messaging.js';
import { createUnderstander, llmFromConfig } from './understanding/understand.js';
import { createChannels, type Channels } from './wiring/channels.js';
import { createSchedulers, type Schedulers } from './wiring/schedulers.js';
import { subscribeToEvents } from './wiring/subscriptions.js';
import { tellClientClaimed } from './desk/acts/claim-notice.js';
import { createMail, type Mail, type MailTuning } from './wiring/mail.js';
import { createWebApps } from './wiring/web.js';
import { backOfficeDesk, createDeskIfConfigured } from './wiring/desk.js';

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
  /** the mailbox watchers' reconnection delays and how often they look for new mailboxes */
  mailTuning?: Partial<MailTuning>;
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
  /** the clients' mailboxes, when MAILBOX_KEY is set */
  mail: Mail | undefined;
  close(): Promise<void>;
}

/** How clients' files are fetched (from their channel), kept (in PostgreSQL) and limited. */
function clientFiles(config: Config, channels: Channels): ClientFiles {
  return { fetch: fileFetcher(channels), store: postgresFileStore, maxBytes: config.MAX_ATTACHMENT_MB * bytesPerMb };
}

/** Each channel's way to the bytes of a file a client sent on it. */
function fileFetcher(channels: Channels): FileFetcher {
  const { telegram, slack, webChat } = channels;
  return async (channel, fileId, maxBytes) => {
    if (channel === 'telegram' && telegram) return telegram.fetchFile(fileId, maxBytes);
    if (channel === 'slack' && slack) return (await slack.downloadFile(fileId, maxBytes)).content;
    if (channel === 'web') return webChat.fetchFile(fileId, maxBytes);
    throw new DependencyError(`${channel} is off: its files cannot be fetched`, { channel });
  };
}

/** The conversation for every client channel, with its limits and voice notes. */
function conversationFor(
  deps: DelegoDeps,
  parts: {
    outbound: Outbound;
    events: EventBus;
    metrics: Metrics;
    files: ClientFiles;
    clock: () => Date;
    mail: Mail | undefined;
  },
) {
  const { config, redis, logger } = deps;
  const llm = llmFromConfig(config);
  if (!llm) logger.info('LLM understanding is off: OPENAI_API_KEY is not set (rules only)');
  const maxAttachmentBytes = parts.files.maxBytes;
  const conversation = createConversation({
    prisma: deps.prisma,
    publish: parts.events.publish,
    voice: createVoiceReader({ transcriber: transcriberFromConfig(config), maxBytes: maxAttachmentBytes, logger }),
    files: parts.files,
    mail: parts.mail?.chat,
    understand: timeUnderstanding(createUnderstander({ logger, ...(llm ? { llm } : {}) }), parts.metrics),
    outbound: parts.outbound,
    logger,
    clock: parts.clock,
    defaults: { lang: config.DEFAULT_LANG, tz: config.DEFAULT_TZ },
    pendingTtlMin: 30,
    fragmentWindowMs: config.FRAGMENT_WINDOW_MS,
    limits: {
      admit: createRateLimiter({
        redis,
        limit: config.RATE_LIMIT_PER_MIN,
        keyPrefix: `${deps.queuePrefix ?? 'delego'}:rate:`,
        logger,
        clock: parts.clock,
      }).admit,
      maxAttachmentBytes,
    },
  });
  return { conversation, llmConfigured: llm !== undefined };
}

/** Telegram: with PUBLIC_URL the web role registers the webhook, otherwise the bot role polls; Slack and the desk run with the web role. */
async function startChannelsOf(
  config: Config,
  channels: Channels,
  desk: Desk | undefined,
  serves: { web: boolean; bot: boolean },
): Promise<(() => Promise<void>)[]> {
  const stops: (() => Promise<void>)[] = [];
  const { telegram, slack } = channels;
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
}

function workersOf(
  deps: DelegoDeps,
  parts: {
    schedulers: Schedulers;
    outbound: Outbound;
    desk: Desk | undefined;
    followupSettings: FollowupSettings;
    metrics: Metrics;
    clock: () => Date;
    files: ClientFiles;
    events: EventBus;
    mail: Mail | undefined;
  },
) {
  return async () => {
    const workers = await startWorkers({
      connection: deps.redis,
      prefix: deps.queuePrefix,
      reminderQueue: parts.schedulers.reminderQueue,
      followupQueue: parts.schedulers.followupQueue,
      reminderScheduler: parts.schedulers.reminders,
      prisma: deps.prisma,
      outbound: parts.outbound,
      desk: deps.desk ?? parts.desk,
      followupSettings: parts.followupSettings,
      logger: deps.logger,
      clock: parts.clock,
      metrics: parts.metrics,
      files: parts.files,
      publish: parts.events.publish,
      ...(deps.workerTuning ? { tuning: deps.workerTuning } : {}),
    });
    // one IMAP connection per client mailbox, held by the worker role
    const mailWatchers = await parts.mail?.startWatchers();
    return async () => {
      await mailWatchers?.close();
      await workers.close();
    };
  };
}

/** Messages taken for clients (desk modal, back-office): held while the client is busy, released by a job. */
function segreteriaFor(
  deps: DelegoDeps,
  parts: { schedulers: Schedulers; channels: Channels; desk: Desk | undefined; outbound: Outbound; clock: () => Date },
) {
  const { prisma, logger, config } = deps;
  const { desk, outbound, clock } = parts;
  const segreteria: SegreteriaPort = {
    releaseAt: parts.schedulers.releases,
    statusChanged: async (clientId) => desk?.clientStatusChanged?.(clientId),
  };
  const takeMessage = (input: TakeMessageInput) =>
    takeMessageFor({ prisma, outbound, clock, logger, ...segreteria }, input);
  if (parts.channels.slack && desk)
    registerTakeMessage(parts.channels.slack.app, {
      prisma,
      takeMessage,
      tz: config.DEFAULT_TZ,
      texts: deskTexts(config.DESK_LANG),
      clock,
      logger,
    });
  return { segreteria, takeMessage };
}

/** The queues the metrics watch; the desk's through a second handle that only reads it (the desk keeps its own). */
function watchedQueues(schedulers: Schedulers, withDesk: boolean, metrics: Metrics): Queue[] {
  const deskQueue = withDesk ? [schedulers.logQueueErrors(new Queue(QUEUE_DESK, schedulers.queueOptions))] : [];
  const queues: Queue[] = [schedulers.reminderQueue, schedulers.followupQueue, ...deskQueue];
  metrics.watchQueues(queues);
  return queues;
}

/**
 * Wires services, channels and HTTP routes from already-open infrastructure. main.ts opens the
 * database and Redis and picks the role; tests build the same graph against their own services.
 */
export function buildDelego(deps: DelegoDeps): Delego {
  const { config, logger } = deps;
  const clock = deps.clock ?? (() => new Date());
  const metrics = createMetrics();
  // Side effects after commit: published by the conversation, the desk and the jobs, subscribed once below.
  const events = createEventBus(logger);
  const followupSettings = { ...defaultFollowupSettings(config.DEFAULT_TZ), ...deps.followupSettings };
  const hasDesk = deps.desk !== undefined || Boolean(config.SLACK_BOT_TOKEN && config.SLACK_DESK_CHANNEL);
  const schedulers = createSchedulers({ ...deps, clock, followupSettings, hasDesk });

  // Channels need the conversation and the conversation needs the channels' senders: this closes the loop.
  let handle: (msg: InboundMessage) => Promise<void> = async () => undefined;
  const inbound = countInbound((msg: InboundMessage) => handle(msg), metrics);
  const channels = createChannels({ ...deps, clock, inbound, metrics });
  const outbound = createOutbound(countSends(channels.senders, metrics));
  const files = clientFiles(config, channels);
  const mail = createMail({ ...deps, clock, outbound, files, releaseAt: schedulers.releases, publish: events.publish });
  const deskWiring = { ...deps, outbound, events, clock, files, mail: mail?.desk };
  const desk = createDeskIfConfigured(deskWiring, channels);
  const { segreteria, takeMessage } = segreteriaFor(deps, { schedulers, channels, desk, outbound, clock });
  // the acts the back-office runs, and the client notices that follow them, with or without Slack
  const deskActs = backOfficeDesk(deskWiring, desk);
  subscribeToEvents(events, {
    reminders: schedulers.reminders,
    bookingReminders: schedulers.bookingReminders,
    briefings: schedulers.briefings,
    segreteria,
    ticketFollowups: schedulers.ticketFollowups,
    fileDownloads: schedulers.fileDownloads,
    claimNotices: (ticketId, assistantId) => tellClientClaimed(deskActs, ticketId, assistantId),
    ...(desk ? { desk } : {}),
  });
  const { conversation, llmConfigured } = conversationFor(deps, { outbound, events, metrics, files, clock, mail });
  handle = conversation.handle;

  const queues = watchedQueues(schedulers, desk !== undefined, metrics);
  const { web, ops } = createWebApps({
    ...deps,
    clock,
    metrics,
    channels,
    queues,
    llmConfigured,
    briefingChanged: schedulers.briefingChanged,
    takeMessage,
    fileStore: files.store,
    desk: deskActs,
    mailboxes: mail?.settings,
  });

  return {
    handle: conversation.handle,
    telegram: channels.telegram,
    slack: channels.slack,
    web,
    ops,
    channels: Object.keys(channels.senders) as Channel[],
    startChannels: (serves) => startChannelsOf(config, channels, desk, serves),
    startWorkers: workersOf(deps, {
      schedulers,
      outbound,
      desk,
      followupSettings,
      metrics,
      clock,
      files,
      events,
      mail,
    }),
    ticketFollowups: schedulers.ticketFollowups,
    takeMessage,
    metrics,
    events,
    queues,
    mail,
    async close() {
      await Promise.all(queues.map((queue) => queue.close()));
    },
  };
}
