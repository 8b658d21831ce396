import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelSender } from '../kernel/messaging.js';
import { createReminder } from '../domain/reminders/service.js';
import { eventually, startWorkerApp, type WorkerApp } from '../../test/support/workers.js';
import { occurrenceJobId } from './kinds/reminder.js';

describe('graceful stop of the workers', () => {
  let app: WorkerApp;
  beforeAll(async () => {
    app = await startWorkerApp();
  });
  afterAll(() => app?.stop());

  it('lets the delivery in flight finish before close resolves', async () => {
    const sent: string[] = [];
    const slow: ChannelSender = {
      async send(chatId) {
        await new Promise((r) => setTimeout(r, 1500));
        sent.push(chatId);
        return {};
      },
    };
    const workers = await app.startWorkersSendingTo(slow);
    const { client } = await app.linkedClient();
    const { occurrence } = await createReminder(app.prisma, {
      clientId: client.id,
      text: 'firmare',
      firstDueAt: new Date(),
      tz: 'Europe/Rome',
      explicitTime: true,
    });
    await app.scheduler.schedule(occurrence);
    await eventually(
      'the delivery to start',
      async () => (await app.reminderQueue.getJobState(occurrenceJobId(occurrence.id))) === 'active',
    );

    await workers.close();
    expect(sent).toHaveLength(1);
    expect(await app.prisma.reminderOccurrence.findUniqueOrThrow({ where: { id: occurrence.id } })).toMatchObject({
      status: 'sent',
    });
    expect(await app.reminderQueue.getJob(occurrenceJobId(occurrence.id))).toBeUndefined();
  });
});
