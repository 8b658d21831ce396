import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorkerApp, type WorkerApp } from '../../../test/support/workers.js';
import { defaultFollowupSettings } from '../../domain/delivery/ticket-rules.js';
import { reconcile } from '../reconciler.js';
import { segreteriaReleaseJobId } from './segreteria-release.js';

/**
 * The reconciler's release jobs for held messages, against the real PostgreSQL and Redis, with
 * no worker running: whatever a round adds stays in the queue for the next round to see.
 */
describe('release jobs the reconciler keeps for held messages', () => {
  let app: WorkerApp;

  beforeAll(async () => {
    app = await startWorkerApp();
  });
  afterAll(() => app?.stop());

  /** Tuesday 24 November 2026 in Rome, daytime: outside the default quiet hours */
  const round = (at: string) =>
    reconcile({
      prisma: app.prisma,
      queues: { reminders: app.reminderQueue, followups: app.followupQueue },
      followupSettings: defaultFollowupSettings('Europe/Rome'),
      hasDesk: false,
      clock: () => new Date(at),
      horizonMs: 15 * 60_000,
    });
  const releaseJobsOf = async (clientId: string) =>
    (await app.followupQueue.getJobs(['delayed', 'waiting', 'prioritized']))
      .filter((job) => job.id?.startsWith(`seg-${clientId}-`))
      .map((job) => job.id);
  const hold = (clientId: string, createdAt: Date) =>
    app.prisma.takenMessage.create({ data: { clientId, callerName: 'Studio Bianchi', body: 'Richiamare', createdAt } });

  it('makes one job per state over many rounds, and none for a client no channel reaches', async () => {
    const takenAt = new Date('2026-11-24T10:40:00+01:00');
    const { client: reachable } = await app.linkedClient();
    await hold(reachable.id, takenAt);
    const unreachable = await app.prisma.client.create({
      data: { name: 'Studio senza canale', lang: 'it', tz: 'Europe/Rome' },
    });
    await hold(unreachable.id, takenAt);
    // no channel, but a status ending: the job still ends it (and the desk redraws its cards)
    const busyUntil = new Date('2026-11-24T11:10:00+01:00');
    const busy = await app.prisma.client.create({
      data: {
        name: 'Studio in riunione',
        lang: 'it',
        tz: 'Europe/Rome',
        availabilityKind: 'busy',
        availabilityUntil: busyUntil,
      },
    });
    await hold(busy.id, takenAt);

    await round('2026-11-24T11:00:00+01:00');
    await round('2026-11-24T11:01:30+01:00');

    expect(await releaseJobsOf(reachable.id)).toEqual([segreteriaReleaseJobId(reachable.id, takenAt)]);
    expect(await releaseJobsOf(unreachable.id)).toEqual([]);
    expect(await releaseJobsOf(busy.id)).toEqual([segreteriaReleaseJobId(busy.id, busyUntil)]);
  });
});
