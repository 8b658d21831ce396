import { describe, expect, it } from 'vitest';
import { generatePassword, hashPassword, passwordSchema, verifyPassword } from './password.js';

describe('staff passwords', () => {
  it('stores scrypt with its cost, salt and hash, and verifies only the right password', async () => {
    const stored = await hashPassword('correct horse battery staple');
    expect(stored).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(stored).not.toContain('correct horse');
    expect(await verifyPassword('correct horse battery staple', stored)).toBe(true);
    expect(await verifyPassword('correct horse battery stapler', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('salts every hash, so equal passwords do not give equal hashes', async () => {
    const [a, b] = await Promise.all([hashPassword('same password here'), hashPassword('same password here')]);
    expect(a).not.toBe(b);
    expect(await verifyPassword('same password here', b)).toBe(true);
  });

  it('never matches a malformed or tampered stored value', async () => {
    const stored = await hashPassword('another long password');
    const parts = stored.split('$');
    expect(await verifyPassword('another long password', 'plain text')).toBe(false);
    expect(
      await verifyPassword('another long password', [...parts.slice(0, 5), `${parts[5]!.slice(0, -2)}AA`].join('$')),
    ).toBe(false);
    // An absurd cost is refused instead of eating the server's memory.
    expect(
      await verifyPassword('another long password', ['scrypt', '1048576', '64', '1', parts[4], parts[5]].join('$')),
    ).toBe(false);
  });

  it('asks for at least 12 characters and generates strong ones', () => {
    expect(passwordSchema.safeParse('elevenchars').success).toBe(false);
    expect(passwordSchema.safeParse('twelve chars').success).toBe(true);
    const generated = new Set(Array.from({ length: 50 }, generatePassword));
    expect(generated.size).toBe(50);
    for (const p of generated) expect(passwordSchema.safeParse(p).success).toBe(true);
  });
});
