import type { Redis } from 'ioredis';
import { createSlackApp, type SlackApp } from '../channels/slack/app.js';
import { registerClientDms } from '../channels/slack/client-dms.js';
import { redisFirstSeen } from '../channels/slack/replay.js';
import { createSlackSender } from '../channels/slack/sender.js';
import { createTelegramChannel, type TelegramChannel } from '../channels/telegram/adapter.js';
import type { PacingOptions } from '../channels/telegram/pacer.js';
import { createWebChannel, type WebChannel } from '../channels/web/channel.js';
import { webChatKeyPrefix } from '../channels/web/mailbox.js';
import { createInviteThrottle } from '../domain/access/invite-throttle.js';
import { createWebClients } from '../domain/demo/web-clients.js';
import { bytesPerMb } from '../domain/limits/attachments.js';
import { createBackoff } from '../domain/limits/backoff.js';
import { configuredOrStoredSecret } from '../infra/db/app-secrets.js';
import type { Config } from '../infra/config/index.js';
import type { PrismaClient } from '../infra/db/types.js';
import type { Logger } from '../infra/logger.js';
import type { MetricsPort } from '../infra/metrics/registry.js';
import type { Channel, ChannelSender, InboundMessage } from '../kernel/messaging.js';

/** What the bot offers in Telegram's command menu, in both languages. */
const telegramCommands = [
  { command: 'start', description: 'Inizia / Start' },
  { command: 'help', description: 'Cosa posso fare / What I can do' },
  { command: 'stato', description: 'Il tuo stato (riunione, non disturbare) / Your status' },
  { command: 'briefing', description: 'Riepilogo mattutino on/off / Morning briefing on/off' },
];

export interface ChannelsDeps {
  config: Config;
  prisma: PrismaClient;
  redis: Redis;
  logger: Logger;
  clock: () => Date;
  metrics: Pick<MetricsPort, 'throttleDecision'>;
  queuePrefix?: string | undefined;
  telegramPacing?: PacingOptions | undefined;
  /** every client message goes here */
  inbound: (msg: InboundMessage) => Promise<void>;
}

export interface Channels {
  telegram: TelegramChannel | undefined;
  slack: SlackApp | undefined;
  webChat: WebChannel;
  senders: Partial<Record<Channel, ChannelSender>>;
}

function telegramChannel({ config, logger, inbound, telegramPacing }: ChannelsDeps): TelegramChannel | undefined {
  if (!config.TELEGRAM_BOT_TOKEN) {
    logger.info('Telegram is off: TELEGRAM_BOT_TOKEN is not set');
    return undefined;
  }
  return createTelegramChannel({
    token: config.TELEGRAM_BOT_TOKEN,
    ...(config.TELEGRAM_API_ROOT ? { apiRoot: config.TELEGRAM_API_ROOT } : {}),
    ...(config.PUBLIC_URL ? { publicUrl: config.PUBLIC_URL } : {}),
    ...(config.TELEGRAM_WEBHOOK_SECRET ? { webhookSecret: config.TELEGRAM_WEBHOOK_SECRET } : {}),
    handle: inbound,
    logger,
    ...(telegramPacing ? { pacing: telegramPacing } : {}),
    commands: telegramCommands,
  });
}

function slackApp({ config, logger, inbound, redis, queuePrefix }: ChannelsDeps): SlackApp | undefined {
  if (!config.SLACK_BOT_TOKEN) {
    logger.info('Slack is off: SLACK_BOT_TOKEN is not set');
    return undefined;
  }
  const slack = createSlackApp({
    botToken: config.SLACK_BOT_TOKEN,
    ...(config.SLACK_SIGNING_SECRET ? { signingSecret: config.SLACK_SIGNING_SECRET } : {}),
    ...(config.SLACK_APP_TOKEN ? { appToken: config.SLACK_APP_TOKEN } : {}),
    ...(config.SLACK_API_URL ? { apiUrl: config.SLACK_API_URL } : {}),
    firstSeen: redisFirstSeen(redis, `${queuePrefix ?? 'delego'}:slack-seen:`),
    logger,
  });
  registerClientDms(slack, { handle: inbound, logger });
  return slack;
}

/** Anonymous visitors' state is capped: past this many addresses, newcomers share one slow lane. */
const MAX_TRACKED_ADDRESSES = 10_000;

/** The web chat: sessions signed with SESSION_SECRET (or the server's own), invite codes throttled in Redis. */
function webChannel(deps: ChannelsDeps): WebChannel {
  const { config } = deps;
  const keyPrefix = webChatKeyPrefix(deps.queuePrefix);
  const backoff = createBackoff({
    name: 'invite',
    redis: deps.redis,
    keyPrefix: `${keyPrefix}throttle:invite:`,
    maxTracked: MAX_TRACKED_ADDRESSES,
    failOpen: false,
    logger: deps.logger,
    metrics: deps.metrics,
  });
  return createWebChannel({
    redis: deps.redis,
    keyPrefix,
    retentionMs: config.MESSAGE_RETENTION_DAYS * 86_400_000,
    sessionSecret: configuredOrStoredSecret(config.SESSION_SECRET, deps.prisma, 'web-session'),
    inviteThrottle: createInviteThrottle(backoff),
    clients: createWebClients(deps.prisma, { tz: config.DEFAULT_TZ }),
    handle: deps.inbound,
    // The demo lets a newcomer try everything out of the box, until a real channel is configured.
    demo: !config.TELEGRAM_BOT_TOKEN && !config.SLACK_BOT_TOKEN,
    publicUrl: config.PUBLIC_URL,
    defaultLang: config.DEFAULT_LANG,
    logger: deps.logger,
    clock: deps.clock,
    maxAttachmentBytes: config.MAX_ATTACHMENT_MB * bytesPerMb,
  });
}

/** The client channels whose tokens are configured, and the web chat, which is always on. */
export function createChannels(deps: ChannelsDeps): Channels {
  const telegram = telegramChannel(deps);
  const slack = slackApp(deps);
  const webChat = webChannel(deps);
  const senders: Partial<Record<Channel, ChannelSender>> = {
    ...(telegram ? { telegram: telegram.sender } : {}),
    ...(slack ? { slack: createSlackSender(slack.app.client) } : {}),
    web: webChat.sender,
  };
  return { telegram, slack, webChat, senders };
}
