import type { BookingReminderScheduler } from '../domain/bookings/booking-reminders.js';
import type { PrismaClient } from '../infra/db/types.js';
import type { Logger } from '../infra/logger.js';
import type { Cards } from './cards/desk-channel.js';
import type { SendToClient } from './acts/client-messenger.js';

/** What the desk's operations share: the database, the cards, the way to the client, the clock. */
export interface DeskContext {
  prisma: PrismaClient;
  cards: Cards;
  sendToClient: SendToClient;
  clock: () => Date;
  logger: Logger;
  /** tells the follow-ups the ticket's state changed (never throws: the reconciler catches up) */
  changed(ticketId: string): Promise<void>;
  /** moves or drops a booking's reminders when the desk confirms, moves or cancels it */
  bookingReminders?: BookingReminderScheduler | undefined;
}
