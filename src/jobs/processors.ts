import { DelayedError, UnrecoverableError, type Job } from 'bullmq';
import { deliverBookingReminder, type BookingReminderDeps } from '../domain/bookings/reminders.js';
import { deliverMorningBriefing } from '../domain/briefing/delivery.js';
import type { BriefingRef } from '../domain/briefing/plan.js';
import { deliverTicketFollowup, type TicketFollowupDeps } from '../domain/delivery/ticket-followups.js';
import type { Logger } from '../infra/logger.js';
import type { MetricsPort } from '../infra/metrics/registry.js';
import { deliverOccurrence, type DeliveryDeps } from '../domain/reminders/delivery.js';
import { releaseHeld } from '../domain/segreteria/messages.js';
import type { ReminderScheduler } from '../domain/reminders/service.js';
import type { BriefingScheduler } from './briefing-scheduler.js';
import { followupJobSchema, reminderJobSchema, type FollowupJob, type ReminderJob } from './queues.js';

/** A payload that does not parse will not parse on a retry either. */
function parse<T>(schema: { safeParse(data: unknown): { success: true; data: T } | { success: false } }, job: Job): T {
  const parsed = schema.safeParse(job.data);
  if (!parsed.success) throw new UnrecoverableError(`invalid payload for job ${job.id ?? ''}`);
  return parsed.data;
}

/**
 * Too early (quiet hours, or the thing moved later): the job goes back to the delayed set until
 * then, without counting as a failed attempt. `until` is on the injectable clock, BullMQ's
 * timestamps on the real one.
 */
async function waitUntil(job: Job, token: string | undefined, until: Date, clock: () => Date): Promise<never> {
  await job.moveToDelayed(Date.now() + Math.max(0, until.getTime() - clock().getTime()), token);
  throw new DelayedError();
}

export type ReminderProcessorDeps = DeliveryDeps & {
  scheduler: ReminderScheduler;
  logger: Logger;
  metrics?: Pick<MetricsPort, 'reminderLateness'> | undefined;
};

/** Delivers reminder occurrences; schedules a series' next occurrence once the delivery committed. */
export function reminderProcessor(deps: ReminderProcessorDeps) {
  return async (job: Job<ReminderJob>, token?: string): Promise<string> => {
    const { occurrenceId } = parse(reminderJobSchema, job);
    const outcome = await deliverOccurrence(deps, occurrenceId);
    if (outcome.kind === 'wait') return waitUntil(job, token, outcome.until, deps.clock);
    if (outcome.kind === 'sent') {
      deps.logger.info({ occurrenceId, late: outcome.late }, 'reminder delivered');
      deps.metrics?.reminderLateness(outcome.lateMs / 1000);
    } else if (outcome.kind === 'undeliverable')
      deps.logger.warn({ occurrenceId, reason: outcome.reason }, 'reminder could not be delivered');
    else deps.logger.debug({ occurrenceId, reason: outcome.reason }, 'reminder job had nothing to do');
    if (outcome.kind !== 'skipped' && outcome.next) await deps.scheduler.schedule(outcome.next);
    return outcome.kind;
  };
}

export type FollowupProcessorDeps = BookingReminderDeps &
  TicketFollowupDeps & { logger: Logger; briefings?: BriefingScheduler | undefined };

/** Delivers booking reminders and ticket follow-ups. */
export function followupProcessor(deps: FollowupProcessorDeps) {
  return async (job: Job<FollowupJob>, token?: string): Promise<string> => {
    const data = parse(followupJobSchema, job);
    if (data.kind === 'segreteria_release') return releaseJob(deps, job, token, data.clientId);
    if (data.kind === 'morning_briefing')
      return briefingJob(deps, job, token, { clientId: data.clientId, day: data.day, at: new Date(data.at) });
    const outcome =
      data.kind === 'booking_reminder'
        ? await deliverBookingReminder(deps, {
            bookingId: data.bookingId,
            offsetMin: data.offsetMin,
            startsAt: new Date(data.startsAt),
          })
        : await deliverTicketFollowup(deps, data.ticketId, data.key);
    if (outcome.kind === 'wait') return waitUntil(job, token, outcome.until, deps.clock);
    const ids =
      data.kind === 'booking_reminder'
        ? { bookingId: data.bookingId, offsetMin: data.offsetMin }
        : { ticketId: data.ticketId, rule: data.rule };
    if (outcome.kind === 'sent') deps.logger.info({ ...ids, kind: data.kind }, 'follow-up delivered');
    else if (outcome.kind === 'undeliverable')
      deps.logger.warn({ ...ids, kind: data.kind, reason: outcome.reason }, 'follow-up could not be delivered');
    else deps.logger.debug({ ...ids, kind: data.kind, reason: outcome.reason }, 'follow-up job had nothing to do');
    return outcome.kind;
  };
}

/** Ends a client's status when its time has come and delivers the messages held for them as one digest. */
async function releaseJob(
  deps: FollowupProcessorDeps,
  job: Job<FollowupJob>,
  token: string | undefined,
  clientId: string,
): Promise<string> {
  const statusChanged = async (id: string): Promise<void> => deps.desk?.clientStatusChanged?.(id);
  const outcome = await releaseHeld({ ...deps, statusChanged }, clientId);
  if (outcome.kind === 'wait') return waitUntil(job, token, outcome.until, deps.clock);
  deps.logger.info(
    { clientId, kind: 'segreteria_release', outcome: outcome.kind, statusEnded: outcome.statusEnded },
    'held messages looked at',
  );
  return outcome.kind;
}

/** One morning briefing; then the client's next one goes on the clock, unless the setting is off. */
async function briefingJob(
  deps: FollowupProcessorDeps,
  job: Job<FollowupJob>,
  token: string | undefined,
  ref: BriefingRef,
): Promise<string> {
  const outcome = await deliverMorningBriefing(deps, ref);
  if (outcome.kind === 'wait') return waitUntil(job, token, outcome.until, deps.clock);
  const level = outcome.kind === 'undeliverable' ? 'warn' : outcome.kind === 'skipped' ? 'debug' : 'info';
  deps.logger[level](
    {
      clientId: ref.clientId,
      day: ref.day,
      kind: 'morning_briefing',
      outcome: outcome.kind,
      ...(outcome.kind === 'skipped' || outcome.kind === 'undeliverable' ? { reason: outcome.reason } : {}),
    },
    'morning briefing looked at',
  );
  await deps.briefings?.scheduleNext(ref.clientId);
  return outcome.kind;
}
