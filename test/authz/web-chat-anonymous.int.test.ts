import { createHash, randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRedis } from '../../src/infra/redis/connection.js';
import { testPrisma } from '../support/db.js';
import { invitedClient, startDelego } from '../support/delego.js';

// Monday 23 November 2026, 10:00 in Rome.
const now = new Date('2026-11-23T10:00:00+01:00');
const WRONG_CODE = 'AAAA-BBBB-CCCC-DDDD';

/** A visitor of the web chat behind the proxy in front of Delego (TRUST_PROXY=1), at `address`. */
function visitor(base: string, address: string, cookie?: string) {
  let jar = cookie;
  let csrf = '';
  const request = async (path: string, init: RequestInit = {}) => {
    const res = await fetch(`${base}${path}`, {
      ...init,
      redirect: 'manual',
      headers: {
        'accept-language': 'it-IT,it;q=0.9',
        'x-forwarded-for': address,
        ...(jar ? { cookie: jar } : {}),
        ...(init.headers as Record<string, string> | undefined),
      },
    });
    const set = res.headers.getSetCookie().find((h) => h.startsWith('delego_session='));
    if (set) jar = set.split(';')[0];
    return res;
  };
  return {
    request,
    cookie: () => jar,
    set csrf(token: string) {
      csrf = token;
    },
    async open() {
      const page = await (await request('/')).text();
      csrf = /<meta name="csrf-token" content="([^"]+)">/.exec(page)?.[1] ?? '';
      return page;
    },
    access: (code: string) =>
      request('/access', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ _csrf: csrf, code }).toString(),
      }),
  };
}

/** The keys under `prefix` with their size and how long they stay (-1: for ever). */
async function redisFootprint(redis: Redis, prefix: string) {
  const keys = await redis.keys(`${prefix}*`);
  return Promise.all(
    keys.map(async (key) => ({ key, bytes: (await redis.memory('USAGE', key)) ?? 0, ttlMs: await redis.pttl(key) })),
  );
}

