import { describe, expect, it } from 'vitest';
import { generateInviteCode, normalizeInviteCode } from './invites.js';

describe('invite codes', () => {
  it('are two groups of four unambiguous characters', () => {
    for (let i = 0; i < 200; i++) expect(generateInviteCode()).toMatch(/^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/);
  });

  it('accept what a person types or pastes', () => {
    expect(normalizeInviteCode('k7m2q9xd')).toBe('K7M2-Q9XD');
    expect(normalizeInviteCode(' K7M2 Q9XD ')).toBe('K7M2-Q9XD');
    expect(normalizeInviteCode('K7M2-Q9XD')).toBe('K7M2-Q9XD');
  });

  it('reject anything else', () => {
    expect(normalizeInviteCode('ciao come stai')).toBeNull();
    expect(normalizeInviteCode('K7M2-Q9X')).toBeNull();
    expect(normalizeInviteCode('')).toBeNull();
  });
});
