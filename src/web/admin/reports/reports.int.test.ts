import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestAssistant,
  createTestClient,
  createTestTicket,
  testPrisma,
  uniqueTag,
} from '../../../../test/support/db.js';
import { startDelego } from '../../../../test/support/delego.js';
import { createStaff, StaffBrowser } from '../../../../test/support/staff.js';

// Monday 23 November 2026, 10:00 in Rome.
const now = new Date('2026-11-23T10:00:00+01:00');
const prisma = testPrisma();

/** A client with a November of work: what the report of 2026-11 must show, to the minute. */
async function clientWithNovember() {
  const tag = uniqueTag();
  const client = await createTestClient(prisma, {
    name: `Caffè Roma ${tag}`,
    hoursPackageMinutes: 600,
    hoursBalanceMinutes: -45,
  });
  const assistant = await createTestAssistant(prisma);
  const log = (ticketId: string, minutes: number, at: string) =>
    prisma.timeEntry.create({ data: { ticketId, assistantId: assistant.id, minutes, createdAt: new Date(at) } });

  const tricky = await createTestTicket(prisma, client.id, {
    summary: 'Traduzione "contratto", urgente\nseconda riga',
    category: 'translation',
    status: 'done',
    createdAt: new Date('2026-11-19T09:00:00Z'),
    doneAt: new Date('2026-11-20T10:00:00Z'),
  });
  await log(tricky.id, 90, '2026-11-20T10:00:00Z');
  // Logged at 00:30 on 1 November in Rome (still October in UTC): it belongs to November.
  await log(tricky.id, 15, '2026-10-31T23:30:00Z');
  // Worked on in November, not done yet; and one minute of it in December (Rome) that is left out.
  const formula = await createTestTicket(prisma, client.id, {
    summary: '=HYPERLINK("http://evil.example")',
    category: 'research',
    status: 'claimed',
    assigneeId: assistant.id,
    createdAt: new Date('2026-11-10T09:00:00Z'),
  });
  await log(formula.id, 30, '2026-11-12T15:00:00Z');
  await log(formula.id, 1, '2026-11-30T23:30:00Z');
  // Done in October: not in November's report.
  const october = await createTestTicket(prisma, client.id, {
    summary: 'Post per Instagram',
    category: 'social',
    status: 'done',
    doneAt: new Date('2026-10-20T10:00:00Z'),
  });
  await log(october.id, 20, '2026-10-20T09:00:00Z');
  // Done in November (Rome) without time logged in it.
  const quick = await createTestTicket(prisma, client.id, {
    summary: 'Email al commercialista',
    category: 'email',
    status: 'done',
    doneAt: new Date('2026-11-30T22:59:00Z'),
  });
  return { client, tricky, formula, october, quick };
}

