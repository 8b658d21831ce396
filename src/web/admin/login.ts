import type { PrismaClient } from '../../infra/db/types.js';
import { decoyHash, verifyPassword } from './password.js';

export type LoginResult = { ok: true; userId: string } | { ok: false };

/**
 * Checks an email and password. Unknown emails and inactive accounts are checked against a
 * decoy hash and get the same answer as a wrong password. Nothing here refuses the right
 * password: slowing down repeated failures is the login throttle's (login-throttle.ts).
 */
export async function attemptLogin(
  prisma: PrismaClient,
  email: string,
  password: string,
  now: Date,
): Promise<LoginResult> {
  const user = await prisma.staffUser.findUnique({
    where: { email: normalizeEmail(email) },
    select: { id: true, passwordHash: true, active: true },
  });
  const matches = await verifyPassword(password, user?.passwordHash ?? (await decoyHash()));
  if (!user || !user.active || !matches) return { ok: false };
  await prisma.staffUser.update({ where: { id: user.id }, data: { lastLoginAt: now } });
  return { ok: true, userId: user.id };
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
