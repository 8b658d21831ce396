import type { Queue } from 'bullmq';
import { deliveryJobOptions, segreteriaReleaseJobId, type FollowupJob } from './queues.js';

/** A release job for the client at `at`; one per instant, whatever asks for it. */
export function addSegreteriaReleaseJob(queue: Queue<FollowupJob>, clientId: string, at: Date, now: Date) {
  return queue.add(
    'segreteria_release',
    { kind: 'segreteria_release', clientId },
    {
      ...deliveryJobOptions,
      jobId: segreteriaReleaseJobId(clientId, at),
      delay: Math.max(0, at.getTime() - now.getTime()),
    },
  );
}

/** SegreteriaPort.releaseAt on the followups queue. */
export function createSegreteriaReleases(deps: {
  queue: Queue<FollowupJob>;
  clock: () => Date;
}): (clientId: string, at: Date) => Promise<void> {
  return async (clientId, at) => {
    await addSegreteriaReleaseJob(deps.queue, clientId, at, deps.clock());
  };
}
