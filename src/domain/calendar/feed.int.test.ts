import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conversationHarness } from '../../../test/support/conversation.js';
import { startDelego } from '../../../test/support/delego.js';
import { feedUrl, newFeedToken, revokeFeedToken, rotateFeedToken } from './feed.js';

// Monday 23 November 2026, 10:00 in Rome.
const now = new Date('2026-11-23T10:00:00+01:00');
const h = conversationHarness({ now });
let app: Awaited<ReturnType<typeof startDelego>>;

beforeAll(async () => {
  app = await startDelego({}, now);
});

afterAll(async () => {
  await app.stop();
  await h.close();
});

async function client() {
  const user = randomUUID();
  const c = await h.prisma.client.create({
    data: { name: `Studio ${user.slice(0, 6)}`, lang: 'it', tz: 'Europe/Rome' },
  });
  await h.prisma.channelIdentity.create({
    data: { clientId: c.id, channel: 'telegram', externalUserId: user, chatId: `chat-${user}` },
  });
  return { user, id: c.id };
}

const fetchFeed = (token: string) => fetch(feedUrl(app.url, token));

/** The VEVENT of one booking, unfolded, as a subscribed calendar reads it. */
async function eventOf(res: Response, bookingId: string): Promise<string[]> {
  const lines = (await res.text()).replace(/\r\n /g, '').split('\r\n');
  const start = lines.indexOf(`UID:${bookingId}@delego`);
  expect(start).toBeGreaterThan(0);
  return lines.slice(start, lines.indexOf('END:VEVENT', start));
}

describe('booking confirmation', () => {
  it('carries an .ics invitation of the new booking', async () => {
    const c = await client();
    const reply = await h.say(c.user, 'Metti in agenda il dentista giovedì alle 10:30');
    expect(reply?.text).toMatch(/^Fissato:/);
    const booking = await h.prisma.booking.findFirstOrThrow({ where: { clientId: c.id } });
    expect(reply?.file?.name).toMatch(/\.ics$/);
    expect(reply?.file?.mimeType).toBe('text/calendar; charset=utf-8');
    const ics = reply!.file!.content.toString('utf8');
    expect(ics).toContain('METHOD:REQUEST\r\n');
    expect(ics).toContain(`UID:${booking.id}@delego\r\n`);
    // Thursday 26 November, 10:30 in Rome is 09:30 UTC.
    expect(ics).toContain('DTSTART:20261126T093000Z\r\n');
  });

  it('carries a whole-day invitation for a booking with a day and no time', async () => {
    const c = await client();
    const reply = await h.say(c.user, "Metti in agenda la riunione del consiglio l'8 gennaio");
    const booking = await h.prisma.booking.findFirstOrThrow({ where: { clientId: c.id } });
    expect(booking.day).not.toBeNull();
    expect(reply?.file?.content.toString('utf8')).toContain('DTSTART;VALUE=DATE:20270108\r\n');
  });
});

describe('GET /calendar/<token>.ics', () => {
  it("serves the client's bookings, and a moved booking keeps its UID with a higher SEQUENCE", async () => {
    const c = await client();
    const token = await rotateFeedToken(h.prisma, c.id);
    await h.say(c.user, 'Prenota il dentista mercoledì alle 16:30');
    const booking = await h.prisma.booking.findFirstOrThrow({ where: { clientId: c.id } });

    const res = await fetchFeed(token);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(res.headers.get('cache-control')).toContain('no-store');
    const before = await eventOf(res, booking.id);
    expect(before).toContain('SEQUENCE:0');
    expect(before).toContain('DTSTART:20261125T153000Z');

    expect((await h.say(c.user, 'Sposta il dentista a venerdì'))?.text).toMatch(/^Spostato:/);
    const after = await eventOf(await fetchFeed(token), booking.id);
    expect(after).toContain('SEQUENCE:1');
    expect(after).toContain('DTSTART:20261127T153000Z');
  });

  it('keeps a cancelled booking as CANCELLED for 30 days, then leaves it out', async () => {
    const c = await client();
    const token = await rotateFeedToken(h.prisma, c.id);
    const startsAt = new Date('2026-11-30T09:00:00Z');
    const endsAt = new Date('2026-11-30T10:00:00Z');
    const recent = await h.prisma.booking.create({
      data: {
        clientId: c.id,
        startsAt,
        endsAt,
        title: 'Commercialista',
        status: 'cancelled',
        changedAt: now,
        icsSequence: 1,
      },
    });
    const old = await h.prisma.booking.create({
      data: {
        clientId: c.id,
        day: new Date('2026-12-01T00:00:00Z'),
        title: 'Vecchia',
        status: 'cancelled',
        icsSequence: 1,
        changedAt: new Date(now.getTime() - 40 * 86_400_000),
      },
    });
    const text = await (await fetchFeed(token)).text();
    expect(text).toContain(`UID:${recent.id}@delego`);
    expect(text).toContain('STATUS:CANCELLED');
    expect(text).not.toContain(old.id);
  });

  it('answers 404 for an unknown, malformed, rotated or revoked token', async () => {
    const c = await client();
    const first = await rotateFeedToken(h.prisma, c.id);
    expect((await fetchFeed(first)).status).toBe(200);
    const second = await rotateFeedToken(h.prisma, c.id);
    expect((await fetchFeed(first)).status).toBe(404);
    expect((await fetchFeed(second)).status).toBe(200);
    await revokeFeedToken(h.prisma, c.id);
    const revoked = await fetchFeed(second);
    expect(revoked.status).toBe(404);
    expect(await revoked.text()).not.toMatch(/revoked|token|client/i);
    expect((await fetchFeed(newFeedToken())).status).toBe(404);
    expect((await fetchFeed('not-a-token')).status).toBe(404);
  });
});
