import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDeskChat, type DeskChat } from '../support/desk-chat.js';
import type { EmulatedUser } from '../support/telegram-emulator.js';
import { testPrisma } from '../support/db.js';

// Monday 23 November 2026, 10:00 in Rome: Friday is the 27th, Saturday the 28th, Sunday the 29th.
const now = new Date('2026-11-23T10:00:00+01:00');
const at = (local: string) => new Date(`${local}+01:00`);
const DESK = 'C0PLAYTEST';
const db = testPrisma();

/**
 * A new client's first conversations, as a play-test found them: a time corrected right after it
 * was set, a booking named by the kind of event, thanks typed on a phone, and keys hit by mistake.
 */
describe('a new client on Telegram, with the Slack desk', () => {
  let chat: DeskChat;

  beforeAll(async () => {
    chat = await startDeskChat(now, 'slack-signing-secret-playtest', DESK);
  });
  afterAll(async () => {
    await chat?.stop();
  });

  const say = (user: EmulatedUser, text: string) => chat.say(user, text);
  const reminders = (clientId: string) => db.reminder.findMany({ where: { clientId, status: 'active' } });
  const bookings = (clientId: string) =>
    db.booking.findMany({ where: { clientId, status: { in: ['requested', 'confirmed'] } } });

  it('moves the reminder just set when the client only corrects its time ("scusa nn alle 18, alle 17")', async () => {
    const { client, user } = await chat.linked('it');
    expect((await say(user, 'ricordami venerdì alle 18 di mandare le fatture')).text).toContain(
      'venerdì 27 novembre alle 18:00',
    );
    expect((await say(user, 'scusa nn alle 18, alle 17')).text).toBe(
      'Spostato: te lo ricordo venerdì 27 novembre alle 17:00: "mandare le fatture".',
    );
    expect((await say(user, 'no scusa nn x le 17, x le 16')).text).toBe(
      'Spostato: te lo ricordo venerdì 27 novembre alle 16:00: "mandare le fatture".',
    );
    const [reminder, ...others] = await reminders(client.id);
    expect(others).toEqual([]);
    expect(reminder!.nextOccurrenceAt).toEqual(at('2026-11-27T16:00:00'));
  });

  it('keeps a corrected morning reminder in the morning ("no scusa alle 7 e mezza" after 8:00)', async () => {
    const { client, user } = await chat.linked('it');
    await say(user, 'ricordami dmn alle 8 di aprire il cancello x il corriere');
    expect((await say(user, 'no scusa alle 7 e mezza')).text).toBe(
      'Spostato: te lo ricordo domani alle 7:30: "aprire il cancello per il corriere".',
    );
    expect((await reminders(client.id)).map((r) => r.nextOccurrenceAt)).toEqual([at('2026-11-24T07:30:00')]);
  });

  it('moves the booking just made on "no anzi alle 17", keeping its day', async () => {
    const { client, user } = await chat.linked('it');
    await say(user, 'giovedì alle 15 ho il commercialista');
    expect((await say(user, 'no anzi alle 17')).text).toMatch(
      /^Spostato: commercialista, giovedì 26 novembre alle 17:00/,
    );
    expect((await bookings(client.id)).map((b) => b.startsAt)).toEqual([at('2026-11-26T17:00:00')]);
  });

  it('moves the reminder or booking just made on "sorry not 6, 5pm" and "make it 5 instead" (en)', async () => {
    const { client, user } = await chat.linked('en');
    await say(user, 'remind me friday at 6pm to send the invoices');
    expect((await say(user, 'sorry not 6, 5pm')).text).toMatch(
      /^Moved: I will remind you .*27 November at 17:00: "send the invoices"\.$/,
    );
    expect((await reminders(client.id)).map((r) => r.nextOccurrenceAt)).toEqual([at('2026-11-27T17:00:00')]);
    await say(user, 'thursday at 3pm meeting with the accountant');
    expect((await say(user, 'make it 5 instead')).text).toMatch(/^Moved: meeting with the accountant, .*17:00/);
    expect((await bookings(client.id)).map((b) => b.startsAt)).toEqual([at('2026-11-26T17:00:00')]);
    expect(await db.reminder.count({ where: { clientId: client.id } })).toBe(1);
  });

  it('finds the table for "the dinner", asks before moving it, and keeps its time on "same time" (en)', async () => {
    const { client, user } = await chat.linked('en');
    await say(user, 'friday at 8pm table at Nobu');
    await say(user, 'ok');
    const asked = await say(user, 'move the dinner to saturday same time');
    expect(asked.text).not.toMatch(/cannot find/);
    expect(asked.buttons.flat().map((b) => b.text)).toEqual([expect.stringContaining('table at Nobu')]);
    expect((await bookings(client.id)).map((b) => b.startsAt)).toEqual([at('2026-11-27T20:00:00')]);
    const moved = await chat.press(user, asked, asked.buttons[0]![0]!.data);
    expect(moved.text).toMatch(/^Moved: table at Nobu, .*28 November at 20:00/);
    expect((await bookings(client.id)).map((b) => b.startsAt)).toEqual([at('2026-11-28T20:00:00')]);
    // a cancel by the kind of event is asked first too
    const cancel = await say(user, 'cancel the dinner');
    expect(cancel.text).toContain('table at Nobu');
    const no = cancel.buttons.flat().find((b) => b.text === 'No')!;
    expect((await chat.press(user, cancel, no.data)).text).toBe('All right, I cancelled nothing.');
    expect(await bookings(client.id)).toHaveLength(1);
  });

  it('keeps the booking time on "stessa ora", and asks which when two tables fit "la cena"', async () => {
    const { client, user } = await chat.linked('it');
    await say(user, 'venerdì alle 20 tavolo da Gino');
    expect((await say(user, 'spostala a sabato stessa ora')).text).toMatch(
      /^Spostato: tavolo da Gino, sabato 28 novembre alle 20:00/,
    );
    await say(user, 'giovedì alle 13 tavolo al Bistrot Sessantotto');
    await say(user, 'ok');
    const asked = await say(user, 'sposta la cena a domenica stesso orario');
    expect(asked.buttons.flat()).toHaveLength(2);
    const gino = asked.buttons.flat().find((b) => b.text.includes('Gino'))!;
    expect((await chat.press(user, asked, gino.data)).text).toMatch(
      /^Spostato: tavolo da Gino, domenica 29 novembre alle 20:00/,
    );
    const times = (await bookings(client.id)).map((b) => b.startsAt!.getTime()).sort();
    expect(times).toEqual([at('2026-11-26T13:00:00').getTime(), at('2026-11-29T20:00:00').getTime()]);
    // a time alone, for a meal named by its kind: asked which, then moved on that booking's own day
    const lunch = await say(user, 'sposta il pranzo alle 14');
    expect(lunch.text).toBe('Corrisponde più di una cosa. Quale?');
    const bistrot = lunch.buttons.flat().find((b) => b.text.includes('Bistrot'))!;
    expect((await chat.press(user, lunch, bistrot.data)).text).toMatch(
      /^Spostato: tavolo al Bistrot Sessantotto, giovedì 26 novembre alle 14:00/,
    );
  });

  /** A translation Giulia is working on, her question answered: the ticket is in conversation. */
  async function talkingWithGiulia(lang: 'it' | 'en') {
    const { client, user } = await chat.linked(lang);
    await say(
      user,
      lang === 'it'
        ? 'mi traduci in inglese la lettera per il fornitore'
        : 'please translate the supplier letter into Italian',
    );
    const ticket = await db.ticket.findFirstOrThrow({ where: { clientId: client.id } });
    const ts = await chat.cardOf(ticket.id);
    await chat.giuliaAsks(user, ticket, ts, lang === 'it' ? 'Tono formale?' : 'Formal tone?');
    await say(user, lang === 'it' ? 'sì formale' : 'yes formal');
    return { client, user, ticket, ts };
  }

  it('answers thanks in phone spelling after a cancellation as small talk, in Italian and English', async () => {
    for (const [lang, remind, cancel, thanks, answer] of [
      [
        'it',
        'ricordami domani alle 9 di chiamare Rossi',
        'annulla il promemoria di chiamare Rossi',
        'ok grz',
        'Bene 👍',
      ],
      ['en', 'remind me tomorrow at 9 to call Rossi', 'cancel the reminder to call Rossi', 'ok thx', 'Good 👍'],
    ] as const) {
      const { user } = await talkingWithGiulia(lang);
      await say(user, remind);
      await say(user, cancel);
      const reply = await say(user, thanks);
      expect(reply.text).toBe(answer);
      expect(reply.buttons).toEqual([]);
      expect((await say(user, lang === 'it' ? 'grazie 1000' : 'cheers')).text).toBe(
        lang === 'it' ? 'Figurati!' : "You're welcome!",
      );
    }
  });

  it('passes a bare thanks on to the assistant who wrote last, the same in Italian and English', async () => {
    for (const [lang, words, thanks, relayed] of [
      ['it', 'Ecco la traduzione, la trovi nel documento.', 'grz, ciao', 'Girato a Giulia'],
      ['en', 'Here is the translation, in the document.', 'thanks, cheers', 'Passed on to Giulia'],
    ] as const) {
      const { user, ticket, ts } = await talkingWithGiulia(lang);
      await chat.giuliaWrites(ticket, ts, words);
      expect((await user.waitForReplies(1, 20_000))[0]!.text).toContain(words);
      expect((await say(user, thanks)).text).toContain(relayed);
      const inbound = await db.message.findMany({ where: { ticketId: ticket.id, direction: 'inbound' } });
      expect(inbound.map((m) => m.body)).toContain(thanks);
    }
  });

  it('answers keys hit by mistake with "non ho capito", never joined to the message before it', async () => {
    const { user, ticket } = await talkingWithGiulia('it');
    const asked = await say(user, 'il preventivo del geometra è arrivato stamattina');
    expect(asked.text).toBe('È per la richiesta in corso o è una nuova richiesta?');
    const nonsense = await say(user, 'asdjk ricrdm qll cs dll tto ke ti dcv ieri bho');
    expect(nonsense.text).toBe('Scusa, non ho capito. Puoi riformulare?');
    const toTicket = asked.buttons.flat().find((b) => b.text.includes('Giulia'))!;
    expect((await chat.press(user, asked, toTicket.data)).text).toContain('Girato a Giulia');
    const inbound = await db.message.findMany({ where: { ticketId: ticket.id, direction: 'inbound' } });
    expect(inbound.map((m) => m.body)).toContain('il preventivo del geometra è arrivato stamattina');
    expect(inbound.map((m) => m.body).join('\n')).not.toContain('asdjk');
  });

  it('answers keys hit by mistake in English, and twice is still no request for a person', async () => {
    const { client, user } = await chat.linked('en');
    await say(user, 'remind me tomorrow at 9 to call Rossi');
    expect((await say(user, 'sdfkj qwrtz xcvb lkjh mnbv')).text).toBe(
      'Sorry, I did not get that. Could you rephrase it?',
    );
    expect((await say(user, 'asdjk ghjkl pqrst zxcv')).text).toBe('Sorry, I did not get that. Could you rephrase it?');
    expect(await db.ticket.count({ where: { clientId: client.id } })).toBe(0);
  });
});
