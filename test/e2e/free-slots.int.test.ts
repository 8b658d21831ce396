import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeButton } from '../../src/kernel/actions.js';
import { QUEUE_FOLLOWUPS } from '../../src/jobs/kind.js';
import { bookingReminderJobId } from '../../src/jobs/kinds/booking-reminder.js';
import { createRedis } from '../../src/infra/redis/connection.js';
import { invitedClient, startDelego } from '../support/delego.js';
import { testPrisma } from '../support/db.js';
import { startTelegramEmulator, type TelegramEmulator } from '../support/telegram-emulator.js';
import { testRedisUrl } from '../support/workers.js';

// Monday 23 November 2026, 10:00 in Rome; "giovedì" is the 26th.
const now = new Date('2026-11-23T10:00:00+01:00');
const thursday = (hhmm: string) => new Date(`2026-11-26T${hhmm}:00+01:00`);

describe('free slots and clashes through Telegram (emulated Bot API)', () => {
  let emulator: TelegramEmulator;
  let app: Awaited<ReturnType<typeof startDelego>>;
  let followups: Queue;
  const redis = createRedis(testRedisUrl);

  beforeAll(async () => {
    emulator = await startTelegramEmulator();
    app = await startDelego({ TELEGRAM_BOT_TOKEN: emulator.token, TELEGRAM_API_ROOT: emulator.apiRoot }, now);
    followups = new Queue(QUEUE_FOLLOWUPS, { connection: redis, prefix: app.queuePrefix });
  });
  afterAll(async () => {
    await followups?.close();
    await app?.stop();
    await emulator?.close();
    redis.disconnect();
  });

  async function linkedUser() {
    const { client, code } = await invitedClient('it', now);
    const user = emulator.user({ firstName: 'Mario', languageCode: 'it' });
    await user.sendCommand(`/start ${code}`);
    await user.waitForReplies(1);
    return { user, client };
  }

  const book = (clientId: string, title: string, from: string, to: string) =>
    testPrisma().booking.create({
      data: { clientId, title, startsAt: thursday(from), endsAt: thursday(to), status: 'confirmed', changedAt: now },
    });

  it('offers three free afternoon hours as buttons and books the one tapped', async () => {
    const { user, client } = await linkedUser();
    await book(client.id, 'commercialista', '13:00', '14:30');

    await user.sendText("trovami un'ora libera giovedì pomeriggio");
    const [offer] = await user.waitForReplies(1);
    expect(offer!.text).toMatch(/Spazi liberi di 60 minuti/);
    expect(offer!.buttons.map((row) => row[0]!.text)).toEqual([
      'giovedì 26 novembre 14:30–15:30',
      'giovedì 26 novembre 15:30–16:30',
      'giovedì 26 novembre 16:30–17:30',
    ]);
    for (const row of offer!.buttons) expect(Buffer.byteLength(row[0]!.data)).toBeLessThanOrEqual(64);

    const invitations = emulator.callsOf('sendDocument').length;
    await user.pressButton(offer!.buttons[1]![0]!.data, offer!.messageId);
    const [confirmed] = await user.waitForReplies(1);
    expect(confirmed!.text).toBe('Fissato: Appuntamento, giovedì 26 novembre, 15:30–16:30.');
    // the same confirmation as any booking: it comes with the calendar invitation
    expect(emulator.callsOf('sendDocument')).toHaveLength(invitations + 1);
    const booked = await testPrisma().booking.findFirstOrThrow({
      where: { clientId: client.id, title: 'Appuntamento' },
    });
    expect([booked.status, booked.startsAt?.toISOString(), booked.endsAt?.toISOString()]).toEqual([
      'confirmed',
      thursday('15:30').toISOString(),
      thursday('16:30').toISOString(),
    ]);

    await user.sendText('cosa ho giovedì?');
    expect((await user.waitForReplies(1))[0]!.text).toMatch(/15:30 Appuntamento/);

    // The offer is used: the same slot or another one tapped again books nothing and names the booking made.
    for (const row of [offer!.buttons[1]!, offer!.buttons[2]!]) {
      await user.pressButton(row[0]!.data, offer!.messageId);
      const [again] = await user.waitForReplies(1);
      expect(again!.text).toBe('Hai già scelto: Appuntamento, giovedì 26 novembre, 15:30–16:30.');
    }
    expect(await testPrisma().booking.count({ where: { clientId: client.id, status: 'confirmed' } })).toBe(2);
  });

  it('names a clash, offers the nearest free slots and books one with the title asked for', async () => {
    const { user, client } = await linkedUser();
    await book(client.id, 'dentista', '15:00', '16:00');

    await user.sendText('Prenota la riunione con Rossi giovedì alle 15');
    const [clash] = await user.waitForReplies(1);
    expect(clash!.text).toMatch(/hai già «dentista» \(15:00–16:00\)/);
    // an hour before and after it, then the nearer of two hours before and after (the earlier)
    expect(clash!.buttons.map((row) => row[0]!.text)).toEqual([
      'Segna comunque',
      'giovedì 26 novembre 13:00–14:00',
      'giovedì 26 novembre 14:00–15:00',
      'giovedì 26 novembre 16:00–17:00',
    ]);

    await user.pressButton(clash!.buttons[3]![0]!.data, clash!.messageId);
    const [confirmed] = await user.waitForReplies(1);
    expect(confirmed!.text).toMatch(/^Fissato: riunione.*Rossi.*giovedì 26 novembre, 16:00–17:00\.$/);
    const booked = await testPrisma().booking.findFirstOrThrow({
      where: { clientId: client.id, startsAt: thursday('16:00') },
    });
    expect(booked.title).toMatch(/Rossi/);
  });

  it('offers free slots when a move clashes, and a tap moves the booking there', async () => {
    const { user, client } = await linkedUser();
    await user.sendText('riunione con Rossi giovedì alle 10');
    expect((await user.waitForReplies(1))[0]!.text).toBe(
      'Fissato: riunione con Rossi, giovedì 26 novembre, 10:00–11:00.',
    );
    const rossi = await testPrisma().booking.findFirstOrThrow({ where: { clientId: client.id } });
    const reminderJobs = (startsAt: Date) =>
      Promise.all([1440, 60].map((offset) => followups.getJobState(bookingReminderJobId(rossi.id, offset, startsAt))));
    expect(await reminderJobs(thursday('10:00'))).toEqual(['delayed', 'delayed']);
    await book(client.id, 'dentista', '15:00', '16:00');

    await user.sendText('sposta la riunione con Rossi a giovedì alle 15');
    const [clash] = await user.waitForReplies(1);
    expect(clash!.text).toMatch(/hai già «dentista» \(15:00–16:00\)[\s\S]*toccane uno per spostarlo lì/);
    expect(clash!.buttons.map((row) => row[0]!.text)).toEqual([
      'giovedì 26 novembre 13:00–14:00',
      'giovedì 26 novembre 14:00–15:00',
      'giovedì 26 novembre 16:00–17:00',
    ]);
    for (const row of clash!.buttons) expect(Buffer.byteLength(row[0]!.data)).toBeLessThanOrEqual(64);

    const invitations = emulator.callsOf('sendDocument').length;
    await user.pressButton(clash!.buttons[2]![0]!.data, clash!.messageId);
    expect((await user.waitForReplies(1))[0]!.text).toBe(
      'Spostato: riunione con Rossi, giovedì 26 novembre alle 16:00.',
    );
    // the updated invitation comes with it, so the client's calendar moves the event
    expect(emulator.callsOf('sendDocument')).toHaveLength(invitations + 1);
    const moved = await testPrisma().booking.findMany({
      where: { clientId: client.id, status: 'confirmed' },
      orderBy: { startsAt: 'asc' },
    });
    expect(moved.map((b) => [b.title, b.startsAt?.toISOString(), b.endsAt?.toISOString()])).toEqual([
      ['dentista', thursday('15:00').toISOString(), thursday('16:00').toISOString()],
      ['riunione con Rossi', thursday('16:00').toISOString(), thursday('17:00').toISOString()],
    ]);
    expect(moved[1]!.icsSequence).toBeGreaterThan(rossi.icsSequence);
    expect(await reminderJobs(thursday('10:00'))).toEqual(['unknown', 'unknown']);
    expect(await reminderJobs(thursday('16:00'))).toEqual(['delayed', 'delayed']);

    // The 14:00 slot of the same offer, taken meanwhile: the clash again, with fresh slots, and nothing moves.
    await book(client.id, 'commercialista', '14:00', '15:00');
    await user.pressButton(clash!.buttons[1]![0]!.data, clash!.messageId);
    const [again] = await user.waitForReplies(1);
    expect(again!.text).toMatch(/hai già «commercialista» \(14:00–15:00\)/);
    expect(again!.buttons.flat().map((b) => b.text)).not.toContain('giovedì 26 novembre 14:00–15:00');
    expect(again!.buttons.flat().every((b) => b.data.startsWith(`mv:${rossi.id}:`))).toBe(true);
    expect((await testPrisma().booking.findUniqueOrThrow({ where: { id: rossi.id } })).startsAt).toEqual(
      thursday('16:00'),
    );
  });

  it("refuses a move button carrying another client's booking, or a booking no longer confirmed, and moves nothing", async () => {
    const owner = await linkedUser();
    const theirs = await book(owner.client.id, 'riunione con Rossi', '10:00', '11:00');
    const forged = encodeButton({
      op: 'move',
      bookingId: theirs.id,
      startMin: Math.round(thursday('12:00').getTime() / 60_000),
    });

    const intruder = await linkedUser();
    await intruder.user.pressButton(forged, 1);
    expect((await intruder.user.waitForReplies(1))[0]!.text).toMatch(/non esiste più o non è tuo/);

    await testPrisma().booking.update({ where: { id: theirs.id }, data: { status: 'cancelled' } });
    await owner.user.pressButton(forged, 1);
    expect((await owner.user.waitForReplies(1))[0]!.text).toMatch(/non esiste più o non è tuo/);

    const after = await testPrisma().booking.findUniqueOrThrow({ where: { id: theirs.id } });
    expect([after.startsAt, after.endsAt, after.icsSequence]).toEqual([
      thursday('10:00'),
      thursday('11:00'),
      theirs.icsSequence,
    ]);
    expect(await testPrisma().booking.count({ where: { clientId: intruder.client.id } })).toBe(0);
  });

  it('keeps what the time is for: a typed time books it under that title', async () => {
    const { user, client } = await linkedUser();
    await user.sendText("trovami un'ora per la riunione con Rossi giovedì pomeriggio");
    const [offer] = await user.waitForReplies(1);
    expect(offer!.buttons).toHaveLength(3);
    await user.sendText('alle 16');
    expect((await user.waitForReplies(1))[0]!.text).toBe(
      'Fissato: riunione con Rossi, giovedì 26 novembre, 16:00–17:00.',
    );
    expect(
      await testPrisma().booking.count({
        where: { clientId: client.id, title: 'riunione con Rossi', startsAt: thursday('16:00') },
      }),
    ).toBe(1);
  });

  it('says when the window is full and offers the next free slots after it', async () => {
    const { user, client } = await linkedUser();
    await book(client.id, 'fiera', '13:00', '18:00');

    await user.sendText('ho un buco giovedì pomeriggio?');
    const [reply] = await user.waitForReplies(1);
    expect(reply!.text).toMatch(/non hai 60 minuti liberi/);
    expect(reply!.buttons.map((row) => row[0]!.text)).toEqual([
      'venerdì 27 novembre 09:00–10:00',
      'lunedì 30 novembre 09:00–10:00',
      'martedì 1 dicembre 09:00–10:00',
    ]);
  });

  it('refuses a slot in the past or outside working hours, politely and with fresh slots', async () => {
    const { user } = await linkedUser();
    const minutes = (d: Date) => Math.round(d.getTime() / 60_000);
    for (const start of [new Date('2026-11-20T10:00:00+01:00'), new Date('2026-11-28T10:00:00+01:00')]) {
      await user.pressButton(`sl:${minutes(start)}:60`, 1);
      const [refused] = await user.waitForReplies(1);
      expect(refused!.text).toMatch(/non si può più prenotare/);
      expect(refused!.buttons.length).toBeGreaterThan(0);
    }
    await user.pressButton('sl:1:99999', 1);
    expect((await user.waitForReplies(1))[0]!.text).toMatch(/non esiste più/);
  });
});
