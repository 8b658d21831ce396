import { describe, expect, it } from 'vitest';
import { createTestClient, createTestTicket, testPrisma } from '../../../test/support/db.js';
import { createRequestedBooking, recordClientChange } from './third-party.js';

const prisma = testPrisma();
const now = new Date('2027-02-10T09:00:00Z');

/** A booking ticket due the day of its requested booking, for a client in New York. */
async function bookingTicket(status: 'open' | 'done') {
  const client = await createTestClient(prisma, { tz: 'America/New_York' });
  const ticket = await createTestTicket(prisma, client.id, {
    category: 'booking',
    status,
    due: new Date('2027-02-16T00:00:00Z'),
  });
  const booking = await createRequestedBooking(prisma, {
    clientId: client.id,
    ticketId: ticket.id,
    title: 'dinner at Gino',
    when: { startsAt: new Date('2027-02-16T23:00:00Z'), endsAt: new Date('2027-02-17T01:00:00Z') },
    now,
  });
  return { ticket, booking };
}

describe("a booking ticket's due day", () => {
  it("follows its booking when the client moves it in the chat, on the client's local day", async () => {
    const { ticket, booking } = await bookingTicket('open');
    // 03:00 UTC on the 19th is still the evening of the 18th in New York.
    const startsAt = new Date('2027-02-19T03:00:00Z');
    await prisma.$transaction((tx) => recordClientChange(tx, booking.id, { change: 'moved', startsAt }, now));
    expect((await prisma.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).due).toEqual(
      new Date('2027-02-18T00:00:00Z'),
    );
  });

  it('stays put once the ticket is done: its deadline was met or missed already', async () => {
    const { ticket, booking } = await bookingTicket('done');
    const startsAt = new Date('2027-02-19T03:00:00Z');
    await prisma.$transaction((tx) => recordClientChange(tx, booking.id, { change: 'moved', startsAt }, now));
    expect((await prisma.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).due).toEqual(
      new Date('2027-02-16T00:00:00Z'),
    );
  });
});
