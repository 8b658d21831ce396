import type { Queue } from 'bullmq';
import { z } from 'zod';
import { deliverOccurrence } from '../../domain/reminders/delivery.js';
import { pendingOccurrencesDueBy, type ReminderScheduler } from '../../domain/reminders/service.js';
import { done, QUEUE_REMINDERS, type JobKind } from '../kind.js';
import { scheduleJob, unscheduleJob } from '../schedule.js';

/** One occurrence of a client's reminder (src/domain/reminders). */
const reminderJobSchema = z.object({ occurrenceId: z.uuid() });
export type ReminderJob = z.infer<typeof reminderJobSchema>;

export const occurrenceJobId = (occurrenceId: string): string => `occ-${occurrenceId}`;

export const reminderKind: JobKind<ReminderJob> = {
  name: 'reminder',
  queue: QUEUE_REMINDERS,
  schema: reminderJobSchema,
  jobId: (payload) => occurrenceJobId(payload.occurrenceId),
  async due(deps, _now, until) {
    const occurrences = await pendingOccurrencesDueBy(deps.prisma, until);
    return occurrences.map((o) => ({ payload: { occurrenceId: o.id }, at: o.dueAt }));
  },
  /** Delivers the occurrence; puts a series' next occurrence on the clock once the delivery and the series committed. */
  async run(deps, { occurrenceId }) {
    const outcome = await deliverOccurrence(deps, occurrenceId);
    if (outcome.kind === 'wait') return outcome;
    if (outcome.kind === 'sent') {
      deps.logger.info({ occurrenceId, late: outcome.late }, 'reminder delivered');
      deps.metrics?.reminderLateness(outcome.lateMs / 1000);
    } else if (outcome.kind === 'undeliverable')
      deps.logger.warn({ occurrenceId, reason: outcome.reason }, 'reminder could not be delivered');
    else deps.logger.debug({ occurrenceId, reason: outcome.reason }, 'reminder job had nothing to do');
    if (outcome.next) await deps.reminderScheduler.schedule(outcome.next);
    return done(outcome.kind);
  },
};

/** Puts reminder occurrences on the reminders queue as delayed jobs with deterministic ids. */
export function createReminderScheduler(queue: Queue, clock: () => Date = () => new Date()): ReminderScheduler {
  return {
    async schedule(occurrence) {
      await scheduleJob(
        queue,
        reminderKind,
        { payload: { occurrenceId: occurrence.id }, at: occurrence.dueAt },
        clock(),
      );
    },
    async unschedule(occurrenceId) {
      await unscheduleJob(queue, reminderKind, { occurrenceId });
    },
  };
}
