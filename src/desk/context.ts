import type { DomainEvent } from '../kernel/events.js';
import type { PrismaClient } from '../infra/db/types.js';
import type { Logger } from '../infra/logger.js';
import type { Cards } from './cards/desk-channel.js';
import type { SendToClient } from './acts/client-messenger.js';
import type { DeskCatalog } from '../i18n/desk-catalog.js';
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
