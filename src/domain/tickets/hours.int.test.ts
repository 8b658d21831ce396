import { describe, expect, it } from 'vitest';
import { createTestAssistant, createTestClient, createTestTicket, testPrisma } from '../../../test/support/db.js';
import { claimTicket, completeTicket } from './lifecycle.js';

const db = testPrisma();
const now = new Date('2026-12-07T09:00:00Z');

/** A client with a 10 h package (or none) and what is left of it, and an assistant to close their tickets. */
async function clientWith(hours: { hoursPackageMinutes: number; hoursBalanceMinutes: number }) {
  const client = await createTestClient(db, hours);
  const giulia = await createTestAssistant(db, { name: 'Giulia Bianchi' });
  /** Closes a new ticket of the client with these minutes: the notice it brought, if any. */
  const close = async (minutes: number) => {
    const ticket = await createTestTicket(db, client.id);
    await claimTicket(db, { ticketId: ticket.id, assistantId: giulia.id, now });
    const closed = await completeTicket(db, {
      ticketId: ticket.id,
      assistantId: giulia.id,
      now,
      minutes,
      outcome: 'ok',
    });
    return [closed.balanceMinutes, closed.hoursNotice] as const;
  };
  return { client, close };
}

describe('hours notices when a ticket is done', () => {
  it('gives the 20%-left notice once, on the close that crosses it', async () => {
    const { close } = await clientWith({ hoursPackageMinutes: 600, hoursBalanceMinutes: 200 });
    expect(await close(60)).toEqual([140, null]);
    expect(await close(20)).toEqual([120, 'low']);
    expect(await close(30)).toEqual([90, null]);
    expect(await close(30)).toEqual([60, null]);
  });

  it('gives the used-up notice once, at zero, even when one close goes past both thresholds', async () => {
    const { client, close } = await clientWith({ hoursPackageMinutes: 600, hoursBalanceMinutes: 300 });
    expect(await close(300)).toEqual([0, 'used_up']);
    expect(await close(45)).toEqual([-45, null]);
    expect((await db.client.findUniqueOrThrow({ where: { id: client.id } })).hoursNotice).toBe('used_up');
  });

  it('gives each notice to exactly one of concurrent closes', async () => {
    const { close } = await clientWith({ hoursPackageMinutes: 600, hoursBalanceMinutes: 150 });
    const notices = (await Promise.all([close(10), close(10), close(10), close(10)])).map(([, notice]) => notice);
    expect(notices.filter((n) => n === 'low')).toHaveLength(1);
    expect(notices.filter((n) => n !== null)).toHaveLength(1);
  });

  it('never tells a client with no package, however far below zero the balance goes', async () => {
    const { client, close } = await clientWith({ hoursPackageMinutes: 0, hoursBalanceMinutes: 0 });
    expect(await close(90)).toEqual([-90, null]);
    expect(await close(600)).toEqual([-690, null]);
    expect((await db.client.findUniqueOrThrow({ where: { id: client.id } })).hoursNotice).toBeNull();
  });
});