describe('monthly reports', () => {
  let app: Awaited<ReturnType<typeof startDelego>>;
  let staff: StaffBrowser;
  beforeAll(async () => {
    app = await startDelego({}, now);
    const assistant = await createStaff('assistant');
    staff = new StaffBrowser(app.url);
    await staff.loginOk(assistant.email);
  });
  afterAll(() => app?.stop());

  it('downloads a month as RFC 4180 CSV with a BOM, months cut in the agency zone', async () => {
    const { client, tricky, formula, quick } = await clientWithNovember();
    const res = await staff.request(`/admin/reports/${client.id}/2026-11.csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const tag = client.name.split(' ').at(-1)!;
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="Delego-Caffe-Roma-${tag}-2026-11.csv"; filename*=UTF-8''Delego%20Caff%C3%A8%20Roma%20${tag}%202026-11.csv`,
    );
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(
      '\uFEFF' +
        'Ticket,Summary,Category,Status,Done on,Minutes in the month\r\n' +
        `${tricky.number},"Traduzione ""contratto"", urgente\nseconda riga",translation,Done,2026-11-20,105\r\n` +
        `${formula.number},"'=HYPERLINK(""http://evil.example"")",research,Claimed,,30\r\n` +
        `${quick.number},Email al commercialista,email,Done,2026-11-30,0\r\n`,
    );
  });

  it('writes the CSV headers, values and the page in Italian for an Italian browser', async () => {
    const { client, tricky } = await clientWithNovember();
    const italian = new StaffBrowser(app.url, 'it-IT,it;q=0.9');
    await italian.loginOk((await createStaff('assistant')).email);
    const csv = await (await italian.request(`/admin/reports/${client.id}/2026-11.csv`)).text();
    const [header, first] = csv.split('\r\n');
    expect(header).toBe('Ticket,Oggetto,Categoria,Stato,Completato il,Minuti nel mese');
    expect(first).toBe(
      `${tricky.number},"Traduzione ""contratto"", urgente\nseconda riga",traduzione,Completato,20/11/2026,105`,
    );
    const page = await italian.page(`/admin/reports/${client.id}/2026-11`);
    expect(page.html).toContain('<html lang="it">');
    expect(page.html).toMatch(/<dt>Mese<\/dt><dd>novembre 2026 /);
    expect(page.html).toMatch(/<dt>Saldo al 23\/11\/2026 10:00<\/dt><dd class="negative">-45 min<\/dd>/);
    expect(page.html).toContain('<td>traduzione</td><td>Completato</td><td>20/11/2026</td>');
  });

  it('shows the same month as a printable page with hours used, tickets done, package and balance', async () => {
    const { client, tricky, october } = await clientWithNovember();
    const page = await staff.page(`/admin/reports/${client.id}/2026-11`);
    expect(page.status).toBe(200);
    expect(page.html).toContain('<title>Caffè Roma');
    expect(page.html).toMatch(/Hours used in the month<\/dt><dd><strong>2 h 15 min<\/strong>/);
    expect(page.html).toMatch(/Tickets done in the month<\/dt><dd><strong>2<\/strong>/);
    expect(page.html).toMatch(/Hours package<\/dt><dd>10 h<\/dd>/);
    expect(page.html).toMatch(/<dt>Balance on 2026-11-23 10:00<\/dt><dd class="negative">-45 min<\/dd>/);
    expect(page.html).toContain('Traduzione &quot;contratto&quot;, urgente\nseconda riga');
    expect(page.html).toContain(`<td class="number">${tricky.number}</td>`);
    expect(page.html).not.toContain(`<td class="number">${october.number}</td>`);
    expect(page.html).toContain('<th class="number">135</th>');
    // Printing drops the menus and forms: the back-office and report stylesheets both say so for print.
    expect(page.html).toContain('<link rel="stylesheet" href="/admin/stats/assets/stats.css">');
    const css = await (await staff.request('/admin/stats/assets/stats.css')).text();
    expect(css).toMatch(/@media print \{[^]*\.report-actions/);
    expect(page.html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
  });

  it('lists the clients with their month, and a month picker', async () => {
    const { client } = await clientWithNovember();
    const list = await staff.page('/admin/reports?month=2026-11');
    expect(list.status).toBe(200);
    expect(list.html).toContain('<input type="month" name="month" value="2026-11"');
    const row = new RegExp(
      `<td>${client.name}</td><td class="number">2 h 15 min</td><td class="number">2</td>\\s*<td><a href="/admin/reports/${client.id}/2026-11">page</a> · <a href="/admin/reports/${client.id}/2026-11.csv" download>CSV</a>`,
    );
    expect(list.html).toMatch(row);
    // Without a month, the current one in the agency's zone.
    expect((await staff.page('/admin/reports')).html).toContain('value="2026-11"');
  });

  it('answers a bad month or client id with 400 and one line, an unknown client with 404', async () => {
    const { client } = await clientWithNovember();
    for (const path of [
      `/admin/reports/${client.id}/2026-13`,
      `/admin/reports/${client.id}/2026-13.csv`,
      `/admin/reports/${client.id}/november`,
      '/admin/reports?month=2026-1',
    ]) {
      const res = await staff.page(path);
      expect(res.status, path).toBe(400);
      expect(res.html).toContain('<p class="notice">the month must be written YYYY-MM, such as 2026-11</p>');
    }
    const badId = await staff.page('/admin/reports/12345/2026-11.csv');
    expect(badId.status).toBe(400);
    expect(badId.html).toContain('the client id in the address is not valid');
    expect((await staff.page(`/admin/reports/${randomUUID()}/2026-11`)).status).toBe(404);
  });

  it('is only for logged-in staff', async () => {
    const { client } = await clientWithNovember();
    for (const path of [
      '/admin/reports',
      `/admin/reports/${client.id}/2026-11`,
      `/admin/reports/${client.id}/2026-11.csv`,
    ]) {
      const res = await fetch(`${app.url}${path}`, { redirect: 'manual' });
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toBe(`/admin/login?next=${encodeURIComponent(path)}`);
    }
  });
});
