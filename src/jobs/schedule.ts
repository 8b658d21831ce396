import type { JobsOptions, Queue } from 'bullmq';
import type { DueJob, JobKind } from './kind.js';

/**
 * Completed jobs are removed, so a deterministic id can be scheduled again (an occurrence moved
 * back to a time it had); the row decides whether anything is sent. A delivery failing on our
 * side (channel down, database gone) is retried for about 8 minutes (9 attempts, 2 s doubling),
 * then the reconciler retries it on each of its rounds. Telegram's 429s are waited out inside
 * the Telegram sender, not here.
 */
export const deliveryJobOptions = {
  removeOnComplete: true,
  removeOnFail: { age: 7 * 24 * 3600, count: 10_000 },
  attempts: 9,
  backoff: { type: 'exponential', delay: 2000 },
} satisfies JobsOptions;

/** A delayed job under the kind's stable id; adding one that exists changes nothing. */
export async function scheduleJob<P>(queue: Queue, kind: JobKind<P>, job: DueJob<P>, now: Date): Promise<void> {
  await queue.add(kind.name, job.payload, {
    ...deliveryJobOptions,
    jobId: kind.jobId(job.payload),
    delay: Math.max(0, job.at.getTime() - now.getTime()),
  });
}

/** Takes a job off the clock; one already gone (or running) is left be. */
export async function unscheduleJob<P>(queue: Queue, kind: JobKind<P>, payload: P): Promise<void> {
  await queue.remove(kind.jobId(payload));
}
