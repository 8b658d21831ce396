import { describe, expect, it } from 'vitest';
import { chatPostSchema, fromForm, MAX_TEXT_CHARS, toInboundMessage } from './inbound.js';
import { newSession } from './session.js';

const receivedAt = new Date('2026-11-23T09:00:00Z');
const key = '3f2b8c1e-9a4d-4c6b-8e2f-7a1d5c9b0e34';

describe('web chat posts', () => {
  it('turns a text into the channel-neutral message of this session', () => {
    const session = newSession();
    const msg = toInboundMessage(
      session,
      chatPostSchema.parse({ idempotencyKey: key, text: '  Ricordami domani alle 9 di chiamare Rossi ' }),
      'it',
      receivedAt,
    );
    expect(msg).toMatchObject({
      channel: 'web',
      externalUserId: session.key,
      chatId: session.key,
      text: 'Ricordami domani alle 9 di chiamare Rossi',
      languageHint: 'it',
      attachments: [],
      receivedAt,
    });
    expect(msg.command).toBeUndefined();
    expect(msg.action).toBeUndefined();
  });

  it('scopes the idempotency key to the session, so two browsers never clash', () => {
    const post = chatPostSchema.parse({ idempotencyKey: key, text: 'ciao' });
    const a = toInboundMessage(newSession(), post, 'it', receivedAt);
    const b = toInboundMessage(newSession(), post, 'it', receivedAt);
    expect(a.idempotencyKey).not.toBe(b.idempotencyKey);
    expect(a.idempotencyKey.endsWith(key)).toBe(true);
  });

  it('reads /help and /start CODE as commands, as on Telegram', () => {
    const session = newSession();
    expect(
      toInboundMessage(session, chatPostSchema.parse({ idempotencyKey: key, text: '/help' }), 'en', receivedAt).command,
    ).toEqual({ name: 'help' });
    expect(
      toInboundMessage(
        session,
        chatPostSchema.parse({ idempotencyKey: key, text: '/start K7M2-Q9XD' }),
        'en',
        receivedAt,
      ).command,
    ).toEqual({ name: 'start', arg: 'K7M2-Q9XD' });
  });

  it('carries a pressed button as an action with no text', () => {
    const msg = toInboundMessage(
      newSession(),
      chatPostSchema.parse({ idempotencyKey: key, action: { data: 'cx:r:0190f0b4-0000-7000-8000-000000000001' } }),
      'it',
      receivedAt,
    );
    expect(msg.action).toEqual({ data: 'cx:r:0190f0b4-0000-7000-8000-000000000001' });
    expect(msg.text).toBe('');
  });

  it.each([
    ['no key', { text: 'ciao' }],
    ['a short key', { idempotencyKey: 'abc', text: 'ciao' }],
    ['a key with odd characters', { idempotencyKey: 'abc def ghi', text: 'ciao' }],
    ['empty text', { idempotencyKey: key, text: '' }],
    ['blank text', { idempotencyKey: key, text: '   \n ' }],
    ['too long a text', { idempotencyKey: key, text: 'a'.repeat(MAX_TEXT_CHARS + 1) }],
    ['text and action together', { idempotencyKey: key, text: 'ciao', action: { data: 'x' } }],
    ['an oversized button payload', { idempotencyKey: key, action: { data: 'x'.repeat(65) } }],
    ['a number as text', { idempotencyKey: key, text: 42 }],
    ['extra fields', { idempotencyKey: key, text: 'ciao', clientId: 'someone-else' }],
    ['an array', [{ idempotencyKey: key, text: 'ciao' }]],
    ['nothing', undefined],
  ])('refuses %s', (_what, body) => {
    expect(chatPostSchema.safeParse(body).success).toBe(false);
  });

  it('reads a form posted without JavaScript the same way, leaving the CSRF field out', () => {
    expect(chatPostSchema.parse(fromForm({ _csrf: 'token', idempotencyKey: key, text: 'ciao' }))).toEqual({
      idempotencyKey: key,
      text: 'ciao',
    });
    expect(
      chatPostSchema.parse(
        fromForm({ _csrf: 'token', idempotencyKey: key, action: 'ch:b:0190f0b4-0000-7000-8000-000000000002' }),
      ),
    ).toEqual({ idempotencyKey: key, action: { data: 'ch:b:0190f0b4-0000-7000-8000-000000000002' } });
    expect(
      chatPostSchema.safeParse(fromForm({ _csrf: 'token', idempotencyKey: key, action: ['a', 'b'] })).success,
    ).toBe(false);
  });
});
