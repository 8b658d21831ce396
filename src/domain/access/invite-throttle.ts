import type { Backoff, BackoffDecision, BackoffPolicy, Subject } from '../limits/backoff.js';

/**
 * Invite redemption's limits (docs/security.md has the arithmetic). Per client address: five
 * free failures, then 1 s, 2 s, 4 s... up to 10 minutes, one failure forgiven every 3 minutes.
 * For everyone together: a budget of 60 failures that refills one a second; past it, every
 * address waits 1 s, 2 s... up to a minute.
 */
export const invitePolicies = {
  address: { free: 5, leakMs: 3 * 60_000, firstDelayMs: 1000, maxDelayMs: 10 * 60_000 },
  global: { free: 60, leakMs: 1000, firstDelayMs: 1000, maxDelayMs: 60_000 },
} as const satisfies Record<string, BackoffPolicy>;

export interface InviteThrottle {
  /** before a code is looked at: refused while the address, or everyone, is waiting; else counted as a failure */
  attempt(address: string, now: Date): Promise<BackoffDecision>;
  /** the code linked the visitor: it was no failure, and the address starts afresh */
  succeeded(address: string, now: Date): Promise<void>;
}

export function createInviteThrottle(backoff: Backoff): InviteThrottle {
  const everyone: Subject = { scope: 'global', policy: invitePolicies.global };
  const address = (id: string): Subject => ({ scope: 'address', id, policy: invitePolicies.address });
  return {
    attempt(id, now) {
      const subjects = [address(id), everyone];
      return backoff.attempt({ gates: subjects, counts: subjects }, now);
    },
    async succeeded(id, now) {
      await backoff.forget([address(id)]);
      await backoff.refund([everyone], now);
    },
  };
}
