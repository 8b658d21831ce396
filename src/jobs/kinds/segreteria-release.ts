import type { Queue } from 'bullmq';
import { z } from 'zod';
import { pendingReleases, releaseHeld } from '../../domain/segreteria/messages.js';
import type { SegreteriaPort } from '../../domain/segreteria/ports.js';
import { done, QUEUE_FOLLOWUPS, type DueJob, type JobKind } from '../kind.js';
import { scheduleJob } from '../schedule.js';

/**
 * The end of a client's status and the release of the messages held for them
 * (src/domain/segreteria). `at` only tells one release instant's job from another's; the rows
 * decide what is released, so jobs queued before it was carried parse with the epoch.
 */
const segreteriaReleaseJobSchema = z.object({
  kind: z.literal('segreteria_release'),
  clientId: z.uuid(),
  at: z.iso.datetime().default(new Date(0).toISOString()),
});
export type SegreteriaReleaseJob = z.infer<typeof segreteriaReleaseJobSchema>;

export const segreteriaReleaseJobId = (clientId: string, at: Date): string => `seg-${clientId}-${at.getTime()}`;

const dueJob = (clientId: string, at: Date): DueJob<SegreteriaReleaseJob> => ({
  payload: { kind: 'segreteria_release', clientId, at: at.toISOString() },
  at,
});

export const segreteriaReleaseKind: JobKind<SegreteriaReleaseJob> = {
  name: 'segreteria_release',
  queue: QUEUE_FOLLOWUPS,
  schema: segreteriaReleaseJobSchema,
  jobId: (payload) => segreteriaReleaseJobId(payload.clientId, new Date(payload.at)),
  async due(deps, now, until) {
    return (await pendingReleases(deps.prisma, now, until)).map(({ clientId, at }) => dueJob(clientId, at));
  },
  /** Ends the client's status when its time has come and delivers the messages held for them as one digest. */
  async run(deps, { clientId, kind }) {
    const statusChanged = async (id: string): Promise<void> => deps.desk?.clientStatusChanged?.(id);
    const outcome = await releaseHeld({ ...deps, statusChanged }, clientId);
    if (outcome.kind === 'wait') return { kind: 'wait', until: outcome.until };
    deps.logger.info(
      { clientId, kind, outcome: outcome.kind, statusEnded: outcome.statusEnded },
      'held messages looked at',
    );
    return done(outcome.kind);
  },
};

/** SegreteriaPort.releaseAt: one release job per client and instant, whatever asks for it. */
export function createSegreteriaReleases(deps: { queue: Queue; clock: () => Date }): SegreteriaPort['releaseAt'] {
  return async (clientId, at) => {
    await scheduleJob(deps.queue, segreteriaReleaseKind, dueJob(clientId, at), deps.clock());
  };
}
