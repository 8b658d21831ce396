import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestClient, createTestTicket, testPrisma } from '../../../test/support/db.js';
import { createStaff, serveBackOffice, StaffBrowser } from '../../../test/support/staff.js';
import type { RunningServer } from '../server.js';
import type { DomainEvent } from '../../kernel/events.js';

const now = new Date('2026-11-23T09:00:00Z');
const prisma = testPrisma();

/** A booking ticket whose booking was cancelled, by the client in the chat or by the desk. */
async function bookingTicket(cancelledBy: 'client' | 'assistant') {
  const client = await createTestClient(prisma, { tz: 'Europe/Rome' });
  const ticket = await createTestTicket(prisma, client.id, { category: 'booking', summary: 'Prenotare: cena da Gino' });
  await prisma.booking.create({
    data: {
      clientId: client.id,
      ticketId: ticket.id,
      title: 'cena da Gino',
      status: 'cancelled',
      changedAt: now,
      day: new Date('2026-11-27T00:00:00Z'),
    },
  });
  await prisma.ticketEvent.create({
    data: { ticketId: ticket.id, kind: 'booking_changed', actor: cancelledBy, data: { change: 'cancelled' } },
  });
  return ticket;
}

describe('back-office: a ticket whose booking the client cancelled', () => {
  let server: RunningServer;
  let base: string;
  const published: DomainEvent[] = [];
  beforeAll(async () => {
    server = await serveBackOffice({ clock: () => now, published });
    base = `http://127.0.0.1:${server.port}`;
  });
  afterAll(() => server?.close());

  it('says "annullata dal cliente" on the board and the page, and offers Close, which closes it without logging time', async () => {
    const ticket = await bookingTicket('client');
    const browser = new StaffBrowser(base, 'it');
    await browser.loginOk((await createStaff('assistant')).email);
    const board = await browser.page('/admin');
    const card = new RegExp(`data-ticket="${ticket.number}"[\\s\\S]*?</article>`).exec(board.html)?.[0] ?? '';
    expect(card).toContain('Prenotazione annullata dal cliente');
    const page = await browser.page(`/admin/tickets/${ticket.number}`);
    expect(page.html).toContain('Prenotazione annullata dal cliente: avvisa il locale, poi chiudi il ticket.');
    expect(page.html).toContain(`action="/admin/tickets/${ticket.number}/close"`);
    expect(page.html).toContain('>Chiudi</button>');

    const closed = await browser.submit(`/admin/tickets/${ticket.number}/close`, {});
    expect(closed).toMatchObject({ status: 303, location: `/admin/tickets/${ticket.number}#desk` });
    expect(await prisma.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).toMatchObject({
      status: 'cancelled',
      cancelledAt: now,
    });
    expect(await prisma.timeEntry.count({ where: { ticketId: ticket.id } })).toBe(0);
    expect(published).toContainEqual({ type: 'ticket_state_changed', ticketId: ticket.id });
    const after = await browser.page(`/admin/tickets/${ticket.number}`);
    expect(after.html).toContain('Salvato: il ticket è chiuso.');
    expect(after.html).not.toContain('/close"');
    expect(after.html).toContain('motivo: il cliente ha annullato la prenotazione');
  });

  it('offers no Close when the desk cancelled the booking, and refuses a forged one in the page language', async () => {
    const ticket = await bookingTicket('assistant');
    const browser = new StaffBrowser(base, 'it');
    await browser.loginOk((await createStaff('assistant')).email);
    const page = await browser.page(`/admin/tickets/${ticket.number}`);
    expect(page.html).not.toContain('annullata dal cliente');
    const forged = await browser.submit(`/admin/tickets/${ticket.number}/close`, {});
    expect(forged.status).toBe(409);
    expect(forged.html).toContain(
      `Non fatto: #${ticket.number} ha ancora la sua prenotazione: chiudilo con Fatto quando il lavoro è finito.`,
    );
    expect((await prisma.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).status).toBe('open');
  });
});
