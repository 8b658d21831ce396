import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium.js';
import { invitedClient, startDelego, startTelegramDelego } from '../support/delego.js';
import { testPrisma } from '../support/db.js';
import { Browser } from '../support/web-browser.js';

// Monday 23 November 2026, 10:00 in Rome.
const now = new Date('2026-11-23T10:00:00+01:00');

describe('web chat (no Telegram or Slack: demo available)', () => {
  let app: Awaited<ReturnType<typeof startDelego>>;
  beforeAll(async () => {
    app = await startDelego({}, now);
  });
  afterAll(async () => {
    await app?.stop();
  });

  async function linkedBrowser(lang: 'it' | 'en' = 'it') {
    const { client, code } = await invitedClient(lang, now);
    const browser = new Browser(app.url);
    await browser.linkWithCode(code);
    return { browser, client };
  }

  it('links a browser with an invite code, then runs the flows and buttons through the pipeline', async () => {
    const { client, code } = await invitedClient('it', now);
    const browser = new Browser(app.url);
    const access = await browser.open();
    expect(access).toContain('action="/access"');
    expect(access).toContain('Prova la demo');
    expect(browser.setCookie).toMatch(/HttpOnly/);
    expect(browser.setCookie).toMatch(/SameSite=Lax/);
    expect(browser.setCookie).not.toMatch(/Secure/);

    const wrong = await browser.submitForm('/access', { code: 'AAAA-BBBB' });
    expect(wrong.status).toBe(400);
    expect(await wrong.text()).toMatch(/non è valido o è scaduto/);

    await browser.linkWithCode(code.toLowerCase().replace('-', ' '));
    const page = await browser.open();
    expect(page).toContain(`Ciao, ${client.name}! Collegamento riuscito.`);
    expect(page).not.toContain('demo-banner');
    // The database keeps a hash of the session, never the cookie's secret.
    const identity = await testPrisma().channelIdentity.findFirstOrThrow({
      where: { clientId: client.id, channel: 'web' },
    });
    expect(browser.cookie).not.toContain(identity.externalUserId);

    await browser.say('Ricordami domani alle 15 di chiamare Rossi');
    const [mine, reply] = (await browser.messages()).slice(-2);
    expect(mine).toMatchObject({ from: 'client', text: 'Ricordami domani alle 15 di chiamare Rossi' });
    expect(reply!.text).toMatch(/domani alle 15:00/);
    expect(reply!.buttons!.flat()).toHaveLength(2);
    expect(reply!.html).toContain('name="action"');
    // Both show when they were written, on the client's clock (10:00 in Rome).
    for (const message of [mine, reply])
      expect(message!.html).toContain('<time class="at" datetime="2026-11-23T09:00:00.000Z">10:00</time>');

    // Polling after the last message seen gives only what is new.
    expect(await browser.messages(reply!.id)).toEqual([]);
    await browser.press(reply!.buttons![0]![0]!.data);
    const [cancelled] = await browser.messages(reply!.id);
    expect(cancelled!.text).toMatch(/Ho annullato il promemoria/);
    expect(await testPrisma().reminder.count({ where: { clientId: client.id, status: 'active' } })).toBe(0);

    expect(
      await testPrisma().message.count({ where: { clientId: client.id, channel: 'web', direction: 'inbound' } }),
    ).toBe(2);
    expect(
      await testPrisma().message.count({ where: { clientId: client.id, channel: 'web', direction: 'outbound' } }),
    ).toBe(2);
  });

  it('acts once when the same message is submitted twice', async () => {
    const { browser, client } = await linkedBrowser();
    const key = randomUUID();
    const text = 'Traduci il contratto di locazione in inglese entro venerdì';
    const [first, second] = await Promise.all([
      browser.post({ idempotencyKey: key, text }),
      browser.post({ idempotencyKey: key, text }),
    ]);
    expect([first!.status, second!.status]).toEqual([200, 200]);
    const duplicates = [
      ((await first!.json()) as { duplicate: boolean }).duplicate,
      ((await second!.json()) as { duplicate: boolean }).duplicate,
    ];
    expect(duplicates.sort()).toEqual([false, true]);
    const again = await browser.post({ idempotencyKey: key, text });
    expect(await again.json()).toEqual({ duplicate: true });

    expect(await testPrisma().ticket.count({ where: { clientId: client.id } })).toBe(1);
    const shown = await browser.messages();
    expect(shown.filter((m) => m.text === text)).toHaveLength(1);
    expect(shown.filter((m) => /Ho aperto la richiesta #\d+/.test(m.text))).toHaveLength(1);
  });

  it('keeps every browser to its own conversation', async () => {
    const a = await linkedBrowser();
    const b = await linkedBrowser('en');
    await a.browser.say('Ricordami venerdì alle 9 di pagare il fornitore Bianchi');
    const aReply = await a.browser.lastReply();

    const seenByB = await b.browser.messages();
    expect(seenByB.map((m) => m.text).join('\n')).not.toMatch(/Bianchi/);
    expect(seenByB.map((m) => m.text).join('\n')).not.toContain(a.client.name);

    // A's button payload pressed by B changes nothing of A's.
    await b.browser.press(aReply.buttons![0]![0]!.data);
    expect((await b.browser.lastReply()).text).toMatch(/no longer exists or is not yours/);
    expect(await testPrisma().reminder.count({ where: { clientId: a.client.id, status: 'active' } })).toBe(1);

    // A browser that is not linked reads and writes nothing.
    const stranger = new Browser(app.url);
    await stranger.open();
    expect((await stranger.request('/chat/messages?after=0-0')).status).toBe(403);
    expect((await stranger.post({ idempotencyKey: randomUUID(), text: 'ciao' })).status).toBe(403);
    expect((await new Browser(app.url).request('/chat/messages?after=0-0')).status).toBe(403);
    expect((await b.browser.request(`/chat/files/${randomUUID()}`)).status).toBe(404);
  });

  it('answers malformed and forged requests with 400 and 403, and keeps running', async () => {
    const { browser, client } = await linkedBrowser();
    expect((await browser.post('{"idempotencyKey": "abc', {})).status).toBe(400);
    expect((await browser.post({ idempotencyKey: randomUUID() })).status).toBe(400);
    expect((await browser.post({ idempotencyKey: randomUUID(), text: 'ciao', action: { data: 'x' } })).status).toBe(
      400,
    );
    expect((await browser.post({ idempotencyKey: randomUUID(), text: 'x'.repeat(10_001) })).status).toBe(400);
    expect((await browser.post('x'.repeat(100_000), { 'content-type': 'application/json' })).status).toBe(413);
    expect((await browser.request('/chat/messages?after=DROP%20TABLE')).status).toBe(400);

    // Without the page's CSRF token, or with another session's, nothing happens.
    const other = new Browser(app.url);
    await other.open();
    expect(
      (
        await browser.post(
          { idempotencyKey: randomUUID(), text: 'Ricordami domani alle 9 di chiamare Neri' },
          { 'x-csrf-token': '' },
        )
      ).status,
    ).toBe(403);
    expect(
      (
        await browser.post(
          { idempotencyKey: randomUUID(), text: 'Ricordami domani alle 9 di chiamare Neri' },
          { 'x-csrf-token': other.csrf },
        )
      ).status,
    ).toBe(403);
    const forgedForm = await browser.request('/chat/messages', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'text=Ricordami+domani+alle+9&idempotencyKey=0123456789abcdef',
    });
    expect(forgedForm.status).toBe(403);

    expect(await testPrisma().message.count({ where: { clientId: client.id, direction: 'inbound' } })).toBe(0);
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
  });

  it('works with plain forms when JavaScript is off', async () => {
    const { browser, client } = await linkedBrowser();
    const page = await browser.open();
    const key = /<form class="composer"[^>]*>.*?name="idempotencyKey" value="([^"]+)"/.exec(page)![1]!;
    const sent = await browser.submitForm('/chat/messages', {
      idempotencyKey: key,
      text: 'Ricordami domani alle 15 di chiamare Rossi',
    });
    expect(sent.status).toBe(303);
    const after = await browser.open();
    expect(after).toMatch(/te lo ricordo domani alle 15:00/);
    const buttons =
      /<form class="buttons"[^>]*>.*?name="idempotencyKey" value="([^"]+)".*?name="action" value="(cx:r:[^"]+)"/.exec(
        after,
      );
    expect(buttons).not.toBeNull();
    expect(
      (await browser.submitForm('/chat/messages', { idempotencyKey: buttons![1]!, action: buttons![2]! })).status,
    ).toBe(303);
    expect(await testPrisma().reminder.count({ where: { clientId: client.id, status: 'active' } })).toBe(0);
    expect(await browser.open()).toMatch(/Ho annullato il promemoria/);
  });

  it('gives each visitor a demo client of their own, clearly marked', async () => {
    const visitor = new Browser(app.url, 'en-US,en;q=0.9');
    await visitor.open();
    expect((await visitor.submitForm('/demo', {})).status).toBe(303);
    const page = await visitor.open();
    expect(page).toContain('class="demo-banner"');
    expect(page).toContain('DEMO: a practice account just for you');
    expect(page).toContain('This is the demo');
    await visitor.say('Put the dentist in my calendar on Thursday at 10:30');
    expect((await visitor.lastReply()).text).toMatch(/Booked: .*Thursday 26 November, 10:30–11:30/);

    const another = new Browser(app.url, 'en-US,en;q=0.9');
    await another.open();
    expect((await another.submitForm('/demo', {})).status).toBe(303);
    await another.say('what do I have this week?');
    expect((await another.lastReply()).text).not.toMatch(/dentist/);

    const demos = await testPrisma().channelIdentity.findMany({
      where: { channel: 'web', externalUserId: { in: [keyOf(visitor), keyOf(another)] } },
      include: { client: true },
    });
    expect(demos).toHaveLength(2);
    expect(demos.map((d) => d.client)).toEqual([
      expect.objectContaining({ name: 'Demo', isDemo: true, lang: 'en' }),
      expect.objectContaining({ name: 'Demo', isDemo: true, lang: 'en' }),
    ]);
    expect(demos[0]!.clientId).not.toBe(demos[1]!.clientId);

    // Without the CSRF token no demo is started.
    const forged = new Browser(app.url);
    await forged.open();
    forged.csrf = 'forged';
    expect((await forged.submitForm('/demo', {})).status).toBe(403);
  });

  it('runs the demo in a real browser: send, reply, button and attached file without reloading, replies from another tab by polling', async () => {
    const chrome = await launchChromium();
    try {
      const context = await chrome.newContext({ locale: 'it-IT' });
      const page = await context.newPage();
      const problems: string[] = [];
      const requested: string[] = [];
      page.on('pageerror', (err) => problems.push(err.message));
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(message.text());
      });
      page.on('request', (request) => requested.push(request.url()));

      await page.goto(app.url);
      await page.getByRole('button', { name: 'Prova la demo' }).click();
      await page.locator('.demo-banner').waitFor();
      expect(await page.locator('.demo-banner').textContent()).toMatch(/^DEMO:/);

      // A marker on the window survives only if the page is never reloaded.
      await page.evaluate(() => Object.assign(globalThis, { delegoTestMarker: true }));
      await page.fill('#text', 'Ricordami domani alle 15 di chiamare Rossi');
      await page.keyboard.press('Enter');
      await page.locator('.msg.from-bot', { hasText: 'domani alle 15:00' }).waitFor({ timeout: 10_000 });
      expect(await page.locator('.msg.from-client', { hasText: 'chiamare Rossi' }).count()).toBe(1);
      expect(await page.inputValue('#text')).toBe('');

      await page.getByRole('button', { name: 'Annulla' }).click();
      await page.locator('.msg.from-bot', { hasText: 'Ho annullato il promemoria' }).waitFor({ timeout: 10_000 });

      // A second tab of the same session writes; the first shows it by polling.
      const other = await context.newPage();
      await other.goto(app.url);
      await other.fill('#text', 'Prenota il dentista giovedì alle 10:30');
      await other.getByRole('button', { name: 'Invia' }).click();
      await page.locator('.msg.from-bot', { hasText: 'giovedì 26 novembre alle 10:30' }).waitFor({ timeout: 10_000 });

      // The attach button: a picked file goes at once, shows as the client's, and joins the dentist's request.
      const scan = Buffer.from('%PDF-1.4 visura camerale');
      await page.setInputFiles('.attach input[type=file]', {
        name: 'visura.pdf',
        mimeType: 'application/pdf',
        buffer: scan,
      });
      await page.locator('.msg.from-client a.file', { hasText: 'visura.pdf' }).waitFor({ timeout: 10_000 });
      await page
        .locator('.msg.from-bot', { hasText: 'Ho allegato il file alla richiesta' })
        .waitFor({ timeout: 10_000 });
      const kept = await testPrisma().attachment.findFirstOrThrow({
        where: { fileName: 'visura.pdf', sha256: createHash('sha256').update(scan).digest('hex') },
      });
      expect(kept).toMatchObject({ channel: 'web', mimeType: 'application/pdf', sizeBytes: scan.length });

      expect(await page.evaluate(() => 'delegoTestMarker' in globalThis)).toBe(true);
      expect(problems).toEqual([]);
      expect(requested.every((url) => url.startsWith(app.url))).toBe(true);
    } finally {
      await chrome.close();
    }
  });

  it('fills the code of an invite link, ignores a message of spaces, and says when a long one was cut at the limit', async () => {
    const { client, code } = await invitedClient('en', now);
    const odd = new Browser(app.url, 'en');
    const refused = await odd.request(`/?code=${encodeURIComponent('"><script>x</script>')}`);
    expect(await refused.text()).not.toMatch(/<script>x|id="code"[^>]* value=/);

    const chrome = await launchChromium();
    try {
      const page = await (await chrome.newContext({ locale: 'en-GB' })).newPage();
      await page.goto(`${app.url}/?code=${code.toLowerCase().replaceAll('-', '')}`);
      expect(await page.inputValue('#code')).toBe(code);
      await page.getByRole('button', { name: 'Connect' }).click();
      await page.locator('.msg.from-bot', { hasText: `Welcome, ${client.name}!` }).waitFor();

      expect(await page.getByRole('list', { name: 'Conversation with the office' }).count()).toBe(1);
      // Only spaces: nothing is sent, and the field is emptied.
      await page.fill('#text', '   ');
      await page.keyboard.press('Enter');
      expect(await page.inputValue('#text')).toBe('');
      expect(await page.locator('.msg.from-client').count()).toBe(0);

      // A paste longer than a message: the field keeps the first 10,000 characters and says so.
      await page.locator('#text').focus();
      await page.keyboard.insertText('Notes for the call with the notary. '.repeat(300));
      expect((await page.inputValue('#text')).length).toBe(10_000);
      const status = page.getByRole('status');
      await status.waitFor();
      expect(await status.textContent()).toMatch(
        /at most 10,000 characters, so the end of what you wrote was left out/,
      );
      await page.keyboard.press('Enter');
      await page.locator('.msg.from-client', { hasText: 'Notes for the call' }).waitFor({ timeout: 10_000 });
      await status.waitFor({ state: 'hidden', timeout: 10_000 });
      expect(await page.inputValue('#text')).toBe('');
    } finally {
      await chrome.close();
    }
  });

  it('serves its script and style itself, under a policy that allows nothing else', async () => {
    const js = await fetch(`${app.url}/assets/chat.js`);
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toMatch(/javascript/);
    expect(await js.text()).toContain('/chat/messages');
    expect((await fetch(`${app.url}/assets/chat.css`)).headers.get('content-type')).toMatch(/text\/css/);
    const page = await new Browser(app.url).request('/');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await page.text()).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
  });
});

