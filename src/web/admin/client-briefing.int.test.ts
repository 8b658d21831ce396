import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaff, settingsFields, STAFF_PASSWORD, StaffBrowser } from '../../../test/support/staff.js';
import { eventually, startWorkerApp, type WorkerApp } from '../../../test/support/workers.js';
import { briefingAt } from '../../domain/briefing/plan.js';
import { morningBriefingJobId } from '../../jobs/kinds/morning-briefing.js';
import { listen, type RunningServer } from '../server.js';

const tz = 'Europe/Rome';
const tuesday = '2026-11-24';

/**
 * The morning briefing switched from the back-office, through the app as buildDelego wires it:
 * the save puts the next briefing on the clock itself, with no worker or reconciler running.
 */
describe('morning briefing set in the back-office', () => {
  // Monday 23 November 2026, 10:00 in Rome; moved to Tuesday's briefing time below.
  let now = new Date('2026-11-23T09:00:00Z');
  let app: WorkerApp;
  let server: RunningServer;
  let browser: StaffBrowser;

  beforeAll(async () => {
    app = await startWorkerApp({ clock: () => now });
    server = await listen(app.delego.web, 0, '127.0.0.1');
    const admin = await createStaff('admin', STAFF_PASSWORD, app.prisma);
    browser = new StaffBrowser(`http://127.0.0.1:${server.port}`);
    await browser.loginOk(admin.email);
  });
  afterAll(async () => {
    await server?.close();
    await app?.stop();
  });

  const save = async (clientId: string, changes: Record<string, string | undefined>) => {
    await browser.page(`/admin/clients/${clientId}`);
    expect((await browser.submit(`/admin/clients/${clientId}/settings`, settingsFields(changes))).status).toBe(303);
  };
  const jobId = (clientId: string, hhmm: string) =>
    morningBriefingJobId(clientId, tuesday, briefingAt(tuesday, tz, hhmm));
  const jobState = (clientId: string, hhmm: string) => app.followupQueue.getJobState(jobId(clientId, hhmm));

  it('schedules the next briefing as soon as an admin switches it on or moves it, and sends none once switched off', async () => {
    const kept = await app.linkedClient();
    const dropped = await app.linkedClient();
    for (const { client } of [kept, dropped]) {
      await app.prisma.booking.create({
        data: {
          clientId: client.id,
          title: 'commercialista',
          startsAt: briefingAt(tuesday, tz, '11:00'),
          endsAt: briefingAt(tuesday, tz, '12:00'),
          status: 'confirmed',
          // changed after the day-before reminder's time, and before the hour-before one: once the
          // workers start (and their reconciler looks) no booking reminder is due, only briefings
          changedAt: briefingAt(tuesday, tz, '08:00'),
        },
      });
    }

    await save(dropped.client.id, { morningBriefingEnabled: 'on', morningBriefingTime: '07:30' });
    expect(await jobState(dropped.client.id, '07:30')).toBe('delayed');
    await save(dropped.client.id, { morningBriefingEnabled: 'on', morningBriefingTime: '08:15' });
    expect(await jobState(dropped.client.id, '08:15')).toBe('delayed');
    await save(kept.client.id, { morningBriefingEnabled: 'on', morningBriefingTime: '08:15' });
    expect(await jobState(kept.client.id, '08:15')).toBe('delayed');
    // switched off: its job stays on the clock but finds the setting off
    await save(dropped.client.id, { morningBriefingEnabled: undefined, morningBriefingTime: '08:15' });

    // Tuesday 08:15 in Rome: both jobs come due
    now = briefingAt(tuesday, tz, '08:15');
    for (const { client } of [kept, dropped])
      await (await app.followupQueue.getJob(jobId(client.id, '08:15')))!.promote();
    await app.startWorkers();
    const [briefing] = await kept.user.waitForReplies(1, 15_000);
    expect(briefing!.text).toMatch(/11:00 commercialista/);
    await eventually(
      'the switched-off job to finish',
      async () => (await jobState(dropped.client.id, '08:15')) === 'unknown',
    );
    expect(dropped.user.unreadReplies()).toEqual([]);
    expect(await app.prisma.morningBriefing.count({ where: { clientId: dropped.client.id } })).toBe(0);
  });
});
