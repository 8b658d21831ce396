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

  it('news about an open request named by its kind goes to it: details when nobody holds it, else her thread', async () => {
    const c = await client('it');
    expect((await h.say(c.user, 'devi far tradurre in inglese una lettera x un cliente di londra'))?.text).toMatch(
      /Ho aperto la richiesta #\d+/,
    );
    const ticket = await h.prisma.ticket.findFirstOrThrow({ where: { clientId: c.id } });
    const news = await h.say(c.user, 'x la traduzione cmq nessuna fretta, basta entro venerdì');
    expect(news?.text).toBe(
      `Aggiunto alla richiesta #${ticket.number}: «x la traduzione cmq nessuna fretta, basta entro venerdì».`,
    );
    const details = (await h.prisma.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).details;
    expect(details).toContain('nessuna fretta');

    const marta = await h.prisma.assistant.create({
      data: { slackUserId: `UMARTA${randomUUID().slice(0, 6)}`, name: 'Marta Neri', skills: ['translation'] },
    });
    await h.prisma.ticket.update({ where: { id: ticket.id }, data: { status: 'claimed', assigneeId: marta.id } });
    const more = await h.say(c.user, 'about the translation, the names stay in Italian please');
    expect(more?.text).toBe(`✓ Passed on to Marta (request #${ticket.number}).`);
  });
});
