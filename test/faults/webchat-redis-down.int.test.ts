import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testPrisma, uniqueTag } from '../support/db.js';
import { invitedClient } from '../support/delego.js';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy.js';
import { startApp, testRedisUrl, type RunningApp } from './app.js';

/** The web chat keeps its screens in Redis: with Redis cut it answers 503 at once instead of hanging. */
describe('web chat with Redis unreachable', () => {
  let proxy: TcpProxy;
  let app: RunningApp;

  beforeAll(async () => {
    const url = new URL(testRedisUrl);
    proxy = await startTcpProxy({ host: url.hostname, port: Number(url.port || 6379) });
    app = await startApp({ env: {}, redisUrl: proxy.rewrite(testRedisUrl) });
  });
  afterAll(async () => {
    await app?.stop();
    await proxy?.close();
  });

  it("refuses with a clear 503 in the client's language, takes nothing in, and works again when Redis is back", async () => {
    await expect.poll(() => app.redis.status, { timeout: 30_000 }).toBe('ready');
    // An English-speaking client on an Italian browser: the client's language wins once linked.
    const { client, code } = await invitedClient('en', new Date());
    let cookie = '';
    const request = async (path: string, init: RequestInit = {}) => {
      const res = await fetch(`${app.url}${path}`, {
        ...init,
        redirect: 'manual',
        headers: {
          'accept-language': 'it-IT,it;q=0.9',
          ...(cookie ? { cookie } : {}),
          ...(init.headers as Record<string, string> | undefined),
        },
      });
      const set = res.headers.getSetCookie().find((h) => h.startsWith('delego_session='));
      if (set) cookie = set.split(';')[0]!;
      return res;
    };
    const csrf = /<meta name="csrf-token" content="([^"]+)">/.exec(await (await request('/')).text())![1]!;
    const access = await request('/access', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: csrf, code }).toString(),
    });
    expect(access.status).toBe(303);
    const text = `Ricordami domani alle 9 di chiamare Rossi ${uniqueTag()}`;
    const key = randomUUID();
    const send = () =>
      request('/chat/messages', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
        body: JSON.stringify({ idempotencyKey: key, text }),
      });

    proxy.cut();
    try {
      await expect.poll(() => app.redis.status, { timeout: 30_000 }).not.toBe('ready');
      const refused = await send();
      expect(refused.status).toBe(503);
      expect(await refused.json()).toEqual({ error: expect.stringMatching(/briefly unavailable on our side/) });
      const poll = await request('/chat/messages?after=0-0');
      expect(poll.status).toBe(503);
      const page = await request('/');
      expect([page.status, page.headers.get('retry-after')]).toEqual([503, '30']);
      expect(await page.text()).toContain('<p role="alert">The chat is briefly unavailable on our side.');
      // A browser not linked to anyone gets its own language.
      const newcomer = await fetch(`${app.url}/`, { headers: { 'accept-language': 'it-IT,it;q=0.9' } });
      expect(newcomer.status).toBe(503);
      expect(await newcomer.text()).toContain('<p role="alert">La chat è momentaneamente non disponibile');
      // The rest of the server does not depend on the web chat's Redis.
      expect((await fetch(`${app.url}/assets/chat.js`)).status).toBe(200);
      expect(await testPrisma().message.count({ where: { clientId: client.id, body: text } })).toBe(0);
    } finally {
      proxy.restore();
    }

    await expect.poll(() => app.redis.status, { timeout: 30_000 }).toBe('ready');
    expect((await send()).status).toBe(200);
    expect(await testPrisma().message.count({ where: { clientId: client.id, body: text } })).toBe(1);
  }, 90_000);
});
