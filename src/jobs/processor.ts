import { DelayedError, UnrecoverableError, type Job } from 'bullmq';
import type { AnyJobKind, JobDeps, JobKind } from './kind.js';

/**
 * Too early (quiet hours, or the thing moved later): the job goes back to the delayed set until
 * then, without counting as a failed attempt. `until` is on the injectable clock, BullMQ's
 * timestamps on the real one.
 */
async function waitUntil(job: Job, token: string | undefined, until: Date, clock: () => Date): Promise<never> {
  await job.moveToDelayed(Date.now() + Math.max(0, until.getTime() - clock().getTime()), token);
  throw new DelayedError();
}

async function runAs<P>(kind: JobKind<P>, payload: P, deps: JobDeps, job: Job, token: string | undefined) {
  const result = await kind.run(deps, payload);
  return result.kind === 'wait' ? waitUntil(job, token, result.until, deps.clock) : result.outcome;
}

/**
 * Runs a job as the kind whose schema its payload fits (kinds sharing a queue differ by their
 * `kind` field). A payload no kind parses will not parse on a retry either.
 */
export function jobProcessor(kinds: readonly AnyJobKind[], deps: JobDeps) {
  return async (job: Job, token?: string): Promise<string> => {
    for (const kind of kinds) {
      const parsed = kind.schema.safeParse(job.data);
      if (parsed.success) return runAs(kind, parsed.data, deps, job, token);
    }
    throw new UnrecoverableError(`invalid payload for job ${job.id ?? ''}`);
  };
}
