import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, startWorkerApp, type WorkerApp } from '../../../test/support/workers.js';
import { formatTime } from '../../i18n/format.js';
import { createBriefingScheduler, morningBriefingJobId } from '../../jobs/kinds/morning-briefing.js';
import { addDays, formatDate, localDateTime } from '../../kernel/time.js';
import { briefingText } from './delivery.js';
import { briefingAt } from './plan.js';

const QUIET_MS = 1500;
const tz = 'Europe/Rome';

/**
 * The morning briefing against the real PostgreSQL, Redis and workers, through the emulated
 * Telegram Bot API. The briefing time is set to the current minute, so it is due now.
 */
describe('morning briefing', () => {
  let app: WorkerApp;

  beforeAll(async () => {
    app = await startWorkerApp();
  });
  afterAll(() => app?.stop());

  /** A client whose briefing of today is due now: today, its instant, tomorrow. */
  async function briefedClient(enabled = true) {
    const now = new Date();
    const { client, user } = await app.linkedClient({
      morningBriefingEnabled: enabled,
      morningBriefingTime: formatTime(now, tz),
    });
    const day = formatDate(localDateTime(now, tz));
    const tomorrow = formatDate(addDays(localDateTime(now, tz), 1));
    return {
      client,
      user,
      day,
      at: briefingAt(day, tz, client.morningBriefingTime),
      tomorrow,
      tomorrowAt: briefingAt(tomorrow, tz, client.morningBriefingTime),
    };
  }

  const addJob = (jobId: string, ref: { clientId: string; day: string; at: Date }) =>
    app.followupQueue.add(
      'morning_briefing',
      { kind: 'morning_briefing', clientId: ref.clientId, day: ref.day, at: ref.at.toISOString() },
      { jobId, removeOnComplete: true },
    );
  const rowsOf = (clientId: string) => app.prisma.morningBriefing.findMany({ where: { clientId } });
  const jobGone = async (jobId: string) => (await app.followupQueue.getJobState(jobId)) === 'unknown';

  it('sends the day in one message once, though two jobs for the day race on two workers', async () => {
    const { client, user, day, at, tomorrow, tomorrowAt } = await briefedClient();
    await app.prisma.booking.create({
      data: {
        clientId: client.id,
        title: 'dentista',
        startsAt: briefingAt(day, tz, '12:00'),
        endsAt: briefingAt(day, tz, '13:00'),
        status: 'confirmed',
        changedAt: new Date(),
      },
    });
    await app.prisma.booking.create({
      data: {
        clientId: client.id,
        title: 'cena da Gino',
        startsAt: briefingAt(day, tz, '20:30'),
        endsAt: briefingAt(day, tz, '22:00'),
        status: 'requested',
        changedAt: new Date(),
      },
    });
    await app.prisma.ticket.create({
      data: {
        clientId: client.id,
        summary: 'tradurre il contratto',
        details: 'tradurre il contratto',
        category: 'translation',
        due: new Date(`${day}T00:00:00Z`),
      },
    });
    await app.prisma.booking.create({
      data: {
        clientId: client.id,
        title: 'fiera',
        startsAt: briefingAt(tomorrow, tz, '10:00'),
        endsAt: briefingAt(tomorrow, tz, '11:00'),
        status: 'confirmed',
        changedAt: new Date(),
      },
    });

    await addJob(`dup1-${client.id}`, { clientId: client.id, day, at });
    await addJob(`dup2-${client.id}`, { clientId: client.id, day, at });
    await app.startWorkers();
    await app.startWorkers();

    const [message] = await user.waitForReplies(1, 15_000);
    await new Promise((r) => setTimeout(r, QUIET_MS));
    expect(user.unreadReplies()).toEqual([]);
    expect(message!.text.split('\n')).toEqual([
      expect.stringMatching(/^Buongiorno! La tua giornata, \S+ \d+ \S+:$/),
      '• 12:00 dentista',
      '• 20:30 cena da Gino (da confermare)',
      expect.stringMatching(/^• #\d+ in scadenza: tradurre il contratto$/),
    ]);
    expect((await rowsOf(client.id)).map((r) => [r.day.toISOString().slice(0, 10), r.sent])).toEqual([[day, true]]);
    // tomorrow's is on the clock, at tomorrow's 08:00-style local instant
    expect(await app.followupQueue.getJobState(morningBriefingJobId(client.id, tomorrow, tomorrowAt))).toBe('delayed');
  });

  it('sends nothing on an empty day, and records it', async () => {
    const { client, user, day, at } = await briefedClient();
    await addJob(`empty-${client.id}`, { clientId: client.id, day, at });
    await eventually('the briefing row', async () => (await rowsOf(client.id)).length > 0);
    await new Promise((r) => setTimeout(r, QUIET_MS));
    expect(user.unreadReplies()).toEqual([]);
    expect((await rowsOf(client.id)).map((r) => r.sent)).toEqual([false]);
  });

  it('does nothing and schedules nothing when the client switched it off', async () => {
    const { client, user, day, at, tomorrow, tomorrowAt } = await briefedClient(false);
    await app.prisma.booking.create({
      data: {
        clientId: client.id,
        title: 'dentista',
        startsAt: briefingAt(day, tz, '12:00'),
        endsAt: briefingAt(day, tz, '13:00'),
        status: 'confirmed',
        changedAt: new Date(),
      },
    });
    await addJob(`off-${client.id}`, { clientId: client.id, day, at });
    await eventually('the job to finish', () => jobGone(`off-${client.id}`));
    await new Promise((r) => setTimeout(r, QUIET_MS));
    expect(user.unreadReplies()).toEqual([]);
    expect(await rowsOf(client.id)).toEqual([]);
    expect(await jobGone(morningBriefingJobId(client.id, tomorrow, tomorrowAt))).toBe(true);
  });

  it('is put on the clock by the reconciler for a client who switched it on', async () => {
    const { client, user, day } = await briefedClient(false);
    await app.prisma.booking.create({
      data: {
        clientId: client.id,
        title: 'commercialista',
        startsAt: briefingAt(day, tz, '09:30'),
        endsAt: briefingAt(day, tz, '10:30'),
        status: 'confirmed',
        changedAt: new Date(),
      },
    });
    // the back-office flips the setting: no job exists, the next reconciliation round creates it
    await app.prisma.client.update({ where: { id: client.id }, data: { morningBriefingEnabled: true } });
    await app.startWorkers();
    const [message] = await user.waitForReplies(1, 15_000);
    expect(message!.text).toMatch(/09:30 commercialista/);
  });

  it('is switched on and off by the client, by command or in words', async () => {
    const { client, user } = await app.linkedClient();
    await user.sendCommand('/briefing 7:30');
    expect((await user.waitForReplies(1))[0]!.text).toMatch(/ogni mattina alle 07:30/);
    expect(
      await app.prisma.client.findUniqueOrThrow({
        where: { id: client.id },
        select: { morningBriefingEnabled: true, morningBriefingTime: true },
      }),
    ).toEqual({ morningBriefingEnabled: true, morningBriefingTime: '07:30' });
    // on the clock at once, not at the reconciler's next round
    const now = new Date();
    const today = formatDate(localDateTime(now, tz));
    const day = briefingAt(today, tz, '07:30') > now ? today : formatDate(addDays(localDateTime(now, tz), 1));
    expect(
      await app.followupQueue.getJobState(morningBriefingJobId(client.id, day, briefingAt(day, tz, '07:30'))),
    ).toBe('delayed');
    await user.sendText('disattiva il riepilogo mattutino');
    expect((await user.waitForReplies(1))[0]!.text).toMatch(/niente più riepilogo/);
    expect((await app.prisma.client.findUniqueOrThrow({ where: { id: client.id } })).morningBriefingEnabled).toBe(
      false,
    );
  });

  it('refuses a /briefing with a time or an argument it cannot use, and changes nothing', async () => {
    const { client, user } = await app.linkedClient();
    const before = await app.prisma.client.findUniqueOrThrow({
      where: { id: client.id },
      select: { morningBriefingEnabled: true, morningBriefingTime: true },
    });
    await user.sendCommand('/briefing 25:00');
    expect((await user.waitForReplies(1))[0]!.text).toBe(
      '«25:00» non è un orario valido: non ho cambiato nulla. Si usa così: /briefing on | off | 7:30',
    );
    await user.sendCommand('/briefing maybe');
    expect((await user.waitForReplies(1))[0]!.text).toBe(
      'Non ho capito «maybe»: non ho cambiato nulla. Si usa così: /briefing on | off | 7:30',
    );
    expect(
      await app.prisma.client.findUniqueOrThrow({
        where: { id: client.id },
        select: { morningBriefingEnabled: true, morningBriefingTime: true },
      }),
    ).toEqual(before);
  });

  it('is not switched by messages that only mention a briefing, nor by an answer to an assistant', async () => {
    const { client, user } = await app.linkedClient({ lang: 'en', morningBriefingEnabled: true });
    const enabled = async () =>
      (await app.prisma.client.findUniqueOrThrow({ where: { id: client.id } })).morningBriefingEnabled;
    const switchReply = /every morning at|no more morning briefing|ogni mattina alle|niente più riepilogo/;
    const answerTo = async (text: string) => {
      await user.sendText(text);
      return (await user.waitForReplies(1))[0]!.text;
    };
    expect(await answerTo('Remind me about the briefing on Monday at 9')).toMatch(
      /^Done: I will remind you .*"the briefing"/,
    );
    expect(await answerTo('Ricordami il briefing con Marco alle 9, sì grazie')).toMatch(/briefing con Marco/);
    expect(await app.prisma.reminder.count({ where: { clientId: client.id } })).toBe(2);
    expect(await answerTo('Annulla il briefing di domani con il cliente, no grazie')).not.toMatch(switchReply);
    expect(await enabled()).toBe(true);

    const assistant = await app.prisma.assistant.create({
      data: { slackUserId: `U${client.id.slice(0, 8).toUpperCase()}`, name: 'Giulia' },
    });
    await app.prisma.ticket.create({
      data: {
        clientId: client.id,
        summary: 'Agenda',
        details: 'Agenda',
        category: 'admin',
        status: 'waiting_client',
        assigneeId: assistant.id,
        waitingSince: new Date(),
      },
    });
    expect(await answerTo('briefing off')).toMatch(/^✓ Passed on to Giulia/);
    expect(await enabled()).toBe(true);
  });

  it('does not greet the client hours after the briefing time, when it was switched on late', async () => {
    const threeHoursAgo = new Date(Date.now() - 3 * 3600_000);
    const { client, user } = await app.linkedClient({
      morningBriefingEnabled: true,
      morningBriefingTime: formatTime(threeHoursAgo, tz),
    });
    const day = formatDate(localDateTime(threeHoursAgo, tz));
    await app.prisma.booking.create({
      data: {
        clientId: client.id,
        title: 'dentista',
        startsAt: briefingAt(day, tz, '23:00'),
        endsAt: briefingAt(day, tz, '23:30'),
        status: 'confirmed',
        changedAt: new Date(),
      },
    });
    await app.startWorkers();
    await addJob(`late-${client.id}`, {
      clientId: client.id,
      day,
      at: briefingAt(day, tz, client.morningBriefingTime),
    });
    await eventually('the job to finish', () => jobGone(`late-${client.id}`));
    await new Promise((r) => setTimeout(r, QUIET_MS));
    expect(user.unreadReplies()).toEqual([]);
    expect(await rowsOf(client.id)).toEqual([]);
  });

  it('schedules 08:00 local of the day after a daylight-saving change at its own instant', async () => {
    const { client } = await app.linkedClient({ morningBriefingEnabled: true, morningBriefingTime: '08:00' });
    // Sunday 29 March 2026, 09:00 in Rome (CEST): today's 08:00 has passed
    const scheduler = createBriefingScheduler({
      queue: app.followupQueue,
      prisma: app.prisma,
      clock: () => new Date('2026-03-29T07:00:00Z'),
    });
    await scheduler.scheduleNext(client.id);
    const jobId = morningBriefingJobId(client.id, '2026-03-30', new Date('2026-03-30T06:00:00Z'));
    expect(await app.followupQueue.getJobState(jobId)).toBe('delayed');
    expect((await app.followupQueue.getJob(jobId))!.data).toEqual({
      kind: 'morning_briefing',
      clientId: client.id,
      day: '2026-03-30',
      at: '2026-03-30T06:00:00.000Z',
    });
    await app.followupQueue.remove(jobId);
  });

  it('counts the e-mails kept for the briefing since the last one, naming their senders', async () => {
    const { client } = await app.linkedClient({ lang: 'it' });
    const now = new Date('2026-12-07T07:00:00Z');
    const lastBriefing = new Date('2026-12-06T07:00:00Z');
    await app.prisma.morningBriefing.create({
      data: { clientId: client.id, day: new Date('2026-12-06T00:00:00Z'), sent: true, sentAt: lastBriefing },
    });
    const mailbox = await app.prisma.mailbox.create({
      data: {
        ...{ clientId: client.id, imapHost: 'imap.example.test', imapPort: 993, smtpHost: 'smtp.example.test' },
        ...{ smtpPort: 465, tls: 'tls', user: 'studio@example.test', secret: 'v1.sealed', uidValidity: 1n },
      },
    });
    const received = async (fromName: string | null, hoursAgo: number, triage: 'counted' | 'ticket' = 'counted') =>
      app.prisma.mailMessage.create({
        data: {
          ...{ mailboxId: mailbox.id, clientId: client.id, messageId: `<${fromName}-${hoursAgo}@x>`, uidValidity: 1n },
          ...{ uid: BigInt(hoursAgo * 10), fromAddress: `${fromName ?? 'ufficio'}@example.test`, fromName },
          ...{ triage, reason: triage === 'counted' ? 'in-copy' : 'needs-answer' },
          createdAt: new Date(now.getTime() - hoursAgo * 3600_000),
        },
      });
    await received('Gianni Prima', 30); // before the last briefing: told then
    await received('Mario Rossi', 20);
    await received('Anna Bianchi', 10);
    await received('Mario Rossi', 9);
    await received(null, 5);
    await received('Luca Verdi', 2);
    await received('Chi Aspetta', 1, 'ticket'); // a ticket: the desk answers it, it is not counted

    const text = await briefingText(app.prisma, client, '2026-12-07', now);
    expect(text!.split('\n')).toEqual([
      expect.stringMatching(/^Buongiorno! La tua giornata, /),
      "✉️ 5 nuove email importanti dall'ultimo riepilogo: Mario Rossi, Anna Bianchi, ufficio@example.test, …",
    ]);
    const inEnglish = await briefingText(app.prisma, { ...client, lang: 'en' }, '2026-12-07', now);
    expect(inEnglish).toContain('5 new important e-mails since the last briefing: Mario Rossi, Anna Bianchi');
  });
});
