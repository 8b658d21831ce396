import type { Queue } from 'bullmq';
import { z } from 'zod';
import {
  deliverBookingReminder,
  planBookingReminders,
  upcomingBookingReminders,
  type BookingReminderScheduler,
  type PlannedBookingReminder,
} from '../../domain/bookings/booking-reminders.js';
import type { PrismaClient } from '../../infra/db/types.js';
import { done, QUEUE_FOLLOWUPS, type DueJob, type JobKind } from '../kind.js';
import { scheduleJob, unscheduleJob } from '../schedule.js';

/** One reminder of a booking, for the booking's start it was planned from (src/domain/bookings). */
const bookingReminderJobSchema = z.object({
  kind: z.literal('booking_reminder'),
  bookingId: z.uuid(),
  offsetMin: z.number().int().positive(),
  startsAt: z.iso.datetime(),
});
export type BookingReminderJob = z.infer<typeof bookingReminderJobSchema>;

export const bookingReminderJobId = (bookingId: string, offsetMin: number, startsAt: Date): string =>
  `bkr-${bookingId}-${offsetMin}-${startsAt.getTime()}`;

const payloadOf = (bookingId: string, offsetMin: number, startsAt: Date): BookingReminderJob => ({
  kind: 'booking_reminder',
  bookingId,
  offsetMin,
  startsAt: startsAt.toISOString(),
});
const dueJob = (planned: PlannedBookingReminder): DueJob<BookingReminderJob> => ({
  payload: payloadOf(planned.bookingId, planned.offsetMin, planned.startsAt),
  at: planned.at,
});

export const bookingReminderKind: JobKind<BookingReminderJob> = {
  name: 'booking_reminder',
  queue: QUEUE_FOLLOWUPS,
  schema: bookingReminderJobSchema,
  jobId: (payload) => bookingReminderJobId(payload.bookingId, payload.offsetMin, new Date(payload.startsAt)),
  async due(deps, now, until) {
    return (await upcomingBookingReminders(deps.prisma, now, until)).map(dueJob);
  },
  async run(deps, payload) {
    const { bookingId, offsetMin } = payload;
    const outcome = await deliverBookingReminder(deps, { bookingId, offsetMin, startsAt: new Date(payload.startsAt) });
    if (outcome.kind === 'wait') return outcome;
    const fields = { bookingId, offsetMin, kind: payload.kind };
    if (outcome.kind === 'sent') deps.logger.info(fields, 'follow-up delivered');
    else if (outcome.kind === 'undeliverable')
      deps.logger.warn({ ...fields, reason: outcome.reason }, 'follow-up could not be delivered');
    else deps.logger.debug({ ...fields, reason: outcome.reason }, 'follow-up job had nothing to do');
    return done(outcome.kind);
  },
};

/**
 * Booking reminders on the clock: the jobs of the booking's current plan are added, those of a
 * previous start (or of a booking no longer confirmed) removed. A job left behind finds its
 * reminder stale and does nothing.
 */
export function createBookingReminderScheduler(deps: {
  queue: Queue;
  prisma: PrismaClient;
  clock: () => Date;
}): BookingReminderScheduler {
  return {
    async bookingChanged(bookingId, previousStartsAt) {
      const booking = await deps.prisma.booking.findUnique({ where: { id: bookingId }, include: { client: true } });
      if (!booking) return;
      const now = deps.clock();
      const plan = planBookingReminders(booking, booking.client, now);
      const stale = [previousStartsAt, plan.length === 0 ? booking.startsAt : null].filter(
        (d): d is Date => d instanceof Date,
      );
      await Promise.all(
        stale.flatMap((startsAt) =>
          booking.client.bookingReminderOffsets.map((offset) =>
            unscheduleJob(deps.queue, bookingReminderKind, payloadOf(bookingId, offset, startsAt)),
          ),
        ),
      );
      await Promise.all(plan.map((planned) => scheduleJob(deps.queue, bookingReminderKind, dueJob(planned), now)));
    },
  };
}
