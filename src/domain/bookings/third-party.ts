import type { Db, Tx } from '../../infra/db/types.js';
import { sqlState, withSavepoint } from '../../infra/db/types.js';
import { ConflictError, NotFoundError } from '../../kernel/errors.js';
import { localDay } from '../../kernel/time.js';
import type { Prisma } from '../../generated/prisma/client.js';
import type { TicketEventKind } from '../../generated/prisma/enums.js';
import { findClash } from './service.js';
import { windowColumns, type SlotWindow } from './window.js';

/**
 * Bookings the office arranges with an outside party (a restaurant, the dentist): stored as
 * `requested` with a linked booking ticket, then confirmed from the desk at the final time and
 * place, or re-proposed at another time the client accepts or declines. Only confirmed bookings
 * take part in the exclusion constraint, so a request blocks nothing until it is confirmed.
 * Every change is a ticket event on the linked ticket.
 */

export const officeBookingSelect = {
  id: true,
  clientId: true,
  ticketId: true,
  title: true,
  withWhom: true,
  location: true,
  status: true,
  startsAt: true,
  endsAt: true,
  day: true,
  proposedStartsAt: true,
  proposedEndsAt: true,
  proposedLocation: true,
  changedAt: true,
} as const;
export type OfficeBooking = Prisma.BookingGetPayload<{ select: typeof officeBookingSelect }>;

/** A final or proposed time, and the place when the desk names one. */
export interface Slot {
  startsAt: Date;
  endsAt: Date;
  location?: string | undefined;
  /** the desk chose to keep it although it overlaps the client's other bookings (recorded on the booking) */
  overlapChosen?: boolean | undefined;
}

/** Who made a change, for the ticket event. */
export type BookingActor = { actor: 'client' } | { actor: 'assistant'; assistantId: string };

export interface NewRequest {
  clientId: string;
  ticketId: string;
  title: string;
  withWhom?: string | undefined;
  /** a requested time, only a day ("fissami il dentista giovedì"), or a time the office is to find within a window */
  when: { startsAt: Date; endsAt: Date } | { day: string } | { toBeFound: true };
  /** the days (YYYY-MM-DD) and maybe hours (HH:MM) within which the office is to find the slot */
  window?: SlotWindow | undefined;
  now: Date;
}

export function createRequestedBooking(db: Db, input: NewRequest) {
  const when =
    'day' in input.when
      ? { day: new Date(`${input.when.day}T00:00:00Z`) }
      : 'startsAt' in input.when
        ? { startsAt: input.when.startsAt, endsAt: input.when.endsAt }
        : {};
  return db.booking.create({
    data: {
      clientId: input.clientId,
      ticketId: input.ticketId,
      title: input.title,
      withWhom: input.withWhom ?? null,
      status: 'requested',
      changedAt: input.now,
      ...when,
      ...windowColumns(input.window),
    },
    select: officeBookingSelect,
  });
}

/** The booking a booking ticket arranges, if any. */
export function bookingOfTicket(db: Db, ticketId: string) {
  return db.booking.findFirst({ where: { ticketId }, select: officeBookingSelect, orderBy: { createdAt: 'desc' } });
}

/**
 * What the client's Accept/Decline buttons carry: the proposal's last change, so a proposal
 * changed since (answered, re-proposed, confirmed or cancelled from the desk) is refused.
 */
export function proposalVersion(booking: { changedAt: Date }): string {
  return booking.changedAt.getTime().toString(36);
}

/** Records the change on the linked ticket; returns the event's id (none without a ticket). */
async function recordEvent(
  tx: Tx,
  ticketId: string | null,
  kind: TicketEventKind,
  by: BookingActor,
  data: Prisma.InputJsonObject,
  now: Date,
): Promise<string | undefined> {
  if (!ticketId) return undefined;
  const event = await tx.ticketEvent.create({
    data: {
      ticketId,
      kind,
      actor: by.actor,
      assistantId: by.actor === 'assistant' ? by.assistantId : null,
      data,
      createdAt: now,
    },
    select: { id: true },
  });
  return event.id;
}

/**
 * A booking ticket is due the day of its booking, in the client's zone: when the booking moves
 * while the ticket is worked, so does the ticket's due day (and with it its follow-ups).
 */
async function dueFollowsBooking(tx: Tx, ticketId: string | null, startsAt: Date): Promise<void> {
  if (!ticketId) return;
  const ticket = await tx.ticket.findUnique({ where: { id: ticketId }, select: { client: { select: { tz: true } } } });
  if (!ticket) return;
  await tx.ticket.updateMany({
    where: { id: ticketId, status: { in: ['open', 'claimed', 'waiting_client'] }, dueAt: null },
    data: { due: new Date(`${localDay(startsAt, ticket.client.tz)}T00:00:00Z`) },
  });
}

