import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Backoff, BackoffDecision, BackoffPolicy, Subject } from '../../domain/limits/backoff.js';
import { errorMessage } from '../../kernel/errors.js';
import type { Logger } from '../../infra/logger.js';
import { normalizeEmail } from './login.js';

/**
 * Staff logins are slowed down, never locked (docs/security.md). Per account (every email,
 * known or not, so the answer tells nothing): five free failures, then 1 s, 2 s... up to a
 * minute. Per client address: ten free failures, then up to 15 minutes. An address that logged
 * in to the account before skips both and has a wait of its own for that account (per pair),
 * so nobody else's failures slow its owner down.
 */
export const loginPolicies = {
  account: { free: 5, leakMs: 5 * 60_000, firstDelayMs: 1000, maxDelayMs: 60_000 },
  address: { free: 10, leakMs: 6 * 60_000, firstDelayMs: 1000, maxDelayMs: 15 * 60_000 },
  pair: { free: 5, leakMs: 5 * 60_000, firstDelayMs: 1000, maxDelayMs: 60_000 },
} as const satisfies Record<string, BackoffPolicy>;

/** An address that logged in to an account is remembered for it this long after its last login. */
export const KNOWN_ADDRESS_MS = 90 * 86_400_000;

export interface LoginThrottle {
  /** before the password is checked: refused while a wait is on, else counted as a failure */
  attempt(email: string, address: string, now: Date): Promise<BackoffDecision>;
  /** the password was right: no failure, and the address is known for the account from now on */
  succeeded(email: string, address: string, now: Date): Promise<void>;
}

export interface LoginThrottleDeps {
  backoff: Backoff;
  redis: Redis;
  /** where the known addresses of each account are kept */
  keyPrefix: string;
  logger: Logger;
}

/** Emails are kept as hashes: the throttle must not become a list of who tried which address. */
function accountOf(email: string): string {
  return createHash('sha256').update(normalizeEmail(email)).digest('hex').slice(0, 32);
}

function subjectsOf(email: string, address: string) {
  const account = accountOf(email);
  return {
    account,
    byAccount: { scope: 'account', id: account, policy: loginPolicies.account } satisfies Subject,
    byAddress: { scope: 'address', id: address, policy: loginPolicies.address } satisfies Subject,
    byPair: { scope: 'pair', id: `${account}:${address}`, policy: loginPolicies.pair } satisfies Subject,
  };
}

export function createLoginThrottle(deps: LoginThrottleDeps): LoginThrottle {
  const knownKey = (account: string) => `${deps.keyPrefix}known:${account}`;
  const isKnown = async (account: string, address: string): Promise<boolean> => {
    if (deps.redis.status !== 'ready') return false;
    return (await deps.redis.sismember(knownKey(account), address).catch(() => 0)) === 1;
  };
  return {
    async attempt(email, address, now) {
      const { account, byAccount, byAddress, byPair } = subjectsOf(email, address);
      const gates = (await isKnown(account, address)) ? [byPair] : [byAccount, byAddress];
      return deps.backoff.attempt({ gates, counts: [byAccount, byAddress, byPair] }, now);
    },
    async succeeded(email, address, now) {
      const { account, byAccount, byAddress, byPair } = subjectsOf(email, address);
      await deps.backoff.refund([byAccount, byAddress], now);
      await deps.backoff.forget([byPair]);
      if (deps.redis.status !== 'ready') return;
      await deps.redis
        .multi()
        .sadd(knownKey(account), address)
        .pexpire(knownKey(account), KNOWN_ADDRESS_MS)
        .exec()
        .catch((err: unknown) => deps.logger.warn({ err: errorMessage(err) }, 'known login address not kept'));
    },
  };
}
