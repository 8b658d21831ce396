import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestClient, createTestTicket, testPrisma } from '../../../test/support/db.js';
import { createStaff, serveBackOffice, StaffBrowser } from '../../../test/support/staff.js';
import type { RunningServer } from '../server.js';
import { IDLE_MS, STAFF_COOKIE } from './sessions.js';

const loginAt = new Date('2026-11-23T09:00:00Z');
const prisma = testPrisma();
const HOUR_MS = 3_600_000;

/** Reads a server-sent event stream until `done` says enough, or until the server ends it. */
async function readUntil(stream: Response, done: (received: string) => boolean): Promise<{ ended: boolean }> {
  const reader = stream.body!.getReader();
  let received = '';
  for (;;) {
    const chunk = await reader.read();
    if (chunk.done) return { ended: true };
    received += new TextDecoder().decode(chunk.value);
    if (done(received)) {
      await reader.cancel();
      return { ended: false };
    }
  }
}

describe('back-office: the ticket page left open', () => {
  let server: RunningServer;
  let base: string;
  let now = loginAt;
  beforeAll(async () => {
    server = await serveBackOffice({ clock: () => now, livePollMs: 50 });
    base = `http://127.0.0.1:${server.port}`;
  });
  afterAll(() => server?.close());

  it('does not keep the session alive: an idle tab is logged out after the idle time, stream and all', async () => {
    const client = await createTestClient(prisma, { tz: 'Europe/Rome' });
    const ticket = await createTestTicket(prisma, client.id, { summary: 'Tradurre la lettera al fornitore' });
    const browser = new StaffBrowser(base, 'it');
    const staff = await createStaff('assistant');
    await browser.loginOk(staff.email);
    const session = { cookie: `${STAFF_COOKIE}=${browser.cookies.get(STAFF_COOKIE)}` };
    const expiry = async () =>
      (await prisma.staffSession.findFirstOrThrow({ where: { user: { email: staff.email } } })).expiresAt;
    expect(await expiry()).toEqual(new Date(loginAt.getTime() + IDLE_MS));

    // Eleven hours later the tab is still open and its stream (reopened, as a browser does) follows the ticket.
    now = new Date(loginAt.getTime() + 11 * HOUR_MS);
    const stream = await fetch(`${base}/admin/tickets/${ticket.number}/live`, { headers: session });
    expect(stream.headers.get('content-type')).toMatch(/^text\/event-stream/);
    await prisma.ticketEvent.create({ data: { ticketId: ticket.id, kind: 'internal_note', actor: 'assistant' } });
    expect(await readUntil(stream, (received) => received.includes('event: ticket'))).toEqual({ ended: false });
    // neither the stream's opening nor its looks counted as use
    expect(await expiry()).toEqual(new Date(loginAt.getTime() + IDLE_MS));

    // Past the idle time the stream ends, and the next page asks for the login again.
    const late = await fetch(`${base}/admin/tickets/${ticket.number}/live`, { headers: session });
    now = new Date(loginAt.getTime() + IDLE_MS + 60_000);
    expect(await readUntil(late, () => false)).toEqual({ ended: true });
    const page = await browser.page(`/admin/tickets/${ticket.number}`);
    expect(page.status).toBe(303);
    expect(page.location).toBe(`/admin/login?next=%2Fadmin%2Ftickets%2F${ticket.number}`);
  }, 60_000);

  it('a page the person opens still counts as use', async () => {
    const browser = new StaffBrowser(base, 'it');
    now = new Date('2026-11-24T09:00:00Z');
    const staff = await createStaff('assistant');
    await browser.loginOk(staff.email);
    now = new Date('2026-11-24T12:00:00Z');
    expect((await browser.page('/admin')).status).toBe(200);
    const row = await prisma.staffSession.findFirstOrThrow({ where: { user: { email: staff.email } } });
    expect(row.expiresAt).toEqual(new Date(now.getTime() + IDLE_MS));
  }, 60_000);
});