describe('web chat sessions only the server mints', () => {
  let app: Awaited<ReturnType<typeof startDelego>>;
  let redis: Redis;
  beforeAll(async () => {
    app = await startDelego({ TRUST_PROXY: '1' }, now);
    redis = createRedis(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379');
  });
  afterAll(async () => {
    await app?.stop();
    redis?.disconnect();
  });

  it('treats a cookie it did not mint as a new visitor: a valid code and the CSRF token it implies link nothing', async () => {
    const { client, code } = await invitedClient('it', now);
    const made = randomBytes(32).toString('base64url');
    for (const forged of [made, `${made}.${randomBytes(32).toString('base64url')}`]) {
      const browser = visitor(app.url, '203.0.113.50', `delego_session=${forged}`);
      browser.csrf = createHash('sha256').update(`csrf:${made}`).digest('base64url');
      const res = await browser.access(code);
      expect(res.status).toBe(400);
      expect(await res.text()).toContain('consenti i cookie per questo sito');
      // The page load that follows gives a cookie of the server's own in place of the forged one.
      await browser.open();
      expect(browser.cookie()).not.toContain(made);
      expect(browser.cookie()).toMatch(/^delego_session=[\w-]{43}\.[\w-]{43}$/);
    }
    const forgedKey = createHash('sha256').update(made).digest('hex');
    expect(await testPrisma().channelIdentity.count({ where: { externalUserId: forgedKey } })).toBe(0);
    expect(await testPrisma().invite.findFirstOrThrow({ where: { clientId: client.id } })).toMatchObject({
      usedAt: null,
    });
    expect(await redis.keys(`${app.queuePrefix}:web:chat:*`)).toEqual([]);
  });

  it('keeps a browser linked before sessions were signed, and gives it a signed cookie', async () => {
    const { client } = await invitedClient('it', now);
    const id = randomBytes(32).toString('base64url');
    const key = createHash('sha256').update(id).digest('hex');
    await testPrisma().channelIdentity.create({
      data: { clientId: client.id, channel: 'web', externalUserId: key, chatId: key },
    });
    const browser = visitor(app.url, '203.0.113.51', `delego_session=${id}`);
    expect(await browser.open()).toContain(client.name);
    expect(browser.cookie()).toMatch(new RegExp(`^delego_session=${id}\\.[\\w-]{43}$`));
    expect(await browser.open()).toContain(client.name);
    // An unsigned id that is linked to nobody is no session: it is replaced.
    const stranger = visitor(app.url, '203.0.113.51', `delego_session=${randomBytes(32).toString('base64url')}`);
    await stranger.open();
    expect(stranger.cookie()).not.toContain(id);
  });

  it('mints cookies every process on the same database accepts, without SESSION_SECRET', async () => {
    const other = await startDelego({ TRUST_PROXY: '1' }, now);
    try {
      const { client, code } = await invitedClient('it', now);
      const browser = visitor(app.url, '203.0.113.53');
      await browser.open();
      // Linked through one process, it goes on with the other.
      expect((await browser.access(code)).status).toBe(303);
      const elsewhere = visitor(other.url, '203.0.113.53', browser.cookie());
      expect(await elsewhere.open()).toContain(client.name);
      expect(elsewhere.cookie()).toBe(browser.cookie());
    } finally {
      await other.stop();
    }
  });

  it('slows invite guessing from one address (429, Retry-After, in Italian), not the other visitors', async () => {
    const guesser = visitor(app.url, '198.51.100.60');
    await guesser.open();
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push((await guesser.access(WRONG_CODE)).status);
    expect(statuses).toEqual([400, 400, 400, 400, 400, 400, 429, 429, 429, 429]);
    const refused = await guesser.access(WRONG_CODE);
    expect(refused.headers.get('retry-after')).toBe('1');
    expect(await refused.text()).toContain('Troppi tentativi con codici non validi. Per sicurezza aspetta un minuto');
    // Even the right code waits from that address; from another it links at once.
    const { client, code } = await invitedClient('it', now);
    expect((await guesser.access(code)).status).toBe(429);
    const other = visitor(app.url, '203.0.113.52');
    await other.open();
    expect((await other.access(code)).status).toBe(303);
    expect(await other.open()).toContain(`Ciao, ${client.name}! Collegamento riuscito.`);
  });
});

describe('anonymous visitors leave nothing long-lived in Redis', () => {
  let app: Awaited<ReturnType<typeof startDelego>>;
  let redis: Redis;
  beforeAll(async () => {
    app = await startDelego({ TRUST_PROXY: '1' }, now);
    redis = createRedis(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379');
  });
  afterAll(async () => {
    await app?.stop();
    redis?.disconnect();
  });

  it('300 invite codes tried with minted cookies from 300 addresses: a few kilobytes, all gone within five minutes', async () => {
    const before = new Set((await redisFootprint(redis, `${app.queuePrefix}:`)).map((k) => k.key));
    const statuses = new Map<number, number>();
    for (let i = 0; i < 300; i++) {
      const browser = visitor(app.url, `10.20.${Math.floor(i / 200)}.${i % 200}`);
      await browser.open();
      const status = (await browser.access(WRONG_CODE)).status;
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
    // The shared budget lets about sixty codes be looked at, then everyone waits.
    expect(statuses.get(400)).toBeGreaterThanOrEqual(60);
    expect(statuses.get(400)).toBeLessThan(70);
    expect(statuses.get(429)).toBe(300 - statuses.get(400)!);

    // What is new, apart from the bookkeeping the job queues create once.
    const left = (await redisFootprint(redis, `${app.queuePrefix}:`)).filter(
      (k) => !before.has(k.key) && !/:(reminders|followups|desk):/.test(k.key),
    );
    expect(left.filter((k) => k.key.includes(':web:chat:'))).toEqual([]);
    const bytes = left.reduce((sum, k) => sum + k.bytes, 0);
    expect(bytes).toBeLessThan(30_000);
    const outliving = left.filter((k) => k.ttlMs < 0 || k.ttlMs > 5 * 60_000);
    expect(outliving).toEqual([]);
  });
});
