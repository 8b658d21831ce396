import { describe, expect, it } from 'vitest';
import {
  csrfToken,
  newSession,
  SESSION_COOKIE,
  sessionCookieOptions,
  sessionFromCookies,
  validCsrfToken,
} from './session.js';

describe('web chat session', () => {
  it('finds the session again from the Cookie header the browser sends back', () => {
    const session = newSession();
    expect(sessionFromCookies(`theme=dark; ${SESSION_COOKIE}=${session.id}; other=1`)).toEqual(session);
  });

  it('keeps only a hash of the secret id as the channel key', () => {
    const a = newSession();
    const b = newSession();
    expect(a.key).toMatch(/^[0-9a-f]{64}$/);
    expect(a.key).not.toContain(a.id);
    expect(a.key).not.toBe(b.key);
  });

  it.each([
    undefined,
    '',
    'theme=dark',
    `${SESSION_COOKIE}=short`,
    `${SESSION_COOKIE}=${'x'.repeat(42)}!`,
    `x${SESSION_COOKIE}=${'a'.repeat(43)}`,
  ])('has no session for %j', (header) => {
    expect(sessionFromCookies(header)).toBeNull();
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
