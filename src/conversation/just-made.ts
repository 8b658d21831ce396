import type { Db } from '../infra/db/types.js';
import type { ItemRef } from '../kernel/actions.js';

/**
 * What the client's previous message made, its time (a request has none), the words that asked
 * for it and, for a booking the office arranges, the request the desk works it through.
 */
export type JustMade = ItemRef & {
  at: Date | null;
  asked: string;
  ticketId?: string | null;
  /** a reminder set before a meeting ("ricordamelo il giorno prima"): the meeting, which a new time moves */
  event?: { id: string; at: Date; ticketId: string | null };
};

/**
 * The reminder the client's previous message made or moved, the booking it made or asked the
 * office for, or the request it opened, when the bot's confirmation was the last word: nothing
 * came from the client since, and it is their own item, so changing it is no guess.
 */
export async function justMade(db: Db, conversationId: string, clientId: string): Promise<JustMade | undefined> {
  const [last, asked] = await Promise.all([
    db.message.findFirst({
      where: { conversationId },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      select: { direction: true, ticketId: true, createdAt: true },
    }),
    db.message.findFirst({
      where: { conversationId, direction: 'inbound' },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      select: { id: true, createdAt: true, body: true },
    }),
  ]);
  if (!last || !asked || last.direction !== 'outbound' || last.ticketId) return undefined;
  const createdAt = { gte: asked.createdAt, lte: last.createdAt };
  const said = asked.body ?? '';
  const [reminder, booking, ticket] = await Promise.all([
    reminderJustMade(db, clientId, createdAt),
    // a booking the office is asked to make is the client's own too: moving it tells the desk
    db.booking.findFirst({
      where: { clientId, createdAt, status: { in: ['confirmed', 'requested'] } },
      orderBy: { createdAt: 'desc' },
    }),
    db.ticket.findFirst({
      where: { clientId, sourceMessageId: asked.id, status: { in: ['open', 'claimed', 'waiting_client'] } },
      select: { id: true },
    }),
  ]);
  if (reminder) return { ...reminder, asked: said };
  if (booking?.startsAt)
    return { kind: 'booking', id: booking.id, at: booking.startsAt, asked: said, ticketId: booking.ticketId };
  if (ticket && !booking) return { kind: 'ticket', id: ticket.id, at: null, asked: said };
  return undefined;
}

type Meeting = { id: string; startsAt: Date | null; status: string; ticketId: string | null } | null;

/** The meeting a reminder is set before, while it stands with a time. */
function eventOf(booking: Meeting): Pick<JustMade, 'event'> {
  const live = booking?.startsAt && ['confirmed', 'requested'].includes(booking.status);
  return live ? { event: { id: booking.id, at: booking.startsAt!, ticketId: booking.ticketId } } : {};
}

/**
 * The reminder made or moved in the window: it has a new occurrence; one set before a meeting
 * that moved with it may keep its time ("no scusa alle 16" keeps "the day before at 9"), and was
 * still changed then.
 */
async function reminderJustMade(
  db: Db,
  clientId: string,
  window: { gte: Date; lte: Date },
): Promise<Omit<JustMade, 'asked'> | undefined> {
  const [occurrence, followed] = await Promise.all([
    db.reminderOccurrence.findFirst({
      where: { createdAt: window, status: 'pending', reminder: { clientId, status: 'active' } },
      orderBy: { createdAt: 'desc' },
      include: { reminder: { select: { booking: true } } },
    }),
    db.reminder.findFirst({
      where: { clientId, status: 'active', bookingId: { not: null }, updatedAt: window },
      orderBy: { updatedAt: 'desc' },
      include: { booking: true },
    }),
  ]);
  if (occurrence)
    return {
      kind: 'reminder',
      id: occurrence.reminderId,
      at: occurrence.dueAt,
      ...eventOf(occurrence.reminder.booking),
    };
  if (followed?.nextOccurrenceAt)
    return { kind: 'reminder', id: followed.id, at: followed.nextOccurrenceAt, ...eventOf(followed.booking) };
  return undefined;
}
