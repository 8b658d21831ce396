import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createRedis } from '../../infra/redis/connection.js';
import { startTcpProxy } from '../../../test/support/tcp-proxy.js';
import { createBackoff, type BackoffOptions } from '../limits/backoff.js';
import { createInviteThrottle, type InviteThrottle } from './invite-throttle.js';

const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const start = new Date('2026-11-23T09:00:00Z');
const connections: Redis[] = [];

async function connect(): Promise<Redis> {
  const redis = createRedis(redisUrl);
  connections.push(redis);
  await redis.ping();
  return redis;
}

/** A throttle of its own (own key prefix), as one process would have it; more processes share `prefix`. */
async function throttle(
  prefix = `${inject('redisPrefix')}invite-${randomUUID()}:`,
  extra: Partial<BackoffOptions> = {},
) {
  const logger = pino({ level: 'silent' });
  const backoff = createBackoff({
    name: 'invite',
    redis: await connect(),
    keyPrefix: prefix,
    maxTracked: 10_000,
    failOpen: false,
    logger,
    ...extra,
  });
  return { throttle: createInviteThrottle(backoff), prefix };
}

/**
 * Guessers as fast as the throttle lets them: each address tries again the moment its wait is
 * over (10 ms after a refusal that names no wait). Returns the instants of the guesses that
 * were let through, i.e. the codes actually checked.
 */
async function guessFor(limiter: InviteThrottle, addresses: string[], durationMs: number): Promise<number[]> {
  const next = new Map(addresses.map((a) => [a, start.getTime()]));
  const checked: number[] = [];
  for (;;) {
    const [address, at] = [...next].reduce((a, b) => (b[1] < a[1] ? b : a));
    if (at - start.getTime() >= durationMs) return checked;
    const decision = await limiter.attempt(address, new Date(at));
    if (decision.allowed) checked.push(at - start.getTime());
    next.set(address, at + Math.max(decision.retryAfterMs, 10));
  }
}

afterAll(async () => {
  const keys = await connections[0]!.keys(`${inject('redisPrefix')}invite-*`);
  if (keys.length) await connections[0]!.del(...keys);
  for (const redis of connections) redis.disconnect();
});

