import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DomainEvent } from '../../src/kernel/events.js';
import type { RunningServer } from '../../src/web/server.js';
import { createTestAssistant, createTestClient, createTestTicket, testPrisma } from '../support/db.js';
import { createStaff, serveBackOffice, StaffBrowser, STAFF_PASSWORD } from '../support/staff.js';
import { addStaffUser } from '../../src/web/admin/staff-users.js';

const now = new Date('2026-11-23T09:00:00Z');
const db = testPrisma();

/** Every desk act of the ticket page, with fields that would pass its checks. */
const deskPosts = (n: number): [string, Record<string, string>][] => [
  [`/admin/tickets/${n}/claim`, {}],
  [`/admin/tickets/${n}/release`, {}],
  [`/admin/tickets/${n}/reply`, { text: 'Ciao', key: '0190f3a2-7c4e-7d2a-9b1c-3e5f6a7b8c9d' }],
  [`/admin/tickets/${n}/note`, { text: 'nota' }],
  [`/admin/tickets/${n}/ask`, { question: 'Quando?' }],
  [`/admin/tickets/${n}/done`, { minutes: '30', outcome: 'Fatto.' }],
  [`/admin/tickets/${n}/close`, {}],
  [`/admin/tickets/${n}/booking/confirm`, { date: '2026-11-27', time: '20:00', duration: '90' }],
  [`/admin/tickets/${n}/booking/cancel`, {}],
];

/**
 * Who may work a ticket from the back-office: the same refusals as the Slack desk, behind the
 * login and the CSRF token, and nothing changes or reaches the client when refused.
 */
