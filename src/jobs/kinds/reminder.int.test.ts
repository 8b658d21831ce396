import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, startWorkerApp, type WorkerApp } from '../../../test/support/workers.js';
import { formatTime } from '../../i18n/format.js';
import { nextOccurrence } from '../../domain/reminders/recurrence.js';
import { cancelReminder, createReminder } from '../../domain/reminders/service.js';
import { occurrenceJobId } from './reminder.js';

/** How long a test waits to be sure nothing more arrives. */
const QUIET_MS = 1500;

describe('reminder delivery with real workers (Telegram emulator)', () => {
  let app: WorkerApp;

  beforeAll(async () => {
    app = await startWorkerApp();
    await app.startWorkers();
  });
  afterAll(() => app?.stop());

  async function reminderDueIn(
    ms: number,
    options: { rrule?: string; explicitTime?: boolean; client?: Awaited<ReturnType<WorkerApp['linkedClient']>> } = {},
  ) {
    const linked = options.client ?? (await app.linkedClient());
    const dueAt = new Date(Date.now() + ms);
    const { reminder, occurrence } = await createReminder(app.prisma, {
      clientId: linked.client.id,
      text: 'chiamare Rossi',
      firstDueAt: dueAt,
      rrule: options.rrule,
      tz: 'Europe/Rome',
      explicitTime: options.explicitTime ?? true,
    });
    await app.scheduler.schedule(occurrence);
    return { ...linked, reminder, occurrence, dueAt };
  }

  it('delivers a one-off reminder once, at its instant, with Done and the snoozes', async () => {
    const { user, reminder, occurrence, dueAt } = await reminderDueIn(1200);
    const [message] = await user.waitForReplies(1, 5000);
    const arrivedAt = Date.now();
    expect(arrivedAt).toBeGreaterThanOrEqual(dueAt.getTime());
    expect(message!.text).toBe('⏰ Promemoria: chiamare Rossi');
    expect(message!.buttons.flat().map((b) => b.text)).toEqual(['Fatto', '+10 min', '+1 ora', 'Domani']);

    await new Promise((r) => setTimeout(r, QUIET_MS));
    expect(user.unreadReplies()).toEqual([]);
    const row = await app.prisma.reminderOccurrence.findUniqueOrThrow({ where: { id: occurrence.id } });
    expect(row).toMatchObject({ status: 'sent', deliveredLate: false });
    expect(await app.prisma.reminder.findUniqueOrThrow({ where: { id: reminder.id } })).toMatchObject({
      status: 'completed',
      nextOccurrenceAt: null,
    });
    expect(
      await app.prisma.message.count({
        where: { clientId: reminder.clientId, direction: 'outbound', body: message!.text },
      }),
    ).toBe(1);
  });

  it('schedules the next occurrence of a series when one is delivered', async () => {
    const { user, reminder, occurrence, dueAt } = await reminderDueIn(800, {
      rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU',
    });
    await user.waitForReplies(1, 5000);
    const expected = nextOccurrence('FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU', dueAt, 'Europe/Rome', dueAt)!;
    const next = await eventually('the next occurrence', () =>
      app.prisma.reminderOccurrence.findFirst({
        where: { reminderId: reminder.id, status: 'pending', id: { not: occurrence.id } },
      }),
    );
    expect(next.dueAt).toEqual(expected);
    expect(formatTime(next.dueAt, 'Europe/Rome')).toBe(formatTime(dueAt, 'Europe/Rome'));
    const job = await eventually('its job', async () => app.reminderQueue.getJob(occurrenceJobId(next.id)));
    expect(job.opts.delay).toBeGreaterThan(expected.getTime() - Date.now() - 5000);
    expect(await app.prisma.reminderOccurrence.findUniqueOrThrow({ where: { id: occurrence.id } })).toMatchObject({
      status: 'sent',
    });
    expect(await app.prisma.reminder.findUniqueOrThrow({ where: { id: reminder.id } })).toMatchObject({
      status: 'active',
      nextOccurrenceAt: expected,
    });
  });

  it('stops a cancelled series: its job is removed and a stray job sends nothing', async () => {
    const { user, client, reminder, occurrence } = await reminderDueIn(1000, { rrule: 'FREQ=DAILY' });
    const { unscheduled } = await cancelReminder(app.prisma, client.id, reminder.id);
    await Promise.all(unscheduled.map((id) => app.scheduler.unschedule(id)));
    expect(await app.reminderQueue.getJob(occurrenceJobId(occurrence.id))).toBeUndefined();

    await app.reminderQueue.add('deliver', { occurrenceId: occurrence.id }, { jobId: `stray-${occurrence.id}` });
    await eventually(
      'the stray job to finish',
      async () => (await app.reminderQueue.getJobState(`stray-${occurrence.id}`)) === 'completed',
    );
    await new Promise((r) => setTimeout(r, QUIET_MS));
    expect(user.unreadReplies()).toEqual([]);
    expect(await app.prisma.reminderOccurrence.count({ where: { reminderId: reminder.id, status: 'pending' } })).toBe(
      0,
    );
  });

  it('snoozes that one occurrence with +10 min and Tomorrow, and Done drops the snooze', async () => {
    const { user, reminder, occurrence } = await reminderDueIn(500);
    const [message] = await user.waitForReplies(1, 5000);
    const button = (label: string) => message!.buttons.flat().find((b) => b.text === label)!.data;

    const pressedAt = Date.now();
    await user.pressButton(button('+10 min'), message!.messageId);
    expect((await user.waitForReplies(1))[0]!.text).toMatch(/^Va bene, te lo ricordo di nuovo .* alle \d{1,2}:\d\d\.$/);
    const snooze = await app.prisma.reminderOccurrence.findFirstOrThrow({
      where: { snoozedFromId: occurrence.id, status: 'pending' },
    });
    expect(snooze.dueAt.getTime() - pressedAt).toBeGreaterThanOrEqual(10 * 60_000 - 1000);
    expect(snooze.dueAt.getTime() - pressedAt).toBeLessThan(10 * 60_000 + 5000);
    expect(await app.reminderQueue.getJobState(occurrenceJobId(snooze.id))).toBe('delayed');
    expect(await app.prisma.reminder.findUniqueOrThrow({ where: { id: reminder.id } })).toMatchObject({
      status: 'active',
      nextOccurrenceAt: snooze.dueAt,
    });

    await user.pressButton(button('Domani'), message!.messageId);
    expect((await user.waitForReplies(1))[0]!.text).toMatch(/domani alle 9:00\.$/);
    const tomorrow = await app.prisma.reminderOccurrence.findFirstOrThrow({
      where: { snoozedFromId: occurrence.id, status: 'pending' },
    });
    expect(formatTime(tomorrow.dueAt, 'Europe/Rome')).toBe('09:00');
    expect(await app.prisma.reminderOccurrence.findUniqueOrThrow({ where: { id: snooze.id } })).toMatchObject({
      status: 'skipped',
    });
    expect(await app.reminderQueue.getJob(occurrenceJobId(snooze.id))).toBeUndefined();

    await user.pressButton(button('Fatto'), message!.messageId);
    expect((await user.waitForReplies(1))[0]!.text).toBe('Segnato come fatto: "chiamare Rossi".');
    expect(await app.prisma.reminderOccurrence.findUniqueOrThrow({ where: { id: occurrence.id } })).toMatchObject({
      status: 'done',
    });
    expect(await app.prisma.reminderOccurrence.count({ where: { reminderId: reminder.id, status: 'pending' } })).toBe(
      0,
    );
    expect(await app.reminderQueue.getJob(occurrenceJobId(tomorrow.id))).toBeUndefined();
    expect(await app.prisma.reminder.findUniqueOrThrow({ where: { id: reminder.id } })).toMatchObject({
      status: 'completed',
    });
  });

  it('holds a non-urgent reminder during quiet hours but delivers one the client timed', async () => {
    const local = (offsetMin: number) => formatTime(new Date(Date.now() + offsetMin * 60_000), 'Europe/Rome');
    const linked = await app.linkedClient({ quietHoursStart: local(-60), quietHoursEnd: local(60) });
    const timed = await reminderDueIn(500, { client: linked, explicitTime: true });
    const untimed = await reminderDueIn(500, { client: linked, explicitTime: false });

    const [message] = await linked.user.waitForReplies(1, 5000);
    expect(message!.buttons.flat()[0]!.data).toBe(`od:${timed.occurrence.id}`);
    await eventually(
      'the untimed job to go back to waiting',
      async () => (await app.reminderQueue.getJobState(occurrenceJobId(untimed.occurrence.id))) === 'delayed',
    );
    await new Promise((r) => setTimeout(r, QUIET_MS));
    expect(linked.user.unreadReplies()).toEqual([]);
    expect(
      await app.prisma.reminderOccurrence.findUniqueOrThrow({ where: { id: untimed.occurrence.id } }),
    ).toMatchObject({ status: 'pending' });
    const job = await app.reminderQueue.getJob(occurrenceJobId(untimed.occurrence.id));
    // Back on the clock for the end of the quiet hours, about an hour from now.
    expect(job!.delay).toBeGreaterThan(55 * 60_000);
  });
});

