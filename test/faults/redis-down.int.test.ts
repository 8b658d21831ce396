import { randomInt } from 'node:crypto';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInvite } from '../../src/domain/access/invites.js';
import { defaultFollowupSettings } from '../../src/domain/delivery/ticket-rules.js';
import { QUEUE_FOLLOWUPS, QUEUE_REMINDERS } from '../../src/jobs/kind.js';
import { occurrenceJobId, type ReminderJob } from '../../src/jobs/kinds/reminder.js';
import { reconcile } from '../../src/jobs/reconciler.js';
import { createRedis } from '../../src/infra/redis/connection.js';
import { testPrisma } from '../support/db.js';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy.js';
import { startTelegramEmulator, type TelegramEmulator } from '../support/telegram-emulator.js';
import { startApp, testRedisUrl, type RunningApp } from './app.js';

describe('Redis unreachable', () => {
  let emulator: TelegramEmulator;
  let proxy: TcpProxy;
  let direct: Redis;
  const apps: RunningApp[] = [];

  beforeAll(async () => {
    emulator = await startTelegramEmulator();
    const url = new URL(testRedisUrl);
    proxy = await startTcpProxy({ host: url.hostname, port: Number(url.port || 6379) });
    direct = createRedis(testRedisUrl);
  });
  afterAll(async () => {
    for (const app of apps) await app.stop();
    direct?.disconnect();
    await proxy?.close();
    await emulator?.close();
  });

  async function appThroughProxy() {
    const app = await startApp({
      env: { TELEGRAM_BOT_TOKEN: emulator.token, TELEGRAM_API_ROOT: emulator.apiRoot },
      redisUrl: proxy.rewrite(testRedisUrl),
    });
    apps.push(app);
    await expect.poll(() => app.redis.status, { timeout: 30_000 }).toBe('ready');
    return app;
  }

  async function linkedUser(app: RunningApp) {
    const client = await testPrisma().client.create({ data: { name: `Studio ${randomInt(1e9)}`, lang: 'it' } });
    const invite = await createInvite(testPrisma(), client.id, new Date());
    const user = emulator.user({ userId: randomInt(1e6, 1e9), languageCode: 'it' });
    await user.sendCommand(`/start ${invite.code}`);
    expect((await user.waitForReplies(1, 20_000))[0]!.text).toContain(client.name);
    const queue = new Queue<ReminderJob>(QUEUE_REMINDERS, { connection: direct, prefix: app.queuePrefix });
    const jobOf = async (occurrenceId: string) => (await queue.getJob(occurrenceJobId(occurrenceId))) ?? null;
    return { client, user, jobOf, queue };
  }

  const pendingOccurrence = (clientId: string, text: string) =>
    testPrisma().reminderOccurrence.findFirst({
      where: { status: 'pending', reminder: { clientId, text: { contains: text } } },
    });

  it('still understands, stores and answers; the job reaches Redis when it is back', async () => {
    const app = await appThroughProxy();
    const { client, user, jobOf, queue } = await linkedUser(app);

    proxy.cut();
    try {
      await user.sendText('Ricordami domani alle 15 di chiamare Rossi');
      expect((await user.waitForReplies(1, 30_000))[0]!.text).toMatch(/te lo ricordo .*chiamare Rossi/);
      await user.sendText('cosa ho domani?');
      expect((await user.waitForReplies(1, 30_000))[0]!.text).toMatch(/15:00 promemoria: chiamare Rossi/);
    } finally {
      proxy.restore();
    }
    const occurrence = await pendingOccurrence(client.id, 'Rossi');
    expect(occurrence).not.toBeNull();

    await expect.poll(() => jobOf(occurrence!.id), { timeout: 30_000 }).not.toBeNull();
    await queue.obliterate({ force: true });
    await queue.close();
  }, 90_000);

  it('a process that stopped during the outage leaves the job to the reconciler', async () => {
    const first = await appThroughProxy();
    const { client, user, jobOf, queue } = await linkedUser(first);

    proxy.cut();
    try {
      await user.sendText('Ricordami dopodomani alle 11 di pagare Bianchi');
      expect((await user.waitForReplies(1, 30_000))[0]!.text).toMatch(/pagare Bianchi/);
      await first.stop();
      apps.splice(apps.indexOf(first), 1);
    } finally {
      proxy.restore();
    }

    const occurrence = await pendingOccurrence(client.id, 'Bianchi');
    expect(occurrence).not.toBeNull();
    expect(await jobOf(occurrence!.id)).toBeNull();

    // One round of the reconciler that workers run at start and every few minutes. No worker
    // runs here: the shared database holds other tests' reminders, which must not be delivered.
    const followupQueue = new Queue(QUEUE_FOLLOWUPS, { connection: direct, prefix: first.queuePrefix });
    try {
      const report = await reconcile({
        prisma: testPrisma(),
        queues: { reminders: queue, followups: followupQueue },
        followupSettings: defaultFollowupSettings('Europe/Rome'),
        hasDesk: false,
        clock: () => new Date(),
        horizonMs: 4 * 24 * 3600_000,
      });
      expect(report.reminder).toBeGreaterThanOrEqual(1);
      expect(await jobOf(occurrence!.id)).not.toBeNull();
    } finally {
      await followupQueue.obliterate({ force: true });
      await followupQueue.close();
      await queue.obliterate({ force: true });
      await queue.close();
    }
  }, 90_000);
});
