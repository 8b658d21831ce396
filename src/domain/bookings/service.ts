import type { Db, Tx } from '../../infra/db/types.js';
import { sqlState, withSavepoint } from '../../infra/db/types.js';
import { ConflictError, NotFoundError } from '../../kernel/errors.js';

export interface TimedBooking {
  clientId: string;
  startsAt: Date;
  endsAt: Date;
  title: string;
  withWhom?: string | undefined;
  location?: string | undefined;
  now: Date;
  /** the client chose to keep it although it overlaps others ("Segna comunque"): recorded, and the only way past the overlap rule */
  overlapChosen?: boolean;
}

const bookingSelect = {
  id: true,
  title: true,
  startsAt: true,
  endsAt: true,
  day: true,
  withWhom: true,
  status: true,
} as const;

/** The client's confirmed booking overlapping [startsAt, endsAt), if any. */
export function findClash(db: Db, clientId: string, startsAt: Date, endsAt: Date, exceptId?: string) {
  return db.booking.findFirst({
    where: {
      clientId,
      status: 'confirmed',
      startsAt: { lt: endsAt },
      endsAt: { gt: startsAt },
      ...(exceptId ? { id: { not: exceptId } } : {}),
    },
    select: bookingSelect,
    orderBy: { startsAt: 'asc' },
  });
}

/**
 * Confirms a timed booking. The database's exclusion constraint is the real guard: two
 * concurrent requests cannot both pass, and the loser gets a ConflictError naming the clash.
 */
export async function createConfirmedBooking(tx: Tx, input: TimedBooking) {
  try {
    return await withSavepoint(tx, () =>
      tx.booking.create({
        data: {
          clientId: input.clientId,
          startsAt: input.startsAt,
          endsAt: input.endsAt,
          title: input.title,
          withWhom: input.withWhom ?? null,
          location: input.location ?? null,
          status: 'confirmed',
          changedAt: input.now,
          overlapChosenAt: input.overlapChosen ? input.now : null,
        },
        select: bookingSelect,
      }),
    );
  } catch (err) {
    if (sqlState(err) !== '23P01') throw err;
    const clash = await findClash(tx, input.clientId, input.startsAt, input.endsAt);
    throw new ConflictError('booking overlaps another confirmed booking', { clashId: clash?.id });
  }
}

/** A booking with a day and no time yet ("the board meeting on 8 January"). */
export function createDayBooking(
  db: Db,
  input: { clientId: string; day: string; title: string; withWhom?: string | undefined; now: Date },
) {
  return db.booking.create({
    data: {
      clientId: input.clientId,
      day: new Date(`${input.day}T00:00:00Z`),
      title: input.title,
      withWhom: input.withWhom ?? null,
      status: 'confirmed',
      changedAt: input.now,
    },
    select: bookingSelect,
  });
}

async function ownedBooking(db: Db, clientId: string, bookingId: string) {
  const booking = await db.booking.findFirst({
    where: { id: bookingId, clientId, status: { in: ['requested', 'confirmed'] } },
    select: bookingSelect,
  });
  if (!booking) throw new NotFoundError('booking not found', { bookingId });
  return booking;
}

export async function cancelBooking(db: Db, clientId: string, bookingId: string, now: Date) {
  await ownedBooking(db, clientId, bookingId);
  return db.booking.update({
    where: { id: bookingId },
    data: { status: 'cancelled', icsSequence: { increment: 1 }, changedAt: now },
    select: bookingSelect,
  });
}

/** How long a booking lasts; one with only a day (no times yet) is taken as an hour when it gets a time. */
export function bookingLengthMs(booking: { startsAt: Date | null; endsAt: Date | null }): number {
  return booking.startsAt && booking.endsAt ? booking.endsAt.getTime() - booking.startsAt.getTime() : 60 * 60_000;
}

/**
 * Moves a booking keeping its duration (`dayOnlyMs` for one that had a day only); a clash raises
 * ConflictError as for a new one.
 */
export async function rescheduleBooking(
  tx: Tx,
  clientId: string,
  bookingId: string,
  startsAt: Date,
  now: Date,
  dayOnlyMs?: number,
) {
  const booking = await ownedBooking(tx, clientId, bookingId);
  const endsAt = new Date(
    startsAt.getTime() + (booking.startsAt ? bookingLengthMs(booking) : (dayOnlyMs ?? bookingLengthMs(booking))),
  );
  try {
    return await withSavepoint(tx, () =>
      tx.booking.update({
        where: { id: bookingId },
        // an overlap chosen at the old time says nothing about the new one
        data: { startsAt, endsAt, day: null, icsSequence: { increment: 1 }, changedAt: now, overlapChosenAt: null },
        select: bookingSelect,
      }),
    );
  } catch (err) {
    if (sqlState(err) !== '23P01') throw err;
    const clash = await findClash(tx, clientId, startsAt, endsAt, bookingId);
    throw new ConflictError('booking overlaps another confirmed booking', { clashId: clash?.id });
  }
}
