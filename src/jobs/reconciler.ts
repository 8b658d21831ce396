import type { Job, Queue } from 'bullmq';
import { upcomingBookingReminders } from '../domain/bookings/reminders.js';
import type { PrismaClient } from '../infra/db/types.js';
import { dueTicketFollowups } from '../domain/delivery/ticket-followups.js';
import type { FollowupSettings } from '../domain/delivery/ticket-rules.js';
import type { ReminderScheduler } from '../domain/reminders/service.js';
import { pendingOccurrencesDueBy } from '../domain/reminders/service.js';
import { addBookingReminderJob, addTicketFollowupJob } from './followup-schedulers.js';
import { dueBriefings } from '../domain/briefing/delivery.js';
import { addMorningBriefingJob } from './briefing-scheduler.js';
import { addSegreteriaReleaseJob } from './segreteria-scheduler.js';
import { pendingReleases } from '../domain/segreteria/messages.js';
import {
  bookingReminderJobId,
  morningBriefingJobId,
  occurrenceJobId,
  segreteriaReleaseJobId,
  ticketFollowupJobId,
  type FollowupJob,
  type ReminderJob,
} from './queues.js';

export interface ReconcileDeps {
  prisma: PrismaClient;
  reminderQueue: Queue<ReminderJob>;
  followupQueue: Queue<FollowupJob>;
  reminderScheduler: ReminderScheduler;
  followupSettings: FollowupSettings;
  hasDesk: boolean;
  clock: () => Date;
  /** how far ahead jobs are checked; later ones were scheduled when created and are checked when they come near */
  horizonMs: number;
}

/** Jobs created (or revived from failed) per kind. */
export interface ReconcileReport {
  reminders: number;
  bookingReminders: number;
  ticketFollowups: number;
  segreteriaReleases: number;
  morningBriefings: number;
}

/**
 * Makes sure a job exists for everything Postgres says is due by the horizon: missing jobs
 * (Redis flushed or lost, a crash between commit and scheduling) are added, failed ones retried.
 * Deterministic ids make this harmless to run anywhere, any number of times.
 */
export async function reconcile(deps: ReconcileDeps): Promise<ReconcileReport> {
  const now = deps.clock();
  const until = new Date(now.getTime() + deps.horizonMs);

  const ensure = async (
    queue: Queue<ReminderJob> | Queue<FollowupJob>,
    jobId: string,
    add: () => Promise<unknown>,
  ): Promise<number> => {
    const job = (await queue.getJob(jobId)) as Job | undefined;
    if (!job) {
      await add();
      return 1;
    }
    const state = await job.getState();
    if (state === 'failed') {
      await job.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
      return 1;
    }
    if (state === 'completed') {
      // Completed yet still due: the row was moved back to pending after its job ran.
      await job.remove();
      await add();
      return 1;
    }
    return 0;
  };
  const sum = (counts: number[]) => counts.reduce((a, b) => a + b, 0);

  const occurrences = await pendingOccurrencesDueBy(deps.prisma, until);
  const reminders = sum(
    await Promise.all(
      occurrences.map((o) =>
        ensure(deps.reminderQueue, occurrenceJobId(o.id), () => deps.reminderScheduler.schedule(o)),
      ),
    ),
  );

  const bookings = await upcomingBookingReminders(deps.prisma, now, until);
  const bookingReminders = sum(
    await Promise.all(
      bookings.map((p) =>
        ensure(deps.followupQueue, bookingReminderJobId(p.bookingId, p.offsetMin, p.startsAt), () =>
          addBookingReminderJob(deps.followupQueue, p, now),
        ),
      ),
    ),
  );

  const followups = await dueTicketFollowups(deps.prisma, deps.followupSettings, now, until, deps.hasDesk);
  const ticketFollowups = sum(
    await Promise.all(
      followups.map(({ ticketId, followup }) =>
        ensure(deps.followupQueue, ticketFollowupJobId(ticketId, followup.key), () =>
          addTicketFollowupJob(deps.followupQueue, ticketId, followup, now),
        ),
      ),
    ),
  );

  const releases = await pendingReleases(deps.prisma, now, until);
  const segreteriaReleases = sum(
    await Promise.all(
      releases.map(({ clientId, at }) =>
        ensure(deps.followupQueue, segreteriaReleaseJobId(clientId, at), () =>
          addSegreteriaReleaseJob(deps.followupQueue, clientId, at, now),
        ),
      ),
    ),
  );

  const briefings = await dueBriefings(deps.prisma, now, until);
  const morningBriefings = sum(
    await Promise.all(
      briefings.map((b) =>
        ensure(deps.followupQueue, morningBriefingJobId(b.clientId, b.day, b.at), () =>
          addMorningBriefingJob(deps.followupQueue, b, now),
        ),
      ),
    ),
  );

  return { reminders, bookingReminders, ticketFollowups, segreteriaReleases, morningBriefings };
}
