import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelSender } from '../kernel/messaging.js';
import { createReminder } from '../domain/reminders/service.js';
import { eventually, startWorkerApp, type WorkerApp } from '../../test/support/workers.js';

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
function summary(lateness: number[]) {
  const sorted = [...lateness].sort((a, b) => a - b);
  return {
    n: sorted.length,
    min: sorted[0]!,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    max: sorted.at(-1)!,
  };
}

/**
 * How late reminders arrive when many fall due close together. The numbers are printed: they
 * are the measurement reported in the README; the bounds only catch a broken pipeline.
 */
describe('lateness of many delayed reminders', () => {
  let app: WorkerApp;
  beforeAll(async () => {
    app = await startWorkerApp();
  });
  afterAll(() => app?.stop());

  /** `count` reminders due from 1.5 s from now, spread evenly over `windowMs`, each to its own chat. */
  async function reminders(count: number, windowMs: number) {
    const clients = await Promise.all(Array.from({ length: count }, () => app.linkedClient()));
    const rows = await Promise.all(
      clients.map(({ client }, i) =>
        createReminder(app.prisma, {
          clientId: client.id,
          text: `r${i}`,
          firstDueAt: new Date(Date.now() + 3600_000),
          tz: 'Europe/Rome',
          explicitTime: true,
        }),
      ),
    );
    // Setting the instants only now keeps the setup time out of the measurement.
    const start = Date.now() + 1500;
    const dues = rows.map((_, i) => new Date(start + Math.floor((i * windowMs) / count)));
    await app.prisma
      .$executeRaw`UPDATE reminder_occurrences o SET due_at = v.due FROM unnest(${rows.map((r) => r.occurrence.id)}::uuid[], ${dues}::timestamptz[]) AS v(id, due) WHERE o.id = v.id`;
    await Promise.all(rows.map((r, i) => app.scheduler.schedule({ id: r.occurrence.id, dueAt: dues[i]! })));
    expect(Date.now()).toBeLessThan(start);
    return clients.map(({ user }, i) => ({ user, chatId: String(user.chatId), dueAt: dues[i]! }));
  }

  it('through BullMQ and PostgreSQL alone (200 reminders over 10 s, recording channel)', async () => {
    const arrived = new Map<string, number[]>();
    const sender: ChannelSender = {
      async send(chatId) {
        arrived.set(chatId, [...(arrived.get(chatId) ?? []), Date.now()]);
        return {};
      },
    };
    const items = await reminders(200, 10_000);
    const workers = await app.startWorkersSendingTo(sender);
    try {
      await eventually('every reminder', async () => arrived.size === items.length, 60_000);
      expect([...arrived.values()].every((times) => times.length === 1)).toBe(true);
      const stats = summary(items.map(({ chatId, dueAt }) => arrived.get(chatId)![0]! - dueAt.getTime()));
      console.info('reminder lateness, recording channel (ms):', stats);
      // never early; how late is a figure for the benchmarks (npm run bench:reminders), not a bound here
      expect(stats.min).toBeGreaterThanOrEqual(0);
    } finally {
      await workers.close();
    }
  });

  it('through the emulated Telegram Bot API, spread and all at once', async () => {
    const stop = await app.startWorkers();
    try {
      for (const [count, windowMs] of [
        [100, 10_000],
        [60, 0],
      ] as const) {
        const items = await reminders(count, windowMs);
        const lateness = await Promise.all(
          items.map(async ({ user, dueAt }) => {
            await user.waitForReplies(1, 60_000);
            return Date.now() - dueAt.getTime();
          }),
        );
        const stats = summary(lateness);
        console.info(`reminder lateness, emulated Telegram, ${count} over ${windowMs} ms (ms):`, stats);
        expect(stats.min).toBeGreaterThanOrEqual(0);
      }
    } finally {
      await stop();
    }
  });
});