describe('invite redemption throttle (real Redis, injected clock)', () => {
  it('slows one address below one guess a second after 20 failures, and far below later', async () => {
    const { throttle: limiter } = await throttle();
    const checked = await guessFor(limiter, ['203.0.113.7'], 2 * 3_600_000);
    // Six guesses at once: five failures cost no wait, the sixth makes the next one wait a second.
    expect(checked[5]).toBeLessThan(100);
    expect(checked[6]).toBeGreaterThan(1000);
    const twentieth = checked[19]!;
    const later = checked.slice(20);
    const perSecond = later.length / ((2 * 3_600_000 - twentieth) / 1000);
    expect(perSecond).toBeLessThan(1);
    // In fact about one every three minutes: each wait lasts until a failure has leaked away.
    expect(perSecond).toBeLessThan(0.01);
    // Every guess after the twentieth waited more than a second, most of them minutes.
    for (let i = 20; i < checked.length; i++) expect(checked[i]! - checked[i - 1]!).toBeGreaterThan(1000);
    expect(checked.length).toBeLessThan(60);
  });

  it('keeps 50 addresses together below 10 guesses a second', async () => {
    const { throttle: limiter } = await throttle();
    const addresses = Array.from({ length: 50 }, (_v, i) => `198.51.100.${i + 1}`);
    const durationMs = 10 * 60_000;
    const checked = await guessFor(limiter, addresses, durationMs);
    expect(checked.length / (durationMs / 1000)).toBeLessThan(10);
    // After the first minute the shared budget holds everyone to about one a second.
    const afterFirstMinute = checked.filter((at) => at >= 60_000).length;
    expect(afterFirstMinute / ((durationMs - 60_000) / 1000)).toBeLessThan(1.5);
  });

  it('counts simultaneous attempts as they come, so a burst cannot slip past', async () => {
    const { throttle: limiter } = await throttle();
    const decisions = await Promise.all(Array.from({ length: 40 }, () => limiter.attempt('192.0.2.1', start)));
    // Five failures cost no wait: the sixth attempt goes, and makes the next one wait a second.
    expect(decisions.filter((d) => d.allowed)).toHaveLength(6);
    expect(decisions.filter((d) => d.burstStart)).toHaveLength(1);
  });

  it('shares the count between processes', async () => {
    const a = await throttle();
    const b = await throttle(a.prefix);
    const verdicts: boolean[] = [];
    for (const limiter of [a, b, a, b, a, b, a, b])
      verdicts.push((await limiter.throttle.attempt('192.0.2.2', start)).allowed);
    expect(verdicts).toEqual([true, true, true, true, true, true, false, false]);
  });

  it('lets an address start afresh once its code was right', async () => {
    const { throttle: limiter } = await throttle();
    for (let i = 0; i < 6; i++) await limiter.attempt('192.0.2.3', start);
    expect((await limiter.attempt('192.0.2.3', start)).allowed).toBe(false);
    await limiter.succeeded('192.0.2.3', start);
    expect((await limiter.attempt('192.0.2.3', start)).allowed).toBe(true);
  });

  it('logs one line per burst of refusals, not one per attempt', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(line) });
    const { throttle: limiter } = await throttle(undefined, { logger });
    for (let i = 0; i < 100; i++) await limiter.attempt('192.0.2.4', start);
    const later = new Date(start.getTime() + 1000);
    expect((await limiter.attempt('192.0.2.4', later)).allowed).toBe(true);
    for (let i = 0; i < 100; i++) await limiter.attempt('192.0.2.4', later);
    const throttled = lines
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .filter((l) => /throttled/.test(String(l.msg)));
    expect(throttled).toEqual([
      expect.objectContaining({ limiter: 'invite', scope: 'address', retryAfterS: 1 }),
      expect.objectContaining({ limiter: 'invite', scope: 'address', retryAfterS: 2 }),
    ]);
    expect(JSON.stringify(throttled)).not.toContain('192.0.2.4');
  });

  it('keeps nothing without an expiry, and no more addresses than its cap', async () => {
    const { throttle: limiter, prefix } = await throttle(undefined, { maxTracked: 20 });
    const redis = connections[0]!;
    const decisions = [];
    for (let i = 0; i < 200; i++)
      decisions.push(await limiter.attempt(`10.1.${Math.floor(i / 250)}.${i % 250}`, start));
    expect(decisions.at(-1)).toMatchObject({ tracked: 20, overflowed: true });
    const keys = await redis.keys(`${prefix}*`);
    // 20 addresses, the overflow subject, the global budget and the index.
    expect(keys).toHaveLength(23);
    for (const key of keys) {
      const ttl = await redis.pttl(key);
      expect(ttl, key).toBeGreaterThan(0);
      expect(ttl, key).toBeLessThanOrEqual(60 * 60_000);
    }
    // Latecomers share one subject: together they are as slow as one address.
    expect(decisions.slice(20).filter((d) => d.allowed).length).toBeLessThanOrEqual(6);
  });

  it('refuses while Redis cannot decide, unless told to let attempts through (the back-office logins)', async () => {
    const target = new URL(redisUrl);
    const proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 6379) });
    const redis = createRedis(proxy.rewrite(redisUrl));
    redis.on('error', () => undefined);
    connections.push(redis);
    try {
      await redis.ping();
      const options = {
        name: 'invite',
        redis,
        keyPrefix: `${inject('redisPrefix')}invite-${randomUUID()}:`,
        maxTracked: 10,
      };
      const logger = pino({ level: 'silent' });
      const closed = createBackoff({ ...options, failOpen: false, logger });
      const open = createBackoff({ ...options, failOpen: true, logger });
      const subject = {
        scope: 'address',
        id: '192.0.2.9',
        policy: { free: 5, leakMs: 1000, firstDelayMs: 1000, maxDelayMs: 1000 },
      };
      proxy.cut();
      await expect.poll(() => redis.status, { timeout: 10_000 }).not.toBe('ready');
      const started = Date.now();
      expect(await closed.attempt({ gates: [subject], counts: [subject] }, start)).toMatchObject({
        allowed: false,
        refusedBy: 'redis',
      });
      expect(await open.attempt({ gates: [subject], counts: [subject] }, start)).toMatchObject({
        allowed: true,
        unchecked: true,
      });
      expect(Date.now() - started).toBeLessThan(500);
    } finally {
      await proxy.close();
    }
  });
});
