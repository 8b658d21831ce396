import { connect, type AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTelegramEmulator, type TelegramEmulator } from '../../../test/support/telegram-emulator.js';
import { DependencyError } from '../../kernel/errors.js';
import { createLogger } from '../../infra/logger.js';
import type { InboundMessage } from '../../kernel/messaging.js';
import { createTelegramChannel, type TelegramChannel } from './adapter.js';
import { secretMatches, telegramWebhookPath } from './webhook.js';

const logger = createLogger({ level: 'silent', pretty: false });
const secret = 'webhook-secret_0123456789';

function textUpdate(updateId: number, text: string, chatId = 4242): unknown {
  return {
    update_id: updateId,
    message: {
      message_id: updateId,
      date: 1_790_000_000,
      chat: { id: chatId, type: 'private' },
      from: { id: chatId, is_bot: false, first_name: 'Anna' },
      text,
    },
  };
}

/** Webhook mode: an express app mounts the handler; updates arrive by plain fetch, as Telegram posts them. */
describe('Telegram channel (webhook)', () => {
  let emulator: TelegramEmulator;
  let channel: TelegramChannel;
  let server: Server;
  let publicUrl: string;
  let handled: InboundMessage[] = [];
  let behaviour: (message: InboundMessage) => Promise<void> = async () => undefined;

  const post = (body: string, headers: Record<string, string> = { 'x-telegram-bot-api-secret-token': secret }) =>
    fetch(`${publicUrl}${telegramWebhookPath}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });

  beforeAll(async () => {
    emulator = await startTelegramEmulator();
    const app = express();
    server = app.listen(0, '127.0.0.1');
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    publicUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    channel = createTelegramChannel({
      token: emulator.token,
      apiRoot: emulator.apiRoot,
      publicUrl,
      webhookSecret: secret,
      logger,
      handle: async (message) => {
        handled.push(message);
        await behaviour(message);
      },
    });
    app.post(telegramWebhookPath, channel.webhookHandler);
    await channel.start();
  });

  beforeEach(() => {
    handled = [];
    behaviour = async () => undefined;
  });

  afterAll(async () => {
    await channel.stop();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await emulator.close();
  });

  it('registers the webhook with its secret at start', () => {
    expect(emulator.webhook()).toEqual({ url: `${publicUrl}/telegram/webhook`, secretToken: secret });
    expect(emulator.callsOf('deleteWebhook')).toEqual([]);
  });

  it('with the right secret answers 200 and handles the update once', async () => {
    const response = await post(JSON.stringify(textUpdate(501, 'prenota dal dentista giovedì alle 15')));
    expect(response.status).toBe(200);
    expect(handled).toHaveLength(1);
    expect(handled[0]).toMatchObject({
      idempotencyKey: `tg:${emulator.token.split(':')[0]}:501`,
      chatId: '4242',
      text: 'prenota dal dentista giovedì alle 15',
    });
  });

  it.each([
    ['a wrong secret', { 'x-telegram-bot-api-secret-token': 'guess' }],
    ['the secret plus one character', { 'x-telegram-bot-api-secret-token': `${secret}x` }],
    ['no secret', {}],
  ])('with %s answers 401 and handles nothing', async (_, headers) => {
    const response = await post(JSON.stringify(textUpdate(502, 'intruso')), headers);
    expect(response.status).toBe(401);
    expect(handled).toEqual([]);
  });

  it('answers 400 to a malformed body or a body that is not an update, without crashing', async () => {
    expect((await post('{"update_id": 503, "message": ')).status).toBe(400);
    expect((await post('{"hello": "world"}')).status).toBe(400);
    expect(handled).toEqual([]);
    expect((await post(JSON.stringify(textUpdate(504, 'still alive')))).status).toBe(200);
    expect(handled).toHaveLength(1);
  });

  it('answers 503 while the database is down, so Telegram delivers the update again', async () => {
    behaviour = async () => {
      throw new DependencyError('PostgreSQL unreachable');
    };
    expect((await post(JSON.stringify(textUpdate(505, 'ricordami la riunione')))).status).toBe(503);
    behaviour = async () => undefined;
    expect((await post(JSON.stringify(textUpdate(505, 'ricordami la riunione')))).status).toBe(200);
    expect(handled.map((m) => m.idempotencyKey)).toEqual([
      `tg:${emulator.token.split(':')[0]}:505`,
      `tg:${emulator.token.split(':')[0]}:505`,
    ]);
  });

  it('answers 200 when handling fails for another reason, so Telegram does not retry it forever', async () => {
    behaviour = async () => {
      throw new Error('bug in a flow');
    };
    expect((await post(JSON.stringify(textUpdate(506, 'boom')))).status).toBe(200);
    expect(handled).toHaveLength(1);
  });

  it('answers 200 to a group message without handling it', async () => {
    const update = {
      update_id: 507,
      message: {
        message_id: 1,
        date: 0,
        chat: { id: -100_1, type: 'group', title: 'Ufficio' },
        from: { id: 1, is_bot: false, first_name: 'A' },
        text: '/start X',
      },
    };
    expect((await post(JSON.stringify(update))).status).toBe(200);
    expect(handled).toEqual([]);
  });

  it('answers 413 to an oversized body with Connection: close and closes without reading the rest', async () => {
    const { port } = new URL(publicUrl);
    const socket = connect(Number(port), '127.0.0.1');
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString('latin1')));
    const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    socket.on('error', () => undefined);
    // Announces 8 MB but sends one byte over the 1 MB limit: the server must not wait for the rest.
    // (Sending no more than that leaves nothing unread, so the server's close cannot reset the 413 away.)
    socket.write(
      `POST ${telegramWebhookPath} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nX-Telegram-Bot-Api-Secret-Token: ${secret}\r\nContent-Length: ${8 * 1024 * 1024}\r\n\r\n`,
    );
    socket.write(Buffer.alloc(1024 * 1024 + 1, 'x'));
    await closed;
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer.toLowerCase()).toContain('connection: close');
    expect(handled).toEqual([]);
  });

  it('carries a whole conversation through the emulator: message, reply, button press', async () => {
    const user = emulator.user({ firstName: 'Luca', languageCode: 'en' });
    behaviour = async (message) => {
      if (message.action) await channel.sender.send(message.chatId, { text: `Chosen: ${message.action.data}` });
      else
        await channel.sender.send(message.chatId, {
          text: 'Which day?',
          buttons: [
            [
              { label: 'Mon', data: 'day:mon' },
              { label: 'Tue', data: 'day:tue' },
            ],
          ],
        });
    };
    const sent = await user.sendText('book a call with Rossi');
    expect(sent.webhookStatus).toBe(200);
    const [question] = await user.waitForReplies(1);
    expect(question?.buttons).toEqual([
      [
        { text: 'Mon', data: 'day:mon' },
        { text: 'Tue', data: 'day:tue' },
      ],
    ]);

    const pressed = await user.pressButton('day:tue', question?.messageId ?? 0);
    expect(pressed.webhookStatus).toBe(200);
    const [confirmation] = await user.waitForReplies(1);
    expect(confirmation?.text).toBe('Chosen: day:tue');
    expect(handled.map((m) => m.action?.data)).toEqual([undefined, 'day:tue']);
    expect(handled[1]).toMatchObject({ languageHint: 'en', replyToExternalMessageId: String(question?.messageId) });
    expect(emulator.callsOf('answerCallbackQuery').length).toBeGreaterThan(0);
  });
});

describe('secretMatches', () => {
  it('accepts only the exact secret', () => {
    expect(secretMatches(secret, secret)).toBe(true);
    expect(secretMatches(secret, secret.slice(0, -1))).toBe(false);
    expect(secretMatches(secret, undefined)).toBe(false);
    expect(secretMatches(secret, [secret, secret])).toBe(false);
  });
});
