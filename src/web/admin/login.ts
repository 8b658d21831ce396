import type { PrismaClient } from '../../db/types.js';
import { decoyHash, verifyPassword } from './password.js';

/** After this many failed logins in a row the account is locked for LOCK_MS. */
export const MAX_FAILED_LOGINS = 5;
export const LOCK_MS = 15 * 60_000;

export type LoginResult = { ok: true; userId: string } | { ok: false; reason: 'invalid' } | { ok: false; reason: 'locked'; until: Date };

/**
 * Checks an email and password. Unknown emails and inactive accounts are checked against a
 * decoy hash and get the same answer as a wrong password; a locked account is refused even
 * with the right password until the lock ends.
 */
export async function attemptLogin(prisma: PrismaClient, email: string, password: string, now: Date): Promise<LoginResult> {
  const user = await prisma.staffUser.findUnique({ where: { email: email.trim().toLowerCase() }, select: { id: true, passwordHash: true, active: true, lockedUntil: true } });
  const matches = await verifyPassword(password, user?.passwordHash ?? (await decoyHash()));
  if (!user || !user.active) return { ok: false, reason: 'invalid' };
  if (user.lockedUntil && user.lockedUntil > now) return { ok: false, reason: 'locked', until: user.lockedUntil };
  if (matches) {
    await prisma.staffUser.update({ where: { id: user.id }, data: { failedLogins: 0, lockedUntil: null, lastLoginAt: now } });
    return { ok: true, userId: user.id };
  }
  // The increment is one statement, so concurrent failures all count.
  const { failedLogins } = await prisma.staffUser.update({ where: { id: user.id }, data: { failedLogins: { increment: 1 } }, select: { failedLogins: true } });
  if (failedLogins < MAX_FAILED_LOGINS) return { ok: false, reason: 'invalid' };
  const until = new Date(now.getTime() + LOCK_MS);
  await prisma.staffUser.update({ where: { id: user.id }, data: { failedLogins: 0, lockedUntil: until } });
  return { ok: false, reason: 'locked', until };
}
