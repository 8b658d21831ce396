import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAFF_COOKIE } from '../../src/web/admin/sessions.js';
import { launchChromium } from '../support/chromium.js';
import { createTestClient, testPrisma } from '../support/db.js';
import { invitedClient, startDelego } from '../support/delego.js';
import { createStaff, StaffBrowser } from '../support/staff.js';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy.js';
import { startTelegramEmulator, type EmulatedUser, type TelegramEmulator } from '../support/telegram-emulator.js';

// Monday 23 November 2026, 10:00 in Rome.
const now = new Date('2026-11-23T10:00:00+01:00');
const meetingEnd = new Date('2026-11-23T16:00:00+01:00');
const db = testPrisma();
const shots = 'test-output/screenshots';
// Telegram user ids are identities in the shared database: far from other files' ids.
let nextUserId = 800_000_000 + Math.floor(Math.random() * 100_000_000);

/**
 * "Take a message" in the back-office, through the whole application: an assistant fills in the
 * form on the client's page, the client hears it on the emulated Telegram (at once, or held
 * while busy), and the page tells what happened and lists the messages taken.
 */
describe('back-office: messages taken for a client', () => {
  let telegram: TelegramEmulator;
  let app: Awaited<ReturnType<typeof startDelego>>;

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    telegram = await startTelegramEmulator();
    app = await startDelego(
      { TELEGRAM_BOT_TOKEN: telegram.token, TELEGRAM_API_ROOT: telegram.apiRoot, RATE_LIMIT_PER_MIN: '1000' },
      now,
    );
  });
  afterAll(async () => {
    await app?.stop();
    await telegram?.close();
  });

  /** A client connected on Telegram through an invite, as in real life. */
  async function linked(lang: 'it' | 'en'): Promise<{ clientId: string; user: EmulatedUser }> {
    const { client, code } = await invitedClient(lang, now);
    const user = telegram.user({ userId: nextUserId++, languageCode: lang });
    await user.sendCommand(`/start ${code}`);
    await user.waitForReplies(1, 20_000);
    return { clientId: client.id, user };
  }

  async function assistantBrowser(acceptLanguage = 'en') {
    const assistant = await createStaff('assistant');
    const browser = new StaffBrowser(app.url, acceptLanguage);
    await browser.loginOk(assistant.email);
    return { assistant, browser };
  }

  const busyUntilFour = (clientId: string) =>
    db.client.update({ where: { id: clientId }, data: { availabilityKind: 'busy', availabilityUntil: meetingEnd } });
  const rowOf = (page: string, caller: string) =>
    new RegExp(`<tr data-taken="[^"]+"><td>[^<]*</td><td>${caller}</td>.*?</tr>`).exec(page)?.[0] ?? '';

  it('delivers a message to an available client at once with the two buttons, and links the call-back ticket the client asks for', async () => {
    const { clientId, user } = await linked('it');
    const { assistant, browser } = await assistantBrowser();
    const page = await browser.page(`/admin/clients/${clientId}`);
    expect(page.html).toContain('<h2 id="take-message">Take a message</h2>');
    expect(page.html).toContain('No messages taken yet.');

    const taken = await browser.submit(`/admin/clients/${clientId}/messages`, {
      callerName: 'Mario Rossi',
      callerPhone: '+39 333 1234567',
      body: 'Vuole spostare la riunione di giovedì',
    });
    expect([taken.status, taken.location]).toEqual([303, `/admin/clients/${clientId}?taken=delivered`]);
    const [message] = await user.waitForReplies(1, 20_000);
    expect(message!.text).toBe(
      'Messaggio per te da Mario Rossi (+39 333 1234567): "Vuole spostare la riunione di giovedì"',
    );
    expect(message!.buttons.flat().map((b) => b.text)).toEqual(['Richiamo io', 'Richiama tu']);

    const after = await browser.page(taken.location!);
    expect(after.html).toContain('<p class="notice" role="status">Message taken: delivered to the client now.</p>');
    const row = rowOf(after.html, 'Mario Rossi');
    expect(row).toContain(
      '<td>+39 333 1234567</td><td class="body">Vuole spostare la riunione di giovedì</td><td></td><td>delivered 2026-11-23 10:00</td><td></td>',
    );
    expect(row).toContain(`<td>${assistant.name}</td>`);

    // The client asks the office to call back: the page shows the choice and the ticket it opened.
    await user.pressButton(message!.buttons.flat().find((b) => b.text === 'Richiama tu')!.data, message!.messageId);
    const [answer] = await user.waitForReplies(1, 20_000);
    const ticket = await db.ticket.findFirstOrThrow({
      where: { clientId, category: 'call' },
      select: { number: true },
    });
    expect(answer!.text).toContain(String(ticket.number));
    expect(rowOf((await browser.page(`/admin/clients/${clientId}`)).html, 'Mario Rossi')).toContain(
      `<td>Please call back: <a href="/admin/tickets/${ticket.number}">ticket #${ticket.number}</a></td>`,
    );
  });

  it('holds a message for a busy client until the status ends, and delivers an urgent one at once', async () => {
    const { clientId, user } = await linked('it');
    await busyUntilFour(clientId);
    const { browser } = await assistantBrowser();
    const page = await browser.page(`/admin/clients/${clientId}`);
    expect(page.html).toContain('busy until 2026-11-23 16:00');
    expect(page.html).toContain('Now a message waits until 16:00 (the client is busy); an urgent one goes at once.');

    const held = await browser.submit(`/admin/clients/${clientId}/messages`, {
      callerName: 'Anna Verdi',
      body: 'Conferma il preventivo',
    });
    expect(held.status).toBe(303);
    const heldPage = await browser.page(held.location!);
    expect(heldPage.html).toContain(
      'Message taken: held until 16:00 (the client is busy), then delivered in one digest.',
    );
    expect(rowOf(heldPage.html, 'Anna Verdi')).toContain('<td>held until 16:00</td>');

    const urgent = await browser.submit(`/admin/clients/${clientId}/messages`, {
      callerName: 'Banca',
      callerPhone: '02 1234',
      body: 'Bonifico bloccato',
      urgent: 'on',
    });
    expect(urgent.location).toBe(`/admin/clients/${clientId}?taken=delivered`);
    // The first message the client gets is the urgent one: the held one did not go out.
    const [first] = await user.waitForReplies(1, 20_000);
    expect(first!.text).toBe('URGENTE. Messaggio per te da Banca (02 1234): "Bonifico bloccato"');
    expect(user.unreadReplies()).toEqual([]);
    const list = (await browser.page(`/admin/clients/${clientId}`)).html;
    expect(rowOf(list, 'Banca')).toContain(
      '<td><span class="warning">urgent</span></td><td>delivered 2026-11-23 10:00</td>',
    );
    expect(rowOf(list, 'Anna Verdi')).toContain('<td>held until 16:00</td>');
    expect(
      await db.takenMessage.findMany({
        where: { clientId },
        select: { callerName: true, status: true },
        orderBy: { callerName: 'asc' },
      }),
    ).toEqual([
      { callerName: 'Anna Verdi', status: 'held' },
      { callerName: 'Banca', status: 'delivered' },
    ]);

    // The page in a real browser, for the screenshot: the form, the held and the urgent message.
    const chrome = await launchChromium();
    try {
      const context = await chrome.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
      await context.addCookies([
        { name: STAFF_COOKIE, value: browser.cookies.get(STAFF_COOKIE)!, url: `${app.url}/admin` },
      ]);
      const office = await context.newPage();
      await office.goto(`${app.url}/admin/clients/${clientId}`);
      await office.getByRole('button', { name: 'Take the message' }).waitFor();
      expect(await office.getByLabel('Who called').inputValue()).toBe('');
      expect(await office.locator('table.taken-messages tr').count()).toBe(3);
      await office.screenshot({ path: `${shots}/admin-client-messages.png`, fullPage: true });
    } finally {
      await chrome.close();
    }
  }, 60_000);

  it('refuses a post without the CSRF token and saves nothing', async () => {
    const { clientId } = await linked('en');
    const { browser } = await assistantBrowser();
    for (const csrf of ['', 'x'.repeat(43)]) {
      const res = await browser.submit(`/admin/clients/${clientId}/messages`, {
        _csrf: csrf,
        callerName: 'Mario Rossi',
        body: 'Richiamare',
      });
      expect(res.status).toBe(403);
      expect(res.html).toContain('Missing or wrong CSRF token');
    }
    expect(await db.takenMessage.count({ where: { clientId } })).toBe(0);
  });

  it('shows the form again with the error under each wrong field and what was typed, and saves nothing', async () => {
    const { clientId } = await linked('en');
    const { browser } = await assistantBrowser();
    await browser.page(`/admin/clients/${clientId}`);
    const res = await browser.submit(`/admin/clients/${clientId}/messages`, {
      callerName: '   ',
      callerPhone: 'call me maybe',
      body: 'Richiamare <subito>',
      urgent: 'on',
    });
    expect(res.status).toBe(400);
    expect(res.html).toContain(
      'aria-describedby="callerName-error"></label><span class="field-error" id="callerName-error">Write who called.</span>',
    );
    expect(res.html).toContain(
      '<span class="field-error" id="callerPhone-error">A phone number has only digits, spaces and + . / ( ) -.</span>',
    );
    expect(res.html).not.toContain('id="body-error"');
    expect(res.html).toContain('value="call me maybe"');
    expect(res.html).toContain('>Richiamare &lt;subito&gt;</textarea>');
    expect(res.html).toMatch(/<input type="checkbox" name="urgent" checked>/);
    expect(await db.takenMessage.count({ where: { clientId } })).toBe(0);
  });

  it('speaks Italian to an Italian browser', async () => {
    const { clientId, user } = await linked('it');
    await busyUntilFour(clientId);
    const { browser } = await assistantBrowser('it-IT,it;q=0.9');
    const page = await browser.page(`/admin/clients/${clientId}`);
    expect(page.html).toContain('<h2 id="take-message">Prendi un messaggio</h2>');
    expect(page.html).toContain('<button type="submit">Prendi il messaggio</button>');
    const bad = await browser.submit(`/admin/clients/${clientId}/messages`, { callerName: '', body: '' });
    expect(bad.html).toContain('<span class="field-error" id="callerName-error">Scrivi chi ha chiamato.</span>');
    expect(bad.html).toContain('<span class="field-error" id="body-error">Scrivi cosa desidera.</span>');
    const held = await browser.submit(`/admin/clients/${clientId}/messages`, {
      callerName: 'Anna Verdi',
      body: 'Conferma il preventivo',
    });
    const heldPage = await browser.page(held.location!);
    expect(heldPage.html).toContain(
      'Messaggio preso: trattenuto fino alle 16:00 (il cliente è impegnato), poi consegnato in un unico riepilogo.',
    );
    expect(rowOf(heldPage.html, 'Anna Verdi')).toContain('<td>trattenuto fino alle 16:00</td>');
    expect(user.unreadReplies()).toEqual([]);
  });

  it('says so when the client cannot be reached on any channel, and keeps the message', async () => {
    const client = await createTestClient(db, { tz: 'Europe/Rome' });
    const { browser } = await assistantBrowser();
    const res = await browser.submit(`/admin/clients/${client.id}/messages`, {
      callerName: 'Mario Rossi',
      body: 'Richiamare',
    });
    expect(res.location).toBe(`/admin/clients/${client.id}?taken=undeliverable`);
    expect((await browser.page(res.location!)).html).toContain(
      'Could not be delivered: the client cannot be reached on any channel',
    );
    expect(await db.takenMessage.count({ where: { clientId: client.id, status: 'held' } })).toBe(1);
  });

  it('takes no message for an erased or a demo client, with one line', async () => {
    const erased = await createTestClient(db, { erasedAt: now });
    const demo = await createTestClient(db, { isDemo: true });
    const { browser } = await assistantBrowser();
    for (const [client, line] of [
      [erased, "This client's data was erased: no message can be taken for them."],
      [demo, 'Messages cannot be taken for a demo client.'],
    ] as const) {
      const page = await browser.page(`/admin/clients/${client.id}`);
      expect(page.html).not.toContain(`action="/admin/clients/${client.id}/messages"`);
      const res = await browser.submit(`/admin/clients/${client.id}/messages`, {
        callerName: 'Mario Rossi',
        body: 'Richiamare',
      });
      expect(res.status).toBe(409);
      expect(res.html).toContain(`<p class="notice">${line.replace("'", '&#39;')}</p>`);
      expect(await db.takenMessage.count({ where: { clientId: client.id } })).toBe(0);
    }
  });

  it('answers a forged outcome in the address with 400 and one line', async () => {
    const { browser } = await assistantBrowser();
    const client = await createTestClient(db);
    const res = await browser.page(`/admin/clients/${client.id}?taken=held&until=tomorrow`);
    expect(res.status).toBe(400);
    expect(res.html).toContain('taken must be delivered, held (with until and reason) or undeliverable');
  });
});

