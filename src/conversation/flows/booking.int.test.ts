import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { conversationHarness } from '../../../test/support/conversation.js';
import { createTestClient } from '../../../test/support/db.js';
import type { Prisma } from '../../generated/prisma/client.js';

// Monday 23 November 2026, 17:46 in Rome; "giovedì" is the 26th.
const h = conversationHarness({ now: new Date('2026-11-23T17:46:00+01:00') });
afterAll(() => h.close());

async function client(overrides: Partial<Prisma.ClientUncheckedCreateInput> = {}) {
  const user = randomUUID();
  const c = await createTestClient(h.prisma, { lang: 'it', tz: 'Europe/Rome', ...overrides });
  await h.prisma.channelIdentity.create({ data: { clientId: c.id, channel: 'telegram', externalUserId: user, chatId: `chat-${user}` } });
  return { user, id: c.id };
}

describe('a booking in the past', () => {
  it('is refused with a question, and the next answer books it under the same title', async () => {
    const c = await client();
    const refused = await h.say(c.user, 'riunione con Rossi oggi alle 9');
    expect(refused?.text).toBe('Le 09:00 di oggi sono già passate: a che ora (o che giorno) la fisso?');
    expect(refused?.file).toBeUndefined();
    expect(await h.prisma.booking.count({ where: { clientId: c.id } })).toBe(0);

    const booked = await h.say(c.user, 'domani alle 9');
    expect(booked?.text).toBe('Fissato: riunione con Rossi, martedì 24 novembre alle 09:00.');
    const booking = await h.prisma.booking.findFirstOrThrow({ where: { clientId: c.id } });
    expect([booking.title, booking.startsAt?.toISOString()]).toEqual(['riunione con Rossi', '2026-11-24T08:00:00.000Z']);
  });

  it('is refused in English too', async () => {
    const c = await client({ lang: 'en' });
    const refused = await h.say(c.user, 'meeting with Rossi today at 9am');
    expect(refused?.text).toBe('09:00 today has already passed: what time (or day) should I book it for?');
    expect(await h.prisma.booking.count({ where: { clientId: c.id } })).toBe(0);
  });

  it('is refused before the office is asked to book it', async () => {
    const c = await client();
    const refused = await h.say(c.user, 'prenotami il dentista oggi alle 10');
    expect(refused?.text).toMatch(/^Le 10:00 di oggi sono già passate/);
    expect(await h.prisma.booking.count({ where: { clientId: c.id } })).toBe(0);
    expect(await h.prisma.ticket.count({ where: { clientId: c.id } })).toBe(0);
  });
});

describe('a booking with a date and no time', () => {
  it('keeps the date, asks for the time, and a time given next makes it a timed booking', async () => {
    const c = await client({ defaultBookingMinutes: 45 });
    const saved = await h.say(c.user, 'riunione con Rossi giovedì');
    expect(saved?.text).toBe("Fissato: riunione con Rossi, giovedì 26 novembre.\nA che ora? Scrivimi l'orario, oppure la lascio per tutto il giorno.");
    expect(saved?.file).toBeDefined();
    const dayOnly = await h.prisma.booking.findFirstOrThrow({ where: { clientId: c.id } });
    expect([dayOnly.startsAt, dayOnly.day?.toISOString().slice(0, 10)]).toEqual([null, '2026-11-26']);

    const timed = await h.say(c.user, 'alle 11');
    expect(timed?.text).toBe('Fissato: riunione con Rossi, giovedì 26 novembre alle 11:00.');
    // the updated invitation replaces the all-day event in the client's calendar
    expect(timed?.file).toBeDefined();
    const booking = await h.prisma.booking.findUniqueOrThrow({ where: { id: dayOnly.id } });
    expect([booking.day, booking.startsAt?.toISOString(), booking.endsAt?.toISOString(), booking.icsSequence]).toEqual([null, '2026-11-26T10:00:00.000Z', '2026-11-26T10:45:00.000Z', dayOnly.icsSequence + 1]);
    expect(await h.prisma.booking.count({ where: { clientId: c.id } })).toBe(1);
  });

  it('given a time that clashes, names the clash and leaves the date-only entry as it was', async () => {
    const c = await client();
    await h.prisma.booking.create({ data: { clientId: c.id, title: 'dentista', startsAt: new Date('2026-11-26T10:00:00Z'), endsAt: new Date('2026-11-26T11:00:00Z'), status: 'confirmed' } });
    await h.say(c.user, 'riunione con Rossi giovedì');
    const clash = await h.say(c.user, 'alle 11');
    expect(clash?.text).toMatch(/hai già dentista/);
    const dayOnly = await h.prisma.booking.findFirstOrThrow({ where: { clientId: c.id, title: 'riunione con Rossi' } });
    expect(dayOnly.startsAt).toBeNull();
  });
});
