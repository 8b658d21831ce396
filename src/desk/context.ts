import type { DomainEvent } from '../kernel/events.js';
import { DependencyError } from '../kernel/errors.js';
import type { Outbound } from '../kernel/messaging.js';
import type { PrismaClient } from '../infra/db/types.js';
import type { Logger } from '../infra/logger.js';
import type { Lang } from '../understanding/contract.js';
import type { Cards } from './cards/desk-channel.js';
import { createClientMessenger, type SendToClient } from './acts/client-messenger.js';
import { deskTexts, type DeskCatalog } from '../i18n/desk-catalog.js';
import type { SlackFileContent } from '../channels/slack/files.js';
import type { FileStore } from '../domain/files/store.js';
import type { DeskMail } from './acts/mail-reply.js';

/** Files on the desk: where clients' files are kept, and how an assistant's file shared in Slack is fetched. */
export interface DeskFiles {
  store: FileStore;
  /** a file shared in Slack, with the bot token; larger than `maxBytes` is refused */
  download(slackFileId: string, maxBytes: number): Promise<SlackFileContent>;
  /** MAX_ATTACHMENT_MB in bytes: the largest file sent to a client */
  maxBytes: number;
}

/** What the desk's operations share: the database, the cards, the way to the client, the clock, the desk's words. */
export interface DeskContext {
  prisma: PrismaClient;
  cards: Cards;
  sendToClient: SendToClient;
  clock: () => Date;
  logger: Logger;
  files: DeskFiles;
  /** the desk's texts, in DESK_LANG */
  texts: DeskCatalog;
  /** what the desk's acts changed, for the follow-ups and booking reminders (never throws: the reconciler catches up) */
  publish(events: readonly DomainEvent[]): Promise<void>;
  /** the clients' mailboxes (MAILBOX_KEY set): an email ticket's answers go out by e-mail */
  mail?: DeskMail | undefined;
}

/**
 * The desk without Slack: no cards to post or redraw, no thread to write in, nobody to tell
 * privately. The back-office works the tickets through the same acts, and this is their `cards`.
 */
export const noSlackCards: Cards = {
  post: async () => 'no card needed',
  refresh: async () => undefined,
  thread: async () => false,
  ephemeral: async () => undefined,
  files: async () => false,
};

/** Without Slack there is no Slack file to fetch. */
export async function noSlackFiles(): Promise<never> {
  throw new DependencyError('Slack is off: there is no Slack file to fetch');
}

export interface DeskContextDeps {
  prisma: PrismaClient;
  /** reaches clients on their own channel */
  outbound: Outbound;
  clock: () => Date;
  logger: Logger;
  /** DESK_LANG */
  lang: Lang;
  publish: DeskContext['publish'];
  files: DeskFiles;
  /** the Slack desk's cards, or noSlackCards */
  cards: Cards;
  /** the clients' mailboxes, when on */
  mail?: DeskMail | undefined;
}

/** What every desk act runs with, on either surface. */
export function createDeskContext(deps: DeskContextDeps): DeskContext {
  return {
    prisma: deps.prisma,
    cards: deps.cards,
    sendToClient: createClientMessenger({ prisma: deps.prisma, outbound: deps.outbound, logger: deps.logger }),
    clock: deps.clock,
    logger: deps.logger.child({ component: 'desk' }),
    texts: deskTexts(deps.lang),
    publish: deps.publish,
    files: deps.files,
    mail: deps.mail,
  };
}
