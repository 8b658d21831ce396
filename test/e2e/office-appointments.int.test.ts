import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDeskChat, type DeskChat } from '../support/desk-chat.js';
import { testPrisma } from '../support/db.js';

// Tuesday 12 January 2027, 09:30 in Rome: next Monday is the 18th, Wednesday the 20th.
const now = new Date('2027-01-12T09:30:00+01:00');
const DESK = 'C0OFFICEAPPT';
const db = testPrisma();

/**
 * An appointment with a professional the office makes (Telegram client, Slack desk): "fissami un appuntamento
 * con il geometra" is a request to the office, not a line in the client's own agenda, and "book me a call with
 * Dr Lee between monday and wednesday" asks the office to find a slot in those days.
 */
describe('appointments the office makes with a professional, and the window said for them', () => {
  let chat: DeskChat;

  beforeAll(async () => {
    chat = await startDeskChat(now, 'slack-signing-secret-office-appointments', DESK);
  });
  afterAll(async () => {
    await chat?.stop();
  });

  it('passes "fissami un appuntamento con il geometra" to the office as a booking to make, once it knows when', async () => {
    const { client, user } = await chat.linked('it');
    const asked = await chat.say(user, 'fissami un appuntamento con il geometra');
    expect(asked.text).toMatch(/^Per che giorno e ora/);
    const reply = await chat.say(user, 'giovedì alle 10');
    const ticket = await db.ticket.findFirstOrThrow({ where: { clientId: client.id } });
    expect(reply.text).toContain(
      `Chiedo all'ufficio di prenotare: appuntamento con il geometra, giovedì 14 gennaio alle 10:00.`,
    );
    expect(reply.text).toContain(`#${ticket.number}`);
    expect(ticket).toMatchObject({ category: 'booking', summary: 'Prenotare: appuntamento con il geometra' });
    expect(await db.booking.findMany({ where: { clientId: client.id } })).toMatchObject([
      { status: 'requested', ticketId: ticket.id, startsAt: new Date('2027-01-14T09:00:00Z') },
    ]);
    await chat.cardOf(ticket.id);
  });

  it('asks the office for a call with Dr Lee between Monday and Wednesday, due on the Wednesday', async () => {
    const { client, user } = await chat.linked('en');
    const reply = await chat.say(user, 'book me a call with Dr Lee between monday and wednesday');
    const ticket = await db.ticket.findFirstOrThrow({ where: { clientId: client.id } });
    expect(reply.text).toContain('call with Dr Lee');
    expect(reply.text).toContain(`#${ticket.number}`);
    expect(ticket.summary).toContain('call with Dr Lee');
    expect(ticket.due).toEqual(new Date('2027-01-20T00:00:00Z'));
    // no time of the client's choosing: the office finds one in the window
    expect(await db.booking.findMany({ where: { clientId: client.id } })).toMatchObject([
      { status: 'requested', ticketId: ticket.id, startsAt: null },
    ]);
  });
});
