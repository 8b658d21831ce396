import type { Queue } from 'bullmq';
import {
  planBookingReminders,
  type BookingReminderScheduler,
  type PlannedBookingReminder,
} from '../domain/bookings/reminders.js';
import type { PrismaClient } from '../infra/db/types.js';
import { pendingTicketFollowups, type TicketFollowupScheduler } from '../domain/delivery/ticket-followups.js';
import type { FollowupSettings, PlannedFollowup } from '../domain/delivery/ticket-rules.js';
import { bookingReminderJobId, deliveryJobOptions, ticketFollowupJobId, type FollowupJob } from './queues.js';

const delayUntil = (at: Date, now: Date) => Math.max(0, at.getTime() - now.getTime());

export function addBookingReminderJob(queue: Queue<FollowupJob>, planned: PlannedBookingReminder, now: Date) {
  return queue.add(
    'booking_reminder',
    {
      kind: 'booking_reminder',
      bookingId: planned.bookingId,
      offsetMin: planned.offsetMin,
      startsAt: planned.startsAt.toISOString(),
    },
    {
      ...deliveryJobOptions,
      jobId: bookingReminderJobId(planned.bookingId, planned.offsetMin, planned.startsAt),
      delay: delayUntil(planned.at, now),
    },
  );
}

export function addTicketFollowupJob(queue: Queue<FollowupJob>, ticketId: string, planned: PlannedFollowup, now: Date) {
  return queue.add(
    'ticket_followup',
    { kind: 'ticket_followup', ticketId, rule: planned.rule, key: planned.key },
    { ...deliveryJobOptions, jobId: ticketFollowupJobId(ticketId, planned.key), delay: delayUntil(planned.at, now) },
  );
}

/**
 * Booking reminders on the clock: the jobs of the booking's current plan are added, those of a
 * previous start (or of a booking no longer confirmed) removed. A job left behind finds its
 * reminder stale and does nothing.
 */
export function createBookingReminderScheduler(deps: {
  queue: Queue<FollowupJob>;
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
            deps.queue.remove(bookingReminderJobId(bookingId, offset, startsAt)),
          ),
        ),
      );
      await Promise.all(plan.map((planned) => addBookingReminderJob(deps.queue, planned, now)));
    },
  };
}

/** Ticket follow-ups on the clock, from the ticket's current state. */
export function createTicketFollowupScheduler(deps: {
  queue: Queue<FollowupJob>;
  prisma: PrismaClient;
  settings: FollowupSettings;
  hasDesk: boolean;
  clock: () => Date;
}): TicketFollowupScheduler {
  return {
    async ticketChanged(ticketId) {
      const now = deps.clock();
      const plan = await pendingTicketFollowups(deps.prisma, ticketId, deps.settings, now, deps.hasDesk);
      await Promise.all(plan.map((planned) => addTicketFollowupJob(deps.queue, ticketId, planned, now)));
    },
  };
}
