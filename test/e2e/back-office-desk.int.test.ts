import { mkdirSync } from 'node:fs';
import type { Browser as Chrome, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAFF_COOKIE } from '../../src/web/admin/sessions.js';
import { addStaffUser } from '../../src/web/admin/staff-users.js';
import { launchChromium, logInOnPage } from '../support/chromium.js';
import { testPrisma, uniqueTag } from '../support/db.js';
import { invitedClient, startDelego } from '../support/delego.js';
import {
  blockActionsPayload,
  interactionBody,
  postSigned,
  startFakeSlack,
  type FakeSlack,
} from '../support/fake-slack.js';
import { createStaff, STAFF_PASSWORD, StaffBrowser } from '../support/staff.js';
import { startTelegramEmulator, type EmulatedUser, type TelegramEmulator } from '../support/telegram-emulator.js';
import { eventually } from '../support/workers.js';

// Monday 23 November 2026, 10:00 in Rome.
const now = new Date('2026-11-23T10:00:00+01:00');
const db = testPrisma();
const shots = 'test-output/screenshots';
// Telegram user ids and update ids are keys in the shared database: far from other files' ones.
let nextUserId = 900_000_000 + Math.floor(Math.random() * 90_000_000);

async function telegramWithFarUpdates(): Promise<TelegramEmulator> {
  const telegram = await startTelegramEmulator();
  (telegram.server as unknown as { updateId: number }).updateId = nextUserId;
  return telegram;
}

