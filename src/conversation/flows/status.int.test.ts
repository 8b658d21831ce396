import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { conversationHarness } from '../../../test/support/conversation.js';
import { createTestClient } from '../../../test/support/db.js';

/** The desk's side of a status change, and a release queue that is down (Redis unreachable). */
const redrawn: string[] = [];
const h = conversationHarness({
  now: new Date('2026-11-23T10:00:00+01:00'),
  segreteria: {
    releaseAt: async () => {
      throw new Error('Connection is closed.');
    },
    statusChanged: async (clientId) => void redrawn.push(clientId),
  },
});
afterAll(() => h.close());

describe('a status change while the release queue is down', () => {
  it('is confirmed to the client and still redraws the desk cards', async () => {
    const user = randomUUID();
    const client = await createTestClient(h.prisma, { lang: 'it', tz: 'Europe/Rome' });
    await h.prisma.channelIdentity.create({
      data: { clientId: client.id, channel: 'telegram', externalUserId: user, chatId: `chat-${user}` },
    });
    const reply = await h.say(user, 'sono in riunione fino alle 16');
    expect(reply?.text).toMatch(/^Ricevuto: hai da fare fino alle 16:00\./);
    expect(redrawn).toEqual([client.id]);
    expect((await h.prisma.client.findUniqueOrThrow({ where: { id: client.id } })).availabilityKind).toBe('busy');
  });
});