/** The session key the server stores: the SHA-256 of the cookie's secret id (before its signature). */
function keyOf(browser: Browser): string {
  return createHash('sha256').update(browser.cookie!.split('=')[1]!.split('.')[0]!).digest('hex');
}

describe('web chat with Telegram configured and an https address', () => {
  let app: Awaited<ReturnType<typeof startDelego>>;
  let stage: Awaited<ReturnType<typeof startTelegramDelego>> | undefined;
  beforeAll(async () => {
    stage = await startTelegramDelego(
      {
        PUBLIC_URL: 'https://delego.example.com',
        TELEGRAM_WEBHOOK_SECRET: 'webhook-secret-2',
      },
      now,
    );
    ({ app } = stage);
  });
  afterAll(() => stage?.stop());

  it('offers no demo, and makes the session cookie Secure', async () => {
    const browser = new Browser(app.url, 'en');
    const page = await browser.open();
    expect(page).toContain('action="/access"');
    expect(page).not.toContain('/demo');
    expect(browser.setCookie).toMatch(/Secure/);
    expect((await browser.submitForm('/demo', {})).status).toBe(404);
  });

  it('still links a browser with an invite code', async () => {
    const { client, code } = await invitedClient('en', now);
    const browser = new Browser(app.url, 'en');
    await browser.linkWithCode(code);
    expect(await browser.open()).toContain(`Welcome, ${client.name}!`);
  });
});