/** A Telegram client linked through an invite, who asks for a translation: their ticket. */
async function clientWithTicket(telegram: TelegramEmulator) {
  const { client, code } = await invitedClient('it', now);
  const user = telegram.user({ userId: nextUserId++, firstName: 'Mario', languageCode: 'it' });
  await user.sendCommand(`/start ${code}`);
  await user.waitForReplies(1, 20_000);
  await user.sendText('Traduci il contratto di affitto in inglese entro venerdì');
  const [confirmation] = await user.waitForReplies(1, 20_000);
  expect(confirmation!.text).toMatch(/richiesta #\d+/);
  const ticket = await db.ticket.findFirstOrThrow({ where: { clientId: client.id } });
  return { client, user, ticket };
}

/**
 * The back-office as the whole desk, with no Slack configured: an assistant logs in and works a
 * Telegram client's ticket from claim to Done in Chromium, and the client gets each message.
 */
describe('back-office desk without Slack, in the browser', () => {
  let telegram: TelegramEmulator;
  let app: Awaited<ReturnType<typeof startDelego>>;
  let chrome: Chrome;

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    telegram = await telegramWithFarUpdates();
    app = await startDelego({ TELEGRAM_BOT_TOKEN: telegram.token, TELEGRAM_API_ROOT: telegram.apiRoot }, now);
    chrome = await launchChromium();
  });
  afterAll(async () => {
    await chrome?.close();
    await app?.stop();
    await telegram?.close();
  });

  async function loggedIn(email: string): Promise<Page> {
    const context = await chrome.newContext({ locale: 'it-IT', viewport: { width: 1280, height: 1000 } });
    const page = await context.newPage();
    await logInOnPage(page, app.url, email, 'Accedi');
    return page;
  }

  const saved = (page: Page, line: string) => page.locator('p.notice[role="status"]', { hasText: line }).waitFor();

  it('claims, replies, asks, sees the answer arrive, keeps a note internal and closes with Done', async () => {
    const { user, ticket } = await clientWithTicket(telegram);
    const staff = await createStaff('assistant');
    const first = staff.name.split(' ')[0]!;
    const page = await loggedIn(staff.email);
    await page.getByRole('link', { name: new RegExp(`#${ticket.number}\\b`) }).click();
    await page.waitForURL(`${app.url}/admin/tickets/${ticket.number}`);
    await page.getByText('Nessuno ha ancora in carico questo ticket').waitFor();

    await page.getByRole('button', { name: 'Prendi in carico' }).click();
    await saved(page, 'Salvato: il ticket è in carico a te.');
    expect(await page.locator('#ticket-summary').innerText()).toContain(staff.name);
    // the client hears who took the request on, as from a claim in Slack
    const [claimed] = await user.waitForReplies(1, 20_000);
    expect(claimed!.text).toBe(`${first} ha preso in carico la tua richiesta #${ticket.number} (${ticket.summary}).`);
    const assistant = await db.staffUser.findUniqueOrThrow({ where: { id: staff.id }, select: { assistant: true } });
    expect(assistant.assistant).toMatchObject({ name: staff.name, slackUserId: null, active: true });

    await page.locator('form.reply textarea').fill('Ciao Mario, preferisci il PDF o il Word?');
    await page.getByRole('button', { name: 'Invia' }).click();
    await saved(page, 'Salvato: la risposta è andata al cliente.');
    const [reply] = await user.waitForReplies(1, 20_000);
    expect(reply!.text).toBe(`Ciao Mario, preferisci il PDF o il Word?\n\n— ${first}, richiesta #${ticket.number}`);

    await page.locator('form.ask textarea').fill('Mi mandi anche il codice fiscale?');
    await page.getByRole('button', { name: 'Chiedi', exact: true }).click();
    await saved(page, 'Salvato: la domanda è andata al cliente');
    const [question] = await user.waitForReplies(1, 20_000);
    expect(question!.text).toBe(`Mi mandi anche il codice fiscale?\n\n— ${first}, richiesta #${ticket.number}`);
    expect(await page.locator('#ticket-summary').innerText()).toContain('In attesa del cliente');

    // The client answers while the page is open: it shows without a reload.
    await page.evaluate(() => Object.assign(globalThis, { stayedOnThePage: true }));
    await user.sendText('Il PDF va benissimo, il codice è RSSMRA80A01H501U', { replyToMessageId: question!.messageId });
    const [ack] = await user.waitForReplies(1, 20_000);
    expect(ack!.text).toContain(`richiesta #${ticket.number}`);
    await page.locator('#ticket-record').getByText('RSSMRA80A01H501U').waitFor({ timeout: 20_000 });
    await page.locator('#ticket-summary', { hasText: 'Preso in carico' }).waitFor({ timeout: 20_000 });
    expect(await page.evaluate(() => (globalThis as { stayedOnThePage?: boolean }).stayedOnThePage)).toBe(true);

    await page.locator('form.note textarea').fill('Il cliente preferisce il PDF, niente Word');
    await page.getByRole('button', { name: 'Salva la nota' }).click();
    await saved(page, 'Salvato: la nota è sul desk.');
    expect(await page.locator('#ticket-record').innerText()).toContain('Il cliente preferisce il PDF, niente Word');

    await page.locator('form.done input[name="minutes"]').fill('45');
    await page.locator('form.done textarea').fill('Ecco il contratto tradotto in inglese.');
    await page.getByRole('button', { name: 'Chiudi il ticket' }).click();
    await saved(page, 'Salvato: il ticket è completato e il cliente ha ricevuto l’esito.');
    // a client with no hours package is not shown a negative balance "left"
    expect(await page.locator('p.notice[role="status"]').innerText()).toContain(
      '45 min registrati. Il cliente non ha un pacchetto ore (saldo -45 min).',
    );
    await page.screenshot({ path: `${shots}/admin-ticket-desk.png`, fullPage: true });
    const [outcome] = await user.waitForReplies(1, 20_000);
    expect(outcome!.text).toContain(`La richiesta #${ticket.number} è completata`);
    expect(outcome!.text).toContain('Ecco il contratto tradotto in inglese.');
    expect(outcome!.buttons[0]).toHaveLength(5);
    // The note never reached the client: nothing else came.
    expect(user.unreadReplies()).toEqual([]);
    expect(await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).toMatchObject({
      status: 'done',
      outcomeNote: 'Ecco il contratto tradotto in inglese.',
    });
    expect(await db.timeEntry.findMany({ where: { ticketId: ticket.id }, select: { minutes: true } })).toEqual([
      { minutes: 45 },
    ]);
    expect(await page.locator('#ticket-summary').innerText()).toContain('Completato');
  }, 120_000);

  it('shows a mistake under its field, keeps what was typed, and sends nothing', async () => {
    const { user, ticket } = await clientWithTicket(telegram);
    const staff = await createStaff('assistant');
    const page = await loggedIn(staff.email);
    await page.goto(`${app.url}/admin/tickets/${ticket.number}`);
    await page.getByRole('button', { name: 'Prendi in carico' }).click();
    await saved(page, 'Salvato');
    await user.waitForReplies(1, 20_000);
    await page.locator('form.done input[name="minutes"]').fill('0');
    await page.locator('form.done textarea').fill('Fatto a metà');
    // the browser's own check would stop 0 minutes: the server's answer is what is tested
    await page.locator('form.done').evaluate((form) => form.setAttribute('novalidate', ''));
    await page.getByRole('button', { name: 'Chiudi il ticket' }).click();
    await page.locator('#done-minutes-error').waitFor();
    expect(await page.locator('#done-minutes-error').innerText()).toBe('Un numero intero di minuti da 1 a 6000.');
    expect(await page.locator('form.done textarea').inputValue()).toBe('Fatto a metà');
    expect((await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).status).toBe('claimed');
    expect(user.unreadReplies()).toEqual([]);
  }, 60_000);
});

