import type { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorkerApp, type WorkerApp } from '../../test/support/workers.js';
import { defaultFollowupSettings } from '../domain/delivery/ticket-rules.js';
import { createReminder } from '../domain/reminders/service.js';
import { occurrenceJobId } from './kinds/reminder.js';
import { RECONCILE_BATCH, reconcile } from './reconciler.js';

/** The queue itself, counting how many of its jobs are being looked up at once. */
function countingLookups(queue: Queue): { queue: Queue; mostAtOnce: () => number } {
  let now = 0;
  let most = 0;
  const counted = new Proxy(queue, {
    get(target, property, receiver) {
      if (property !== 'getJob') return Reflect.get(target, property, receiver) as unknown;
      return async (id: string) => {
        most = Math.max(most, ++now);
        try {
          return await target.getJob(id);
        } finally {
          now -= 1;
        }
      };
    },
  });
  return { queue: counted, mostAtOnce: () => most };
}

/**
 * A reconciliation round over many pending reminders, against the real PostgreSQL and Redis
 * with no worker running: what a round adds stays in the queue.
 */
describe('the reconciler with many reminders pending', () => {
  let app: WorkerApp;
  beforeAll(async () => {
    app = await startWorkerApp();
  });
  afterAll(() => app?.stop());

  it('puts every missing one back on the clock, looking at a batch at a time so the workers keep their locks', async () => {
    const now = new Date();
    const { client } = await app.linkedClient();
    const count = RECONCILE_BATCH * 2 + 50;
    // A few at a time: the app's pool has 10 connections, and this machine may be slow to hand them out.
    const created: Awaited<ReturnType<typeof createReminder>>[] = [];
    for (let i = 0; i < count; i += 10) {
      const batch = Array.from({ length: Math.min(10, count - i) }, (_, k) =>
        createReminder(app.prisma, {
          clientId: client.id,
          text: `promemoria ${i + k}`,
          firstDueAt: new Date(now.getTime() + 60_000 + (i + k) * 1000),
          tz: 'Europe/Rome',
          explicitTime: true,
        }),
      );
      created.push(...(await Promise.all(batch)));
    }
    const reminders = countingLookups(app.reminderQueue);

    const report = await reconcile({
      prisma: app.prisma,
      queues: { reminders: reminders.queue, followups: app.followupQueue },
      followupSettings: defaultFollowupSettings('Europe/Rome'),
      hasDesk: false,
      clock: () => new Date(),
      horizonMs: 15 * 60_000,
    });

    expect(report.reminder).toBe(count);
    const jobs = await Promise.all(
      created.map(({ occurrence }) => app.reminderQueue.getJob(occurrenceJobId(occurrence.id))),
    );
    expect(jobs.every((job) => job !== undefined)).toBe(true);
    expect(reminders.mostAtOnce()).toBeLessThanOrEqual(RECONCILE_BATCH);
  });
});
