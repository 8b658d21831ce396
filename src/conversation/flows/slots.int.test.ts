import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { conversationHarness } from '../../../test/support/conversation.js';
import { createTestClient } from '../../../test/support/db.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { decodeButton } from '../../kernel/actions.js';

// Monday 23 November 2026, 10:00 in Rome.
const h = conversationHarness({ now: new Date('2026-11-23T10:00:00+01:00') });
afterAll(() => h.close());

async function client(overrides: Partial<Prisma.ClientUncheckedCreateInput> = {}) {
  const user = randomUUID();
  const c = await createTestClient(h.prisma, { lang: 'it', tz: 'Europe/Rome', ...overrides });
  await h.prisma.channelIdentity.create({
    data: { clientId: c.id, channel: 'telegram', externalUserId: user, chatId: `chat-${user}` },
  });
  return { user, id: c.id };
}

/** The slots offered, as the instants their buttons carry. */
const offered = (reply: { buttons?: { data: string }[][] } | undefined) =>
  (reply?.buttons ?? []).flat().map((b) => {
    const action = decodeButton(b.data);
    return action?.op === 'slot' ? new Date(action.startMin * 60_000).toISOString() : b.data;
  });

describe('free slots and the client settings', () => {
  it("follow the client's own working hours and default length", async () => {
    const c = await client({
      workingHours: {
        sat: [
          { start: '10:00', end: '12:00' },
          { start: '15:00', end: '16:30' },
        ],
      },
      defaultBookingMinutes: 45,
    });
    const reply = await h.say(c.user, 'che spazi ho sabato?');
    expect(reply?.text).toMatch(/Spazi liberi di 45 minuti/);
    expect(offered(reply)).toEqual([
      '2026-11-28T09:00:00.000Z',
      '2026-11-28T09:45:00.000Z',
      '2026-11-28T14:00:00.000Z',
    ]);
  });

  it('fall back to Monday-Friday 09:00-18:00 when the stored working hours are bad', async () => {
    const c = await client({ workingHours: { mon: 'tutto il giorno' } });
    const reply = await h.say(c.user, 'quando sono libero domani?');
    expect(offered(reply)).toEqual([
      '2026-11-24T08:00:00.000Z',
      '2026-11-24T09:00:00.000Z',
      '2026-11-24T10:00:00.000Z',
    ]);
  });

  it('keep local hours on the day the clocks go forward, and answer in English', async () => {
    h.setNow(new Date('2026-03-27T10:00:00+01:00'));
    try {
      const c = await client({ lang: 'en', workingHours: { sun: [{ start: '09:00', end: '12:00' }] } });
      const reply = await h.say(c.user, 'when am I free on Sunday?');
      expect(reply?.text).toMatch(/^Free slots of 60 minutes/);
      // 09:00, 10:00 and 11:00 in Rome, summer time (+02:00) since 02:00 that night
      expect(offered(reply)).toEqual([
        '2026-03-29T07:00:00.000Z',
        '2026-03-29T08:00:00.000Z',
        '2026-03-29T09:00:00.000Z',
      ]);
      expect(reply?.buttons?.[0]?.[0]?.label).toBe('Sunday 29 March 09:00–10:00');
    } finally {
      h.setNow(new Date('2026-11-23T10:00:00+01:00'));
    }
  });

  it('offer only slots whose buttons can be tapped, for a long default length and a tiny asked one', async () => {
    const c = await client({ workingHours: { sat: [{ start: '06:00', end: '22:00' }] }, defaultBookingMinutes: 780 });
    const long = await h.say(c.user, 'che spazi ho sabato?');
    expect(long?.text).toMatch(/Spazi liberi di 780 minuti/);
    expect(offered(long)).toEqual(['2026-11-28T05:00:00.000Z']);
    const booked = await h.say(c.user, '', { action: { data: long!.buttons![0]![0]!.data } });
    expect(booked?.text).toMatch(/06:00/);
    expect(
      await h.prisma.booking.count({
        where: { clientId: c.id, startsAt: new Date('2026-11-28T05:00:00Z'), endsAt: new Date('2026-11-28T18:00:00Z') },
      }),
    ).toBe(1);

    const tiny = await h.say(c.user, 'trovami 3 minuti liberi sabato');
    expect(tiny?.text).toMatch(/Spazi liberi di 5 minuti/);
    expect(offered(tiny).every((at) => at.startsWith('2026-11-28T'))).toBe(true);
    expect(offered(tiny)).toHaveLength(3);
  });
});
