import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestClient, createTestTicket, testPrisma } from '../../../test/support/db.js';
import { createStaff, serveBackOffice, StaffBrowser } from '../../../test/support/staff.js';
import type { RunningServer } from '../server.js';

// Monday 23 November 2026, 10:00 in Rome.
const now = new Date('2026-11-23T09:00:00Z');
const prisma = testPrisma();

/** A client's requested table for Friday at 20:00, with its booking ticket, and their confirmed dinner then. */
async function bookingTicket() {
  const client = await createTestClient(prisma, { tz: 'Europe/Rome' });
  const ticket = await createTestTicket(prisma, client.id, { category: 'booking', summary: 'Prenotare: cena da Gino' });
  const requested = await prisma.booking.create({
    data: {
      clientId: client.id,
      ticketId: ticket.id,
      title: 'cena da Gino',
      status: 'requested',
      changedAt: now,
      startsAt: new Date('2026-11-27T19:00:00Z'),
      endsAt: new Date('2026-11-27T20:30:00Z'),
    },
  });
  await prisma.booking.create({
    data: {
      clientId: client.id,
      title: 'cena con i suoceri',
      status: 'confirmed',
      changedAt: now,
      startsAt: new Date('2026-11-27T19:30:00Z'),
      endsAt: new Date('2026-11-27T21:00:00Z'),
    },
  });
  return { ticket, requested };
}

/**
 * The booking forms of the ticket page: the Slack modals' fields and rules (the client's zone,
 * a clash refused under the time unless "keep it even if it overlaps" is ticked), through the
 * same acts.
 */
describe('back-office desk: an office booking', () => {
  let server: RunningServer;
  let base: string;
  beforeAll(async () => {
    server = await serveBackOffice({ clock: () => now });
    base = `http://127.0.0.1:${server.port}`;
  });
  afterAll(() => server?.close());

  async function holder(number: number): Promise<StaffBrowser> {
    const browser = new StaffBrowser(base, 'it');
    await browser.loginOk((await createStaff('assistant')).email);
    expect((await browser.submit(`/admin/tickets/${number}/claim`, {})).status).toBe(303);
    return browser;
  }

  it('offers the booking forms prefilled in the client zone, refuses a clash under the time, and keeps it when ticked', async () => {
    const { ticket, requested } = await bookingTicket();
    const browser = await holder(ticket.number);
    const page = await browser.page(`/admin/tickets/${ticket.number}`);
    expect(page.html).toContain(`action="/admin/tickets/${ticket.number}/booking/confirm"`);
    expect(page.html).toContain(`action="/admin/tickets/${ticket.number}/booking/propose"`);
    expect(page.html).toContain('id="confirm-date" name="date" type="date" required value="2026-11-27"');
    expect(page.html).toContain('id="confirm-time" name="time" type="time" required value="20:00"');
    expect(page.html).toContain('id="confirm-duration" name="duration" type="number"');
    expect(page.html).toContain('value="90"');
    expect(page.html).toContain('Gli orari sono nel fuso del cliente (Europe/Rome).');

    const fields = { date: '2026-11-27', time: '20:00', duration: '90', place: 'Da Gino' };
    const clash = await browser.submit(`/admin/tickets/${ticket.number}/booking/confirm`, fields);
    expect(clash.status).toBe(400);
    expect(clash.html).toContain(
      '<span class="field-error" id="confirm-time-error">Il cliente ha già cena con i suoceri',
    );
    expect(clash.html).toContain('value="Da Gino"');
    expect((await prisma.booking.findUniqueOrThrow({ where: { id: requested.id } })).status).toBe('requested');

    const kept = await browser.submit(`/admin/tickets/${ticket.number}/booking/confirm`, {
      ...fields,
      overlap: 'keep',
    });
    expect(kept.status).toBe(303);
    expect(await prisma.booking.findUniqueOrThrow({ where: { id: requested.id } })).toMatchObject({
      status: 'confirmed',
      location: 'Da Gino',
      overlapChosenAt: now,
    });
    const after = await browser.page(kept.location!);
    expect(after.html).toContain('Salvato: la prenotazione è confermata e il cliente ha l’invito.');
    // no channel reaches this client: the page says so too
    expect(after.html).toContain('Il cliente non ha un canale su cui raggiungerlo.');
    expect(after.html).toContain(`action="/admin/tickets/${ticket.number}/booking/reschedule"`);
    expect(after.html).toContain('data-confirm="Annullare la prenotazione? Il cliente viene avvisato."');
  });

  it('refuses a time already past, and cancels the booking', async () => {
    const { ticket, requested } = await bookingTicket();
    const browser = await holder(ticket.number);
    await browser.page(`/admin/tickets/${ticket.number}`);
    const past = await browser.submit(`/admin/tickets/${ticket.number}/booking/propose`, {
      date: '2026-11-20',
      time: '20:00',
      duration: '60',
    });
    expect(past.status).toBe(400);
    expect(past.html).toContain('<span class="field-error" id="propose-time-error">');
    const cancelled = await browser.submit(`/admin/tickets/${ticket.number}/booking/cancel`, {});
    expect(cancelled.status).toBe(303);
    expect((await prisma.booking.findUniqueOrThrow({ where: { id: requested.id } })).status).toBe('cancelled');
    const again = await browser.submit(`/admin/tickets/${ticket.number}/booking/cancel`, {});
    expect(again.status).toBe(409);
    expect(again.html).toContain('Non fatto:');
  });
});
