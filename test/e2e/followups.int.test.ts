import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDeskChat, type DeskChat } from '../support/desk-chat.js';
import type { EmulatedUser } from '../support/telegram-emulator.js';
import { testPrisma } from '../support/db.js';

// Monday 23 November 2026, 10:00 in Rome: Friday is the 27th, Saturday the 28th.
const now = new Date('2026-11-23T10:00:00+01:00');
const at = (local: string) => new Date(`${local}+01:00`);
const DESK = 'C0FOLLOWUPS';
const db = testPrisma();

/**
 * Faults a previous play-test left (tests written before the fix): a question with no request of
 * its own, right after answering an assistant, follows the thread the client is in; a correction
 * after a meeting booked with a reminder the day before moves the meeting, and the reminder with it.
 */
describe('follow-ups in a thread, corrections of a meeting with its reminder (Telegram client, Slack desk)', () => {
  let chat: DeskChat;

  beforeAll(async () => {
    chat = await startDeskChat(now, 'slack-signing-secret-followups', DESK);
  });
  afterAll(async () => {
    await chat?.stop();
  });

  const say = (user: EmulatedUser, text: string) => chat.say(user, text);
  const inboundOf = async (ticketId: string) =>
    (await db.message.findMany({ where: { ticketId, direction: 'inbound' }, orderBy: { createdAt: 'asc' } })).map(
      (m) => m.body,
    );

  it.each([
    [
      'it',
      'mi serve la traduzione in inglese del contratto di locazione',
      'Ha il contratto in PDF?',
      'sì, te lo mando stasera',
      'quanto costa più o meno?',
      '✓ Girato a Giulia',
    ],
    [
      'en',
      'I need the lease contract translated into Italian',
      'Do you have the contract as a PDF?',
      "yes, I'll send it tonight",
      'roughly how much is it?',
      '✓ Passed on to Giulia',
    ],
  ] as const)(
    'sends a follow-up question to the request the client is talking about (%s)',
    async (lang, request, question, answer, followUp, relayed) => {
      const { client, user } = await chat.linked(lang);
      await say(user, request);
      const [ticket, ...others] = await db.ticket.findMany({ where: { clientId: client.id } });
      expect(others).toEqual([]);
      const ts = await chat.cardOf(ticket!.id);
      await chat.giuliaAsks(user, ticket!, ts, question);
      expect((await say(user, answer)).text).toContain(relayed);
      const reply = await say(user, followUp);
      expect(reply.text).toContain(relayed);
      expect(reply.text).toContain(`#${ticket!.number}`);
      expect(reply.buttons).toEqual([]);
      expect((await inboundOf(ticket!.id)).slice(-2)).toEqual([answer, followUp]);
      expect(await db.ticket.count({ where: { clientId: client.id } })).toBe(1);
    },
  );

  const meeting = async (clientId: string) => {
    const bookings = await db.booking.findMany({ where: { clientId, status: { in: ['requested', 'confirmed'] } } });
    const reminders = await db.reminder.findMany({ where: { clientId, status: 'active' } });
    return {
      meetings: bookings.map((b) => b.startsAt),
      reminders: reminders.map((r) => r.nextOccurrenceAt),
    };
  };

  it.each([
    ['no scusa alle 16', at('2026-11-27T16:00:00'), at('2026-11-26T09:00:00')],
    ['anzi sabato', at('2026-11-28T15:00:00'), at('2026-11-27T09:00:00')],
  ] as const)(
    'moves the meeting just booked on "%s", its reminder the day before following it',
    async (correction, startsAt, remindAt) => {
      const { client, user } = await chat.linked('it');
      await say(user, 'venerdì alle 15 ho la riunione col commercialista, ricordamelo il giorno prima');
      expect(await meeting(client.id)).toEqual({
        meetings: [at('2026-11-27T15:00:00')],
        reminders: [at('2026-11-26T09:00:00')],
      });
      const moved = await say(user, correction);
      expect(moved.text).toContain('commercialista');
      expect(await meeting(client.id)).toEqual({ meetings: [startsAt], reminders: [remindAt] });
    },
  );

  it('moves the meeting again on a second correction, and says when the reminder now comes', async () => {
    const { client, user } = await chat.linked('it');
    await say(user, 'venerdì alle 15 ho la riunione col commercialista, ricordamelo il giorno prima');
    await say(user, 'no scusa alle 16');
    const moved = await say(user, 'anzi sabato');
    expect(moved.text).toMatch(/^Spostato: riunione col commercialista, sabato 28 novembre alle 16:00\./);
    expect(moved.text).toContain('E te lo ricordo venerdì 27 novembre alle 9:00.');
    expect(await meeting(client.id)).toEqual({
      meetings: [at('2026-11-28T16:00:00')],
      reminders: [at('2026-11-27T09:00:00')],
    });
  });

  it('moves the reminder the day before with the meeting when the client moves the meeting later by name', async () => {
    const { client, user } = await chat.linked('it');
    await say(user, 'venerdì alle 15 ho la riunione col commercialista, ricordamelo il giorno prima');
    await say(user, 'ricordami domani alle 8 di chiamare il notaio');
    const moved = await say(user, 'sposta la riunione col commercialista a lunedì');
    expect(moved.text).toContain('E te lo ricordo domenica 29 novembre alle 9:00.');
    const meetingReminder = await db.reminder.findFirstOrThrow({
      where: { clientId: client.id, bookingId: { not: null } },
    });
    expect(meetingReminder.nextOccurrenceAt).toEqual(at('2026-11-29T09:00:00'));
    const [booking] = await db.booking.findMany({ where: { clientId: client.id } });
    expect(booking!.startsAt).toEqual(at('2026-11-30T15:00:00'));
    // the reminder of its own stays where it was
    expect(
      await db.reminder.count({ where: { clientId: client.id, nextOccurrenceAt: at('2026-11-24T08:00:00') } }),
    ).toBe(1);
  });

  it('cancels the reminder set before a meeting with the meeting, and no other reminder', async () => {
    const { client, user } = await chat.linked('it');
    await say(user, 'venerdì alle 15 ho la riunione col commercialista, ricordamelo il giorno prima');
    await say(user, 'ricordami domani alle 8 di chiamare il notaio');
    const asked = await say(user, 'annulla la riunione col commercialista');
    expect(asked.text).toBe('Annullo «riunione col commercialista», venerdì 27 novembre alle 15:00?');
    const cancelled = await chat.press(user, asked, asked.buttons[0]![0]!.data);
    expect(cancelled.text).toContain('Ho tolto anche il promemoria di giovedì 26 novembre alle 9:00.');
    expect(await meeting(client.id)).toEqual({ meetings: [], reminders: [at('2026-11-24T08:00:00')] });
  });

  it('moves the meeting just booked on "sorry, actually saturday" (en)', async () => {
    const { client, user } = await chat.linked('en');
    await say(user, 'friday at 3pm I have the meeting with the accountant, remind me the day before');
    expect(await meeting(client.id)).toEqual({
      meetings: [at('2026-11-27T15:00:00')],
      reminders: [at('2026-11-26T09:00:00')],
    });
    await say(user, 'sorry, actually saturday');
    expect(await meeting(client.id)).toEqual({
      meetings: [at('2026-11-28T15:00:00')],
      reminders: [at('2026-11-27T09:00:00')],
    });
  });
});
