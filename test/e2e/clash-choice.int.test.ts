import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invitedClient, startDelego } from '../support/delego.js';
import { testPrisma } from '../support/db.js';
import { startTelegramEmulator, type TelegramEmulator } from '../support/telegram-emulator.js';

// Monday 23 November 2026, 10:00 in Rome; "giovedì" is the 26th. The clock moves only where a test says.
const start = new Date('2026-11-23T10:00:00+01:00');
let now = start;
const thursday = (hhmm: string) => new Date(`2026-11-26T${hhmm}:00+01:00`);

describe('a clash is advice, and an offer keeps what it was for (Telegram, emulated Bot API)', () => {
  let emulator: TelegramEmulator;
  let app: Awaited<ReturnType<typeof startDelego>>;
  const db = testPrisma();

  beforeAll(async () => {
    emulator = await startTelegramEmulator();
    app = await startDelego({ TELEGRAM_BOT_TOKEN: emulator.token, TELEGRAM_API_ROOT: emulator.apiRoot }, () => now);
  });
  afterAll(async () => {
    await app?.stop();
    await emulator?.close();
  });

  async function linkedUser(lang: 'it' | 'en' = 'it') {
    now = start;
    const { client, code } = await invitedClient(lang, now);
    const user = emulator.user({ firstName: 'Anna', languageCode: lang });
    await user.sendCommand(`/start ${code}`);
    await user.waitForReplies(1);
    await db.booking.create({
      data: {
        clientId: client.id,
        title: 'riunione con Bassi',
        startsAt: thursday('10:00'),
        endsAt: thursday('11:00'),
        status: 'confirmed',
        changedAt: now,
      },
    });
    return { user, client };
  }

  async function say(user: Awaited<ReturnType<typeof linkedUser>>['user'], text: string) {
    await user.sendText(text);
    return (await user.waitForReplies(1))[0]!;
  }

  it('keeps a hearing that does not move when the client says so, records the overlap and shows it', async () => {
    const { user, client } = await linkedUser();
    const clash = await say(user, 'giovedì ho udienza alle 9:30 in tribunale');
    expect(clash.text).toMatch(/^A quell'ora hai già «riunione con Bassi» \(10:00–11:00\)\. .*«Segna comunque»/);
    expect(clash.buttons[0]![0]!.text).toBe('Segna comunque');
    expect(clash.buttons.length).toBeGreaterThan(1);

    const kept = await say(user, "segnalo lo stesso alle 9:30, l'udienza non si sposta");
    expect(kept.text).toBe(
      'Fissato: udienza in tribunale, giovedì 26 novembre, 09:30–10:30, sovrapposto a «riunione con Bassi» (10:00–11:00).',
    );
    const bookings = await db.booking.findMany({ where: { clientId: client.id }, orderBy: { startsAt: 'asc' } });
    expect(bookings.map((b) => [b.title, b.startsAt?.toISOString(), b.overlapChosenAt !== null])).toEqual([
      ['udienza in tribunale', thursday('09:30').toISOString(), true],
      ['riunione con Bassi', thursday('10:00').toISOString(), false],
    ]);

    const agenda = await say(user, 'cosa ho giovedì?');
    expect(agenda.text).toMatch(/09:30 udienza in tribunale \(sovrapposto a «riunione con Bassi»\)/);

    // nobody chose an overlap with the hearing for a new call at 9: the usual clash
    const refused = await say(user, 'appuntamento con Neri giovedì alle 9');
    expect(refused.text).toMatch(/^A quell'ora hai già «udienza in tribunale» \(09:30–10:30\)/);
    expect(await db.booking.count({ where: { clientId: client.id } })).toBe(2);
  });

  it('keeps both on the button, in English, and a second tap books nothing more', async () => {
    const { user, client } = await linkedUser('en');
    const clash = await say(user, 'hearing at the court on Thursday at 10:30');
    expect(clash.text).toMatch(/To keep both, tap "Keep both"\./);
    const keep = clash.buttons[0]![0]!;
    expect(keep.text).toBe('Keep both');
    await user.pressButton(keep.data, clash.messageId);
    const [kept] = await user.waitForReplies(1);
    expect(kept!.text).toMatch(/^Booked: .*Thursday 26 November, 10:30–11:30, overlapping "riunione con Bassi"/);
    await user.pressButton(keep.data, clash.messageId);
    const [again] = await user.waitForReplies(1);
    expect(again!.text).toMatch(/^Already booked: /);
    expect(await db.booking.count({ where: { clientId: client.id, overlapChosenAt: { not: null } } })).toBe(1);
  });

  it('books the title asked for when a slot is tapped after other messages, until the offer expires', async () => {
    const { user, client } = await linkedUser();
    const clash = await say(user, 'giovedì alle 10 call con il fornitore');
    const slots = clash.buttons.flat().filter((b) => b.data.startsWith('sl:'));
    expect(slots.length).toBeGreaterThan(1);

    expect((await say(user, 'ricordami domani alle 9 di chiamare Rossi')).text).toMatch(/chiamare Rossi/);
    await user.pressButton(slots[0]!.data, clash.messageId);
    const [booked] = await user.waitForReplies(1);
    expect(booked!.text).toMatch(/^Fissato: call con il fornitore, /);

    // a day and more later, the other offer's buttons are out of date: a clear line, nothing booked
    const second = await say(user, 'giovedì alle 10:30 riunione con Verdi');
    now = new Date(start.getTime() + 25 * 60 * 60_000);
    const late = second.buttons.flat().find((b) => b.data.startsWith('sl:'))!;
    await user.pressButton(late.data, second.messageId);
    const [expired] = await user.waitForReplies(1);
    expect(expired!.text).toMatch(/^Quegli orari te li avevo proposti più di un giorno fa: ormai non valgono più\./);
    const titles = await db.booking.findMany({ where: { clientId: client.id }, select: { title: true } });
    expect(titles.map((b) => b.title).sort()).toEqual(['call con il fornitore', 'riunione con Bassi']);
  });
});
