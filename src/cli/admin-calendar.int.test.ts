import { describe, expect, it } from 'vitest';
import { runAdmin } from '../../test/support/cli.js';
import { createTestClient, testPrisma } from '../../test/support/db.js';

const admin = (args: string[]) => runAdmin(args, { env: { PUBLIC_URL: 'https://delego.example.com' } });

describe('npm run admin -- calendar', () => {
  it('prints a new private feed URL on PUBLIC_URL each time, then revokes it', async () => {
    const prisma = testPrisma();
    const client = await createTestClient(prisma);
    const first = await admin(['calendar', '--client', client.id]);
    expect(first.code).toBe(0);
    const token = (await prisma.client.findUniqueOrThrow({ where: { id: client.id } })).calendarFeedToken;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(first.out).toContain(`https://delego.example.com/calendar/${token}.ics`);

    expect((await admin(['calendar', '--client', client.id])).code).toBe(0);
    expect((await prisma.client.findUniqueOrThrow({ where: { id: client.id } })).calendarFeedToken).not.toBe(token);

    const revoked = await admin(['calendar', '--client', client.id, '--revoke']);
    expect(revoked.code).toBe(0);
    expect((await prisma.client.findUniqueOrThrow({ where: { id: client.id } })).calendarFeedToken).toBeNull();
  }, 60_000);

  it('without PUBLIC_URL, prints the feed on this machine at the PORT Delego runs on', async () => {
    const prisma = testPrisma();
    const client = await createTestClient(prisma);
    const local = await runAdmin(['calendar', '--client', client.id], { env: { PORT: '8123' } });
    expect(local.code).toBe(0);
    const token = (await prisma.client.findUniqueOrThrow({ where: { id: client.id } })).calendarFeedToken;
    expect(local.out).toContain(`http://localhost:8123/calendar/${token}.ics`);
  }, 60_000);

  it('names an unknown client in one line', async () => {
    const missing = await admin(['calendar', '--client', '0193a4b2-0000-7000-8000-00000000dead']);
    expect(missing).toMatchObject({ code: 1, out: 'admin: no client with id 0193a4b2-0000-7000-8000-00000000dead' });
  }, 60_000);
});
