import type { Job } from 'bullmq';
import type { AnyJobKind, DueDeps, DueJob, JobKind, JobQueues } from './kind.js';
import { jobKinds } from './registry.js';
import { scheduleJob } from './schedule.js';

export interface ReconcileDeps extends DueDeps {
  queues: JobQueues;
  clock: () => Date;
  /** how far ahead jobs are checked; later ones were scheduled when created and are checked when they come near */
  horizonMs: number;
  /** the kinds to look at; all of them unless a caller narrows it */
  kinds?: readonly AnyJobKind[];
}

/** Jobs created (or revived from failed) per kind name. */
export type ReconcileReport = Record<string, number>;

/** 1 when the job had to be added or revived, 0 when it was there already. */
async function ensureJob<P>(deps: ReconcileDeps, kind: JobKind<P>, due: DueJob<P>, now: Date): Promise<number> {
  const queue = deps.queues[kind.queue];
  const job = (await queue.getJob(kind.jobId(due.payload))) as Job | undefined;
  if (!job) {
    await scheduleJob(queue, kind, due, now);
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
    await scheduleJob(queue, kind, due, now);
    return 1;
  }
  return 0;
}

/**
 * Jobs looked at together. With 100,000 reminders pending, checking all at once queued some
 * 200,000 commands on the Redis connection the workers renew their job locks on: locks expired,
 * jobs stalled and deliveries stopped for the length of the round.
 */
export const RECONCILE_BATCH = 100;

async function reconcileKind<P>(deps: ReconcileDeps, kind: JobKind<P>, now: Date, until: Date): Promise<number> {
  const due = await kind.due(deps, now, until);
  let created = 0;
  for (let i = 0; i < due.length; i += RECONCILE_BATCH) {
    // A long round schedules on the clock of each batch, not on the round's start.
    const batchNow = deps.clock();
    const counts = await Promise.all(
      due.slice(i, i + RECONCILE_BATCH).map((job) => ensureJob(deps, kind, job, batchNow)),
    );
    created += counts.reduce((a, b) => a + b, 0);
  }
  return created;
}

/**
 * Makes sure a job exists for everything Postgres says is due by the horizon: missing jobs
 * (Redis flushed or lost, a crash between commit and scheduling) are added, failed ones retried.
 * Deterministic ids make this harmless to run anywhere, any number of times.
 */
export async function reconcile(deps: ReconcileDeps): Promise<ReconcileReport> {
  const now = deps.clock();
  const until = new Date(now.getTime() + deps.horizonMs);
  const report: ReconcileReport = {};
  for (const kind of deps.kinds ?? jobKinds) report[kind.name] = await reconcileKind(deps, kind, now, until);
  return report;
}
