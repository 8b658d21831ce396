import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createTestClient, testPrisma } from '../../../test/support/db.js';
import { createWebClients } from './web-clients.js';

const sessionKey = () => randomBytes(32).toString('hex');

describe('web clients', () => {
  const prisma = testPrisma();
  const clients = createWebClients(prisma, { tz: 'Europe/Rome' });

  it('knows no client for a new session', async () => {
    expect(await clients.linkedTo(sessionKey())).toBeNull();
  });

  it('starts one demo client per session, even when asked twice at once', async () => {
    const key = sessionKey();
    const [a, b] = await Promise.all([clients.startDemo(key, 'en'), clients.startDemo(key, 'en')]);
    expect(a).toEqual(b);
    expect(a).toMatchObject({ name: 'Demo', isDemo: true, lang: 'en' });
    expect(await clients.linkedTo(key)).toEqual(a);
    expect(await prisma.channelIdentity.count({ where: { channel: 'web', externalUserId: key } })).toBe(1);
    expect(await prisma.client.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({
      tz: 'Europe/Rome',
      isDemo: true,
    });

    const other = await clients.startDemo(sessionKey(), 'it');
    expect(other.id).not.toBe(a.id);
  });

  it('keeps a linked session with its client, and forgets an erased one', async () => {
    const client = await createTestClient(prisma, { lang: 'it' });
    const key = sessionKey();
    await prisma.channelIdentity.create({
      data: { clientId: client.id, channel: 'web', externalUserId: key, chatId: key },
    });
    expect(await clients.startDemo(key, 'en')).toMatchObject({ id: client.id, isDemo: false });

    await prisma.client.update({ where: { id: client.id }, data: { erasedAt: new Date() } });
    expect(await clients.linkedTo(key)).toBeNull();
  });
});
