import type { Queue } from 'bullmq';
import type { ReminderScheduler } from '../domain/reminders/service.js';
import { deliveryJobOptions, occurrenceJobId, type ReminderJob } from './queues.js';

/** Puts reminder occurrences on a BullMQ queue as delayed jobs with deterministic ids. */
export function createReminderScheduler(
  queue: Queue<ReminderJob>,
  clock: () => Date = () => new Date(),
): ReminderScheduler {
  return {
    async schedule(occurrence) {
      await queue.add(
        'deliver',
        { occurrenceId: occurrence.id },
        {
          ...deliveryJobOptions,
          jobId: occurrenceJobId(occurrence.id),
          delay: Math.max(0, occurrence.dueAt.getTime() - clock().getTime()),
        },
      );
    },
    async unschedule(occurrenceId) {
      await queue.remove(occurrenceJobId(occurrenceId));
    },
  };
}