/** Writes a booking at a time; an overlap with another confirmed booking is a ConflictError naming it. */
async function writeTimed(
  tx: Tx,
  booking: OfficeBooking,
  slot: { startsAt: Date; endsAt: Date; overlapChosen?: boolean | undefined },
  data: Prisma.BookingUpdateInput & { changedAt: Date },
): Promise<OfficeBooking> {
  try {
    const written = await withSavepoint(tx, () =>
      tx.booking.update({
        where: { id: booking.id },
        data: {
          ...data,
          startsAt: slot.startsAt,
          endsAt: slot.endsAt,
          day: null,
          overlapChosenAt: slot.overlapChosen ? data.changedAt : null,
        },
        select: officeBookingSelect,
      }),
    );
    await dueFollowsBooking(tx, booking.ticketId, slot.startsAt);
    return written;
  } catch (err) {
    if (sqlState(err) !== '23P01') throw err;
    const clash = await findClash(tx, booking.clientId, slot.startsAt, slot.endsAt, booking.id);
    throw new ConflictError('booking overlaps another confirmed booking', {
      clashId: clash?.id,
      clashTitle: clash?.title,
      clashStartsAt: clash?.startsAt?.toISOString(),
    });
  }
}

/** Locks the booking row and reads it; NotFound when it is gone or not in one of `statuses`. */
async function lockedBooking(
  tx: Tx,
  where: { id: string; clientId?: string },
  statuses: OfficeBooking['status'][],
): Promise<OfficeBooking> {
  await tx.$queryRaw`SELECT id FROM bookings WHERE id = ${where.id}::uuid FOR UPDATE`;
  const booking = await tx.booking.findFirst({
    where: { ...where, status: { in: statuses } },
    select: officeBookingSelect,
  });
  if (!booking) throw new NotFoundError('booking not found in the expected state', { bookingId: where.id, statuses });
  return booking;
}

const noProposal = {
  proposedStartsAt: null,
  proposedEndsAt: null,
  proposedLocation: null,
} satisfies Prisma.BookingUpdateInput;

/** A confirmed booking at `slot`: any proposal cleared, and a new SEQUENCE so calendars update. */
const confirmedAt = (slot: Slot, booking: OfficeBooking, now: Date) =>
  ({
    status: 'confirmed',
    location: slot.location ?? booking.location,
    ...noProposal,
    icsSequence: { increment: 1 },
    changedAt: now,
  }) satisfies Prisma.BookingUpdateInput;

const slotJson = (slot: Slot): Prisma.InputJsonObject => ({
  startsAt: slot.startsAt.toISOString(),
  endsAt: slot.endsAt.toISOString(),
  ...(slot.location ? { location: slot.location } : {}),
});

/** The desk confirms a requested booking at its final time and place. */
export async function confirmRequestedBooking(
  tx: Tx,
  bookingId: string,
  slot: Slot,
  by: BookingActor,
  now: Date,
): Promise<OfficeBooking> {
  const booking = await lockedBooking(tx, { id: bookingId }, ['requested']);
  const confirmed = await writeTimed(tx, booking, slot, confirmedAt(slot, booking, now));
  await recordEvent(tx, booking.ticketId, 'booking_confirmed', by, slotJson(slot), now);
  return confirmed;
}

/** The desk proposes another time for a requested booking; a newer proposal replaces an unanswered one. */
export async function proposeBookingTime(
  tx: Tx,
  bookingId: string,
  slot: Slot,
  by: BookingActor,
  now: Date,
): Promise<OfficeBooking> {
  await lockedBooking(tx, { id: bookingId }, ['requested']);
  const proposed = await tx.booking.update({
    where: { id: bookingId },
    data: {
      proposedStartsAt: slot.startsAt,
      proposedEndsAt: slot.endsAt,
      proposedLocation: slot.location ?? null,
      changedAt: now,
    },
    select: officeBookingSelect,
  });
  await recordEvent(tx, proposed.ticketId, 'booking_proposed', by, slotJson(slot), now);
  return proposed;
}

/** The answer as stored; `eventId` is the ticket event the desk's thread reports. */
export type ProposalAnswer =
  | { kind: 'accepted'; booking: OfficeBooking; eventId: string | undefined }
  | { kind: 'declined'; booking: OfficeBooking; eventId: string | undefined }
  /** changed since the buttons were sent, or already answered */
  | { kind: 'stale' }
  | {
      kind: 'clash';
      booking: OfficeBooking;
      eventId: string | undefined;
      clash: { title: string; startsAt: Date | null; day: Date | null };
    };

/**
 * The client answers the desk's proposal. The booking must be theirs (the id came from their
 * device) and the proposal the one the buttons were sent with. Accepting confirms the booking
 * at the proposed time, unless another confirmed booking of theirs is there by now.
 */
