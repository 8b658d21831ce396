import type { Db, PrismaClient } from '../../infra/db/types.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../kernel/errors.js';
import type { TicketStatus } from '../../generated/prisma/enums.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { cancelledByClient } from '../bookings/third-party.js';
import { assertLoggableMinutes, chargeTime } from './time-log.js';

/** Statuses in which a ticket is still being worked. */
export const activeStatuses = ['open', 'claimed', 'waiting_client'] as const satisfies TicketStatus[];
const heldStatuses = ['claimed', 'waiting_client'] as const satisfies TicketStatus[];

/**
 * A booking ticket whose booking the client cancelled in the chat, as a filter: no booking of it
 * stands and the client's cancel is among its changes (a cancelled booking is never revived, so
 * this is the rule `cancelledByClient` reads row by row).
 */
const bookingCancelledByClient: Prisma.TicketWhereInput = {
  bookings: { some: { status: 'cancelled' }, none: { status: { in: ['requested', 'confirmed'] } } },
  events: { some: { kind: 'booking_changed', actor: 'client', data: { path: ['change'], equals: 'cancelled' } } },
};

/**
 * The client's requests as the client sees them: active ones, except a booking ticket whose
 * booking they cancelled in the chat (it stays open only for the desk to tell the venue). Every
 * list shown to the client (not-found answers, status, "which request?") uses it.
 */
export function openToClient(clientId: string) {
  return {
    clientId,
    status: { in: [...activeStatuses] },
    NOT: bookingCancelledByClient,
  } satisfies Prisma.TicketWhereInput;
}

export interface AssistantAct {
  ticketId: string;
  assistantId: string;
  now: Date;
}

/** Why an act was refused: the state the ticket is really in, for the desk to explain. */
async function refusal(db: Db, ticketId: string, what: string): Promise<never> {
  const ticket = await db.ticket.findUnique({ where: { id: ticketId }, select: { status: true, assigneeId: true } });
  if (!ticket) throw new NotFoundError('ticket not found', { ticketId });
  throw new ConflictError(`ticket cannot be ${what}`, {
    ticketId,
    status: ticket.status,
    assigneeId: ticket.assigneeId,
  });
}

/**
 * Claims an open ticket. One conditional UPDATE decides between concurrent claims: the row lock
 * makes the second one re-read the row, find it no longer open, and change nothing. The first
 * claim time is kept across releases, as time-to-claim statistics measure the first one.
 */
export async function claimTicket(prisma: PrismaClient, act: AssistantAct) {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.ticket.updateMany({
      where: { id: act.ticketId, status: 'open', assigneeId: null },
      data: { status: 'claimed', assigneeId: act.assistantId },
    });
    if (count === 0) return refusal(tx, act.ticketId, 'claimed');
    await tx.ticket.updateMany({ where: { id: act.ticketId, claimedAt: null }, data: { claimedAt: act.now } });
    await tx.ticketEvent.create({
      data: {
        ticketId: act.ticketId,
        kind: 'claimed',
        actor: 'assistant',
        assistantId: act.assistantId,
        createdAt: act.now,
      },
    });
    return tx.ticket.findUniqueOrThrow({ where: { id: act.ticketId } });
  });
}

/** The holder puts the ticket back in the open pool. */
export async function releaseTicket(prisma: PrismaClient, act: AssistantAct) {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.ticket.updateMany({
      where: { id: act.ticketId, status: { in: [...heldStatuses] }, assigneeId: act.assistantId },
      data: { status: 'open', assigneeId: null, waitingSince: null },
    });
    if (count === 0) return refusal(tx, act.ticketId, 'released');
    await tx.ticketEvent.create({
      data: {
        ticketId: act.ticketId,
        kind: 'released',
        actor: 'assistant',
        assistantId: act.assistantId,
        createdAt: act.now,
      },
    });
    return tx.ticket.findUniqueOrThrow({ where: { id: act.ticketId } });
  });
}

/** The holder asked the client something: the ticket waits on the client until they answer. */
export async function askClient(prisma: PrismaClient, act: AssistantAct) {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.ticket.updateMany({
      where: { id: act.ticketId, status: { in: [...heldStatuses] }, assigneeId: act.assistantId },
      data: { status: 'waiting_client' },
    });
    if (count === 0) return refusal(tx, act.ticketId, 'put on hold');
    await tx.ticket.updateMany({ where: { id: act.ticketId, waitingSince: null }, data: { waitingSince: act.now } });
    await tx.ticket.updateMany({
      where: { id: act.ticketId, firstResponseAt: null },
      data: { firstResponseAt: act.now },
    });
    await tx.ticketEvent.create({
      data: {
        ticketId: act.ticketId,
        kind: 'asked_client',
        actor: 'assistant',
        assistantId: act.assistantId,
        createdAt: act.now,
      },
    });
    return tx.ticket.findUniqueOrThrow({ where: { id: act.ticketId } });
  });
}

