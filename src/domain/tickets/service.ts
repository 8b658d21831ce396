import type { Db, Tx } from '../../infra/db/types.js';
import type { TaskCategory } from '../../understanding/contract.js';
import { NotFoundError } from '../../kernel/errors.js';
import { openToClient } from './lifecycle.js';

export interface NewTicket {
  clientId: string;
  summary: string;
  /** the whole request, never cut */
  details: string;
  category: TaskCategory;
  due?: string | undefined;
  dueAt?: Date | undefined;
  sourceMessageId?: string | undefined;
  /** the injected clock's instant: "the request just made" is measured on it */
  now: Date;
}

export const ticketLabel = (number: number): string => `#${number}`;

const SUMMARY_MAX = 120;

/** A one-line summary for cards and lists; the details keep every character. */
export function summarize(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= SUMMARY_MAX ? line : `${line.slice(0, SUMMARY_MAX - 1)}…`;
}

/**
 * In the caller's transaction: the ticket, its 'created' event and the link from the message that
 * asked for it. The event is a create of its own: nested in the ticket's, Prisma reads the ticket
 * back with one more statement.
 */
export async function createTicket(tx: Tx, input: NewTicket) {
  const ticket = await tx.ticket.create({
    data: {
      clientId: input.clientId,
      summary: summarize(input.summary),
      details: input.details,
      category: input.category,
      due: input.due ? new Date(`${input.due}T00:00:00Z`) : null,
      dueAt: input.dueAt ?? null,
      sourceMessageId: input.sourceMessageId ?? null,
      createdAt: input.now,
    },
  });
  await tx.ticketEvent.create({
    data: { ticketId: ticket.id, kind: 'created', actor: 'client', data: {}, createdAt: input.now },
  });
  if (input.sourceMessageId)
    await tx.message.update({ where: { id: input.sourceMessageId }, data: { ticketId: ticket.id } });
  return ticket;
}

export async function cancelTicket(db: Db, clientId: string, ticketId: string, now: Date) {
  const ticket = await db.ticket.findFirst({
    where: { id: ticketId, clientId, status: { in: ['open', 'claimed', 'waiting_client'] } },
  });
  if (!ticket) throw new NotFoundError('ticket not found', { ticketId });
  return db.ticket.update({
    where: { id: ticketId },
    data: {
      status: 'cancelled',
      cancelledAt: now,
      events: { create: { kind: 'cancelled', actor: 'client', data: {}, createdAt: now } },
    },
  });
}

/** Words the client adds to an open request of theirs join its details, on a line of their own. */
export async function addToTicketDetails(db: Db, clientId: string, ticketId: string, addition: string) {
  const ticket = await db.ticket.findFirst({ where: { ...openToClient(clientId), id: ticketId } });
  if (!ticket) throw new NotFoundError('ticket not found', { ticketId });
  return db.ticket.update({ where: { id: ticketId }, data: { details: `${ticket.details}\n${addition}` } });
}

/** The client's ticket that files sent right after a request belong to. */
export function recentOpenTicket(db: Db, clientId: string, since: Date) {
  return db.ticket.findFirst({
    where: { ...openToClient(clientId), createdAt: { gte: since } },
    // two requests in the same instant (a burst): the later number is the later request
    orderBy: [{ createdAt: 'desc' }, { number: 'desc' }],
  });
}
