import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium.js';
import { startDelego } from '../support/delego.js';
import { testPrisma } from '../support/db.js';
import { createStaff } from '../support/staff.js';

// Monday 23 November 2026, 10:00 in Rome.
const now = new Date('2026-11-23T10:00:00+01:00');
const shots = 'test-output/screenshots';

describe('back-office in a real browser', () => {
  let app: Awaited<ReturnType<typeof startDelego>>;
  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    app = await startDelego({}, now);
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('logs in after a wrong password, and shows a request written in the web chat on the board and on its page', async () => {
    const admin = await createStaff('admin');
    const chrome = await launchChromium();
    try {
      const requested: string[] = [];
      const problems: string[] = [];
      const office = await (
        await chrome.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } })
      ).newPage();
      office.on('request', (request) => requested.push(request.url()));
      office.on('pageerror', (err) => problems.push(err.message));

      await office.goto(`${app.url}/admin`);
      expect(new URL(office.url()).pathname).toBe('/admin/login');
      await office.getByLabel('Email').fill(admin.email);
      await office.getByLabel('Password').fill('this is not my password');
      await office.getByRole('button', { name: 'Log in' }).click();
      await office.getByRole('alert').waitFor();
      expect(await office.getByRole('alert').textContent()).toBe(
        'Wrong email or password, or too many attempts: wait a few minutes and try again.',
      );
      await office.screenshot({ path: `${shots}/admin-login-wrong-password.png`, fullPage: true });

      await office.getByLabel('Password').fill(admin.password);
      await office.getByRole('button', { name: 'Log in' }).click();
      await office.getByRole('heading', { name: 'Tickets' }).waitFor();
      expect(new URL(office.url()).pathname).toBe('/admin');

      // A client tries the demo in the web chat and asks for a translation.
      const chat = await (await chrome.newContext({ locale: 'it-IT' })).newPage();
      await chat.goto(app.url);
      await chat.getByRole('button', { name: 'Prova la demo' }).click();
      await chat.locator('.demo-banner').waitFor();
      await chat.fill('#text', 'Traduci il contratto di affitto in inglese entro venerdì');
      await chat.keyboard.press('Enter');
      const reply = chat.locator('.msg.from-bot', { hasText: 'Ho aperto la richiesta' });
      // The first request of a new demo client on a busy CI machine can take a while.
      await reply.waitFor({ timeout: 60_000 });
      const number = /#(\d+)/.exec((await reply.textContent()) ?? '')?.[1];
      expect(number).toBeDefined();
      await chat.screenshot({ path: `${shots}/admin-webchat-request.png`, fullPage: true });

      await office.reload();
      const card = office.locator(`section[data-status="open"] article[data-ticket="${number}"]`);
      await card.waitFor();
      expect(await card.textContent()).toContain('il contratto di affitto in inglese');
      await office.screenshot({ path: `${shots}/admin-board.png`, fullPage: true });

      await card.getByRole('link', { name: `#${number}` }).click();
      await office.getByRole('heading', { name: new RegExp(`Ticket #${number}`) }).waitFor();
      expect(await office.locator('.details').textContent()).toBe(
        'Traduci il contratto di affitto in inglese entro venerdì',
      );
      const history = (await office.locator('table.history').textContent()) ?? '';
      expect(history).toContain('created');
      expect(history).toContain('Traduci il contratto di affitto in inglese entro venerdì');
      await office.screenshot({ path: `${shots}/admin-ticket.png`, fullPage: true });

      await office.getByRole('link', { name: 'Demo' }).click();
      await office.getByRole('heading', { name: 'Demo' }).waitFor();
      expect(await office.locator('dl.facts').textContent()).toContain('Europe/Rome');
      await office.screenshot({ path: `${shots}/admin-client.png`, fullPage: true });
      await office.getByRole('link', { name: 'Timeline' }).click();
      await office.locator('table.timeline').waitFor();
      expect(await office.locator('table.timeline').textContent()).toContain(`ticket #${number}`);
      await office.screenshot({ path: `${shots}/admin-timeline.png`, fullPage: true });

      // The switch in the nav turns the back-office Italian, over the browser's English.
      await office.goto(`${app.url}/admin`);
      await office.locator('nav.top').getByRole('link', { name: 'IT', exact: true }).click();
      await office.getByRole('heading', { name: 'Ticket', exact: true }).waitFor();
      expect(new URL(office.url()).pathname).toBe('/admin');
      expect(await office.locator('html').getAttribute('lang')).toBe('it');
      expect(await office.locator('nav.top').textContent()).toContain('Clienti');
      expect(await card.textContent()).toContain('aperto da');
      await office.screenshot({ path: `${shots}/admin-board-it.png`, fullPage: true });

      const ticket = await testPrisma().ticket.findUniqueOrThrow({
        where: { number: Number(number) },
        select: { client: { select: { isDemo: true } } },
      });
      expect(ticket.client.isDemo).toBe(true);
      expect(problems).toEqual([]);
      expect(requested.every((url) => url.startsWith(app.url))).toBe(true);
    } finally {
      await chrome.close();
    }
  }, 120_000);
});