export async function answerProposal(
  tx: Tx,
  input: { clientId: string; bookingId: string; version: string; accept: boolean; now: Date },
): Promise<ProposalAnswer> {
  const booking = await lockedBooking(tx, { id: input.bookingId, clientId: input.clientId }, [
    'requested',
    'confirmed',
    'cancelled',
    'done',
  ]);
  const { proposedStartsAt: startsAt, proposedEndsAt: endsAt } = booking;
  if (booking.status !== 'requested' || !startsAt || !endsAt || proposalVersion(booking) !== input.version)
    return { kind: 'stale' };
  const slot: Slot = { startsAt, endsAt, location: booking.proposedLocation ?? undefined };
  const client: BookingActor = { actor: 'client' };
  if (!input.accept) {
    const declined = await tx.booking.update({
      where: { id: booking.id },
      data: { ...noProposal, changedAt: input.now },
      select: officeBookingSelect,
    });
    const eventId = await recordEvent(
      tx,
      booking.ticketId,
      'booking_proposal_declined',
      client,
      slotJson(slot),
      input.now,
    );
    return { kind: 'declined', booking: declined, eventId };
  }
  try {
    const accepted = await writeTimed(tx, booking, slot, confirmedAt(slot, booking, input.now));
    const eventId = await recordEvent(
      tx,
      booking.ticketId,
      'booking_proposal_accepted',
      client,
      slotJson(slot),
      input.now,
    );
    return { kind: 'accepted', booking: accepted, eventId };
  } catch (err) {
    if (!(err instanceof ConflictError)) throw err;
    // The client cannot take this time any more: the desk proposes another.
    const cleared = await tx.booking.update({
      where: { id: booking.id },
      data: { ...noProposal, changedAt: input.now },
      select: officeBookingSelect,
    });
    const clash = await findClash(tx, booking.clientId, startsAt, endsAt, booking.id);
    const eventId = await recordEvent(
      tx,
      booking.ticketId,
      'booking_proposal_declined',
      client,
      { ...slotJson(slot), reason: 'clash', ...(clash ? { clashTitle: clash.title } : {}) },
      input.now,
    );
    return { kind: 'clash', booking: cleared, eventId, clash: clash ?? { title: '', startsAt: null, day: null } };
  }
}

/** The desk moves a confirmed booking (the restaurant called back): a clash is a ConflictError. */
export async function moveBooking(
  tx: Tx,
  bookingId: string,
  slot: Slot,
  by: BookingActor,
  now: Date,
): Promise<{ booking: OfficeBooking; previousStartsAt: Date | null }> {
  const booking = await lockedBooking(tx, { id: bookingId }, ['confirmed']);
  const moved = await writeTimed(tx, booking, slot, {
    location: slot.location ?? booking.location,
    icsSequence: { increment: 1 },
    changedAt: now,
  });
  await recordEvent(
    tx,
    booking.ticketId,
    'booking_changed',
    by,
    { change: 'moved', from: booking.startsAt?.toISOString() ?? null, ...slotJson(slot) },
    now,
  );
  return { booking: moved, previousStartsAt: booking.startsAt };
}

/** The desk cancels a requested or confirmed booking; a pending proposal goes with it. */
export async function cancelBookingByOffice(
  tx: Tx,
  bookingId: string,
  by: BookingActor,
  now: Date,
): Promise<{ booking: OfficeBooking; wasConfirmed: boolean }> {
  const booking = await lockedBooking(tx, { id: bookingId }, ['requested', 'confirmed']);
  const cancelled = await tx.booking.update({
    where: { id: bookingId },
    data: { status: 'cancelled', ...noProposal, icsSequence: { increment: 1 }, changedAt: now },
    select: officeBookingSelect,
  });
  await recordEvent(tx, booking.ticketId, 'booking_changed', by, { change: 'cancelled' }, now);
  return { booking: cancelled, wasConfirmed: booking.status === 'confirmed' };
}

export type ClientChange = { change: 'cancelled' } | { change: 'moved'; startsAt: Date };

/**
 * The client cancelled or moved in the chat a booking the office arranges: recorded on its
 * ticket, so the desk hears of it (and tells the restaurant). Nothing for the client's own bookings.
 */
export async function recordClientChange(
  tx: Tx,
  bookingId: string,
  change: ClientChange,
  now: Date,
): Promise<{ ticketId: string; eventId: string } | undefined> {
  const booking = await tx.booking.findUnique({ where: { id: bookingId }, select: { ticketId: true } });
  if (change.change === 'moved') await dueFollowsBooking(tx, booking?.ticketId ?? null, change.startsAt);
  const data =
    change.change === 'moved' ? { change: 'moved', startsAt: change.startsAt.toISOString() } : { change: 'cancelled' };
  const eventId = await recordEvent(tx, booking?.ticketId ?? null, 'booking_changed', { actor: 'client' }, data, now);
  return booking?.ticketId && eventId ? { ticketId: booking.ticketId, eventId } : undefined;
}

/**
 * Whether the client cancelled the ticket's booking in the chat: the booking is cancelled and
 * its last change was the client's. The ticket then only waits for the desk to close it.
 */
export async function cancelledByClient(db: Db, ticketId: string): Promise<boolean> {
  const booking = await bookingOfTicket(db, ticketId);
  if (booking?.status !== 'cancelled') return false;
  const last = await db.ticketEvent.findFirst({
    where: { ticketId, kind: 'booking_changed' },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    select: { actor: true, data: true },
  });
  const data = last?.data as { change?: unknown } | null | undefined;
  return last?.actor === 'client' && data?.change === 'cancelled';
}
