import { describe, expect, it } from 'vitest';
import {
  createTestAssistant,
  createTestClient,
  createTestConversation,
  createTestTicket,
  testPrisma,
  uniqueTag,
} from '../../../test/support/db.js';
import { isUniqueViolation, sqlState } from './types.js';

const db = testPrisma();
const at = (iso: string) => new Date(iso);
const EXCLUSION_VIOLATION = '23P01';
const CHECK_VIOLATION = '23514';

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (err) {
    return err;
  }
  throw new Error('expected the database to refuse the change');
}

describe('bookings: one client is never in two confirmed bookings at once', () => {
  it('refuses a confirmed booking overlapping another confirmed one of the same client', async () => {
    const client = await createTestClient(db);
    await db.booking.create({
      data: {
        clientId: client.id,
        title: 'Dentist',
        status: 'confirmed',
        changedAt: new Date('2029-12-01T00:00:00Z'),
        startsAt: at('2030-03-04T09:00:00Z'),
        endsAt: at('2030-03-04T10:00:00Z'),
      },
    });
    const err = await rejection(
      db.booking.create({
        data: {
          clientId: client.id,
          title: 'Accountant',
          status: 'confirmed',
          changedAt: new Date('2029-12-01T00:00:00Z'),
          startsAt: at('2030-03-04T09:30:00Z'),
          endsAt: at('2030-03-04T10:30:00Z'),
        },
      }),
    );
    expect(sqlState(err)).toBe(EXCLUSION_VIOLATION);
  });

  it('lets exactly one of two racing transactions confirm overlapping bookings', async () => {
    const client = await createTestClient(db);
    const book = (title: string, startsAt: string, endsAt: string) =>
      db.$transaction(async (tx) => {
        await tx.booking.create({
          data: {
            clientId: client.id,
            title,
            status: 'confirmed',
            changedAt: new Date('2029-12-01T00:00:00Z'),
            startsAt: at(startsAt),
            endsAt: at(endsAt),
          },
        });
        // Both inserts are in flight before either commits: the second waits for the first.
        await new Promise((resolve) => setTimeout(resolve, 200));
      });
    const results = await Promise.allSettled([
      book('Call A', '2030-05-06T14:00:00Z', '2030-05-06T15:00:00Z'),
      book('Call B', '2030-05-06T14:30:00Z', '2030-05-06T15:30:00Z'),
    ]);

    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(sqlState(refused?.reason)).toBe(EXCLUSION_VIOLATION);
    expect(await db.booking.count({ where: { clientId: client.id, status: 'confirmed' } })).toBe(1);
  });

  it('allows overlaps across clients, with cancelled or requested bookings, and back-to-back bookings', async () => {
    const [anna, bruno] = [await createTestClient(db), await createTestClient(db)];
    const slot = { startsAt: at('2030-06-01T10:00:00Z'), endsAt: at('2030-06-01T11:00:00Z') };
    await db.booking.create({
      data: {
        clientId: anna.id,
        title: 'Meeting',
        status: 'confirmed',
        changedAt: new Date('2029-12-01T00:00:00Z'),
        ...slot,
      },
    });
    await db.booking.create({
      data: {
        clientId: bruno.id,
        title: 'Meeting',
        status: 'confirmed',
        changedAt: new Date('2029-12-01T00:00:00Z'),
        ...slot,
      },
    });
    await db.booking.create({
      data: {
        clientId: anna.id,
        title: 'Old plan',
        status: 'cancelled',
        changedAt: new Date('2029-12-01T00:00:00Z'),
        ...slot,
      },
    });
    await db.booking.create({
      data: {
        clientId: anna.id,
        title: 'Maybe',
        status: 'requested',
        changedAt: new Date('2029-12-01T00:00:00Z'),
        ...slot,
      },
    });
    await db.booking.create({
      data: {
        clientId: anna.id,
        title: 'Next',
        status: 'confirmed',
        changedAt: new Date('2029-12-01T00:00:00Z'),
        startsAt: slot.endsAt,
        endsAt: at('2030-06-01T12:00:00Z'),
      },
    });

    expect(await db.booking.count({ where: { clientId: anna.id } })).toBe(4);
  });

  it('refuses confirming a requested booking into an occupied slot', async () => {
    const client = await createTestClient(db);
    const slot = { startsAt: at('2030-07-01T08:00:00Z'), endsAt: at('2030-07-01T09:00:00Z') };
    await db.booking.create({
      data: {
        clientId: client.id,
        title: 'Gym',
        status: 'confirmed',
        changedAt: new Date('2029-12-01T00:00:00Z'),
        ...slot,
      },
    });
    const requested = await db.booking.create({
      data: {
        clientId: client.id,
        title: 'Breakfast',
        status: 'requested',
        changedAt: new Date('2029-12-01T00:00:00Z'),
        ...slot,
      },
    });

    const err = await rejection(db.booking.update({ where: { id: requested.id }, data: { status: 'confirmed' } }));
    expect(sqlState(err)).toBe(EXCLUSION_VIOLATION);
  });

  it('refuses a booking that ends before it starts, and half-timed or undated confirmed bookings', async () => {
    const client = await createTestClient(db);
    const cases = [
      {
        title: 'Backwards',
        status: 'confirmed' as const,
        startsAt: at('2030-08-01T10:00:00Z'),
        endsAt: at('2030-08-01T09:00:00Z'),
      },
      { title: 'No end', status: 'confirmed' as const, startsAt: at('2030-08-01T10:00:00Z') },
      { title: 'No date', status: 'confirmed' as const },
      {
        title: 'Both forms',
        status: 'confirmed' as const,
        startsAt: at('2030-08-01T10:00:00Z'),
        endsAt: at('2030-08-01T11:00:00Z'),
        day: at('2030-08-01'),
      },
    ];
    for (const data of cases) {
      expect(
        sqlState(
          await rejection(
            db.booking.create({ data: { clientId: client.id, changedAt: new Date('2029-12-01T00:00:00Z'), ...data } }),
          ),
        ),
        data.title,
      ).toBe(CHECK_VIOLATION);
    }
    await db.booking.create({
      data: {
        clientId: client.id,
        title: 'All day',
        status: 'confirmed',
        changedAt: new Date('2029-12-01T00:00:00Z'),
        day: at('2030-08-01'),
      },
    });
    await db.booking.create({
      data: {
        clientId: client.id,
        title: 'To be fixed',
        status: 'requested',
        changedAt: new Date('2029-12-01T00:00:00Z'),
      },
    });
  });
});

