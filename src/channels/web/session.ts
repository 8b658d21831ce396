import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { CookieOptions } from 'express';

/**
 * The browser session of the web chat. The cookie holds a random 256-bit id; the server keeps
 * only its SHA-256 (the session key, used as the channel's externalUserId and chatId), so a
 * copy of the database or of Redis does not let anyone act as a client.
 */
export const SESSION_COOKIE = 'delego_session';
export const SESSION_MAX_AGE_MS = 180 * 86_400_000;

const idPattern = /^[A-Za-z0-9_-]{43}$/;

export interface WebSession {
  /** the secret in the cookie */
  id: string;
  /** sha256(id), hex: what the channel stores and addresses */
  key: string;
}

export function newSession(): WebSession {
  return sessionFromId(randomBytes(32).toString('base64url'));
}

function sessionFromId(id: string): WebSession {
  return { id, key: createHash('sha256').update(id).digest('hex') };
}

/** The session named by a Cookie header, or null when there is none or it is not one of ours. */
export function sessionFromCookies(header: string | undefined): WebSession | null {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim() !== SESSION_COOKIE) continue;
    const value = part.slice(eq + 1).trim();
    if (idPattern.test(value)) return sessionFromId(value);
  }
  return null;
}

/** HttpOnly and SameSite=Lax always; Secure when the public address is https. */
export function sessionCookieOptions(publicUrl: string | undefined): CookieOptions {
  return {
    httpOnly: true,
    sameSite: 'lax',
    secure: publicUrl?.startsWith('https:') ?? false,
    path: '/',
    maxAge: SESSION_MAX_AGE_MS,
  };
}

/**
 * The CSRF token of a session: derived from the secret session id, so a page of another site,
 * which can make the browser send the cookie but never read it, cannot produce the token.
 */
export function csrfToken(session: WebSession): string {
  return createHash('sha256').update(`csrf:${session.id}`).digest('base64url');
}

export function validCsrfToken(session: WebSession, presented: unknown): boolean {
  if (typeof presented !== 'string') return false;
  const expected = Buffer.from(csrfToken(session));
  const given = Buffer.from(presented);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