describe('back-office: a message the channel fails to deliver', () => {
  let telegram: TelegramEmulator;
  let proxy: TcpProxy;
  let app: Awaited<ReturnType<typeof startDelego>>;

  beforeAll(async () => {
    telegram = await startTelegramEmulator();
    proxy = await startTcpProxy({ host: '127.0.0.1', port: Number(new URL(telegram.apiRoot).port) });
    app = await startDelego(
      { TELEGRAM_BOT_TOKEN: telegram.token, TELEGRAM_API_ROOT: proxy.rewrite(telegram.apiRoot).replace(/\/$/, '') },
      now,
    );
  });
  afterAll(async () => {
    await app?.stop();
    await proxy?.close();
    await telegram?.close();
  });

  it('keeps the form filled in and saves nothing when Telegram cannot be reached', async () => {
    const client = await createTestClient(db, { tz: 'Europe/Rome' });
    await db.channelIdentity.create({
      data: {
        clientId: client.id,
        channel: 'telegram',
        externalUserId: String(nextUserId),
        chatId: String(nextUserId++),
      },
    });
    const assistant = await createStaff('assistant');
    const browser = new StaffBrowser(app.url);
    await browser.loginOk(assistant.email);
    proxy.cut();
    const res = await browser.submit(`/admin/clients/${client.id}/messages`, {
      callerName: 'Mario Rossi',
      callerPhone: '+39 333 1234567',
      body: 'Richiamare entro sera',
    });
    expect(res.status).toBe(503);
    expect(res.html).toContain(
      '<p class="error" role="alert">Could not be delivered: the channel did not answer. Nothing was saved: please try again.</p>',
    );
    expect(res.html).toContain('name="callerName" value="Mario Rossi"');
    expect(res.html).toContain('>Richiamare entro sera</textarea>');
    expect(await db.takenMessage.count({ where: { clientId: client.id } })).toBe(0);
  });
});
