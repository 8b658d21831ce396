import type { DomainEvent } from '../kernel/events.js';
import type { PrismaClient } from '../infra/db/types.js';
import type { Logger } from '../infra/logger.js';
import type { Cards } from './cards/desk-channel.js';
import type { SendToClient } from './acts/client-messenger.js';
import type { DeskCatalog } from '../i18n/desk-catalog.js';

/** What the desk's operations share: the database, the cards, the way to the client, the clock, the desk's words. */
export interface DeskContext {
  prisma: PrismaClient;
  cards: Cards;
  sendToClient: SendToClient;
  clock: () => Date;
  logger: Logger;
  /** the desk's texts, in DESK_LANG */
  texts: DeskCatalog;
  /** what the desk's acts changed, for the follow-ups and booking reminders (never throws: the reconciler catches up) */
  publish(events: readonly DomainEvent[]): Promise<void>;
}