describe('back-office desk: who may act', () => {
  let server: RunningServer;
  let base: string;
  const published: DomainEvent[] = [];
  beforeAll(async () => {
    server = await serveBackOffice({ clock: () => now, published });
    base = `http://127.0.0.1:${server.port}`;
  });
  afterAll(() => server?.close());

  async function openTicket() {
    const client = await createTestClient(db, { tz: 'Europe/Rome' });
    return createTestTicket(db, client.id, { summary: 'Tradurre il contratto' });
  }
  /** What a refused act could have changed, and what could have gone to the client. */
  const traces = async (ticketId: string) => ({
    ticket: await db.ticket.findUniqueOrThrow({ where: { id: ticketId } }),
    events: await db.ticketEvent.count({ where: { ticketId } }),
    messages: await db.message.count({ where: { ticketId } }),
    time: await db.timeEntry.count({ where: { ticketId } }),
  });
  async function loggedIn(): Promise<{ browser: StaffBrowser; staff: Awaited<ReturnType<typeof createStaff>> }> {
    const staff = await createStaff('assistant');
    const browser = new StaffBrowser(base, 'it');
    await browser.loginOk(staff.email);
    return { browser, staff };
  }

  it('refuses a reply, a question, Done and Release from someone who does not hold the ticket, in one line', async () => {
    const ticket = await openTicket();
    const holder = await loggedIn();
    expect((await holder.browser.submit(`/admin/tickets/${ticket.number}/claim`, {})).status).toBe(303);
    const other = await loggedIn();
    const page = await other.browser.page(`/admin/tickets/${ticket.number}`);
    expect(page.html).toContain(`In carico a ${holder.staff.name}: solo chi lo ha in carico`);
    expect(page.html).not.toContain(`action="/admin/tickets/${ticket.number}/reply"`);
    const before = await traces(ticket.id);
    const refusal = `Non fatto: #${ticket.number} è in carico a ${holder.staff.name}: può farlo solo chi lo ha in carico.`;
    for (const [path, fields] of deskPosts(ticket.number).filter(([p]) => /reply|ask|done|release/.test(p))) {
      const res = await other.browser.submit(path, fields);
      expect([res.status, path]).toEqual([409, path]);
      expect(res.html).toContain(refusal);
    }
    expect(await traces(ticket.id)).toEqual(before);
    expect(published.filter((e) => 'ticketId' in e && e.ticketId === ticket.id)).toHaveLength(1);
  });

  it('refuses every desk post from a stranger with 401 and one without the CSRF token with 403, changing nothing', async () => {
    const ticket = await openTicket();
    const before = await traces(ticket.id);
    const stranger = new StaffBrowser(base, 'it');
    const { browser } = await loggedIn();
    for (const [path, fields] of deskPosts(ticket.number)) {
      expect((await stranger.submit(path, fields)).status, path).toBe(401);
      for (const csrf of ['', 'x'.repeat(43)]) {
        const res = await browser.submit(path, { ...fields, _csrf: csrf });
        expect(res.status, path).toBe(403);
        expect(res.html).toContain('Token CSRF');
      }
    }
    expect(await traces(ticket.id)).toEqual(before);
  });

  it('streams a ticket only behind the login', async () => {
    const ticket = await openTicket();
    const res = await fetch(`${base}/admin/tickets/${ticket.number}/live`, { redirect: 'manual' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/admin/login?next=%2Fadmin%2Ftickets%2F${ticket.number}%2Flive`);
    expect(res.headers.get('content-type')).not.toMatch(/event-stream/);
  });

  it('refuses an account whose desk assistant was switched off, with the desk line', async () => {
    const ticket = await openTicket();
    const off = await createTestAssistant(db, { active: false });
    const account = await addStaffUser(db, {
      email: `off-${off.id}@agency.example`,
      name: 'Paola Spenta',
      password: STAFF_PASSWORD,
      assistant: off.slackUserId!,
    });
    const browser = new StaffBrowser(base, 'it');
    await browser.loginOk(account.email);
    const res = await browser.submit(`/admin/tickets/${ticket.number}/claim`, {});
    expect(res.status).toBe(403);
    expect(res.html).toContain('Solo le assistenti attive di Delego');
    expect((await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).status).toBe('open');
  });

  it('gives an account with no desk assistant one of its own on its first act, once, even for two at once', async () => {
    const [first, second] = [await openTicket(), await openTicket()];
    const { browser, staff } = await loggedIn();
    const claims = await Promise.all(
      [first, second].map((t) => browser.submit(`/admin/tickets/${t.number}/claim`, {})),
    );
    expect(claims.map((c) => c.status)).toEqual([303, 303]);
    const account = await db.staffUser.findUniqueOrThrow({ where: { id: staff.id }, include: { assistant: true } });
    expect(account.assistant).toMatchObject({ name: staff.name, slackUserId: null, active: true });
    expect(await db.assistant.count({ where: { name: staff.name } })).toBe(1);
    const held = await db.ticket.findMany({
      where: { id: { in: [first.id, second.id] } },
      select: { assigneeId: true },
    });
    expect(held).toEqual([{ assigneeId: account.assistantId }, { assigneeId: account.assistantId }]);
  });

  it('answers bad input under its field and a reply no channel can deliver with one line, sending nothing', async () => {
    const ticket = await openTicket();
    const { browser } = await loggedIn();
    await browser.submit(`/admin/tickets/${ticket.number}/claim`, {});
    await browser.page(`/admin/tickets/${ticket.number}`);
    const bad = await browser.submit(`/admin/tickets/${ticket.number}/done`, { minutes: 'tanti', outcome: ' ' });
    expect(bad.status).toBe(400);
    expect(bad.html).toContain(
      '<span class="field-error" id="done-minutes-error">Un numero intero di minuti da 1 a 6000.</span>',
    );
    expect(bad.html).toContain(
      '<span class="field-error" id="done-outcome-error">Scrivi al cliente cosa è stato fatto.</span>',
    );
    const empty = await browser.submit(`/admin/tickets/${ticket.number}/reply`, {
      text: '',
      key: '0190f3a2-7c4e-7d2a-9b1c-3e5f6a7b8c9d',
    });
    expect(empty.html).toContain('<span class="field-error" id="reply-text-error">Scrivi il messaggio.</span>');
    const unreachable = await browser.submit(`/admin/tickets/${ticket.number}/reply`, {
      text: 'Ciao <b>Mario</b>',
      key: '0190f3a2-7c4e-7d2a-9b1c-3e5f6a7b8c9e',
    });
    expect(unreachable.status).toBe(409);
    expect(unreachable.html).toContain('Non fatto: Il cliente non ha un canale su cui raggiungerlo.');
    // what was typed comes back, to be sent again
    expect(unreachable.html).toContain('>Ciao &lt;b&gt;Mario&lt;/b&gt;</textarea>');
    expect((await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).status).toBe('claimed');
    expect(await db.timeEntry.count({ where: { ticketId: ticket.id } })).toBe(0);
  });
});
