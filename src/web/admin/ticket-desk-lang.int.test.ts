import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestAssistant, createTestClient, createTestTicket, testPrisma } from '../../../test/support/db.js';
import { createStaff, serveBackOffice, StaffBrowser } from '../../../test/support/staff.js';
import type { RunningServer } from '../server.js';

const now = new Date('2026-11-23T09:00:00Z');
const prisma = testPrisma();

/**
 * The desk's words on a ticket page are the page's: an English page on an Italian desk
 * (DESK_LANG=it) gets its refusals, the errors under its fields and what it saved in English.
 */
describe('back-office desk: refusals and messages in the page language', () => {
  let server: RunningServer;
  let base: string;
  beforeAll(async () => {
    server = await serveBackOffice({ clock: () => now, deskLang: 'it' });
    base = `http://127.0.0.1:${server.port}`;
  });
  afterAll(() => server?.close());

  it('refuses a claim of a held ticket in English', async () => {
    const client = await createTestClient(prisma, { tz: 'Europe/Rome' });
    const holder = await createTestAssistant(prisma, { name: 'Marco Neri' });
    const ticket = await createTestTicket(prisma, client.id, {
      status: 'claimed',
      assigneeId: holder.id,
      claimedAt: now,
    });
    const browser = new StaffBrowser(base, 'en');
    await browser.loginOk((await createStaff('assistant')).email);
    await browser.page(`/admin/tickets/${ticket.number}`);
    const refused = await browser.submit(`/admin/tickets/${ticket.number}/claim`, {});
    expect(refused.status).toBe(409);
    expect(refused.html).toContain(`#${ticket.number} is already claimed by Marco Neri.`);
    expect(refused.html).not.toContain('già preso in carico');
  }, 60_000);

  it('puts the mistake under the field and the saved note in English, in Italian when the page is', async () => {
    const client = await createTestClient(prisma, { tz: 'Europe/Rome' });
    const ticket = await createTestTicket(prisma, client.id);
    const english = new StaffBrowser(base, 'en');
    await english.loginOk((await createStaff('assistant')).email);
    await english.page(`/admin/tickets/${ticket.number}`);
    expect((await english.submit(`/admin/tickets/${ticket.number}/claim`, {})).status).toBe(303);
    await english.page(`/admin/tickets/${ticket.number}`);
    const mistake = await english.submit(`/admin/tickets/${ticket.number}/done`, { minutes: '0', outcome: 'Half' });
    expect(mistake.status).toBe(400);
    expect(mistake.html).toContain('A whole number of minutes from 1 to');

    const note = await english.submit(`/admin/tickets/${ticket.number}/note`, { text: 'Prefers the PDF' });
    expect(note.status).toBe(303);
    const saved = await english.page(`/admin/tickets/${ticket.number}`);
    expect(saved.html).toMatch(/Internal note by \S+ \(back-office\): Prefers the PDF/);

    const italian = new StaffBrowser(base, 'it');
    await italian.loginOk((await createStaff('assistant')).email);
    await italian.page(`/admin/tickets/${ticket.number}`);
    const held = await italian.submit(`/admin/tickets/${ticket.number}/release`, {});
    expect(held.status).toBe(409);
    expect(held.html).toMatch(new RegExp(`#${ticket.number} è in carico a`));
  }, 60_000);
});
