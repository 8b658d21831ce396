import type { Queue } from 'bullmq';
import { nextBriefing } from '../domain/briefing/delivery.js';
import type { BriefingRef } from '../domain/briefing/plan.js';
import type { Db } from '../infra/db/types.js';
import { deliveryJobOptions, morningBriefingJobId, type FollowupJob } from './queues.js';

/** A job for one client's briefing of one day at one instant; a changed time is another job. */
export function addMorningBriefingJob(queue: Queue<FollowupJob>, ref: BriefingRef, now: Date) {
  return queue.add(
    'morning_briefing',
    { kind: 'morning_briefing', clientId: ref.clientId, day: ref.day, at: ref.at.toISOString() },
    {
      ...deliveryJobOptions,
      jobId: morningBriefingJobId(ref.clientId, ref.day, ref.at),
      delay: Math.max(0, ref.at.getTime() - now.getTime()),
    },
  );
}

export interface BriefingScheduler {
  /** puts the client's next briefing on the clock, from the client's current setting (nothing when it is off) */
  scheduleNext(clientId: string): Promise<void>;
}

export function createBriefingScheduler(deps: {
  queue: Queue<FollowupJob>;
  prisma: Db;
  clock: () => Date;
}): BriefingScheduler {
  return {
    async scheduleNext(clientId) {
      const now = deps.clock();
      const next = await nextBriefing(deps.prisma, clientId, now);
      if (next) await addMorningBriefingJob(deps.queue, next, now);
    },
  };
}
