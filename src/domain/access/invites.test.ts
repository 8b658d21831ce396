import { describe, expect, it } from 'vitest';
import { generateInviteCode, normalizeInviteCode } from './invites.js';

describe('invite codes', () => {
  it('are four groups of four unambiguous characters', () => {
    for (let i = 0; i < 200; i++)
      expect(generateInviteCode()).toMatch(/^(?:[A-HJKMNP-Z2-9]{4}-){3}[A-HJKMNP-Z2-9]{4}$/);
  });

  it('accept what a person types or pastes', () => {
    expect(normalizeInviteCode('k7m2q9xdh4rtw8ne')).toBe('K7M2-Q9XD-H4RT-W8NE');
    expect(normalizeInviteCode(' K7M2 Q9XD h4rt  w8ne ')).toBe('K7M2-Q9XD-H4RT-W8NE');
    expect(normalizeInviteCode('K7M2-Q9XD-H4RT-W8NE')).toBe('K7M2-Q9XD-H4RT-W8NE');
  });

  it('reject anything else, the short codes of earlier versions too', () => {
    expect(normalizeInviteCode('ciao come stai')).toBeNull();
    expect(normalizeInviteCode('K7M2-Q9XD-H4RT-W8N')).toBeNull();
    expect(normalizeInviteCode('K7M2-Q9XD')).toBeNull();
    expect(normalizeInviteCode('')).toBeNull();
  });
});
