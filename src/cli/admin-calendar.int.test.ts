import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, inject, it } from 'vitest';
import { createTestClient, testPrisma } from '../../test/support/db.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

function admin(args: string[]): Promise<{ code: number | null; out: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/admin.ts', ...args], {
    cwd: root,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, DATABASE_URL: inject('databaseUrl'), PUBLIC_URL: 'https://delego.example.com' },
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, out: out.trim() })));
}

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

  it('names an unknown client in one line', async () => {
    const missing = await admin(['calendar', '--client', '0193a4b2-0000-7000-8000-00000000dead']);
    expect(missing).toEqual({ code: 1, out: 'admin: no client with id 0193a4b2-0000-7000-8000-00000000dead' });
  }, 60_000);
});
