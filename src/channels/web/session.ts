import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { CookieOptions } from 'express';

/**
 * The browser session of the web chat. The cookie holds a random 256-bit id and this server's
 * signature of it (HMAC-SHA256 with the session secret), so only ids the server minted are
 * sessions: any other cookie is a new visitor. Minting stores nothing; the server keeps only
 * the id's SHA-256 (the session key, used as the channel's externalUserId and chatId) once an
 * invite code or the demo links it, so a copy of the database or of Redis does not let anyone
 * act as a client.
 */
export const SESSION_COOKIE = 'delego_session';
export const SESSION_MAX_AGE_MS = 180 * 86_400_000;

const idPart = '[A-Za-z0-9_-]{43}';
const signedPattern = new RegExp(`^(${idPart})\\.(${idPart})$`);
const unsignedPattern = new RegExp(`^(${idPart})$`);

export interface WebSession {
  /** the secret in the cookie */
  id: string;
  /** sha256(id), hex: what the channel stores and addresses */
  key: string;
}

export interface SessionSigner {
  /** the cookie's value for a session: its id and the signature */
  cookieOf(session: WebSession): Promise<string>;
  /** the session named by a Cookie header, only when this server signed it */
  fromCookies(header: string | undefined): Promise<WebSession | null>;
}

export function newSession(): WebSession {
  return sessionFromId(randomBytes(32).toString('base64url'));
}

function sessionFromId(id: string): WebSession {
  return { id, key: createHash('sha256').update(id).digest('hex') };
}

function cookieValue(header: string | undefined): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq >= 0 && part.slice(0, eq).trim() === SESSION_COOKIE) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/**
 * An unsigned id, as cookies were before sessions were signed. It is no session by itself: the
 * page honours it only when it is linked to a client, and then gives the browser a signed cookie.
 */
export function unsignedSessionFromCookies(header: string | undefined): WebSession | null {
  const id = unsignedPattern.exec(cookieValue(header) ?? '')?.[1];
  return id ? sessionFromId(id) : null;
}

/** Signs and checks session cookies with the secret `secret()` returns (SESSION_SECRET, or the server's own). */
export function createSessionSigner(secret: () => Promise<Buffer>): SessionSigner {
  const signatureOf = async (id: string) =>
    createHmac('sha256', await secret())
      .update(`delego-web-session:${id}`)
      .digest();
  return {
    async cookieOf(session) {
      return `${session.id}.${(await signatureOf(session.id)).toString('base64url')}`;
    },
    async fromCookies(header) {
      const [, id, signature] = signedPattern.exec(cookieValue(header) ?? '') ?? [];
      if (!id || !signature) return null;
      const given = Buffer.from(signature, 'base64url');
      const expected = await signatureOf(id);
      return given.length === expected.length && timingSafeEqual(given, expected) ? sessionFromId(id) : null;
    },
  };
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
