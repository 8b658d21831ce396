import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDeskChat, type DeskChat } from '../support/desk-chat.js';
import type { EmulatedUser } from '../support/telegram-emulator.js';
import { testPrisma } from '../support/db.js';

// Monday 23 November 2026, 10:00 in Rome: Wednesday is the 25th, Thursday the 26th, Friday the 27th.
const now = new Date('2026-11-23T10:00:00+01:00');
const at = (local: string) => new Date(`${local}+01:00`);
const DESK = 'C0PLAYREM';
const db = testPrisma();

/**
 * A new client's reminders, as a play-test found them: a meeting said together with a reminder
 * the day before, a reminder moved by the words of its text, and the list of every reminder set.
 */
describe('a new client with meetings and reminders, on Telegram', () => {
  let chat: DeskChat;

  beforeAll(async () => {
    chat = await startDeskChat(now, 'slack-signing-secret-playrem', DESK);
  });
  afterAll(async () => {
    await chat?.stop();
  });

  const say = (user: EmulatedUser, text: string) => chat.say(user, text);
  const reminders = (clientId: string) =>
    db.reminder.findMany({ where: { clientId, status: 'active' }, orderBy: { nextOccurrenceAt: 'asc' } });
  const bookings = (clientId: string) =>
    db.booking.findMany({ where: { clientId, status: { in: ['requested', 'confirmed'] } } });

  it('puts the meeting on the agenda and reminds the day before, confirming both in one message', async () => {
    const { client, user } = await chat.linked('it');
    const reply = await say(user, 'venerdì alle 15 ho la riunione col commercialista, ricordamelo il giorno prima');
    expect(reply.text).toMatch(/^Fissato: riunione col commercialista, venerdì 27 novembre.*15:00/);
    expect(reply.text).toMatch(/te lo ricordo giovedì 26 novembre alle 9:00/i);
    const [booking, ...moreBookings] = await bookings(client.id);
    expect(moreBookings).toEqual([]);
    expect(booking).toMatchObject({ title: 'riunione col commercialista', startsAt: at('2026-11-27T15:00:00') });
    expect((await reminders(client.id)).map((r) => r.nextOccurrenceAt)).toEqual([at('2026-11-26T09:00:00')]);
  });

  it('books the dentist and reminds the day before on "I\'ve got the dentist on Friday at 3pm" (en)', async () => {
    const { client, user } = await chat.linked('en');
    const reply = await say(user, "I've got the dentist on Friday at 3pm, remind me the day before");
    expect(reply.text).toMatch(/^Booked: dentist, .*27 November.*15:00/);
    expect(reply.text).toMatch(/I will remind you .*26 November at 9:00/);
    expect((await bookings(client.id)).map((b) => b.startsAt)).toEqual([at('2026-11-27T15:00:00')]);
    expect((await reminders(client.id)).map((r) => r.nextOccurrenceAt)).toEqual([at('2026-11-26T09:00:00')]);
  });

  it('finds a reminder by the words of its text, asks before moving it, and keeps its time on "stessa ora"', async () => {
    for (const [lang, remind, book, move, moved] of [
      [
        'it',
        'ricordami venerdì alle 10 della riunione col commercialista',
        'mercoledì alle 11 riunione con Rossi',
        'sposta la riunione col commercialista a giovedì stessa ora',
        /^Spostato: te lo ricordo giovedì 26 novembre alle 10:00: "riunione col commercialista"\.$/,
      ],
      [
        'en',
        'remind me on friday at 10am about the meeting with the accountant',
        'wednesday at 11am meeting with Rossi',
        'move the meeting with the accountant to thursday same time',
        /^Moved: I will remind you .*26 November at 10:00: "the meeting with the accountant"\.$/,
      ],
    ] as const) {
      const { client, user } = await chat.linked(lang);
      await say(user, remind);
      await say(user, book);
      const asked = await say(user, move);
      expect(asked.text).not.toMatch(/^(Spostato|Moved)/);
      const labels = asked.buttons.flat().map((b) => b.text);
      expect(labels).toHaveLength(1);
      expect(labels[0]).toMatch(/commercialista|accountant/);
      // nothing moved on a guess
      expect((await reminders(client.id)).map((r) => r.nextOccurrenceAt)).toEqual([at('2026-11-27T10:00:00')]);
      expect((await bookings(client.id)).map((b) => b.startsAt)).toEqual([at('2026-11-25T11:00:00')]);
      const done = await chat.press(user, asked, asked.buttons[0]![0]!.data);
      expect(done.text).toMatch(moved);
      expect((await reminders(client.id)).map((r) => r.nextOccurrenceAt)).toEqual([at('2026-11-26T10:00:00')]);
      expect((await bookings(client.id)).map((b) => b.startsAt)).toEqual([at('2026-11-25T11:00:00')]);
      // a cancel by the same words is asked first too, and "No" keeps it
      const cancel = await say(
        user,
        lang === 'it' ? 'annulla la riunione col commercialista' : 'cancel the meeting with the accountant',
      );
      expect(cancel.text).toMatch(
        /^(Annullo il promemoria «riunione col commercialista»|Cancel the reminder "the meeting with the accountant"), .*26/,
      );
      const no = cancel.buttons.flat().find((b) => b.text === 'No')!;
      await chat.press(user, cancel, no.data);
      expect(await reminders(client.id)).toHaveLength(1);
      expect(await bookings(client.id)).toHaveLength(1);
    }
  });

  it('lists every active reminder on "che promemoria ho?", a recurring one once, the rest counted', async () => {
    const { user } = await chat.linked('it');
    await say(user, 'ricordami il 15 dicembre di pagare la rata del mutuo');
    await say(user, 'ricordami ogni lunedì alle 9 di fare il backup');
    await say(user, 'ricordami venerdì alle 18 di mandare le fatture');
    const list = (await say(user, 'che promemoria ho?')).text;
    expect(list.split('\n')).toEqual([
      'I tuoi promemoria attivi:',
      expect.stringMatching(/^• venerdì 27 novembre alle 18:00.*mandare le fatture/),
      expect.stringMatching(/^• ogni lunedì alle 9:00.*fare il backup/),
      expect.stringMatching(/^• martedì 15 dicembre alle 9:00.*pagare la rata del mutuo/),
    ]);
    expect((await say(user, 'quali promemoria ho attivi?')).text).toBe(list);
    // a period asked keeps the agenda of that period: the December reminder is not this week's
    expect((await say(user, 'che promemoria ho questa settimana?')).text).not.toContain('mutuo');
    for (let day = 1; day <= 10; day++)
      await say(user, `ricordami il ${day} gennaio alle 10 di chiamare il cliente ${day}`);
    const capped = (await say(user, 'che promemoria ho?')).text.split('\n');
    expect(capped.filter((l) => l.startsWith('• '))).toHaveLength(10);
    expect(capped.at(-1)).toBe('…e altri 3 promemoria.');
  });

  it('lists every active reminder on "what reminders do I have?" (en)', async () => {
    const { user } = await chat.linked('en');
    await say(user, 'remind me every monday at 9 to do the backup');
    await say(user, 'remind me on 15 December to pay the mortgage');
    const list = (await say(user, 'what reminders do I have?')).text;
    expect(list.split('\n')).toEqual([
      'Your active reminders:',
      expect.stringMatching(/^• every Monday at 9:00.*do the backup/),
      expect.stringMatching(/^• .*15 December at 9:00.*pay the mortgage/),
    ]);
  });
});
