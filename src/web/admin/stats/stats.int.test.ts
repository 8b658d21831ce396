import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, logInOnPage } from '../../../../test/support/chromium.js';
import { startIsolatedApp, type IsolatedApp } from '../../../../test/support/isolated-app.js';
import { STAFF_PASSWORD, StaffBrowser } from '../../../../test/support/staff.js';
import type { PrismaClient } from '../../../infra/db/types.js';
import type { Prisma } from '../../../generated/prisma/client.js';
import { addStaffUser } from '../staff-users.js';

// Monday 23 November 2026, 10:00 in Rome: the default range is 25 October - 23 November.
const now = new Date('2026-11-23T10:00:00+01:00');
const SCREENSHOTS = 'test-output/screenshots';
const minutes = (m: number) => m * 60_000;

/**
 * Tickets of three clients and a demo client over the last 30 days (times in Rome):
 * created 28/10, 02/11, 20/11, 21/11 (00:30, still 20/11 in UTC), 23/11, and one in September;
 * closed 28/10, 03/11, 20/11, 22/11. Claimed after 10, 20, 30 and 50 minutes; rated 5, 4, 5, 2.
 */
async function seed(prisma: PrismaClient) {
  const assistant = await prisma.assistant.create({ data: { slackUserId: 'USTATS1', name: 'Giulia' } });
  const rossi = await prisma.client.create({ data: { name: 'Studio Legale Rossi & Figli' } });
  const caffe = await prisma.client.create({ data: { name: 'Caffè <Roma>' } });
  const bar = await prisma.client.create({ data: { name: 'Bar Sport' } });
  const demo = await prisma.client.create({ data: { name: 'Demo', isDemo: true } });

  const ticket = async (
    clientId: string,
    created: string,
    t: { claimAfterMin?: number; claimedAt?: string; doneAt?: string; rating?: number; logged?: number } = {},
  ) => {
    const createdAt = new Date(created);
    const claimedAt = t.claimedAt
      ? new Date(t.claimedAt)
      : t.claimAfterMin !== undefined
        ? new Date(createdAt.getTime() + minutes(t.claimAfterMin))
        : null;
    const doneAt = t.doneAt ? new Date(t.doneAt) : null;
    const data: Prisma.TicketUncheckedCreateInput = {
      clientId,
      summary: 'Richiesta',
      details: 'Richiesta',
      category: 'other',
      createdAt,
      claimedAt,
      doneAt,
      status: doneAt ? 'done' : claimedAt ? 'claimed' : 'open',
      assigneeId: claimedAt ? assistant.id : null,
      rating: t.rating ?? null,
      ratedAt: t.rating ? doneAt : null,
    };
    const row = await prisma.ticket.create({ data });
    if (t.logged)
      await prisma.timeEntry.create({
        data: {
          ticketId: row.id,
          assistantId: assistant.id,
          minutes: t.logged,
          createdAt: doneAt ?? claimedAt ?? createdAt,
        },
      });
  };

  await ticket(rossi.id, '2026-11-20T09:00:00+01:00', {
    claimAfterMin: 10,
    doneAt: '2026-11-20T11:00:00+01:00',
    rating: 5,
    logged: 90,
  });
  await ticket(rossi.id, '2026-11-21T00:30:00+01:00', {
    claimAfterMin: 30,
    doneAt: '2026-11-22T00:30:00+01:00',
    rating: 4,
    logged: 60,
  });
  await ticket(rossi.id, '2026-11-23T08:00:00+01:00');
  await ticket(caffe.id, '2026-10-28T10:00:00+01:00', {
    claimAfterMin: 20,
    doneAt: '2026-10-28T13:00:00+01:00',
    rating: 5,
    logged: 45,
  });
  await ticket(bar.id, '2026-11-02T11:00:00+01:00', { claimAfterMin: 50, logged: 30 });
  await ticket(bar.id, '2026-09-01T10:00:00+02:00', {
    claimedAt: '2026-09-02T10:00:00+02:00',
    doneAt: '2026-11-03T12:00:00+01:00',
    rating: 2,
  });
  await ticket(demo.id, '2026-11-22T10:00:00+01:00', {
    claimAfterMin: 1,
    doneAt: '2026-11-22T10:30:00+01:00',
    rating: 1,
    logged: 500,
  });

  const owner = { email: 'owner@stats.example', password: STAFF_PASSWORD };
  await addStaffUser(prisma, { ...owner, name: 'Owner', role: 'admin' });
  const helper = { email: 'giulia@stats.example', password: STAFF_PASSWORD };
  await addStaffUser(prisma, { ...helper, name: 'Giulia', role: 'assistant' });
  return { owner, helper };
}

