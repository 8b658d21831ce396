import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { testPrisma } from '../../../test/support/db.js';
import { createStaff, serveBackOffice, STAFF_PASSWORD, StaffBrowser } from '../../../test/support/staff.js';
import type { RunningServer } from '../server.js';

// Monday 23 November 2026, 10:00 in Rome; tests move it forward to let a wait end.
let now = new Date('2026-11-23T09:00:00Z');
const clock = () => now;
const later = (seconds: number) => (now = new Date(now.getTime() + seconds * 1000));
const REFUSED = 'Wrong email or password, or too many attempts: wait a few minutes and try again.';

/** A browser behind the proxy in front of the server, which says the client's address in X-Forwarded-For. */
function browserAt(base: string, address: string): StaffBrowser {
  const browser = new StaffBrowser(base);
  browser.headers['x-forwarded-for'] = address;
  return browser;
}

const noticeOf = (res: { html: string }) => /role="alert"[^>]*>([^<]*)</.exec(res.html)?.[1] ?? '';

/**
 * Staff logins as an attacker would try them: guessing one account from many addresses, one
 * address guessing many accounts, all behind the reverse proxy an https PUBLIC_URL needs
 * (TRUST_PROXY trusts it, 127.0.0.1 here). Waits are read off the injected clock.
 */
describe('staff login throttle (Redis, behind a trusted proxy)', () => {
  let server: RunningServer;
  let base: string;
  beforeAll(async () => {
    server = await serveBackOffice({ clock, trustProxy: ['127.0.0.1'] });
    base = `http://127.0.0.1:${server.port}`;
  });
  afterAll(async () => {
    await server?.close();
  });

  it('lets the owner in at once from an address that logged in before, however many failures others made', async () => {
    const owner = await createStaff('admin');
    await browserAt(base, '203.0.113.10').loginOk(owner.email);
    // Twelve guesses at the owner's password from twelve addresses.
    for (let i = 0; i < 12; i++) {
      const res = await browserAt(base, `198.51.100.${i + 1}`).login(owner.email, `guess ${i}`);
      expect(res.status).toBe(401);
      expect(noticeOf(res)).toBe(REFUSED);
    }
    const home = browserAt(base, '203.0.113.10');
    await home.loginOk(owner.email);
    expect(await testPrisma().staffSession.count({ where: { userId: owner.id } })).toBe(2);
  });

  it('slows an account down for at most a minute, so the right password from a new address gets in after it', async () => {
    const owner = await createStaff('assistant');
    for (let i = 0; i < 12; i++) await browserAt(base, `192.0.2.${i + 1}`).login(owner.email, `guess ${i}`);
    const fresh = browserAt(base, '203.0.113.20');
    const refused = await fresh.login(owner.email, STAFF_PASSWORD);
    expect([refused.status, noticeOf(refused)]).toEqual([401, REFUSED]);
    later(61);
    await fresh.loginOk(owner.email);
  });

  it('counts each client by its forwarded address: one guesser slows only itself', async () => {
    const colleague = await createStaff('assistant');
    const guesser = browserAt(base, '198.51.100.200');
    for (let i = 0; i < 15; i++) await guesser.login(`nobody-${randomUUID()}@agency.example`, 'guessing');
    // The guesser is made to wait, even with an account's right password...
    expect((await guesser.login(colleague.email, STAFF_PASSWORD)).status).toBe(401);
    // ...while everyone else behind the same proxy logs in as usual.
    await browserAt(base, '203.0.113.30').loginOk(colleague.email);
  });

  it('lets a slowed-down address in once its wait is over, without having touched the accounts it guessed', async () => {
    const owner = await createStaff('admin');
    const guesser = browserAt(base, '198.51.100.201');
    for (let i = 0; i < 12; i++) await guesser.login(`nobody-${randomUUID()}@agency.example`, 'guessing');
    expect((await guesser.login(owner.email, STAFF_PASSWORD)).status).toBe(401);
    later(16 * 60);
    await guesser.loginOk(owner.email);
  });
});

describe('staff login throttle shared by two processes', () => {
  const servers: RunningServer[] = [];
  afterAll(async () => {
    for (const server of servers) await server.close();
  });

  it('slows an address down on every process once it failed on one', async () => {
    const throttlePrefix = `${inject('redisPrefix')}login-shared-${randomUUID()}:`;
    for (let i = 0; i < 2; i++) servers.push(await serveBackOffice({ clock, trustProxy: 1, throttlePrefix }));
    const [a, b] = servers.map((s) => `http://127.0.0.1:${s.port}`);
    const owner = await createStaff('admin');
    for (let i = 0; i < 12; i++) await browserAt(a!, '198.51.100.202').login(`nobody-${i}@agency.example`, 'guessing');
    expect((await browserAt(b!, '198.51.100.202').login(owner.email, STAFF_PASSWORD)).status).toBe(401);
    await browserAt(b!, '203.0.113.40').loginOk(owner.email);
  });
});