/** The Slack desk and the back-office in step: a claim in one shows in the other. */
describe('back-office desk beside the Slack desk', () => {
  const secret = 'slack-signing-secret-bodesk';
  const DESK = 'C0BODESK';
  let slack: FakeSlack;
  let telegram: TelegramEmulator;
  let app: Awaited<ReturnType<typeof startDelego>>;
  const giulia = { slackUserId: `UGIULIA${uniqueTag().toUpperCase()}`, name: 'Giulia Bianchi' };

  beforeAll(async () => {
    slack = await startFakeSlack();
    telegram = await telegramWithFarUpdates();
    await db.assistant.create({ data: { ...giulia, skills: ['translation'] } });
    app = await startDelego(
      {
        TELEGRAM_BOT_TOKEN: telegram.token,
        TELEGRAM_API_ROOT: telegram.apiRoot,
        SLACK_BOT_TOKEN: 'xoxb-bodesk-token',
        SLACK_SIGNING_SECRET: secret,
        SLACK_API_URL: slack.apiUrl,
        SLACK_DESK_CHANNEL: DESK,
      },
      now,
    );
  });
  afterAll(async () => {
    await app?.stop();
    await slack?.close();
    await telegram?.close();
  });

  /** The client's ticket once its card is in the desk channel. */
  async function ticketWithCard(): Promise<{ user: EmulatedUser; id: string; number: number; ts: string }> {
    const { user, ticket } = await clientWithTicket(telegram);
    const ts = await eventually(
      'the card',
      () => db.ticket.findUnique({ where: { id: ticket.id } }).then((t) => t?.slackTs ?? undefined),
      20_000,
    );
    return { user, id: ticket.id, number: ticket.number, ts: ts! };
  }

  it('redraws the Slack card when the back-office claims, and says the reply in the thread', async () => {
    const { id, number, ts } = await ticketWithCard();
    const staff = await createStaff('assistant');
    const browser = new StaffBrowser(app.url, 'it');
    await browser.loginOk(staff.email);
    await browser.page(`/admin/tickets/${number}`);
    const claimed = await browser.submit(`/admin/tickets/${number}/claim`, {});
    expect([claimed.status, claimed.location]).toEqual([303, `/admin/tickets/${number}#desk`]);
    const card = await slack.waitForCall(
      'chat.update',
      (c) => c.body.ts === ts && JSON.stringify(c.body.blocks).includes(`Preso in carico da ${staff.name}`),
      20_000,
    );
    expect(JSON.stringify(card.body.blocks)).toContain('"desk:release"');
    const page = await browser.page(claimed.location!);
    const key = /name="key" value="([^"]+)"/.exec(page.html)![1]!;
    await browser.submit(`/admin/tickets/${number}/reply`, { text: 'Arriva entro venerdì', key });
    await slack.waitForCall(
      'chat.postMessage',
      (c) => c.body.thread_ts === ts && String(c.body.text).includes('ha risposto al cliente dal back-office: Arriva'),
      20_000,
    );
    expect(await db.ticketEvent.count({ where: { ticketId: id, kind: 'relayed_to_client' } })).toBe(1);
  }, 60_000);

  it('shows a claim made in Slack on the open page, through its event stream', async () => {
    const { id, number, ts } = await ticketWithCard();
    const account = await addStaffUser(db, {
      email: `giulia-${uniqueTag()}@agency.example`,
      name: 'Giulia Bianchi',
      password: STAFF_PASSWORD,
      assistant: giulia.slackUserId,
    });
    const browser = new StaffBrowser(app.url, 'it');
    await browser.loginOk(account.email);
    const stream = await fetch(`${app.url}/admin/tickets/${number}/live`, {
      headers: { cookie: `${STAFF_COOKIE}=${browser.cookies.get(STAFF_COOKIE)}`, 'accept-language': 'it' },
    });
    expect(stream.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const press = interactionBody(
      blockActionsPayload({
        actionId: 'desk:claim',
        value: id,
        user: giulia.slackUserId,
        channel: DESK,
        messageTs: ts,
      }),
    );
    expect((await postSigned(`${app.url}/slack/events`, secret, press)).status).toBe(200);
    const reader = stream.body!.getReader();
    let received = '';
    while (!received.includes('event: ticket')) received += new TextDecoder().decode((await reader.read()).value);
    await reader.cancel();
    const parts = JSON.parse(/event: ticket\ndata: (.*)\n/.exec(received)![1]!) as { summary: string; desk: string };
    expect(parts.summary).toContain('Giulia Bianchi');
    // the Slack claim was Giulia's own: the page offers her the holder's forms
    expect(parts.desk).toContain('Hai in carico questo ticket.');
    expect(parts.desk).toContain(`action="/admin/tickets/${number}/done"`);
    expect((await browser.page(`/admin/tickets/${number}`)).html).toContain('Hai in carico questo ticket.');
  }, 60_000);
});
