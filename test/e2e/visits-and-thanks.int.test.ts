import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDeskChat, type DeskChat } from '../support/desk-chat.js';
import type { EmulatedUser } from '../support/telegram-emulator.js';
import { testPrisma } from '../support/db.js';

// Monday 23 November 2026, 10:00 in Rome: tomorrow is Tuesday the 24th, Thursday the 26th.
const now = new Date('2026-11-23T10:00:00+01:00');
const at = (local: string) => new Date(`${local}+01:00`);
const db = testPrisma();

/**
 * What a play-test found in a hairdresser's first days (tests written before the fix): someone
 * coming at a time is an appointment on the client's agenda, not a reminder; a whole day away is
 * not asked "what time?"; thanks while the bot's question is open are thanks, not the answer.
 */
describe('visits, a day away and thanks while a question is open (Telegram client)', () => {
  let chat: DeskChat;

  beforeAll(async () => {
    chat = await startDeskChat(now, 'slack-signing-secret-visits', 'C0VISITS');
  });
  afterAll(async () => {
    await chat?.stop();
  });

  const say = (user: EmulatedUser, text: string) => chat.say(user, text);
  const bookings = (clientId: string) =>
    db.booking.findMany({ where: { clientId, status: { in: ['requested', 'confirmed'] } } });
  const reminderCount = (clientId: string) => db.reminder.count({ where: { clientId } });

  it('puts someone coming at a time on the agenda as an appointment, not a reminder', async () => {
    const { client, user } = await chat.linked('it');
    const visit = await say(user, 'dmn pome alle 3 viene il rappresentante della wella');
    expect(visit.text).toContain('rappresentante della wella');
    expect(visit.text).toContain('domani, 15:00');
    expect(visit.text).not.toMatch(/ricordo/);
    await say(user, 'ok');
    await say(user, 'giovedì alle 10 passa il tecnico della caldaia');
    expect((await bookings(client.id)).map((b) => [b.title, b.startsAt])).toEqual([
      ['rappresentante della wella', at('2026-11-24T15:00:00')],
      ['tecnico della caldaia', at('2026-11-26T10:00:00')],
    ]);
    expect(await reminderCount(client.id)).toBe(0);
  });

  it('puts someone coming at a time on the agenda (en)', async () => {
    const { client, user } = await chat.linked('en');
    const visit = await say(user, 'tomorrow at 3 the plumber is coming');
    expect(visit.text).toContain('plumber');
    expect(visit.text).not.toMatch(/remind/i);
    expect((await bookings(client.id)).map((b) => [b.title, b.startsAt])).toEqual([
      ['plumber', at('2026-11-24T15:00:00')],
    ]);
    expect(await reminderCount(client.id)).toBe(0);
  });

  it('does not ask the time of a whole day away', async () => {
    const { client, user } = await chat.linked('it');
    const away = await say(user, 'cmq dmn nn ci sono, sto al corso tutto il giorno');
    expect(away.text).not.toMatch(/A che ora/);
    expect(away.text).toContain('domani');
    const [day, ...others] = await bookings(client.id);
    expect(others).toEqual([]);
    expect(day!.startsAt).toBeNull();
    expect(day!.day).toEqual(new Date('2026-11-24T00:00:00Z'));
    expect(day!.title).toBe('corso');
  });

  it('answers thanks while "A che ora?" is open, and still takes the time after them', async () => {
    for (const [lang, event, thanks, welcome, time] of [
      ['it', 'giovedì ho il commercialista', 'grz mille x tutto', 'Figurati!', 'alle 15'],
      ['en', 'thursday I have the accountant', 'thanks a lot for everything', "You're welcome!", 'at 3pm'],
    ] as const) {
      const { client, user } = await chat.linked(lang);
      expect((await say(user, event)).text).toMatch(lang === 'it' ? /A che ora\?/ : /What time\?/);
      const reply = await say(user, thanks);
      expect(reply.text).toBe(welcome);
      expect((await bookings(client.id)).map((b) => b.startsAt)).toEqual([null]);
      expect((await say(user, time)).text).toMatch(/15:00/);
      expect((await bookings(client.id)).map((b) => b.startsAt)).toEqual([at('2026-11-26T15:00:00')]);
    }
  });

  it('answers thanks while "when?" is open and asks it once more, never taking the thanks as the answer', async () => {
    for (const [lang, remind, thanks, welcome, when] of [
      ['it', 'ricordami di chiamare il grossista', 'grazie mille per tutto', 'Figurati!', 'dmn alle 9'],
      ['en', 'remind me to call the wholesaler', 'thank you for all your help', "You're welcome!", 'tomorrow at 9'],
    ] as const) {
      const { client, user } = await chat.linked(lang);
      const asked = await say(user, remind);
      const reply = await say(user, thanks);
      expect(reply.text.startsWith(welcome)).toBe(true);
      expect(reply.text).toContain(asked.text.split(' ')[0]!);
      expect(await reminderCount(client.id)).toBe(0);
      await say(user, when);
      const reminders = await db.reminder.findMany({ where: { clientId: client.id } });
      expect(reminders.map((r) => r.nextOccurrenceAt)).toEqual([at('2026-11-24T09:00:00')]);
    }
  });
});
