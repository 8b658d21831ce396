import type { Db } from '../infra/db/types.js';
import type { ItemRef } from '../kernel/actions.js';

/**
 * What the client's previous message made, its time (a request has none), the words that asked
 * for it and, for a booking the office arranges, the request the desk works it through.
 */
export type JustMade = ItemRef & { at: Date | null; asked: string; ticketId?: string | null };

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
  const [occurrence, booking, ticket] = await Promise.all([
    // a reminder made or moved has a new occurrence
    db.reminderOccurrence.findFirst({
      where: { createdAt, status: 'pending', reminder: { clientId, status: 'active' } },
      orderBy: { createdAt: 'desc' },
    }),
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
  if (occurrence) return { kind: 'reminder', id: occurrence.reminderId, at: occurrence.dueAt, asked: said };
  if (booking?.startsAt)
    return { kind: 'booking', id: booking.id, at: booking.startsAt, asked: said, ticketId: booking.ticketId };
  if (ticket && !booking) return { kind: 'ticket', id: ticket.id, at: null, asked: said };
  return undefined;
}
