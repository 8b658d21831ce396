import { siteUrl, type Config } from '../infra/config/index.js';
import type { EventBus } from '../infra/event-bus.js';
import type { Logger } from '../infra/logger.js';
import type { PrismaClient } from '../infra/db/types.js';
import type { Redis } from 'ioredis';
import type { Outbound } from '../kernel/messaging.js';
import type { ClientFiles } from '../domain/files/receive.js';
import { createDesk, type Desk } from '../desk/desk.js';
import { createDeskContext, noSlackCards, noSlackFiles, type DeskContext } from '../desk/context.js';
import type { Channels } from './channels.js';
import type { DeskMail } from '../desk/acts/mail-reply.js';

export interface DeskWiring {
  config: Config;
  prisma: PrismaClient;
  redis: Redis;
  logger: Logger;
  queuePrefix?: string | undefined;
  outbound: Outbound;
  events: EventBus;
  clock: () => Date;
  files: ClientFiles;
  /** the clients' mailboxes, when on: an email ticket's answers go out by e-mail */
  mail: DeskMail | undefined;
}

/** The Slack desk, when Slack and SLACK_DESK_CHANNEL are configured. */
export function createDeskIfConfigured(deps: DeskWiring, channels: Channels): Desk | undefined {
  const { config } = deps;
  const { slack } = channels;
  if (!slack) return undefined;
  if (!config.SLACK_DESK_CHANNEL) {
    deps.logger.info('The Slack desk is off: SLACK_DESK_CHANNEL is not set');
    return undefined;
  }
  return createDesk({
    prisma: deps.prisma,
    slack,
    outbound: deps.outbound,
    channel: config.SLACK_DESK_CHANNEL,
    tz: config.DEFAULT_TZ,
    lang: config.DESK_LANG,
    redis: deps.redis,
    queuePrefix: deps.queuePrefix,
    logger: deps.logger,
    clock: deps.clock,
    publish: deps.events.publish,
    files: { store: deps.files.store, download: slack.downloadFile, maxBytes: deps.files.maxBytes },
    mail: deps.mail,
    siteUrl: siteUrl(config),
  });
}

/**
 * What the back-office's desk acts run with: the Slack desk's own context when there is one (so
 * its cards and threads follow every act), otherwise the same acts with no Slack to tell.
 */
export function backOfficeDesk(deps: DeskWiring, desk: Desk | undefined): DeskContext {
  if (desk) return desk.context;
  return createDeskContext({
    prisma: deps.prisma,
    outbound: deps.outbound,
    clock: deps.clock,
    logger: deps.logger,
    lang: deps.config.DESK_LANG,
    publish: deps.events.publish,
    files: { store: deps.files.store, download: noSlackFiles, maxBytes: deps.files.maxBytes },
    cards: noSlackCards,
    mail: deps.mail,
  });
}
