import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { conversationHarness } from '../../../test/support/conversation.js';
import { createTestClient } from '../../../test/support/db.js';

// Monday 23 November 2026, 10:00 in Rome.
const h = conversationHarness({ now: new Date('2026-11-23T10:00:00+01:00') });
afterAll(() => h.close());

async function client() {
  const user = randomUUID();
  const c = await createTestClient(h.prisma, { lang: 'it', tz: 'Europe/Rome' });
  await h.prisma.channelIdentity.create({
    data: { clientId: c.id, channel: 'telegram', externalUserId: user, chatId: `chat-${user}` },
  });
  return { user, id: c.id };
}

const tap = (user: string, data: string) => h.say(user, '', { action: { data } });
const button = (reply: { buttons?: { label: string; data: string }[][] } | undefined, label: string) =>
  reply!.buttons!.flat().find((b) => b.label === label)!.data;

describe('a button tapped twice', () => {
  it('"Annulla" on a reminder says it is already cancelled, to its owner only', async () => {
    const c = await client();
    const saved = await h.say(c.user, 'Ricordami domani alle 15 di chiamare Rossi');
    const cancel = button(saved, 'Annulla');
    expect((await tap(c.user, cancel))?.text).toBe('Ho annullato il promemoria "chiamare Rossi".');
    expect((await tap(c.user, cancel))?.text).toBe('Già annullato.');
    // another client learns nothing about it
    expect((await tap((await client()).user, cancel))?.text).toBe('Questo elemento non esiste più o non è tuo.');
  });

  it('"Quale?" after the move says it was already moved', async () => {
    const c = await client();
    for (const day of ['26', '27']) {
      await h.prisma.booking.create({
        data: {
          clientId: c.id,
          title: 'riunione con Rossi',
          startsAt: new Date(`2026-11-${day}T09:00:00Z`),
          endsAt: new Date(`2026-11-${day}T10:00:00Z`),
          status: 'confirmed',
          changedAt: new Date('2026-11-20T00:00:00Z'),
        },
      });
    }
    const which = await h.say(c.user, 'sposta la riunione con Rossi a mercoledì alle 12');
    expect(which?.text).toMatch(/Quale\?/);
    const first = which!.buttons![0]![0]!.data;
    expect((await tap(c.user, first))?.text).toBe('Spostato: riunione con Rossi, mercoledì 25 novembre alle 12:00.');
    expect((await tap(c.user, first))?.text).toBe(
      'Già spostato: riunione con Rossi, mercoledì 25 novembre alle 12:00.',
    );
    expect(
      await h.prisma.booking.count({ where: { clientId: c.id, startsAt: new Date('2026-11-25T11:00:00Z') } }),
    ).toBe(1);
  });

  it('"Sono disponibile" says the client is already available', async () => {
    const c = await client();
    const busy = await h.say(c.user, 'sono in riunione fino alle 16');
    const free = button(busy, 'Sono disponibile');
    expect((await tap(c.user, free))?.text).toBe('Ricevuto: sei di nuovo disponibile.');
    expect((await tap(c.user, free))?.text).toBe('Sei già disponibile.');
    expect((await h.prisma.client.findUniqueOrThrow({ where: { id: c.id } })).availabilityKind).toBe('available');
  });
});
