import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTelegramEmulator, type TelegramEmulator } from '../../../test/support/telegram-emulator.js';
import { ConfigError, DependencyError } from '../../kernel/errors.js';
import { createLogger } from '../../infra/logger.js';
import type { InboundMessage, OutboundMessage } from '../../kernel/messaging.js';
import { createTelegramChannel, type TelegramChannel } from './adapter.js';

const logger = createLogger({ level: 'silent', pretty: false });

/**
 * Long-polling mode against the emulated Bot API, with the real telegraf client over HTTP.
 * The pipeline stand-in records what arrives and answers through the channel's sender.
 */
describe('Telegram channel (long polling)', () => {
  let emulator: TelegramEmulator;
  let channel: TelegramChannel;
  const received: { message: InboundMessage; atMs: number }[] = [];
  /** per chat: what the pipeline stand-in does with a message */
  const behaviours = new Map<string, (message: InboundMessage) => Promise<void>>();
  const reply = (message: InboundMessage, outbound: OutboundMessage) =>
    channel.sender.send(message.chatId, outbound).then(() => undefined);

  const receivedIn = async (chatId: number, count = 1, timeoutMs = 5000): Promise<InboundMessage[]> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = received.filter((r) => r.message.chatId === String(chatId)).map((r) => r.message);
      if (found.length >= count) return found;
      if (Date.now() > deadline)
        throw new Error(`expected ${count} inbound message(s) from chat ${chatId}, got ${found.length}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };

  beforeAll(async () => {
    emulator = await startTelegramEmulator();
    channel = createTelegramChannel({
      token: emulator.token,
      apiRoot: emulator.apiRoot,
      logger,
      commands: [{ command: 'help', description: 'What I can do' }],
      dependencyRetry: { firstDelayMs: 50, maxDelayMs: 200, giveUpAfterMs: 5000 },
      handle: async (message) => {
        received.push({ message, atMs: Date.now() });
        await (behaviours.get(message.chatId) ?? (async () => undefined))(message);
      },
    });
    await channel.start();
  });

  afterAll(async () => {
    await channel.stop();
    await emulator.close();
  });

  it('starts even though the emulator refuses setMyCommands, and knows its username', async () => {
    expect(emulator.callsOf('setMyCommands').map((call) => call.status)).toEqual([500]);
    expect(await channel.botUsername()).toBe(emulator.botUsername);
  });

  it('delivers a text message as InboundMessage and the reply with buttons reaches the client', async () => {
    const user = emulator.user({ firstName: 'Giulia', lastName: 'Bianchi', languageCode: 'it' });
    behaviours.set(String(user.chatId), (m) =>
      reply(m, {
        text: 'Confermi il promemoria per domani alle 9?',
        buttons: [
          [
            { label: 'Sì', data: 'rem:yes:1' },
            { label: 'No', data: 'rem:no:1' },
          ],
        ],
      }),
    );

    const sent = await user.sendText('ricordami di chiamare Rossi domani alle 9');
    const [message] = await receivedIn(user.chatId);
    expect(message).toEqual({
      channel: 'telegram',
      idempotencyKey: `tg:${emulator.token.split(':')[0]}:${sent.updateId}`,
      externalUserId: String(user.userId),
      chatId: String(user.chatId),
      displayName: 'Giulia Bianchi',
      languageHint: 'it',
      text: 'ricordami di chiamare Rossi domani alle 9',
      attachments: [],
      externalMessageId: String(sent.messageId),
      receivedAt: expect.any(Date),
    });

    const [answer] = await user.waitForReplies(1);
    expect(answer).toMatchObject({
      text: 'Confermi il promemoria per domani alle 9?',
      buttons: [
        [
          { text: 'Sì', data: 'rem:yes:1' },
          { text: 'No', data: 'rem:no:1' },
        ],
      ],
    });
    expect(answer?.parseMode).toBeUndefined();
  });

  it('sends client-looking markup as plain text', async () => {
    const user = emulator.user();
    behaviours.set(String(user.chatId), (m) => reply(m, { text: `Hai scritto: ${m.text}` }));
    await user.sendText('<b>grassetto</b> *stella*');
    const [answer] = await user.waitForReplies(1);
    expect(answer?.text).toBe('Hai scritto: <b>grassetto</b> *stella*');
    const call = emulator.callsOf('sendMessage').find((c) => c.body.text === answer?.text);
    expect(call?.body).not.toHaveProperty('parse_mode');
  });

  it('delivers a button press as an action and stops the spinner before handling it', async () => {
    const user = emulator.user();
    const pressed = await user.pressButton('rem:yes:1', 77);
    const [message] = await receivedIn(user.chatId);
    expect(message).toMatchObject({
      idempotencyKey: `tg:${emulator.token.split(':')[0]}:${pressed.updateId}`,
      text: '',
      action: { data: 'rem:yes:1' },
      replyToExternalMessageId: '77',
      externalUserId: String(user.userId),
    });
    const handledAt = received.find((r) => r.message === message)?.atMs ?? 0;
    const answered = emulator.callsOf('answerCallbackQuery');
    expect(answered.length).toBeGreaterThan(0);
    expect(answered.at(-1)?.atMs).toBeLessThanOrEqual(handledAt);
  });

  it('reads /start CODE as a command', async () => {
    const user = emulator.user();
    await user.sendCommand('/start INVITE42');
    const [message] = await receivedIn(user.chatId);
    expect(message?.command).toEqual({ name: 'start', arg: 'INVITE42' });
  });

  it('delivers a document with its caption as text', async () => {
    const user = emulator.user();
    await user.sendDocument({
      fileName: 'contratto.pdf',
      mimeType: 'application/pdf',
      sizeBytes: 48_213,
      caption: 'Traduci in inglese entro venerdì',
    });
    const [message] = await receivedIn(user.chatId);
    expect(message?.text).toBe('Traduci in inglese entro venerdì');
    expect(message?.attachments).toEqual([
      {
        kind: 'document',
        fileId: expect.any(String),
        fileName: 'contratto.pdf',
        mimeType: 'application/pdf',
        sizeBytes: 48_213,
      },
    ]);
  });

  it('passes a sticker on as an empty message so the client gets an answer', async () => {
    const user = emulator.user();
    behaviours.set(String(user.chatId), (m) =>
      reply(m, { text: m.text === '' ? 'Scrivimi pure cosa ti serve.' : 'ok' }),
    );
    await user.sendMessage({
      sticker: {
        file_id: 'sticker-1',
        file_unique_id: 's1',
        type: 'regular',
        width: 512,
        height: 512,
        is_animated: false,
        is_video: false,
      },
    });
    const [answer] = await user.waitForReplies(1);
    expect(answer?.text).toBe('Scrivimi pure cosa ti serve.');
  });

  it('ignores group chats', async () => {
    const member = emulator.user({ chat: { id: -100_555, type: 'supergroup' } });
    await member.sendCommand('/start INVITE42');
    const control = emulator.user();
    await control.sendText('after the group message');
    await receivedIn(control.chatId);
    expect(received.some((r) => r.message.chatId === String(member.chatId))).toBe(false);
    expect(member.unreadReplies()).toEqual([]);
  });

  it('splits a 4,500-character reply into two messages, in order', async () => {
    const user = emulator.user();
    const lines = Array.from({ length: 90 }, (_, i) => `${String(i).padStart(2, '0')} ${'x'.repeat(46)}`);
    const result = await channel.sender.send(String(user.chatId), {
      text: lines.join('\n'),
      buttons: [[{ label: 'OK', data: 'ok' }]],
    });
    const [first, second] = await user.waitForReplies(2, 5000);
    expect(first?.text.split('\n')).toEqual(lines.slice(0, 81));
    expect(second?.text.split('\n')).toEqual(lines.slice(81));
    expect(first?.buttons).toEqual([]);
    expect(second?.buttons).toEqual([[{ text: 'OK', data: 'ok' }]]);
    expect(result.externalMessageId).toBe(String(second?.messageId));
    const calls = emulator.callsOf('sendMessage').filter((c) => String(c.body.chat_id) === String(user.chatId));
    // One message per second per chat. The gap is read where the requests arrive, so the first
    // one's transit time (slower on a loaded machine) shortens it a little; unpaced it would be ~0.
    expect((calls[1]?.atMs ?? 0) - (calls[0]?.atMs ?? 0)).toBeGreaterThanOrEqual(900);
  });

  it('sends a file as a document with caption, replying to a message', async () => {
    const user = emulator.user();
    const result = await channel.sender.send(String(user.chatId), {
      text: 'Ecco la traduzione',
      file: { name: 'contract-en.pdf', mimeType: 'application/pdf', content: Buffer.from('%PDF-1.4 translated') },
      replyToExternalMessageId: '12',
    });
    const [answer] = await user.waitForReplies(1);
    expect(answer).toMatchObject({
      text: 'Ecco la traduzione',
      replyToMessageId: 12,
      document: { fileName: 'contract-en.pdf', content: Buffer.from('%PDF-1.4 translated') },
    });
    expect(result.externalMessageId).toBe(String(answer?.messageId));
  });

  it('honours a 429 retry_after: the message arrives once, after the wait', async () => {
    const user = emulator.user();
    emulator.rateLimit('sendMessage', 2);
    const startedMs = Date.now();
    await channel.sender.send(String(user.chatId), { text: 'dopo la pausa' });
    const elapsedMs = Date.now() - startedMs;
    const [answer] = await user.waitForReplies(1);
    expect(answer?.text).toBe('dopo la pausa');
    expect(elapsedMs).toBeGreaterThanOrEqual(2000);
    const calls = emulator.callsOf('sendMessage').filter((c) => c.body.text === 'dopo la pausa');
    expect(calls.map((c) => c.status)).toEqual([429, 200]);
    expect((calls[1]?.atMs ?? 0) - (calls[0]?.atMs ?? 0)).toBeGreaterThanOrEqual(2000);
    expect(user.unreadReplies()).toEqual([]);
  });

  it('retries the same update while the database is down, losing nothing', async () => {
    const user = emulator.user();
    let outage = 2;
    behaviours.set(String(user.chatId), async (m) => {
      if (outage-- > 0) throw new DependencyError('PostgreSQL unreachable');
      await reply(m, { text: 'Fatto.' });
    });
    const sent = await user.sendText('prenota un tavolo per stasera');
    const [answer] = await user.waitForReplies(1);
    expect(answer?.text).toBe('Fatto.');
    const attempts = await receivedIn(user.chatId, 3);
    expect(attempts.map((m) => m.idempotencyKey)).toEqual([
      `tg:${emulator.token.split(':')[0]}:${sent.updateId}`,
      `tg:${emulator.token.split(':')[0]}:${sent.updateId}`,
      `tg:${emulator.token.split(':')[0]}:${sent.updateId}`,
    ]);
  });

  it('refuses a button payload over 64 bytes before calling Telegram', async () => {
    await expect(
      channel.sender.send('1', { text: 'x', buttons: [[{ label: 'too long', data: 'é'.repeat(33) }]] }),
    ).rejects.toThrow(/1-64 bytes/);
  });
});

describe('createTelegramChannel settings', () => {
  it('refuses webhook mode without a secret, and a malformed secret', () => {
    const base = { token: '1:x', logger, handle: async () => undefined };
    expect(() => createTelegramChannel({ ...base, publicUrl: 'https://delego.example.com' })).toThrow(ConfigError);
    expect(() =>
      createTelegramChannel({ ...base, publicUrl: 'https://delego.example.com', webhookSecret: 'has spaces' }),
    ).toThrow(/webhookSecret/);
  });
});