describe('tickets', () => {
  it('numbers tickets from 1001 up, unique even when created concurrently', async () => {
    const client = await createTestClient(db);
    const first = await createTestTicket(db, client.id);
    const second = await createTestTicket(db, client.id);
    const burst = await Promise.all(Array.from({ length: 10 }, () => createTestTicket(db, client.id)));

    expect(first.number).toBeGreaterThanOrEqual(1001);
    expect(second.number).toBeGreaterThan(first.number);
    const numbers = burst.map((t) => t.number);
    expect(new Set(numbers).size).toBe(10);
    expect(Math.min(...numbers)).toBeGreaterThan(second.number);
  });

  it('refuses a rating outside 1-5 and keeps a valid one', async () => {
    const ticket = await createTestTicket(db, (await createTestClient(db)).id);
    for (const rating of [0, 6, -1]) {
      expect(sqlState(await rejection(db.ticket.update({ where: { id: ticket.id }, data: { rating } })))).toBe(
        CHECK_VIOLATION,
      );
    }
    await db.ticket.update({ where: { id: ticket.id }, data: { rating: 5 } });
    expect((await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).rating).toBe(5);
  });

  it('refuses a claimed or waiting ticket without an assignee', async () => {
    const ticket = await createTestTicket(db, (await createTestClient(db)).id);
    for (const status of ['claimed', 'waiting_client'] as const) {
      expect(sqlState(await rejection(db.ticket.update({ where: { id: ticket.id }, data: { status } })))).toBe(
        CHECK_VIOLATION,
      );
    }
    const assistant = await createTestAssistant(db);
    const claimed = await db.ticket.update({
      where: { id: ticket.id },
      data: { status: 'claimed', assigneeId: assistant.id, claimedAt: new Date() },
    });
    expect(claimed.status).toBe('claimed');
  });

  it('refuses logging zero or negative minutes', async () => {
    const ticket = await createTestTicket(db, (await createTestClient(db)).id);
    const assistant = await createTestAssistant(db);
    expect(
      sqlState(
        await rejection(db.timeEntry.create({ data: { ticketId: ticket.id, assistantId: assistant.id, minutes: 0 } })),
      ),
    ).toBe(CHECK_VIOLATION);
  });

  it('keeps a client with tickets: deleting the client is refused', async () => {
    const client = await createTestClient(db);
    await createTestTicket(db, client.id);
    await rejection(db.client.delete({ where: { id: client.id } }));
    expect(await db.client.count({ where: { id: client.id } })).toBe(1);
  });
});

