import type { Redis } from 'ioredis';

/** A browser retries a message for a day at most; after that the key may be reused. */
const REMEMBER_MS = 86_400_000;

/**
 * The browser's idempotency keys, per session: the first submission of a key goes ahead, any
 * repeat (a double click, a retried request) does nothing. In Redis so that two requests
 * landing on two processes are still told apart.
 */
export interface Submissions {
  /** true the first time this session presents the key */
  claim(chatId: string, key: string): Promise<boolean>;
  /** forgets a claimed key whose message could not be handled, so a retry can go ahead */
  release(chatId: string, key: string): Promise<void>;
}

export function createSubmissions(redis: Redis, prefix: string): Submissions {
  const keyOf = (chatId: string, key: string) => `${prefix}submit:${chatId}:${key}`;
  return {
    async claim(chatId, key) {
      return (await redis.set(keyOf(chatId, key), '1', 'PX', REMEMBER_MS, 'NX')) === 'OK';
    },
    async release(chatId, key) {
      await redis.del(keyOf(chatId, key));
    },
  };
}
