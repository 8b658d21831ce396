import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invitedClient, startDelego } from '../support/delego.js';
import { testPrisma } from '../support/db.js';
import { startTelegramEmulator, type TelegramEmulator } from '../support/telegram-emulator.js';

// Monday 23 November 2026, 10:00 in Rome; "giovedì" is the 26th.
const now = new Date('2026-11-23T10:00:00+01:00');
const thursday = (hhmm: string) => new Date(`2026-11-26T${hhmm}:00+01:00`);

describe('free slots and clashes through Telegram (emulated Bot API)', () => {
  let emulator: TelegramEmulator;
  let app: Awaited<ReturnType<typeof startDelego>>;

  beforeAll(async () => {
    emulator = await startTelegramEmulator();
    app = await startDelego({ TELEGRAM_BOT_TOKEN: emulator.token, TELEGRAM_API_ROOT: emulator.apiRoot }, now);
  });
  afterAll(async () => {
    await app?.stop();
    await emulator?.close();
  });

  async function linkedUser() {
    const { client, code } = await invitedClient('it', now);
    const user = emulator.user({ firstName: 'Mario', languageCode: 'it' });
    await user.sendCommand(`/start ${code}`);
    await user.waitForReplies(1);
    return { user, client };
  }

  const book = (clientId: string, title: string, from: string, to: string) =>
    testPrisma().booking.create({ data: { clientId, title, startsAt: thursday(from), endsAt: thursday(to), status: 'confirmed' } });

  it('offers three free afternoon hours as buttons and books the one tapped', async () => {
    const { user, client } = await linkedUser();
    await book(client.id, 'commercialista', '13:00', '14:30');

    await user.sendText("trovami un'ora libera giovedì pomeriggio");
    const [offer] = await user.waitForReplies(1);
    expect(offer!.text).toMatch(/Spazi liberi di 60 minuti/);
    expect(offer!.buttons.map((row) => row[0]!.text)).toEqual(['giovedì 26 novembre 14:30–15:30', 'giovedì 26 novembre 15:30–16:30', 'giovedì 26 novembre 16:30–17:30']);
    for (const row of offer!.buttons) expect(Buffer.byteLength(row[0]!.data)).toBeLessThanOrEqual(64);

    const invitations = emulator.callsOf('sendDocument').length;
    await user.pressButton(offer!.buttons[1]![0]!.data, offer!.messageId);
    const [confirmed] = await user.waitForReplies(1);
    expect(confirmed!.text).toBe('Fissato: Appuntamento, giovedì 26 novembre alle 15:30.');
    // the same confirmation as any booking: it comes with the calendar invitation
    expect(emulator.callsOf('sendDocument')).toHaveLength(invitations + 1);
    const booked = await testPrisma().booking.findFirstOrThrow({ where: { clientId: client.id, title: 'Appuntamento' } });
    expect([booked.status, booked.startsAt?.toISOString(), booked.endsAt?.toISOString()]).toEqual(['confirmed', thursday('15:30').toISOString(), thursday('16:30').toISOString()]);

    await user.sendText('cosa ho giovedì?');
    expect((await user.waitForReplies(1))[0]!.text).toMatch(/15:30 Appuntamento/);

    // The same slot tapped again is taken now: refused, with fresh slots instead.
    await user.pressButton(offer!.buttons[1]![0]!.data, offer!.messageId);
    const [again] = await user.waitForReplies(1);
    expect(again!.text).toMatch(/hai già Appuntamento/);
    expect(again!.buttons.length).toBeGreaterThan(0);
    expect(again!.buttons.flat().map((b) => b.text)).not.toContain('giovedì 26 novembre 15:30–16:30');
    expect(await testPrisma().booking.count({ where: { clientId: client.id, status: 'confirmed' } })).toBe(2);
  });

  it('names a clash, offers the nearest free slots and books one with the title asked for', async () => {
    const { user, client } = await linkedUser();
    await book(client.id, 'dentista', '15:00', '16:00');

    await user.sendText('Prenota la riunione con Rossi giovedì alle 15');
    const [clash] = await user.waitForReplies(1);
    expect(clash!.text).toMatch(/hai già dentista/);
    // an hour before and after it, then the nearer of two hours before and after (the earlier)
    expect(clash!.buttons.map((row) => row[0]!.text)).toEqual(['giovedì 26 novembre 13:00–14:00', 'giovedì 26 novembre 14:00–15:00', 'giovedì 26 novembre 16:00–17:00']);

    await user.pressButton(clash!.buttons[2]![0]!.data, clash!.messageId);
    const [confirmed] = await user.waitForReplies(1);
    expect(confirmed!.text).toMatch(/^Fissato: riunione.*Rossi.*giovedì 26 novembre alle 16:00\.$/);
    const booked = await testPrisma().booking.findFirstOrThrow({ where: { clientId: client.id, startsAt: thursday('16:00') } });
    expect(booked.title).toMatch(/Rossi/);
  });

  it('keeps what the time is for: a typed time books it under that title', async () => {
    const { user, client } = await linkedUser();
    await user.sendText("trovami un'ora per la riunione con Rossi giovedì pomeriggio");
    const [offer] = await user.waitForReplies(1);
    expect(offer!.buttons).toHaveLength(3);
    await user.sendText('alle 16');
    expect((await user.waitForReplies(1))[0]!.text).toBe('Fissato: riunione con Rossi, giovedì 26 novembre alle 16:00.');
    expect(await testPrisma().booking.count({ where: { clientId: client.id, title: 'riunione con Rossi', startsAt: thursday('16:00') } })).toBe(1);
  });

  it('says when the window is full and offers the next free slots after it', async () => {
    const { user, client } = await linkedUser();
    await book(client.id, 'fiera', '13:00', '18:00');

    await user.sendText('ho un buco giovedì pomeriggio?');
    const [reply] = await user.waitForReplies(1);
    expect(reply!.text).toMatch(/non hai 60 minuti liberi/);
    expect(reply!.buttons.map((row) => row[0]!.text)).toEqual(['venerdì 27 novembre 09:00–10:00', 'lunedì 30 novembre 09:00–10:00', 'martedì 1 dicembre 09:00–10:00']);
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
