import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { CookieOptions } from 'express';
import type { PrismaClient } from '../../infra/db/types.js';
import type { StaffRole } from '../../generated/prisma/enums.js';

/**
 * Back-office sessions. The cookie holds a random 32-byte token; the database keeps only its
 * SHA-256, so a copy of the database opens no session. A session ends after IDLE_MS unused.
 */
export const STAFF_COOKIE = 'delego_staff';
export const IDLE_MS = 12 * 3_600_000;
/** lastSeenAt/expiresAt are written at most this often, not on every page view. */
const TOUCH_EVERY_MS = 60_000;

const tokenPattern = /^[A-Za-z0-9_-]{43}$/;

/** Who is logged in, as every page and route sees it. */
export interface StaffIdentity {
  id: string;
  email: string;
  name: string;
  role: StaffRole;
  assistantId: string | null;
}

export interface StaffSessionView {
  sessionId: string;
  csrfToken: string;
  staff: StaffIdentity;
}

export const newToken = (): string => randomBytes(32).toString('base64url');
const sha256 = (token: string): string => createHash('sha256').update(token).digest('hex');

/** The values of cookie `name` in a Cookie header (a browser may send several). */
export function cookieValues(header: string | undefined, name: string): string[] {
  return (header ?? '')
    .split(';')
    .map(
      (part) =>
        [part.slice(0, Math.max(0, part.indexOf('='))).trim(), part.slice(part.indexOf('=') + 1).trim()] as const,
    )
    .filter(([key]) => key === name)
    .map(([, value]) => value);
}

/** The value of cookie `name` in a Cookie header, when it looks like one of our tokens. */
export function tokenFromCookies(header: string | undefined, name: string): string | undefined {
  return cookieValues(header, name).find((value) => tokenPattern.test(value));
}

/** HttpOnly, SameSite=Strict, only under /admin; Secure when the public address is https. */
export function staffCookieOptions(publicUrl: string | undefined, path = '/admin'): CookieOptions {
  return { httpOnly: true, sameSite: 'strict', secure: publicUrl?.startsWith('https:') ?? false, path };
}

export function sameToken(a: string, b: unknown): boolean {
  if (typeof b !== 'string') return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

const staffSelect = { id: true, email: true, name: true, role: true, assistantId: true, active: true } as const;

export async function openSession(prisma: PrismaClient, userId: string, now: Date): Promise<string> {
  const token = newToken();
  await prisma.$transaction([
    prisma.staffSession.deleteMany({ where: { userId, expiresAt: { lte: now } } }),
    prisma.staffSession.create({
      data: {
        tokenHash: sha256(token),
        userId,
        csrfToken: newToken(),
        expiresAt: new Date(now.getTime() + IDLE_MS),
        createdAt: now,
        lastSeenAt: now,
      },
    }),
  ]);
  return token;
}

/**
 * The live session of a cookie token (its user active), extending its idle expiry unless
 * `touch` is false: what a person did counts as use, what the page asks on its own (the ticket
 * page's live stream) does not, or an open tab would keep its session alive for ever.
 */
export async function findSession(
  prisma: PrismaClient,
  token: string,
  now: Date,
  options: { touch: boolean } = { touch: true },
): Promise<StaffSessionView | null> {
  const row = await prisma.staffSession.findUnique({
    where: { tokenHash: sha256(token) },
    select: { id: true, csrfToken: true, expiresAt: true, lastSeenAt: true, user: { select: staffSelect } },
  });
  if (!row || row.expiresAt <= now || !row.user.active) return null;
  if (options.touch && now.getTime() - row.lastSeenAt.getTime() >= TOUCH_EVERY_MS) {
    await prisma.staffSession.update({
      where: { id: row.id },
      data: { lastSeenAt: now, expiresAt: new Date(now.getTime() + IDLE_MS) },
    });
  }
  const { active: _active, ...staff } = row.user;
  return { sessionId: row.id, csrfToken: row.csrfToken, staff };
}

export async function closeSession(prisma: PrismaClient, token: string): Promise<void> {
  await prisma.staffSession.deleteMany({ where: { tokenHash: sha256(token) } });
}