export interface Completion extends AssistantAct {
  minutes: number;
  outcome: string;
}

/**
 * The holder closes the ticket: the outcome is kept, the minutes become a time entry and come
 * off the client's hours balance (which may go negative), and the hours notice now due (20% of
 * the package left, or used up) is recorded, all in one transaction.
 */
export async function completeTicket(prisma: PrismaClient, done: Completion) {
  assertLoggableMinutes(done.minutes);
  const outcome = done.outcome.trim();
  if (outcome === '') throw new ValidationError('the outcome note is empty');
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.ticket.updateMany({
      where: { id: done.ticketId, status: { in: [...heldStatuses] }, assigneeId: done.assistantId },
      data: { status: 'done', doneAt: done.now, waitingSince: null, outcomeNote: outcome },
    });
    if (count === 0) return refusal(tx, done.ticketId, 'closed');
    await tx.ticket.updateMany({
      where: { id: done.ticketId, firstResponseAt: null },
      data: { firstResponseAt: done.now },
    });
    const ticket = await tx.ticket.findUniqueOrThrow({ where: { id: done.ticketId } });
    const charged = await chargeTime(tx, { ...done, clientId: ticket.clientId });
    await tx.ticketEvent.create({
      data: {
        ticketId: done.ticketId,
        kind: 'done',
        actor: 'assistant',
        assistantId: done.assistantId,
        createdAt: done.now,
      },
    });
    return { ticket, ...charged };
  });
}

/**
 * Closes a booking ticket whose booking the client cancelled in the chat: nothing is left to do
 * but tell the venue, so no time is logged and the client hears nothing more. Its holder closes
 * it, or anyone while nobody holds it (a back-office user not linked to an assistant: only then). A ticket whose booking still stands is a Conflict.
 */
export async function closeAfterClientCancel(
  prisma: PrismaClient,
  act: Omit<AssistantAct, 'assistantId'> & { assistantId: string | null },
) {
  return prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM tickets WHERE id = ${act.ticketId}::uuid FOR UPDATE`;
    if (!(await cancelledByClient(tx, act.ticketId)))
      throw new ConflictError('the booking was not cancelled by the client', {
        ticketId: act.ticketId,
        reason: 'booking_stands',
      });
    const { count } = await tx.ticket.updateMany({
      where: {
        id: act.ticketId,
        status: { in: [...activeStatuses] },
        OR: [{ assigneeId: null }, { assigneeId: act.assistantId }],
      },
      data: { status: 'cancelled', cancelledAt: act.now, waitingSince: null },
    });
    if (count === 0) return refusal(tx, act.ticketId, 'closed');
    await tx.ticketEvent.create({
      data: {
        ticketId: act.ticketId,
        kind: 'cancelled',
        actor: 'assistant',
        assistantId: act.assistantId,
        data: { reason: 'booking_cancelled_by_client' },
        createdAt: act.now,
      },
    });
    return tx.ticket.findUniqueOrThrow({ where: { id: act.ticketId } });
  });
}

export interface Rating {
  clientId: string;
  ticketId: string;
  rating: number;
  now: Date;
}

/**
 * The client's 1-5 rating of a done ticket of theirs, once. Another client's ticket is
 * NotFound (the payload came from a device and proves nothing); a second rating is a Conflict.
 */
export async function rateTicket(db: Db, input: Rating) {
  if (!Number.isInteger(input.rating) || input.rating < 1 || input.rating > 5)
    throw new ValidationError('a rating is 1 to 5', { rating: input.rating });
  const { count } = await db.ticket.updateMany({
    where: { id: input.ticketId, clientId: input.clientId, status: 'done', rating: null },
    data: { rating: input.rating, ratedAt: input.now },
  });
  if (count === 0) {
    const ticket = await db.ticket.findFirst({
      where: { id: input.ticketId, clientId: input.clientId, status: 'done' },
      select: { id: true },
    });
    if (!ticket) throw new NotFoundError('no done ticket of this client', { ticketId: input.ticketId });
    throw new ConflictError('ticket already rated', { ticketId: input.ticketId });
  }
  await db.ticketEvent.create({
    data: {
      ticketId: input.ticketId,
      kind: 'rated',
      actor: 'client',
      data: { rating: input.rating },
      createdAt: input.now,
    },
  });
  return db.ticket.findUniqueOrThrow({ where: { id: input.ticketId } });
}

/** Only the holder works a claimed ticket; anyone else is told who holds it. */
export function assertHolder(
  ticket: { id: string; status: TicketStatus; assigneeId: string | null },
  assistantId: string,
): void {
  if (ticket.assigneeId !== assistantId || !(heldStatuses as readonly TicketStatus[]).includes(ticket.status)) {
    throw new ForbiddenError('ticket held by someone else or not claimed', {
      ticketId: ticket.id,
      status: ticket.status,
      assigneeId: ticket.assigneeId,
    });
  }
}
