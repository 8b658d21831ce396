import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { mailboxKeyBytes } from '../config/index.js';
import { createSecretBox } from './secret-box.js';

describe('mailbox secret box', () => {
  const box = createSecretBox(randomBytes(32));

  it('opens what it sealed for the same client only', () => {
    const sealed = box.seal('app-password', 'client-a');
    expect(sealed).not.toContain('app-password');
    expect(box.open(sealed, 'client-a')).toBe('app-password');
    expect(() => box.open(sealed, 'client-b')).toThrow(/does not open/);
  });

  it('does not open under another key', () => {
    expect(() => createSecretBox(randomBytes(32)).open(box.seal('x', 'c'), 'c')).toThrow(/does not open/);
  });

  it('takes MAILBOX_KEY as 64 hex characters or base64 of 32 bytes', () => {
    const key = randomBytes(32);
    expect(mailboxKeyBytes(key.toString('hex'))).toEqual(key);
    expect(mailboxKeyBytes(key.toString('base64'))).toEqual(key);
    expect(mailboxKeyBytes('too-short')).toBeUndefined();
  });
});
