import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, startWorkerApp, type WorkerApp } from '../../../test/support/workers.js';
import { planBookingReminders } from '../../domain/bookings/booking-reminders.js';
import { cancelBooking, rescheduleBooking } from '../../domain/bookings/service.js';
import { bookingReminderJobId, createBookingReminderScheduler } from './booking-reminder.js';

const QUIET_MS = 1500;
const MIN = 60_000;

describe('booking reminders with real workers (Telegram emulator)', () => {
  let app: WorkerApp;
  let scheduler: ReturnType<typeof createBookingReminderScheduler>;

  beforeAll(async () => {
    app = await startWorkerApp();
    await app.startWorkers();
    scheduler = createBookingReminderScheduler({
      queue: app.followupQueue,
      prisma: app.prisma,
      clock: () => new Date(),
    });
  });
  afterAll(() => app?.stop());

  /** The ids of the jobs a booking should have right now, by its current row. */
  async function plannedJobIds(bookingId: string) {
    const booking = await app.prisma.booking.findUniqueOrThrow({ where: { id: bookingId }, include: { client: true } });
    return planBookingReminders(booking, booking.client, new Date()).map((p) =>
      bookingReminderJobId(p.bookingId, p.offsetMin, p.startsAt),
    );
  }
  const jobState = (id: string) => app.followupQueue.getJobState(id);

  it('follows a booking made, moved and cancelled in the conversation', async () => {
    const { client, user } = await app.linkedClient();
    await user.sendText('Metti in agenda il dentista tra 3 giorni alle 10:30');
    expect((await user.waitForReplies(1))[0]!.text).toMatch(/^Fissato: dentista/);
    const booking = await app.prisma.booking.findFirstOrThrow({ where: { clientId: client.id } });
    const first = await plannedJobIds(booking.id);
    expect(first).toHaveLength(2);
    for (const id of first) expect(await jobState(id)).toBe('delayed');
    const dayBefore = await app.followupQueue.getJob(first[0]!);
    expect(Math.abs(dayBefore!.opts.delay! - (booking.startsAt!.getTime() - 24 * 60 * MIN - Date.now()))).toBeLessThan(
      10_000,
    );

    await user.sendText('Sposta il dentista a domenica alle 11');
    expect((await user.waitForReplies(1))[0]!.text).toMatch(/^Spostato: dentista/);
    const moved = await plannedJobIds(booking.id);
    expect(moved.length).toBeGreaterThan(0);
    for (const id of first) expect(await jobState(id)).toBe('unknown');
    for (const id of moved) expect(await jobState(id)).toBe('delayed');

    // named by words: cancelled once the client confirms
    await user.sendText('Annulla il dentista');
    const [question] = await user.waitForReplies(1);
    expect(question!.text).toMatch(/^Annullo «dentista»/);
    await user.pressButton(question!.buttons[0]![0]!.data, question!.messageId);
    expect((await user.waitForReplies(1))[0]!.text).toMatch(/^Annullato: dentista/);
    for (const id of moved) expect(await jobState(id)).toBe('unknown');
  });

  it('schedules a date-only booking once its time is given', async () => {
    const { client, user } = await app.linkedClient();
    await user.sendText('Metti in agenda il dentista giovedì');
    expect((await user.waitForReplies(1))[0]!.text).toMatch(/^Fissato: dentista, giovedì [^,.]+\.\nA che ora\?/);
    const booking = await app.prisma.booking.findFirstOrThrow({ where: { clientId: client.id } });
    expect(await plannedJobIds(booking.id)).toEqual([]);

    await user.sendText('alle 10:30');
    expect((await user.waitForReplies(1))[0]!.text).toMatch(/^Fissato: dentista, giovedì [^,]+, 10:30–11:30\.$/);
    const planned = await plannedJobIds(booking.id);
    expect(planned.length).toBeGreaterThan(0);
    for (const id of planned) expect(await jobState(id)).toBe('delayed');
  });

  async function bookingIn(ms: number, title = 'commercialista') {
    const { client, user } = await app.linkedClient();
    const startsAt = new Date(Date.now() + ms);
    const booking = await app.prisma.booking.create({
      data: {
        clientId: client.id,
        title,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 60 * MIN),
        status: 'confirmed',
        changedAt: new Date(),
      },
    });
    await scheduler.bookingChanged(booking.id);
    return { client, user, booking };
  }

  it('reminds an hour before, once, with Cancel and Change time', async () => {
    const { user, booking } = await bookingIn(60 * MIN + 1200);
    const [message] = await user.waitForReplies(1, 5000);
    expect(message!.text).toMatch(/^Promemoria: commercialista, .* alle \d{1,2}:\d\d\.$/);
    expect(message!.buttons.flat().map((b) => [b.text, b.data])).toEqual([
      ['Annulla', `cx:b:${booking.id}`],
      ['Cambia orario', `ch:b:${booking.id}`],
    ]);
    // A restart reconciles from Postgres: the reminder is logged as sent, nothing goes again.
    await app.startWorkers();
    await new Promise((r) => setTimeout(r, QUIET_MS));
    expect(user.unreadReplies()).toEqual([]);
  });

  it('sends nothing for a cancelled booking, even from a stray job', async () => {
    const { client, user, booking } = await bookingIn(60 * MIN + 1500);
    const [jobId] = await plannedJobIds(booking.id);
    await cancelBooking(app.prisma, client.id, booking.id, new Date());
    await scheduler.bookingChanged(booking.id);
    expect(await jobState(jobId!)).toBe('unknown');

    await app.followupQueue.add(
      'booking_reminder',
      { kind: 'booking_reminder', bookingId: booking.id, offsetMin: 60, startsAt: booking.startsAt!.toISOString() },
      { jobId: `stray-${booking.id}` },
    );
    await eventually(
      'the stray job to finish',
      async () => (await app.followupQueue.getJobState(`stray-${booking.id}`)) === 'completed',
    );
    await new Promise((r) => setTimeout(r, QUIET_MS));
    expect(user.unreadReplies()).toEqual([]);
  });

  it('moves the reminders of a moved booking', async () => {
    const { client, user, booking } = await bookingIn(60 * MIN + 1500);
    const [oldJob] = await plannedJobIds(booking.id);
    const later = new Date(Date.now() + 3 * 60 * MIN);
    await app.prisma.$transaction((tx) => rescheduleBooking(tx, client.id, booking.id, later, new Date()));
    await scheduler.bookingChanged(booking.id, booking.startsAt);
    expect(await jobState(oldJob!)).toBe('unknown');
    const [newJob] = await plannedJobIds(booking.id);
    expect(await jobState(newJob!)).toBe('delayed');

    // The old instant passes: a job left from it finds the booking moved.
    await app.followupQueue.add(
      'booking_reminder',
      { kind: 'booking_reminder', bookingId: booking.id, offsetMin: 60, startsAt: booking.startsAt!.toISOString() },
      { jobId: `stray-${booking.id}`, delay: 1500 },
    );
    await eventually(
      'the stray job to finish',
      async () => (await app.followupQueue.getJobState(`stray-${booking.id}`)) === 'completed',
    );
    await new Promise((r) => setTimeout(r, QUIET_MS));
    expect(user.unreadReplies()).toEqual([]);
  });
});