describe('a daily reminder delivered on the eve of the change to summer time', () => {
  // The workers' clock runs from Saturday 27 March 2027, 09:00 in Rome; Sunday is summer time.
  const start = Date.now();
  const clock = () => new Date(new Date('2027-03-27T09:00:00+01:00').getTime() + (Date.now() - start));
  let app: WorkerApp;

  beforeAll(async () => {
    app = await startWorkerApp({ clock });
    await app.startWorkers();
  });
  afterAll(() => app?.stop());

  it('schedules the next one at the same local time, 23 hours later', async () => {
    const { client, user } = await app.linkedClient();
    const firstDueAt = new Date(clock().getTime() + 800);
    const { occurrence } = await createReminder(app.prisma, {
      clientId: client.id,
      text: 'medicina',
      firstDueAt,
      rrule: 'FREQ=DAILY',
      tz: 'Europe/Rome',
      explicitTime: true,
    });
    await app.scheduler.schedule(occurrence);
    await user.waitForReplies(1, 5000);

    const next = await eventually('the next occurrence', () =>
      app.prisma.reminderOccurrence.findFirst({
        where: { reminderId: occurrence.reminderId, status: 'pending', id: { not: occurrence.id } },
      }),
    );
    expect(formatTime(next.dueAt, 'Europe/Rome')).toBe(formatTime(firstDueAt, 'Europe/Rome'));
    expect(Math.round((next.dueAt.getTime() - firstDueAt.getTime()) / 60_000)).toBe(23 * 60);
    const job = await eventually('its job', async () => app.reminderQueue.getJob(occurrenceJobId(next.id)));
    expect(Math.round(job.opts.delay! / 3_600_000)).toBe(23);
  });
});