describe('messages and identities', () => {
  it('refuses a second message with the same idempotency key on one channel, not on another', async () => {
    const client = await createTestClient(db);
    const telegram = await createTestConversation(db, client.id, { channel: 'telegram' });
    const slack = await createTestConversation(db, client.id, { channel: 'slack' });
    const key = `update-${uniqueTag()}`;
    const inbound = { clientId: client.id, direction: 'inbound' as const, body: 'ciao', idempotencyKey: key };
    await db.message.create({ data: { ...inbound, conversationId: telegram.id, channel: 'telegram' } });

    expect(
      isUniqueViolation(
        await rejection(db.message.create({ data: { ...inbound, conversationId: telegram.id, channel: 'telegram' } })),
      ),
    ).toBe(true);
    await db.message.create({ data: { ...inbound, conversationId: slack.id, channel: 'slack' } });
    // Outbound messages carry no key: any number of them.
    await db.message.create({
      data: { clientId: client.id, conversationId: telegram.id, channel: 'telegram', direction: 'outbound', body: 'a' },
    });
    await db.message.create({
      data: { clientId: client.id, conversationId: telegram.id, channel: 'telegram', direction: 'outbound', body: 'b' },
    });
  });

  it('refuses the same channel user for two identities', async () => {
    const [first, second] = [await createTestClient(db), await createTestClient(db)];
    const externalUserId = uniqueTag();
    await db.channelIdentity.create({
      data: { clientId: first.id, channel: 'telegram', externalUserId, chatId: externalUserId },
    });

    const err = await rejection(
      db.channelIdentity.create({
        data: { clientId: second.id, channel: 'telegram', externalUserId, chatId: externalUserId },
      }),
    );
    expect(isUniqueViolation(err)).toBe(true);
    await db.channelIdentity.create({
      data: { clientId: second.id, channel: 'slack', externalUserId, chatId: externalUserId },
    });
  });
});

describe('reminder occurrences', () => {
  it('holds one occurrence per reminder and due instant', async () => {
    const client = await createTestClient(db);
    const dueAt = at('2030-09-09T07:00:00Z');
    const reminder = await db.reminder.create({
      data: {
        clientId: client.id,
        text: 'Pay the rent',
        firstDueAt: dueAt,
        tz: 'Europe/Rome',
        nextOccurrenceAt: dueAt,
      },
    });
    await db.reminderOccurrence.create({ data: { reminderId: reminder.id, dueAt } });

    expect(
      isUniqueViolation(await rejection(db.reminderOccurrence.create({ data: { reminderId: reminder.id, dueAt } }))),
    ).toBe(true);
    // Creating it again the idempotent way leaves the one row untouched.
    await db.reminderOccurrence.createMany({ data: [{ reminderId: reminder.id, dueAt }], skipDuplicates: true });
    expect(await db.reminderOccurrence.count({ where: { reminderId: reminder.id } })).toBe(1);
  });
});

describe('clients', () => {
  it('starts with the documented defaults', async () => {
    const client = await createTestClient(db);
    expect(client).toMatchObject({
      lang: 'it',
      tz: 'Europe/Rome',
      quietHoursStart: '21:00',
      quietHoursEnd: '08:00',
      defaultBookingMinutes: 60,
      bookingReminderOffsets: [1440, 60],
      morningBriefingEnabled: false,
      morningBriefingTime: '08:00',
      llmEnabled: true,
      availabilityKind: 'available',
      calendarFeedToken: null,
      isDemo: false,
      erasedAt: null,
    });
    expect(client.workingHours).toMatchObject({
      mon: [{ start: '09:00', end: '18:00' }],
      fri: [{ start: '09:00', end: '18:00' }],
      sat: [],
      sun: [],
    });
  });

  it('refuses quiet hours that are not HH:MM', async () => {
    const err = await rejection(createTestClient(db, { quietHoursStart: '9pm' }));
    expect(sqlState(err)).toBe(CHECK_VIOLATION);
  });
});
