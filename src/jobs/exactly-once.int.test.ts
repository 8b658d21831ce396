import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { spawnWorkerProcess, type WorkerProcess } from '../../test/support/worker-process.js';
import { eventually, flushPrefix, startWorkerApp, testRedisUrl, type WorkerApp } from '../../test/support/workers.js';
import { createReminder } from '../domain/reminders/service.js';
import { occurrenceJobId } from './kinds/reminder.js';

const QUIET_MS = 1500;

/**
 * Each guarantee of issue 6 against the real PostgreSQL, Redis and workers: the client sees
 * every occurrence exactly once, whatever happens to jobs and processes.
 */
describe('exactly once', () => {
  let app: WorkerApp;
  let child: WorkerProcess | undefined;
  const stops: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    app = await startWorkerApp();
  });
  afterEach(async () => {
    await child?.kill();
    child = undefined;
    while (stops.length) await stops.pop()!();
  });
  afterAll(() => app?.stop());

  async function startWorkers() {
    stops.push(await app.startWorkers());
  }

  async function reminder(dueInMs: number, options: { rrule?: string; schedule?: boolean } = {}) {
    const { client, user } = await app.linkedClient();
    const { reminder, occurrence } = await createReminder(app.prisma, {
      clientId: client.id,
      text: 'pagare F24',
      firstDueAt: new Date(Date.now() + dueInMs),
      rrule: options.rrule,
      tz: 'Europe/Rome',
      explicitTime: true,
    });
    if (options.schedule ?? true) await app.scheduler.schedule(occurrence);
    return { user, reminder, occurrence };
  }

  /** The client got exactly one message, and no second one arrives. */
  async function receivedOnce(user: Awaited<ReturnType<typeof reminder>>['user'], timeoutMs = 15_000) {
    const [message] = await user.waitForReplies(1, timeoutMs);
    await new Promise((r) => setTimeout(r, QUIET_MS));
    expect(user.unreadReplies()).toEqual([]);
    return message!;
  }

  it('delivers once when duplicate jobs race on two workers', async () => {
    await startWorkers();
    await startWorkers();
    const items = await Promise.all(Array.from({ length: 8 }, () => reminder(800)));
    // A second job for each occurrence, under another id: both run, on whichever worker.
    await Promise.all(
      items.map(({ occurrence }) =>
        app.reminderQueue.add(
          'deliver',
          { occurrenceId: occurrence.id },
          { jobId: `dup-${occurrence.id}`, delay: 800 },
        ),
      ),
    );
    await Promise.all(items.map(({ user }) => receivedOnce(user)));
    expect(
      await app.prisma.reminderOccurrence.count({
        where: { id: { in: items.map((i) => i.occurrence.id) }, status: 'sent' },
      }),
    ).toBe(items.length);
  });

  it('delivers once when the worker is killed (SIGKILL) in the middle of the send', async () => {
    const { user, occurrence } = await reminder(300);
    child = spawnWorkerProcess({
      databaseUrl: app.databaseUrl,
      redisUrl: testRedisUrl,
      prefix: app.prefix,
      telegram: app.emulator,
      slowSendMs: 60_000,
    });
    await child.waitFor('ready');
    // The send has started (the row is locked, the transaction open) and not reached Telegram.
    await eventually(
      'the child to pick the job',
      async () => (await app.reminderQueue.getJobState(occurrenceJobId(occurrence.id))) === 'active',
    );
    await new Promise((r) => setTimeout(r, 300));
    await child.kill();
    expect(await app.prisma.reminderOccurrence.findUniqueOrThrow({ where: { id: occurrence.id } })).toMatchObject({
      status: 'pending',
    });

    await startWorkers();
    const message = await receivedOnce(user);
    expect(message.text).toBe('⏰ Promemoria: pagare F24');
    expect(await app.prisma.reminderOccurrence.findUniqueOrThrow({ where: { id: occurrence.id } })).toMatchObject({
      status: 'sent',
      deliveredLate: false,
    });
  });

  it('does not send again when the worker is killed after the delivery committed', async () => {
    // Every 5 minutes: the next occurrence is near enough for the reconciler to put back.
    const { user, reminder: r, occurrence } = await reminder(300, { rrule: 'FREQ=MINUTELY;INTERVAL=5' });
    child = spawnWorkerProcess({
      databaseUrl: app.databaseUrl,
      redisUrl: testRedisUrl,
      prefix: app.prefix,
      telegram: app.emulator,
      slowScheduleMs: 60_000,
    });
    await child.waitFor('scheduling');
    await child.kill();
    const [message] = await user.waitForReplies(1, 1000);
    expect(message!.text).toBe('⏰ Promemoria: pagare F24');

    await startWorkers();
    // The killed job is found stalled and run again: it finds the occurrence sent.
    await eventually(
      'the killed job to be run again',
      async () => (await app.reminderQueue.getJob(occurrenceJobId(occurrence.id))) === undefined,
    );
    await new Promise((r) => setTimeout(r, QUIET_MS));
    expect(user.unreadReplies()).toEqual([]);
    const next = await app.prisma.reminderOccurrence.findFirstOrThrow({
      where: { reminderId: r.id, status: 'pending' },
    });
    expect(await app.reminderQueue.getJobState(occurrenceJobId(next.id))).toBe('delayed');
  });

  /** Holds the reminder's row locked until released: whatever updates the reminder waits. */
  async function holdReminderRow(reminderId: string) {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    const holding = app.prisma.$transaction(
      async (tx) => {
        await tx.$queryRaw`SELECT id FROM reminders WHERE id = ${reminderId}::uuid FOR UPDATE`;
        locked();
        await released;
      },
      { timeout: 60_000 },
    );
    await isLocked;
    return async () => {
      release();
      await holding;
    };
  }

  it('sends nothing while the series cannot move on, and once when a killed worker is replaced', async () => {
    const { user, reminder: r, occurrence } = await reminder(300, { rrule: 'FREQ=DAILY' });
    // The series' next step comes before the send, in the same transaction: a held reminder row holds the send.
    const release = await holdReminderRow(r.id);
    child = spawnWorkerProcess({
      databaseUrl: app.databaseUrl,
      redisUrl: testRedisUrl,
      prefix: app.prefix,
      telegram: app.emulator,
    });
    await child.waitFor('ready', 60_000);
    await eventually(
      'the worker to wait on the reminder row',
      async () => {
        const [row] = await app.prisma.$queryRaw<{ waiting: number }[]>`
          SELECT count(*)::int AS waiting FROM pg_stat_activity
          WHERE datname = current_database() AND wait_event_type = 'Lock'`;
        return row!.waiting > 0;
      },
      30_000,
    );
    await new Promise((r) => setTimeout(r, QUIET_MS));
    expect(user.unreadReplies()).toEqual([]);
    await child.kill();
    await release();

    await startWorkers();
    const message = await receivedOnce(user, 30_000);
    expect(message.text).toBe('⏰ Promemoria: pagare F24');
    expect(await app.prisma.reminderOccurrence.findUniqueOrThrow({ where: { id: occurrence.id } })).toMatchObject({
      status: 'sent',
    });
    // The series went on: tomorrow's occurrence is on the clock.
    const next = await app.prisma.reminderOccurrence.findFirstOrThrow({
      where: { reminderId: r.id, status: 'pending' },
    });
    expect(next.dueAt.getTime() - occurrence.dueAt.getTime()).toBeGreaterThan(22 * 3600_000);
    expect(next.dueAt.getTime() - occurrence.dueAt.getTime()).toBeLessThanOrEqual(25 * 3600_000);
    expect(await app.reminderQueue.getJobState(occurrenceJobId(next.id))).toBe('delayed');
  });

  it('rebuilds a flushed Redis from Postgres when the workers start', async () => {
    const items = await Promise.all([reminder(500), reminder(900), reminder(1300)]);
    expect(await flushPrefix(app.redis, app.prefix)).toBeGreaterThan(0);
    expect(await app.reminderQueue.getJob(occurrenceJobId(items[0]!.occurrence.id))).toBeUndefined();
    await startWorkers();
    await Promise.all(items.map(({ user }) => receivedOnce(user)));
  });

  it('re-creates jobs lost while the workers run, on the periodic round', async () => {
    const periodic = await startWorkerApp({ tuning: { reconcileEveryMs: 400 } });
    try {
      await periodic.startWorkers();
      const { client, user } = await periodic.linkedClient();
      const { occurrence } = await createReminder(periodic.prisma, {
        clientId: client.id,
        text: 'pagare F24',
        firstDueAt: new Date(Date.now() + 1500),
        tz: 'Europe/Rome',
        explicitTime: true,
      });
      await periodic.scheduler.schedule(occurrence);
      await periodic.reminderQueue.remove(occurrenceJobId(occurrence.id));
      expect(await periodic.reminderQueue.getJob(occurrenceJobId(occurrence.id))).toBeUndefined();
      await receivedOnce(user);
    } finally {
      await periodic.stop();
    }
  });

  it('delivers on recovery what fell due while everything was down, marked late', async () => {
    const oneOff = await reminder(-40 * 60_000, { schedule: false });
    const daily = await reminder(-3 * 24 * 3600_000 - 60_000, { rrule: 'FREQ=DAILY', schedule: false });
    await startWorkers();

    const late = await receivedOnce(oneOff.user);
    expect(late.text).toMatch(/^⏰ Promemoria, in ritardo \(era per .* alle \d{1,2}:\d\d\): pagare F24$/);
    expect(
      await app.prisma.reminderOccurrence.findUniqueOrThrow({ where: { id: oneOff.occurrence.id } }),
    ).toMatchObject({ status: 'sent', deliveredLate: true });

    // Three missed days of a daily reminder make one late message, and the series goes on from now.
    expect((await receivedOnce(daily.user)).text).toMatch(/in ritardo/);
    const next = await app.prisma.reminderOccurrence.findFirstOrThrow({
      where: { reminderId: daily.reminder.id, status: 'pending' },
    });
    expect(next.dueAt.getTime()).toBeGreaterThan(Date.now());
    expect(next.dueAt.getTime() - Date.now()).toBeLessThan(24 * 3600_000);
  });
});
