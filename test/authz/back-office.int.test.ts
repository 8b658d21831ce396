import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAFF_COOKIE } from '../../src/web/admin/sessions.js';
import { createTestTicket, testPrisma } from '../support/db.js';
import { invitedClient, startDelego } from '../support/delego.js';
import { createStaff, StaffBrowser } from '../support/staff.js';

// Monday 23 November 2026, 10:00 in Rome.
const now = new Date('2026-11-23T10:00:00+01:00');
const db = testPrisma();

/**
 * The back-office as the whole application mounts it (every router behind /admin, through
 * buildDelego), tried without an account, with a forged cookie, and as an assistant. What
 * src/web/admin/*.int.test.ts already proves on the admin router alone is not repeated here.
 */
describe('back-office access through the whole application', () => {
  let app: Awaited<ReturnType<typeof startDelego>>;
  let client: { id: string; name: string };
  let ticketNumber = 0;

  beforeAll(async () => {
    app = await startDelego({}, now);
    client = (await invitedClient('it', now)).client;
    ticketNumber = (await createTestTicket(db, client.id, { summary: 'Traduci il contratto riservato' })).number;
  });
  afterAll(async () => {
    await app?.stop();
  });

  const pages = () => [
    '/admin',
    '/admin/clients',
    `/admin/clients/${client.id}`,
    `/admin/clients/${client.id}/timeline`,
    `/admin/tickets/${ticketNumber}`,
    '/admin/users',
    '/admin/stats',
    '/admin/reports',
    `/admin/reports/${client.id}/2026-11`,
    `/admin/reports/${client.id}/2026-11.csv`,
    '/admin/queues',
    '/admin/queues/api/queues',
  ];

  /** What a stranger's request could have changed. */
  const state = async (userId: string) => ({
    client: await db.client.findUniqueOrThrow({ where: { id: client.id } }),
    invites: await db.invite.count({ where: { clientId: client.id } }),
    takenMessages: await db.takenMessage.count({ where: { clientId: client.id } }),
    user: await db.staffUser.findUniqueOrThrow({ where: { id: userId } }),
    staff: await db.staffUser.count(),
    clients: await db.client.count(),
  });

  it('sends a stranger and a forged session cookie to the login from every page, showing no data', async () => {
    for (const cookie of [undefined, `${STAFF_COOKIE}=${randomBytes(32).toString('base64url')}`]) {
      for (const path of pages()) {
        const res = await fetch(`${app.url}${path}`, { redirect: 'manual', headers: cookie ? { cookie } : {} });
        // The login comes back to the page asked for (the board is where it goes anyway).
        expect([res.status, res.headers.get('location')], path).toEqual([
          303,
          path === '/admin' ? '/admin/login' : `/admin/login?next=${encodeURIComponent(path)}`,
        ]);
        const body = await res.text();
        expect(body).not.toContain(client.name);
        expect(body).not.toContain('contratto riservato');
      }
    }
  });

  it('refuses every back-office change from a stranger with 401 and changes nothing', async () => {
    const victim = await createStaff('assistant');
    const before = await state(victim.id);
    const stranger = new StaffBrowser(app.url);
    const posts: [string, Record<string, string>][] = [
      ['/admin/clients', { name: 'Intruso', lang: 'it', tz: 'Europe/Rome' }],
      [`/admin/clients/${client.id}/settings`, { name: 'Renamed by a stranger' }],
      [`/admin/clients/${client.id}/invites`, {}],
      [`/admin/clients/${client.id}/messages`, { callerName: 'Intruso', body: 'Richiamare subito' }],
      [
        '/admin/users',
        { email: 'intruder@evil.example', name: 'Intruder', role: 'admin', password: 'long enough password' },
      ],
      [`/admin/users/${victim.id}/disable`, {}],
      ['/admin/logout', {}],
    ];
    for (const [path, fields] of posts) expect((await stranger.submit(path, fields)).status, path).toBe(401);
    expect((await stranger.request('/admin/queues/api/queues/reminders/pause', { method: 'PUT' })).status).toBe(401);
    expect(await state(victim.id)).toEqual(before);
  });

  it('does not let an assistant disable another account, nor an admin without the CSRF token', async () => {
    const victim = await createStaff('assistant');
    const assistant = new StaffBrowser(app.url);
    await assistant.loginOk((await createStaff('assistant')).email);
    expect((await assistant.submit(`/admin/users/${victim.id}/disable`, {})).status).toBe(403);

    const admin = new StaffBrowser(app.url);
    await admin.loginOk((await createStaff('admin')).email);
    const noToken = await admin.request(`/admin/users/${victim.id}/disable`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: '',
    });
    expect(noToken.status).toBe(403);
    expect(await db.staffUser.findUniqueOrThrow({ where: { id: victim.id } })).toMatchObject({ active: true });
    // The account is untouched: it still logs in.
    const victimBrowser = new StaffBrowser(app.url);
    await victimBrowser.loginOk(victim.email);
  });
});
