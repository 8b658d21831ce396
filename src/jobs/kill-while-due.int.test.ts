import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { killWhileDue } from '../../test/support/kill-run.js';
import { startWorkerApp, testRedisUrl, type WorkerApp } from '../../test/support/workers.js';

/**
 * `kill -9` of the worker at random moments while reminders are due (issue 19): nothing is lost,
 * and a reminder reaches a client twice only when the kill fell between Telegram accepting it
 * and the commit that records it sent. `npm run bench:kill-reminders` runs the same with more
 * kills and reminders and prints the figures.
 */
describe('a worker killed at random moments while reminders are due', () => {
  let app: WorkerApp;

  beforeAll(async () => {
    app = await startWorkerApp();
  });
  afterAll(() => app?.stop());

  it('delivers every reminder, twice only those the platform had accepted before the kill', async () => {
    const report = await killWhileDue(
      {
        prisma: app.prisma,
        databaseUrl: app.databaseUrl,
        redisUrl: testRedisUrl,
        prefix: app.prefix,
        emulator: app.emulator,
        scheduler: app.scheduler,
      },
      { kills: 3, reminders: 45, maxLifeMs: 500 },
    );
    expect(report.losses).toBe(0);
    // Every second message is one the platform had before a kill and the killed process had not yet recorded.
    expect(report.duplicates).toBe(report.kills.reduce((sum, kill) => sum + kill.afterAnswer + kill.inFlight, 0));
  }, 240_000);
});
