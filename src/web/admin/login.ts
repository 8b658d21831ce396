import type { PrismaClient } from '../../infra/db/types.js';
import { decoyHash, verifyPassword } from './password.js';

/** After this many failed logins in a row the account is locked for LOCK_MS. */
export const MAX_FAILED_LOGINS = 5;
export const LOCK_MS = 15 * 60_000;

export type LoginResult = { ok: true; userId: string } | { ok: false; reason: 'invalid' | 'locked' };

/** After this many failed logins from one address within IP_WINDOW_MS, its logins are refused unchecked. */
export const MAX_FAILED_LOGINS_PER_IP = 10;
export const IP_WINDOW_MS = 60 * 60_000;

/**
 * Failed logins per client address, so one address cannot try passwords, or lock accounts out,
 * without end: past the limit it gets the usual refusal without the account being checked or
 * counted. In-process: each server instance counts its own, and a restart forgets them.
 */
export class LoginThrottle {
  private readonly failures = new Map<string, { count: number; resetAt: number }>();

  blocked(ip: string, now: Date): boolean {
    const entry = this.failures.get(ip);
    return entry !== undefined && entry.resetAt > now.getTime() && entry.count >= MAX_FAILED_LOGINS_PER_IP;
  }

  failed(ip: string, now: Date): void {
    const at = now.getTime();
    for (const [key, entry] of this.failures) if (entry.resetAt <= at) this.failures.delete(key);
    const entry = this.failures.get(ip);
    if (entry) entry.count += 1;
    else this.failures.set(ip, { count: 1, resetAt: at + IP_WINDOW_MS });
  }
}

/**
 * Checks an email and password. Unknown emails and inactive accounts are checked against a
 * decoy hash and get the same answer as a wrong password; a locked account is refused even
 * with the right password until the lock ends.
 */
export async function attemptLogin(
  prisma: PrismaClient,
  email: string,
  password: string,
  now: Date,
): Promise<LoginResult> {
  const user = await prisma.staffUser.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { id: true, passwordHash: true, active: true, lockedUntil: true },
  });
  const matches = await verifyPassword(password, user?.passwordHash ?? (await decoyHash()));
  if (!user || !user.active) return { ok: false, reason: 'invalid' };
  if (user.lockedUntil && user.lockedUntil > now) return { ok: false, reason: 'locked' };
  if (matches) {
    await prisma.staffUser.update({
      where: { id: user.id },
      data: { failedLogins: 0, lockedUntil: null, lastLoginAt: now },
    });
    return { ok: true, userId: user.id };
  }
  // The increment is one statement, so concurrent failures all count.
  const { failedLogins } = await prisma.staffUser.update({
    where: { id: user.id },
    data: { failedLogins: { increment: 1 } },
    select: { failedLogins: true },
  });
  if (failedLogins < MAX_FAILED_LOGINS) return { ok: false, reason: 'invalid' };
  await prisma.staffUser.update({
    where: { id: user.id },
    data: { failedLogins: 0, lockedUntil: new Date(now.getTime() + LOCK_MS) },
  });
  return { ok: false, reason: 'locked' };
}
