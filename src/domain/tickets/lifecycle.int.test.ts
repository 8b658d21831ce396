import { describe, expect, it } from 'vitest';
import { ConflictError, NotFoundError, ValidationError } from '../../kernel/errors.js';
import { createTestAssistant, createTestClient, createTestTicket, testPrisma } from '../../../test/support/db.js';
import { askClient, claimTicket, completeTicket, rateTicket, releaseTicket } from './lifecycle.js';

const db = testPrisma();
const now = new Date('2026-11-23T09:00:00Z');
const later = (min: number) => new Date(now.getTime() + min * 60_000);

async function setup() {
  const client = await createTestClient(db, { hoursPackageMinutes: 600, hoursBalanceMinutes: 120 });
  const ticket = await createTestTicket(db, client.id);
  const [giulia, marco] = await Promise.all([
    createTestAssistant(db, { name: 'Giulia Bianchi' }),
    createTestAssistant(db, { name: 'Marco Neri' }),
  ]);
  return { client, ticket, giulia, marco };
}

describe('claim', () => {
  it('gives the ticket to exactly one of many concurrent claims', async () => {
    const { ticket } = await setup();
    const assistants = await Promise.all(Array.from({ length: 6 }, () => createTestAssistant(db)));
    const results = await Promise.allSettled(
      assistants.map((a) => claimTicket(db, { ticketId: ticket.id, assistantId: a.id, now })),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refusals = results
      .filter((r): r is PromiseRejectedResult => r.status === 'rejected')
      .map((r) => r.reason as unknown);
    expect(refusals.every((e) => e instanceof ConflictError)).toBe(true);
    const stored = await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } });
    expect(stored.status).toBe('claimed');
    expect(refusals.every((e) => (e as ConflictError).context.assigneeId === stored.assigneeId)).toBe(true);
    expect(await db.ticketEvent.count({ where: { ticketId: ticket.id, kind: 'claimed' } })).toBe(1);
  });

  it('keeps the first claim time across a release', async () => {
    const { ticket, giulia, marco } = await setup();
    await claimTicket(db, { ticketId: ticket.id, assistantId: giulia.id, now });
    const released = await releaseTicket(db, { ticketId: ticket.id, assistantId: giulia.id, now: later(5) });
    expect(released).toMatchObject({ status: 'open', assigneeId: null });
    const again = await claimTicket(db, { ticketId: ticket.id, assistantId: marco.id, now: later(10) });
    expect(again.assigneeId).toBe(marco.id);
    expect(again.claimedAt).toEqual(now);
  });

  it('refuses a release by someone who does not hold the ticket', async () => {
    const { ticket, giulia, marco } = await setup();
    await claimTicket(db, { ticketId: ticket.id, assistantId: giulia.id, now });
    await expect(releaseTicket(db, { ticketId: ticket.id, assistantId: marco.id, now })).rejects.toBeInstanceOf(
      ConflictError,
    );
    await expect(
      claimTicket(db, { ticketId: '0193a8f2-1c2d-7e4f-8a9b-0c1d2e3f4a5b', assistantId: marco.id, now }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('ask client and done', () => {
  it('waits on the client, then closes with a time entry taken off the hours balance', async () => {
    const { client, ticket, giulia } = await setup();
    await claimTicket(db, { ticketId: ticket.id, assistantId: giulia.id, now });
    const waiting = await askClient(db, { ticketId: ticket.id, assistantId: giulia.id, now: later(3) });
    expect(waiting).toMatchObject({ status: 'waiting_client', waitingSince: later(3), firstResponseAt: later(3) });

    const { ticket: closed, balanceMinutes } = await completeTicket(db, {
      ticketId: ticket.id,
      assistantId: giulia.id,
      now: later(60),
      minutes: 150,
      outcome: ' Contract translated. ',
    });
    expect(closed).toMatchObject({
      status: 'done',
      doneAt: later(60),
      waitingSince: null,
      outcomeNote: 'Contract translated.',
    });
    expect(balanceMinutes).toBe(-30);
    expect((await db.client.findUniqueOrThrow({ where: { id: client.id } })).hoursBalanceMinutes).toBe(-30);
    expect(
      await db.timeEntry.findMany({ where: { ticketId: ticket.id }, select: { minutes: true, assistantId: true } }),
    ).toEqual([{ minutes: 150, assistantId: giulia.id }]);
  });

  it('refuses closing twice, closing an unclaimed ticket, and nonsense minutes', async () => {
    const { client, ticket, giulia } = await setup();
    const report = { ticketId: ticket.id, assistantId: giulia.id, now, minutes: 30, outcome: 'ok' };
    await expect(completeTicket(db, report)).rejects.toBeInstanceOf(ConflictError);
    await claimTicket(db, { ticketId: ticket.id, assistantId: giulia.id, now });
    await expect(completeTicket(db, { ...report, minutes: 0 })).rejects.toBeInstanceOf(ValidationError);
    await expect(completeTicket(db, { ...report, outcome: '  ' })).rejects.toBeInstanceOf(ValidationError);
    await completeTicket(db, report);
    await expect(completeTicket(db, report)).rejects.toBeInstanceOf(ConflictError);
    expect((await db.client.findUniqueOrThrow({ where: { id: client.id } })).hoursBalanceMinutes).toBe(90);
  });
});

describe('rating', () => {
  it('stores one 1-5 rating of a done ticket, only from its own client', async () => {
    const { client, ticket, giulia } = await setup();
    const other = await createTestClient(db);
    await expect(rateTicket(db, { clientId: client.id, ticketId: ticket.id, rating: 5, now })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await claimTicket(db, { ticketId: ticket.id, assistantId: giulia.id, now });
    await completeTicket(db, { ticketId: ticket.id, assistantId: giulia.id, now, minutes: 10, outcome: 'done' });

    await expect(rateTicket(db, { clientId: other.id, ticketId: ticket.id, rating: 1, now })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(rateTicket(db, { clientId: client.id, ticketId: ticket.id, rating: 6, now })).rejects.toBeInstanceOf(
      ValidationError,
    );
    expect(await rateTicket(db, { clientId: client.id, ticketId: ticket.id, rating: 4, now: later(1) })).toMatchObject({
      rating: 4,
      ratedAt: later(1),
    });
    await expect(rateTicket(db, { clientId: client.id, ticketId: ticket.id, rating: 1, now })).rejects.toBeInstanceOf(
      ConflictError,
    );
    expect((await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).rating).toBe(4);
  });
});
