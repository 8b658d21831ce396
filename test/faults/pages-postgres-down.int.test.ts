import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrisma } from '../../src/infra/db/client.js';
import type { PrismaClient } from '../../src/infra/db/types.js';
import { testDatabaseUrl, testPrisma } from '../support/db.js';
import { invitedClient } from '../support/delego.js';
import { createStaff, StaffBrowser } from '../support/staff.js';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy.js';
import { startApp, type RunningApp } from './app.js';

/** A browser of the web chat: its cookie, the page's CSRF token, a language. */
function chatBrowser(base: string, acceptLanguage: string) {
  let cookie = '';
  let csrf = '';
  const request = async (path: string, init: RequestInit = {}) => {
    const res = await fetch(`${base}${path}`, {
      ...init,
      redirect: 'manual',
      headers: {
        'accept-language': acceptLanguage,
        ...(cookie ? { cookie } : {}),
        ...(init.headers as Record<string, string> | undefined),
      },
    });
    const set = res.headers.getSetCookie().find((h) => h.startsWith('delego_session='));
    if (set) cookie = set.split(';')[0]!;
    return res;
  };
  return {
    request,
    async open() {
      const res = await request('/');
      csrf = /<meta name="csrf-token" content="([^"]+)">/.exec(await res.clone().text())?.[1] ?? csrf;
      return res;
    },
    form: (path: string, fields: Record<string, string>) =>
      request(path, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ _csrf: csrf, ...fields }).toString(),
      }),
    send: (text: string) =>
      request('/chat/messages', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
        body: JSON.stringify({ idempotencyKey: randomUUID(), text }),
      }),
  };
}

/** Status, Retry-After and the page's alert line (or the JSON error). */
async function answer(res: Response) {
  const body = await res.text();
  const alert = /<p (?:role="alert"|class="notice")>([^<]*)</.exec(body)?.[1];
  return { status: res.status, retryAfter: res.headers.get('retry-after'), text: alert ?? body };
}

/**
 * PostgreSQL cut while people use the web chat and the back-office: every page load answers at
 * once with a 503 page in the visitor's language and Retry-After, never a bare JSON 500, and
 * everything works again when the database is back.
 */
describe('pages while PostgreSQL is unreachable', () => {
  let proxy: TcpProxy;
  let prisma: PrismaClient;
  let app: RunningApp;
  beforeAll(async () => {
    const url = new URL(testDatabaseUrl());
    proxy = await startTcpProxy({ host: url.hostname, port: Number(url.port || 5432) });
    prisma = createPrisma(proxy.rewrite(url.toString()), { poolMax: 3, connectTimeoutMs: 2000 });
    app = await startApp({ env: {}, prisma });
  });
  afterAll(async () => {
    await app?.stop();
    await prisma?.$disconnect();
    await proxy?.close();
  });

  it('answers the web chat and the back-office with a 503 page in Italian or English, then works again', async () => {
    const { client, code } = await invitedClient('en', new Date());
    const linked = chatBrowser(app.url, 'en-GB,en;q=0.9');
    await linked.open();
    expect((await linked.form('/access', { code })).status).toBe(303);
    const admin = await createStaff('admin', undefined, testPrisma());
    const staff = new StaffBrowser(app.url, 'it-IT,it;q=0.9');
    await staff.loginOk(admin.email);
    const newcomer = chatBrowser(app.url, 'it-IT,it;q=0.9');
    await newcomer.open();
    const text = 'Ricordami domani alle 9 di chiamare Rossi';

    proxy.cut();
    try {
      const started = Date.now();
      // A visitor not linked yet: whether its session is linked is the database's to say.
      expect(await answer(await newcomer.open())).toEqual({
        status: 503,
        retryAfter: '30',
        text: 'La chat è momentaneamente non disponibile per un problema nostro. Ricarica questa pagina tra un minuto.',
      });
      expect(await answer(await linked.open())).toMatchObject({
        status: 503,
        text: 'The chat is briefly unavailable on our side. Please reload this page in a minute.',
      });
      // What the script sends gets one line to show; the text stays in the box to send again.
      expect(await answer(await linked.send(text))).toEqual({
        status: 503,
        retryAfter: '30',
        text: JSON.stringify({
          error:
            'The chat is briefly unavailable on our side, so what you just sent was not received. Please try again in a minute.',
        }),
      });
      const board = await staff.request('/admin');
      expect(board.headers.get('content-type')).toMatch(/text\/html/);
      expect(await answer(board)).toEqual({
        status: 503,
        retryAfter: '30',
        text: 'Il back-office è momentaneamente non disponibile: il database non risponde. Ricarica questa pagina tra un minuto.',
      });
      staff.cookies.set('delego_admin_lang', 'en');
      expect(await answer(await staff.request('/admin/login'))).toMatchObject({
        status: 503,
        text: 'The back-office is briefly unavailable: the database does not answer. Please reload this page in a minute.',
      });
      expect(Date.now() - started).toBeLessThan(20_000);
    } finally {
      proxy.restore();
    }

    await expect.poll(async () => (await linked.open()).status, { timeout: 20_000 }).toBe(200);
    expect((await linked.send(text)).status).toBe(200);
    expect(await testPrisma().message.count({ where: { clientId: client.id, body: text } })).toBe(1);
    expect((await staff.request('/admin')).status).toBe(200);
  }, 90_000);
});
