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
}

/** The window's key made with its expiry unless it exists, then incremented: one command, atomic. */
const COUNT_SCRIPT = `
redis.call('SET', KEYS[1], 0, 'PX', ARGV[1], 'NX')
return redis.call('INCR', KEYS[1])
`;

/**
 * A fixed-window counter per client in Redis, so every process serving the same clients shares
 * one count: the first message of a window creates the key with its expiry (SET NX PX), each
 * message increments it (INCR keeps the expiry), and the key disappears when the window ends.
 * When Redis is down or slow the message goes through: losing a client's message is worse
 * than letting a burst pass.
 */
export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  const { redis, limit, keyPrefix, logger } = options;
  const windowMs = options.windowMs ?? 60_000;
  const timeoutMs = options.timeoutMs ?? 500;
  const unchecked = (): RateDecision => ({ verdict: 'ok', count: 0, limit });

  async function count(key: string): Promise<number> {
    return Number(await redis.eval(COUNT_SCRIPT, 1, key, windowMs));
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
