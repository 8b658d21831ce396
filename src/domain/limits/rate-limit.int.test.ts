import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createLogger } from '../../infra/logger.js';
import { createRedis } from '../../infra/redis/connection.js';
import { startTcpProxy, type TcpProxy } from '../../../test/support/tcp-proxy.js';
import { createRateLimiter } from './rate-limit.js';

const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const logger = createLogger({ level: 'silent', pretty: false });
const clock = () => new Date('2026-11-23T10:00:00+01:00');

describe('createRateLimiter (real Redis)', () => {
  const connections: Redis[] = [];
  const connect = async (url = redisUrl) => {
    const redis = createRedis(url);
    redis.on('error', () => undefined);
    connections.push(redis);
    await redis.ping();
    return redis;
  };
  const keyPrefix = `${inject('redisPrefix')}rate:`;

  afterAll(async () => {
    const keys = await connections[0]!.keys(`${keyPrefix}*`);
    if (keys.length) await connections[0]!.del(...keys);
    for (const redis of connections) redis.disconnect();
  });

  it('lets messages through unchecked while its connection is not ready yet', async () => {
    const redis = createRedis(redisUrl, { lazyConnect: true });
    connections.push(redis);
    const limiter = createRateLimiter({ redis, limit: 1, keyPrefix, logger, clock });
    const client = randomUUID();
    expect([(await limiter.admit(client)).verdict, (await limiter.admit(client)).verdict]).toEqual(['ok', 'ok']);
  });

  it('reads the window on the injected clock: it ends when the clock moves on, never while the clock stands', async () => {
    let now = new Date('2026-11-23T10:00:00+01:00');
    const limiter = createRateLimiter({ redis: await connect(), limit: 2, keyPrefix, logger, clock: () => now });
    const client = randomUUID();
    const verdicts = async (n: number) => {
      const out = [];
      for (let i = 0; i < n; i++) out.push((await limiter.admit(client)).verdict);
      return out;
    };
    expect(await verdicts(3)).toEqual(['ok', 'ok', 'first_refusal']);
    now = new Date(now.getTime() + 59_000);
    expect(await verdicts(1)).toEqual(['refused']);
    // a minute on the clock after the window's first message, a new window: no waiting a real minute
    now = new Date(now.getTime() + 1_000);
    expect(await verdicts(3)).toEqual(['ok', 'ok', 'first_refusal']);
  });

  it('counts per client and shares the count between processes', async () => {
    let now = new Date('2026-11-23T10:00:00+01:00');
    const options = { limit: 3, keyPrefix, logger, windowMs: 1000, clock: () => now };
    // Two limiters on two connections stand for two processes serving the same clients.
    const a = createRateLimiter({ redis: await connect(), ...options });
    const b = createRateLimiter({ redis: await connect(), ...options });
    const client = randomUUID();
    const verdicts = [];
    for (const limiter of [a, b, a, b, a, b]) verdicts.push((await limiter.admit(client)).verdict);
    expect(verdicts).toEqual(['ok', 'ok', 'ok', 'first_refusal', 'refused', 'refused']);
    expect((await a.admit(randomUUID())).verdict).toBe('ok');

    // The window started with the first message; once it is over the count starts again.
    now = new Date(now.getTime() + 1000);
    expect((await b.admit(client)).verdict).toBe('ok');
  });

  it('lets exactly one of many simultaneous messages over the limit get the answer', async () => {
    const limiter = createRateLimiter({ redis: await connect(), limit: 5, keyPrefix, logger, clock });
    const client = randomUUID();
    const decisions = await Promise.all(Array.from({ length: 40 }, () => limiter.admit(client)));
    const counts = (v: string) => decisions.filter((d) => d.verdict === v).length;
    expect([counts('ok'), counts('first_refusal'), counts('refused')]).toEqual([5, 1, 34]);
  });

  it('clears away the window of a client gone quiet by itself', async () => {
    const redis = await connect();
    const limiter = createRateLimiter({ redis, limit: 3, keyPrefix, logger, windowMs: 60_000, clock });
    const client = randomUUID();
    await limiter.admit(client);
    await limiter.admit(client);
    const ttl = await redis.pttl(`${keyPrefix}${client}`);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(120_000);
  });

  describe('with Redis unreachable', () => {
    let proxy: TcpProxy;
    beforeAll(async () => {
      proxy = await startTcpProxy({ host: new URL(redisUrl).hostname, port: Number(new URL(redisUrl).port || 6379) });
    });
    afterAll(() => proxy.close());

    it('lets messages through at once instead of waiting, and counts again when Redis is back', async () => {
      const redis = await connect(proxy.rewrite(redisUrl));
      const limiter = createRateLimiter({ redis, limit: 1, keyPrefix, logger, timeoutMs: 300, clock });
      const client = randomUUID();
      expect((await limiter.admit(client)).verdict).toBe('ok');

      proxy.cut();
      const started = Date.now();
      for (let i = 0; i < 3; i++) expect((await limiter.admit(client)).verdict).toBe('ok');
      expect(Date.now() - started).toBeLessThan(1500);

      proxy.restore();
      await expect.poll(() => redis.status, { timeout: 10_000 }).toBe('ready');
      expect((await limiter.admit(client)).verdict).not.toBe('ok');
    });
  });
});