const barsOf = (svg: string): number => (svg.match(/<rect class="bar"/g) ?? []).length;
const chartsOf = (html: string): string[] => html.match(/<svg class="chart"[^]*?<\/svg>/g) ?? [];

describe('back-office stats, reports and queues', () => {
  let app: IsolatedApp;
  let accounts: Awaited<ReturnType<typeof seed>>;
  let owner: StaffBrowser;
  beforeAll(async () => {
    app = await startIsolatedApp({ clock: () => now });
    accounts = await seed(app.prisma);
    owner = new StaffBrowser(app.url);
    await owner.loginOk(accounts.owner.email);
  });
  afterAll(() => app?.stop());

  it('counts tickets per local day, times to claim and done, hours per client and month, ratings; demo clients left out', async () => {
    const { status, html } = await owner.page('/admin/stats');
    expect(status).toBe(200);
    expect(html).toContain('<input type="date" name="from" value="2026-10-25" required>');
    expect(html).toContain(
      '<strong>5</strong> tickets created, <strong>4</strong> closed, <strong>4</strong> rated (average <strong>4.00</strong> / 5)',
    );

    const [perDay, hours, ratings] = chartsOf(html);
    expect(barsOf(perDay!)).toBe(60);
    expect(perDay).toContain('aria-label="Tickets created and closed per day, 2026-10-25 – 2026-11-23"');
    expect(perDay).toContain('<title>2026-11-21 · created: 1</title>');
    expect(perDay).toContain('<title>2026-11-20 · created: 1</title>');
    expect(perDay).toContain('<title>2026-11-03 · closed: 1</title>');
    expect(html).toContain('<tr><td>2026-11-21</td><td>1</td><td>0</td></tr>');

    expect(html).toMatch(
      /Creation to claim \(claimed in the period\)<\/th><td>4<\/td><td>25 min<\/td><td>44 min<\/td>/,
    );
    expect(html).toMatch(/Creation to done \(done in the period\)<\/th><td>4<\/td><td>13 h 30 min<\/td>/);

    // Three clients with time in October and November (the demo client's 500 minutes are not there).
    expect(barsOf(hours!)).toBe(6);
    expect(hours).toContain('<title>Studio Legale Rossi &amp; Figli · 2026-11: 2.5 h</title>');
    expect(hours).toContain('<title>Caffè &lt;Roma&gt; · 2026-10: 0.8 h</title>');
    expect(html).not.toContain('Caffè <Roma>');
    expect(html).toContain('<tr><td>Bar Sport</td><td>0 min</td><td>30 min</td></tr>');

    expect(barsOf(ratings!)).toBe(5);
    expect(ratings).toContain('<title>1 star · tickets: 0</title>');
    expect(ratings).toContain('<title>5 stars · tickets: 2</title>');
  });

  it('takes a range from the query, and answers a bad one with 400 and one line', async () => {
    const { html } = await owner.page('/admin/stats?from=2026-11-20&to=2026-11-22');
    const [perDay] = chartsOf(html);
    expect(barsOf(perDay!)).toBe(6);
    expect(html).toContain('<strong>2</strong> tickets created, <strong>2</strong> closed');

    for (const [query, line] of [
      ['from=2026-11-31', 'from: must be a date such as 2026-11-23'],
      ['to=2026-13-01', 'to: must be a date such as 2026-11-23'],
      ['from=yesterday', 'from: must be a date such as 2026-11-23'],
      ['from=2026-11-22&to=2026-11-20', 'from must not be after to'],
      ['from=2020-01-01&to=2026-01-01', 'the range must be at most 366 days'],
    ] as const) {
      const res = await owner.page(`/admin/stats?${query}`);
      expect(res.status, query).toBe(400);
      expect(res.html).toContain(`<p class="notice">${line}</p>`);
    }
  });

  it("an open queue board's polling does not keep the session alive; a page the person opens does", async () => {
    const session = { user: { email: accounts.helper.email } };
    // this browser's session is the account's only one
    await app.prisma.staffSession.deleteMany({ where: session });
    const browser = new StaffBrowser(app.url);
    await browser.loginOk(accounts.helper.email);
    // two hours idle: 10 hours left
    const idleSince = new Date(now.getTime() - 2 * 3_600_000);
    const left = new Date(now.getTime() + 10 * 3_600_000);
    await app.prisma.staffSession.updateMany({ where: session, data: { lastSeenAt: idleSince, expiresAt: left } });
    for (let poll = 0; poll < 3; poll++) expect((await browser.request('/admin/queues/api/queues')).status).toBe(200);
    expect((await app.prisma.staffSession.findFirstOrThrow({ where: session })).expiresAt).toEqual(left);
    expect((await browser.page('/admin/queues')).status).toBe(200);
    expect((await app.prisma.staffSession.findFirstOrThrow({ where: session })).expiresAt).toEqual(
      new Date(now.getTime() + 12 * 3_600_000),
    );
  });

  it('serves the queue dashboard only to logged-in staff, and lets only admins change queues', async () => {
    for (const path of ['/admin/queues', '/admin/queues/api/queues']) {
      const res = await fetch(`${app.url}${path}`, { redirect: 'manual' });
      expect(res.status, path).toBe(303);
      expect(res.headers.get('location')).toBe(`/admin/login?next=${encodeURIComponent(path)}`);
    }
    expect((await fetch(`${app.url}/admin/queues/api/queues/reminders/pause`, { method: 'PUT' })).status).toBe(401);

    const page = await owner.page('/admin/queues');
    expect(page.status).toBe(200);
    expect((await owner.request('/admin/queues')).headers.get('content-security-policy')).toMatch(
      /^default-src 'self'; script-src 'self';/,
    );
    expect(page.html).toContain('<base href="/admin/queues/" />');
    // The board's header menu leads back to the back-office, in the page's language.
    const uiConfig = JSON.parse(
      /<script id="__UI_CONFIG__" type="application\/json">([^<]*)<\/script>/.exec(page.html)![1]!,
    ) as { boardTitle: string; miscLinks: unknown };
    expect(uiConfig).toMatchObject({
      boardTitle: 'Delego · queues',
      miscLinks: [{ text: '← Back-office (tickets)', url: '/admin' }],
    });
    expect(page.html).toContain('<title>Delego · queues</title>');
    expect(page.html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
    const script = /<script defer src="(static\/js\/main\.[^"]+)"/.exec(page.html)![1]!;
    expect((await owner.request(`/admin/queues/${script}`)).status).toBe(200);
    const api = (await (await owner.request('/admin/queues/api/queues')).json()) as { queues: { name: string }[] };
    expect(api.queues.map((q) => q.name).sort()).toEqual(['followups', 'reminders']);

    const assistant = new StaffBrowser(app.url);
    await assistant.loginOk(accounts.helper.email);
    expect((await assistant.request('/admin/queues')).status).toBe(200);
    expect((await assistant.request('/admin/queues/api/queues/reminders/pause', { method: 'PUT' })).status).toBe(403);
    const reminders = app.delego.queues.find((q) => q.name === 'reminders')!;
    expect(await reminders.isPaused()).toBe(false);
    // The board's API takes no CSRF token: a change from another site, or of unknown origin, is refused.
    for (const headers of [{ origin: 'https://evil.example' }, { 'sec-fetch-site': 'cross-site' }, {}] as Record<
      string,
      string
    >[]) {
      const refused = await owner.request('/admin/queues/api/queues/reminders/pause', { method: 'PUT', headers });
      expect(refused.status, JSON.stringify(headers)).toBe(403);
    }
    expect(await reminders.isPaused()).toBe(false);
    const sameSite = { origin: app.url };
    expect(
      (await owner.request('/admin/queues/api/queues/reminders/pause', { method: 'PUT', headers: sameSite })).status,
    ).toBe(200);
    expect(await reminders.isPaused()).toBe(true);
    expect(
      (
        await owner.request('/admin/queues/api/queues/reminders/resume', {
          method: 'PUT',
          headers: { 'sec-fetch-site': 'same-origin' },
        })
      ).status,
    ).toBe(200);
    expect(await reminders.isPaused()).toBe(false);
  });

  it('draws the charts in a real browser with nothing from the internet, and prints the report', async () => {
    await mkdir(SCREENSHOTS, { recursive: true });
    const chrome = await launchChromium();
    try {
      const context = await chrome.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const problems: string[] = [];
      const requested: string[] = [];
      page.on('pageerror', (err) => problems.push(err.message));
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(message.text());
      });
      page.on('request', (request) => requested.push(request.url()));

      await logInOnPage(page, app.url, accounts.owner.email);
      await page.goto(`${app.url}/admin/stats`);
      const charts = page.locator('svg.chart[role="img"]');
      expect(await charts.count()).toBe(3);
      expect(await charts.nth(0).locator('rect.bar').count()).toBe(60);
      expect(await charts.nth(1).locator('rect.bar').count()).toBe(6);
      expect(await charts.nth(2).locator('rect.bar').count()).toBe(5);
      // Drawn, not only present: the chart has a size on screen and its tallest bar is visible.
      const box = await charts.nth(0).boundingBox();
      expect(box!.width).toBeGreaterThan(600);
      expect((await charts.nth(2).locator('rect.bar').last().boundingBox())!.height).toBeGreaterThan(50);
      await page.screenshot({ path: `${SCREENSHOTS}/stats.png`, fullPage: true });

      await page.goto(`${app.url}/admin/reports?month=2026-11`);
      await page.getByRole('link', { name: 'page' }).first().waitFor();
      const rossi = await app.prisma.client.findFirstOrThrow({ where: { name: 'Studio Legale Rossi & Figli' } });
      await page.goto(`${app.url}/admin/reports/${rossi.id}/2026-11`);
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('nav.top').isVisible()).toBe(false);
      expect(await page.locator('table.report tbody tr').count()).toBe(2);
      await page.screenshot({ path: `${SCREENSHOTS}/report-print.png`, fullPage: true });
      await page.emulateMedia({ media: 'screen' });

      // A reminder job waiting for its time (no worker runs here), as the board shows it.
      const occurrenceId = randomUUID();
      await app.delego.queues
        .find((q) => q.name === 'reminders')!
        .add('deliver', { occurrenceId }, { delay: 3_600_000 });
      await page.goto(`${app.url}/admin/queues`);
      await page.getByRole('main').getByRole('link', { name: 'reminders' }).click();
      await page.getByText(occurrenceId).waitFor({ timeout: 10_000 });
      await page.screenshot({ path: `${SCREENSHOTS}/queues.png`, fullPage: true });

      expect(problems).toEqual([]);
      expect(requested.filter((url) => !url.startsWith(app.url))).toEqual([]);
    } finally {
      await chrome.close();
    }
  });
});
