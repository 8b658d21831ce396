import type { Outbound } from '../../kernel/messaging.js';
import { encodeButton } from '../../kernel/actions.js';
import type { PrismaClient } from '../../infra/db/types.js';
import type { BookingStatus } from '../../generated/prisma/enums.js';
import { pushedKeys, pushToClient, pushTransactionOptions } from '../delivery/push.js';
import { deferForQuietHours, type QuietHours } from '../delivery/quiet-hours.js';
import { t } from '../../i18n/catalog.js';
import { formatDateTime } from '../../i18n/format.js';
import { tooEarly } from '../delivery/due.js';

/**
 * Reminders of a booking, 24 h and 1 h before by default (Client.bookingReminderOffsets). They
 * are not rows of their own: each is derived from the booking's current start, and the message
 * that delivered it is logged under a key naming booking, offset and start. A cancelled booking
 * has none; a moved one has new ones (the old start's keys no longer match anything).
 */
export interface BookingReminderScheduler {
  /** after a booking was created, moved (`previousStartsAt`) or cancelled, once committed */
  bookingChanged(bookingId: string, previousStartsAt?: Date | null): Promise<void>;
}

export interface BookingReminderRef {
  bookingId: string;
  offsetMin: number;
  startsAt: Date;
}

export interface PlannedBookingReminder extends BookingReminderRef {
  /** when it goes out */
  at: Date;
}

export interface BookingFacts {
  id: string;
  status: BookingStatus;
  startsAt: Date | null;
  /** the last change (injected clock): a reminder whose instant was already past then is not sent at all */
  changedAt: Date;
}

export type BookingClientFacts = QuietHours & { bookingReminderOffsets: number[] };

/** The key of the logged message that delivered this reminder. */
export const bookingReminderKey = (ref: BookingReminderRef): string =>
  `booking-reminder:${ref.bookingId}:${ref.offsetMin}:${ref.startsAt.getTime()}`;

/**
 * The reminders a booking should get, as of `now`: none once it has started or unless it is a
 * confirmed timed booking. Quiet hours defer a reminder to the morning, unless the morning is
 * already too late for the booking: then it goes at its own time.
 */
export function planBookingReminders(
  booking: BookingFacts,
  client: BookingClientFacts,
  now: Date,
): PlannedBookingReminder[] {
  const { startsAt } = booking;
  if (booking.status !== 'confirmed' || !startsAt || startsAt <= now) return [];
  const offsets = [...new Set(client.bookingReminderOffsets)].filter((m) => m > 0).sort((a, b) => b - a);
  return offsets.flatMap((offsetMin) => {
    const due = new Date(startsAt.getTime() - offsetMin * 60_000);
    if (due <= booking.changedAt) return [];
    const deferred = deferForQuietHours(due, client);
    return [{ bookingId: booking.id, offsetMin, startsAt, at: deferred < startsAt ? deferred : due }];
  });
}

export interface BookingReminderDeps {
  prisma: PrismaClient;
  outbound: Outbound;
  clock: () => Date;
}

export type BookingReminderOutcome =
  | { kind: 'sent' }
  | { kind: 'undeliverable'; reason: 'unreachable' | 'refused' }
  | { kind: 'skipped'; reason: 'gone' | 'stale' | 'already sent' }
  | { kind: 'wait'; until: Date };

/**
 * Delivers one booking reminder at most once: the booking row is locked, the reminder must still
 * be in the booking's current plan (not cancelled, not moved, not started) and not yet logged.
 */
export async function deliverBookingReminder(
  deps: BookingReminderDeps,
  ref: BookingReminderRef,
): Promise<BookingReminderOutcome> {
  return deps.prisma.$transaction(async (tx): Promise<BookingReminderOutcome> => {
    const locked = await tx.$queryRaw<
      { id: string }[]
    >`SELECT id FROM bookings WHERE id = ${ref.bookingId}::uuid FOR UPDATE`;
    if (locked.length === 0) return { kind: 'skipped', reason: 'gone' };
    const booking = await tx.booking.findUniqueOrThrow({ where: { id: ref.bookingId }, include: { client: true } });
    const { client } = booking;
    const now = deps.clock();
    const planned = client.erasedAt
      ? undefined
      : planBookingReminders(booking, client, now).find(
          (p) => p.offsetMin === ref.offsetMin && p.startsAt.getTime() === ref.startsAt.getTime(),
        );
    if (!planned) return { kind: 'skipped', reason: 'stale' };
    if (tooEarly(planned.at, now)) return { kind: 'wait', until: planned.at };
    const key = bookingReminderKey(planned);
    if ((await pushedKeys(tx, [key])).size > 0) return { kind: 'skipped', reason: 'already sent' };

    const item = { kind: 'booking', id: booking.id } as const;
    const pushed = await pushToClient(
      tx,
      deps.outbound,
      client.id,
      {
        text: t(client.lang, 'bookingReminder', {
          title: booking.title,
          when: formatDateTime(planned.startsAt, client.lang, client.tz, now),
        }),
        buttons: [
          [
            { label: t(client.lang, 'buttonCancel'), data: encodeButton({ op: 'cancel', item }) },
            { label: t(client.lang, 'buttonChangeTime'), data: encodeButton({ op: 'change_time', item }) },
          ],
        ],
      },
      { idempotencyKey: key },
    );
    return pushed.delivered ? { kind: 'sent' } : { kind: 'undeliverable', reason: pushed.reason };
  }, pushTransactionOptions);
}

/**
 * Booking reminders due by `until` that have not been delivered, across clients (for the
 * reconciler). Bookings are read as far ahead as the largest offset any client uses.
 */
export async function upcomingBookingReminders(
  db: PrismaClient,
  now: Date,
  until: Date,
): Promise<PlannedBookingReminder[]> {
  const [{ max } = { max: null }] = await db.$queryRaw<
    { max: number | null }[]
  >`SELECT max(o)::int AS max FROM clients, unnest(booking_reminder_offsets) AS o`;
  const bookings = await db.booking.findMany({
    where: {
      status: 'confirmed',
      startsAt: { gt: now, lte: new Date(until.getTime() + (max ?? 0) * 60_000) },
      client: { erasedAt: null },
    },
    include: { client: true },
  });
  const planned = bookings.flatMap((b) => planBookingReminders(b, b.client, now).filter((p) => p.at <= until));
  const sent = await pushedKeys(db, planned.map(bookingReminderKey));
  return planned.filter((p) => !sent.has(bookingReminderKey(p)));
}
