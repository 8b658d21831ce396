import { describe, expect, it } from 'vitest';
import { createTestClient, testPrisma } from '../../../test/support/db.js';
import { sqlState } from './types.js';

const db = testPrisma();
const changedAt = new Date('2029-12-01T00:00:00Z');
const EXCLUSION_VIOLATION = '23P01';

async function refusal(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
  } catch (err) {
    return sqlState(err);
  }
  return undefined;
}

/** A confirmed booking of the client; `chosen` records that its overlap was asked for. */
function confirmed(clientId: string, title: string, from: string, to: string, chosen = false) {
  return db.booking.create({
    data: {
      clientId,
      title,
      status: 'confirmed',
      changedAt,
      startsAt: new Date(from),
      endsAt: new Date(to),
      overlapChosenAt: chosen ? changedAt : null,
    },
  });
}

describe('an overlap someone chose is the only way past bookings_no_overlap', () => {
  it('keeps a chosen overlap and still refuses any unchosen booking over either of the two', async () => {
    const client = await createTestClient(db);
    await confirmed(client.id, 'Riunione', '2030-03-07T09:00:00Z', '2030-03-07T10:00:00Z');
    const hearing = await confirmed(client.id, 'Udienza', '2030-03-07T08:30:00Z', '2030-03-07T09:30:00Z', true);
    expect(hearing.overlapChosenAt).not.toBeNull();

    // overlaps only the chosen one: nobody chose this overlap
    expect(await refusal(confirmed(client.id, 'Caffè', '2030-03-07T08:00:00Z', '2030-03-07T08:45:00Z'))).toBe(
      EXCLUSION_VIOLATION,
    );
    // overlaps only the unchosen one
    expect(await refusal(confirmed(client.id, 'Pranzo', '2030-03-07T09:45:00Z', '2030-03-07T10:30:00Z'))).toBe(
      EXCLUSION_VIOLATION,
    );
    // moving an unchosen booking onto the chosen one is refused too
    const later = await confirmed(client.id, 'Studio', '2030-03-07T11:00:00Z', '2030-03-07T12:00:00Z');
    const move = db.booking.update({
      where: { id: later.id },
      data: { startsAt: new Date('2030-03-07T08:00:00Z'), endsAt: new Date('2030-03-07T08:40:00Z') },
    });
    expect(await refusal(move)).toBe(EXCLUSION_VIOLATION);
    expect(await db.booking.count({ where: { clientId: client.id, status: 'confirmed' } })).toBe(3);
  });

  it('makes an unchosen write wait for a chosen overlap in flight, then refuses it', async () => {
    const client = await createTestClient(db);
    await confirmed(client.id, 'Riunione', '2030-05-06T14:00:00Z', '2030-05-06T15:00:00Z');
    const write = (title: string, from: string, to: string, chosen: boolean) =>
      db.$transaction(async (tx) => {
        await tx.booking.create({
          data: {
            clientId: client.id,
            title,
            status: 'confirmed',
            changedAt,
            startsAt: new Date(from),
            endsAt: new Date(to),
            overlapChosenAt: chosen ? changedAt : null,
          },
        });
        // both writes are in flight before either commits
        await new Promise((resolve) => setTimeout(resolve, 200));
      });
    const hearing = write('Udienza', '2030-05-06T13:30:00Z', '2030-05-06T14:30:00Z', true);
    // the chosen overlap is written (not committed) first; the coffee overlaps only it
    await new Promise((resolve) => setTimeout(resolve, 50));
    const coffee = write('Caffè', '2030-05-06T13:00:00Z', '2030-05-06T13:45:00Z', false);
    const [kept, refused] = await Promise.allSettled([hearing, coffee]);
    expect(kept.status).toBe('fulfilled');
    expect(refused.status === 'rejected' ? sqlState(refused.reason) : 'landed').toBe(EXCLUSION_VIOLATION);
    const titles = await db.booking.findMany({ where: { clientId: client.id }, select: { title: true } });
    expect(titles.map((b) => b.title).sort()).toEqual(['Riunione', 'Udienza']);
  });
});
