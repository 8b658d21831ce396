import type { Redis } from 'ioredis';
import { errorMessage } from '../../kernel/errors.js';
import type { Logger } from '../../infra/logger.js';

/** ok: handle it; first_refusal: answer once that the client is going too fast; refused: drop it. */
export type RateVerdict = 'ok' | 'first_refusal' | 'refused';

export interface RateDecision {
  verdict: RateVerdict;
  /** messages of this client in the current window, this one included (0 when not counted) */
  count: number;
  limit: number;
}

export interface RateLimiter {
  admit(clientId: string): Promise<RateDecision>;
}

/** The verdict for the `count`-th message of a window; exactly one message gets the refusal answer. */
export function verdictOf(count: number, limit: number): RateVerdict {
  if (count <= limit) return 'ok';
  return count === limit + 1 ? 'first_refusal' : 'refused';
}

export interface RateLimiterOptions {
  redis: Redis;
  /** messages per client per window */
  limit: number;
  /** a window starts with a client's first message and lasts this long (default one minute) */
  windowMs?: number;
  /** Redis key prefix, e.g. "delego:rate:" */
  keyPrefix: string;
  /** past this, the message is let through rather than kept waiting on Redis */
  timeoutMs?: number;
  logger: Logger;
  /** the application's clock: a window starts and ends on it, never on the wall's */
  clock: () => Date;
}

/**
 * Atomic, in one command: the window is one short string, "start:count", its start on the clock
 * (ARGV[1]). It starts anew when there is none, when it is over (ARGV[2] long), when the clock went
 * back, or when the value is of another shape (a former plain counter); then the message is
 * counted. The key's expiry (ARGV[3]) only clears away the windows of clients gone quiet.
 */
const COUNT_SCRIPT = `
local now = tonumber(ARGV[1])
local start, count = string.match(redis.call('GET', KEYS[1]) or '', '^(%d+):(%d+)$')
start = tonumber(start)
if not start or now - start >= tonumber(ARGV[2]) or now < start then
  redis.call('SET', KEYS[1], now .. ':1', 'PX', ARGV[3])
  return 1
end
count = tonumber(count) + 1
redis.call('SET', KEYS[1], start .. ':' .. count, 'KEEPTTL')
return count
`;

/**
 * How long a quiet client's window is kept in Redis: two windows, so a window read on the
 * application's clock is not cut short by the wall's, and anonymous visitors' keys are gone in
 * minutes.
 */
const keptFor = (windowMs: number) => 2 * windowMs;

/**
 * A fixed-window counter per client in Redis, so every process serving the same clients shares
 * one count: the first message of a window records its start on the injected clock, each message
 * increments the count, and the first message once the clock is a window past that start begins
 * a new one. When Redis is down or slow the message goes through: losing a client's message is
 * worse than letting a burst pass.
 */
export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  const { redis, limit, keyPrefix, logger, clock } = options;
  const windowMs = options.windowMs ?? 60_000;
  const timeoutMs = options.timeoutMs ?? 500;
  const unchecked = (): RateDecision => ({ verdict: 'ok', count: 0, limit });

  async function count(key: string): Promise<number> {
    return Number(await redis.eval(COUNT_SCRIPT, 1, key, clock().getTime(), windowMs, keptFor(windowMs)));
  }

  return {
    async admit(clientId) {
      // Commands to a Redis that is not connected would wait in ioredis' offline queue.
      if (redis.status !== 'ready') return unchecked();
      const key = `${keyPrefix}${clientId}`;
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_resolve, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      });
      try {
        const n = await Promise.race([count(key), timeout]);
        return { verdict: verdictOf(n, limit), count: n, limit };
      } catch (err) {
        logger.warn({ err: errorMessage(err) }, 'rate limit not checked: Redis unavailable');
        return unchecked();
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
