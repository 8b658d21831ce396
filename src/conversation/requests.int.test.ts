import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { conversationHarness } from '../../test/support/conversation.js';

// Wednesday 16 December 2026, 18:30 in Rome.
const now = new Date('2026-12-16T18:30:00+01:00');
const h = conversationHarness({ now });

afterAll(() => h.close());

async function client(lang: 'it' | 'en') {
  const user = randomUUID();
  const c = await h.prisma.client.create({ data: { name: `Studio ${user.slice(0, 6)}`, lang, tz: 'Europe/Rome' } });
  await h.prisma.channelIdentity.create({
    data: { clientId: c.id, channel: 'telegram', externalUserId: user, chatId: `chat-${user}` },
  });
  return { user, id: c.id };
}

describe('requests read as a careful secretary would', () => {
  it('a letter asked for with a month in it opens a ticket, not the agenda', async () => {
    const c = await client('it');
    const reply = await h.say(
      c.user,
      "sono l'avv Ferri, mi serve una relazione x il cliente Martini con l'elenco delle udienze di gennaio",
    );
    expect(reply?.text).toMatch(/Ho aperto la richiesta #\d+/);
    const ticket = await h.prisma.ticket.findFirstOrThrow({ where: { clientId: c.id } });
    expect(ticket.summary).toContain('relazione');
  });

  it('a taxi is booked by the office, and the client hears so', async () => {
    const c = await client('en');
    const reply = await h.say(c.user, 'book me a cab for tomorrow at 5am to the station');
    expect(reply?.text).toMatch(/#\d+/);
    const booking = await h.prisma.booking.findFirstOrThrow({ where: { clientId: c.id } });
    expect(booking.status).toBe('requested');
    expect(booking.startsAt?.toISOString()).toBe('2026-12-17T04:00:00.000Z');
    expect(await h.prisma.ticket.count({ where: { clientId: c.id, category: 'booking' } })).toBe(1);
  });

  it('a message with two requests goes to the desk whole: no reminder holds the paragraph', async () => {
    const c = await client('it');
    const text =
      'ti lascio due cose: martedì mattina sono in tribunale quindi nn fissarmi niente fino alle 13, poi giovedì ricordami di pagare la rata del leasing';
    const reply = await h.say(c.user, text);
    expect(reply?.text).toMatch(/Ho aperto la richiesta #\d+/);
    expect(await h.prisma.reminder.count({ where: { clientId: c.id } })).toBe(0);
    const ticket = await h.prisma.ticket.findFirstOrThrow({ where: { clientId: c.id } });
    expect(ticket.details).toBe(text);
  });
});
