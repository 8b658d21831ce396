import type { Queue } from 'bullmq';
import { z } from 'zod';
import {
  deliverMorningBriefing,
  dueBriefings,
  nextBriefing,
  type BriefingScheduler,
} from '../../domain/briefing/delivery.js';
import type { BriefingRef } from '../../domain/briefing/plan.js';
import type { Db } from '../../infra/db/types.js';
import { done, QUEUE_FOLLOWUPS, type DueJob, type JobKind } from '../kind.js';
import { scheduleJob } from '../schedule.js';

/** A client's morning briefing of one local day, due at `at` (src/domain/briefing). */
const morningBriefingJobSchema = z.object({
  kind: z.literal('morning_briefing'),
  clientId: z.uuid(),
  day: z.iso.date(),
  at: z.iso.datetime(),
});
export type MorningBriefingJob = z.infer<typeof morningBriefingJobSchema>;

/** One job per client, day and instant: a changed time is another job. */
export const morningBriefingJobId = (clientId: string, day: string, at: Date): string =>
  `mbr-${clientId}-${day}-${at.getTime()}`;

const dueJob = (ref: BriefingRef): DueJob<MorningBriefingJob> => ({
  payload: { kind: 'morning_briefing', clientId: ref.clientId, day: ref.day, at: ref.at.toISOString() },
  at: ref.at,
});

export const morningBriefingKind: JobKind<MorningBriefingJob> = {
  name: 'morning_briefing',
  queue: QUEUE_FOLLOWUPS,
  schema: morningBriefingJobSchema,
  jobId: (payload) => morningBriefingJobId(payload.clientId, payload.day, new Date(payload.at)),
  async due(deps, now, until) {
    return (await dueBriefings(deps.prisma, now, until)).map(dueJob);
  },
  /** One morning briefing; then the client's next one goes on the clock, unless the setting is off. */
  async run(deps, payload) {
    const { clientId, day } = payload;
    const outcome = await deliverMorningBriefing(deps, { clientId, day, at: new Date(payload.at) });
    if (outcome.kind === 'wait') return outcome;
    const level = outcome.kind === 'undeliverable' ? 'warn' : outcome.kind === 'skipped' ? 'debug' : 'info';
    deps.logger[level](
      {
        clientId,
        day,
        kind: payload.kind,
        outcome: outcome.kind,
        ...(outcome.kind === 'skipped' || outcome.kind === 'undeliverable' ? { reason: outcome.reason } : {}),
      },
      'morning briefing looked at',
    );
    await deps.briefings.scheduleNext(clientId);
    return done(outcome.kind);
  },
};

export function createBriefingScheduler(deps: { queue: Queue; prisma: Db; clock: () => Date }): BriefingScheduler {
  return {
    async scheduleNext(clientId) {
      const now = deps.clock();
      const next = await nextBriefing(deps.prisma, clientId, now);
      if (next) await scheduleJob(deps.queue, morningBriefingKind, dueJob(next), now);
    },
  };
}
