import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  createSessionSigner,
  csrfToken,
  newSession,
  SESSION_COOKIE,
  sessionCookieOptions,
  unsignedSessionFromCookies,
  validCsrfToken,
} from './session.js';

const secret = randomBytes(32);
const signer = createSessionSigner(() => Promise.resolve(secret));

describe('web chat session', () => {
  it('finds the session again from the Cookie header the browser sends back', async () => {
    const session = newSession();
    const cookie = await signer.cookieOf(session);
    expect(await signer.fromCookies(`theme=dark; ${SESSION_COOKIE}=${cookie}; other=1`)).toEqual(session);
  });

  it('keeps only a hash of the secret id as the channel key', () => {
    const a = newSession();
    const b = newSession();
    expect(a.key).toMatch(/^[0-9a-f]{64}$/);
    expect(a.key).not.toContain(a.id);
    expect(a.key).not.toBe(b.key);
  });

  it('is no session when the server did not sign it: a made-up id, a forged or foreign signature', async () => {
    const made = newSession();
    const otherServer = createSessionSigner(() => Promise.resolve(randomBytes(32)));
    const mine = await signer.cookieOf(made);
    for (const value of [
      made.id,
      `${made.id}.${'A'.repeat(43)}`,
      await otherServer.cookieOf(made),
      `${newSession().id}.${mine.split('.')[1]}`,
      `${mine}x`,
    ])
      expect(await signer.fromCookies(`${SESSION_COOKIE}=${value}`), value).toBeNull();
  });

  it.each([
    undefined,
    '',
    'theme=dark',
    `${SESSION_COOKIE}=short`,
    `${SESSION_COOKIE}=${'x'.repeat(42)}!`,
    `x${SESSION_COOKIE}=${'a'.repeat(43)}`,
  ])('has no session for %j', async (header) => {
    expect(await signer.fromCookies(header)).toBeNull();
    expect(unsignedSessionFromCookies(header)).toBeNull();
  });

  it('reads an unsigned id of an earlier version only as such', async () => {
    const old = newSession();
    expect(unsignedSessionFromCookies(`${SESSION_COOKIE}=${old.id}`)).toEqual(old);
    expect(unsignedSessionFromCookies(`${SESSION_COOKIE}=${await signer.cookieOf(old)}`)).toBeNull();
  });

  it('accepts only the CSRF token of the same session', () => {
    const mine = newSession();
    const other = newSession();
    expect(validCsrfToken(mine, csrfToken(mine))).toBe(true);
    expect(validCsrfToken(mine, csrfToken(other))).toBe(false);
    expect(validCsrfToken(mine, '')).toBe(false);
    expect(validCsrfToken(mine, undefined)).toBe(false);
    expect(validCsrfToken(mine, [csrfToken(mine)])).toBe(false);
  });

  it('makes the cookie HttpOnly and SameSite=Lax always, Secure only behind https', () => {
    expect(sessionCookieOptions(undefined)).toMatchObject({ httpOnly: true, sameSite: 'lax', secure: false });
    expect(sessionCookieOptions('http://192.168.1.10:3000')).toMatchObject({
      httpOnly: true,
      sameSite: 'lax',
      secure: false,
    });
    expect(sessionCookieOptions('https://delego.example.com')).toMatchObject({
      httpOnly: true,
      sameSite: 'lax',
      secure: true,
    });
  });
});
