import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { TelegramServer } from 'telegram-test-api/lib/telegramServer.js';
import { z } from 'zod';
import { freePort } from './net.js';

/**
 * An emulated Telegram Bot API for end-to-end tests, built on the npm package
 * `telegram-test-api` (which stores messages both ways and answers getMe, sendMessage,
 * answerCallbackQuery, edits and deletes). A small proxy in front of it, whose URL is `apiRoot`,
 * adds what the package lacks:
 * - getUpdates holds the request like real long polling instead of answering at once;
 * - sendDocument (multipart) is accepted; the client sees it as a reply with `document`;
 * - setWebhook/deleteWebhook are recorded, and while a webhook is set the emulated users POST
 *   their updates to it with the secret token header, as Telegram does;
 * - `rateLimit(method, s)` makes the next call(s) of a method answer 429 with retry_after;
 * - getFile and the download path /file/bot<token>/<file_path> serve the files given to `addFile`
 *   (what a user's voice note or document contains);
 * - every Bot API call is recorded in `calls`.
 * Any other method goes to the package, which answers an error for methods it does not know.
 *
 *   const emulator = await startTelegramEmulator();
 *   const channel = createTelegramChannel({ token: emulator.token, apiRoot: emulator.apiRoot, handle, logger });
 *   await channel.start();
 *   const mario = emulator.user({ firstName: 'Mario', languageCode: 'it' });
 *   await mario.sendText('ricordami di chiamare Rossi domani alle 9');
 *   const [reply] = await mario.waitForReplies(1);   // { messageId, text, buttons, ... }
 *   await mario.pressButton(reply.buttons[0][0].data, reply.messageId);
 *   await channel.stop(); await emulator.close();
 */

export interface RecordedCall {
  method: string;
  /** JSON or form fields as sent (uploaded files as { fileName, size }) */
  body: Record<string, unknown>;
  /** HTTP status the bot got */
  status: number;
  atMs: number;
  /** when the bot was answered (absent while the call is in progress) */
  answeredAtMs?: number;
}

export interface BotReply {
  messageId: number;
  text: string;
  /** inline keyboard rows */
  buttons: { text: string; data: string }[][];
  replyToMessageId?: number;
  parseMode?: string;
  document?: { fileName: string; content: Buffer };
}

export interface Delivery {
  updateId: number;
  messageId?: number;
  /** the webhook's HTTP status, in webhook mode */
  webhookStatus?: number;
}

export interface UserOptions {
  userId?: number;
  firstName?: string;
  lastName?: string;
  username?: string;
  languageCode?: string;
  /** defaults to the private chat with the user (chat id = user id) */
  chat?: { id: number; type: 'private' | 'group' | 'supergroup' };
}

export interface EmulatedUser {
  readonly userId: number;
  readonly chatId: number;
  sendText(text: string, options?: { replyToMessageId?: number }): Promise<Delivery>;
  /** `/start CODE`, `/help`: text with a bot_command entity, as Telegram sends it */
  sendCommand(text: string): Promise<Delivery>;
  sendDocument(document: {
    fileName: string;
    mimeType: string;
    sizeBytes?: number;
    caption?: string;
  }): Promise<Delivery>;
  /** any other message: pass the Telegram fields (photo, sticker, voice, caption...) */
  sendMessage(fields: Record<string, unknown>): Promise<Delivery>;
  /** taps an inline button of the bot message `messageId` */
  pressButton(data: string, messageId: number): Promise<Delivery>;
  /** waits until `count` more bot messages reached this chat (polls, no fixed sleep) */
  waitForReplies(count?: number, timeoutMs?: number): Promise<BotReply[]>;
  /** bot messages that reached this chat and were not yet returned by waitForReplies */
  unreadReplies(): BotReply[];
}

export interface TelegramEmulator {
  /** give this to the bot as its Bot API root */
  apiRoot: string;
  token: string;
  /** the username getMe answers */
  botUsername: string;
  user(options?: UserOptions): EmulatedUser;
  /** the next `times` calls of `method` answer 429 Too Many Requests with this retry_after */
  rateLimit(method: string, retryAfterS: number, times?: number): void;
  /** makes a file a user sent downloadable by the bot (getFile, then /file/bot<token>/<path>) */
  addFile(fileId: string, content: Buffer): void;
  calls: RecordedCall[];
  callsOf(method: string): RecordedCall[];
  webhook(): { url: string; secretToken?: string } | undefined;
  /** the underlying telegram-test-api server, for anything not covered here */
  server: TelegramServer;
  close(): Promise<void>;
}

const pollIntervalMs = 15;

const botMessageSchema = z.looseObject({
  chat_id: z.union([z.string(), z.number()]),
  text: z.string().optional(),
  parse_mode: z.string().optional(),
  reply_markup: z
    .looseObject({
      inline_keyboard: z
        .array(z.array(z.looseObject({ text: z.string(), callback_data: z.string().optional() })))
        .optional(),
    })
    .optional(),
  reply_parameters: z.looseObject({ message_id: z.coerce.number() }).optional(),
  reply_to_message_id: z.coerce.number().optional(),
});

async function readRaw(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

function parseJsonField(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

export async function startTelegramEmulator(options: { token?: string } = {}): Promise<TelegramEmulator> {
  // A bot id of its own per emulator: update ids restart at 1 on each, as on a new bot.
  const token = options.token ?? `${100_000 + Math.floor(Math.random() * 899_999_999)}:TEST-token`;
  const emulator = new TelegramServer({ port: await freePort(), host: '127.0.0.1', storeTimeout: 600 });
  await emulator.start();
  const emulatorUrl = emulator.config.apiURL;

  const calls: RecordedCall[] = [];
  const rateLimits = new Map<string, { retryAfterS: number; times: number }>();
  const documents = new Map<number, { fileName: string; content: Buffer }>();
  const userFiles = new Map<string, Buffer>();
  const filePath = (fileId: string): string => `files/${encodeURIComponent(fileId)}`;
  let webhook: { url: string; secretToken?: string } | undefined;
  let closing = false;
  let documentCount = 0;

  const forward = async (
    path: string,
    contentType: string | undefined,
    raw: Buffer,
  ): Promise<{ status: number; body: unknown }> => {
    const response = await fetch(`${emulatorUrl}${path}`, {
      method: 'POST',
      headers: contentType ? { 'content-type': contentType } : {},
      ...(raw.length > 0 ? { body: raw } : {}),
    });
    return { status: response.status, body: await response.json() };
  };

  const readFields = async (
    req: IncomingMessage,
    raw: Buffer,
  ): Promise<{ fields: Record<string, unknown>; file?: { fileName: string; content: Buffer } }> => {
    const contentType = req.headers['content-type'] ?? '';
    if (contentType.startsWith('multipart/form-data')) {
      const form = await new Response(new Uint8Array(raw), { headers: { 'content-type': contentType } }).formData();
      const fields: Record<string, unknown> = {};
      let file: { fileName: string; content: Buffer } | undefined;
      for (const [name, value] of form.entries()) {
        if (typeof value === 'string') {
          fields[name] = parseJsonField(value);
        } else {
          file = { fileName: value.name, content: Buffer.from(await value.arrayBuffer()) };
          fields[name] = { fileName: value.name, size: value.size };
        }
      }
      return { fields, ...(file ? { file } : {}) };
    }
    if (contentType.startsWith('application/x-www-form-urlencoded'))
      return { fields: Object.fromEntries(new URLSearchParams(raw.toString('utf8'))) };
    const text = raw.toString('utf8');
    const parsed: unknown = text === '' ? {} : JSON.parse(text);
    return { fields: typeof parsed === 'object' && parsed !== null ? { ...parsed } : {} };
  };

  const hasUnreadUpdates = (): boolean =>
    emulator.storage.userMessages.some((update) => update.botToken === token && !update.isRead);

  const answer = async (req: IncomingMessage, res: ServerResponse, method: string, path: string): Promise<void> => {
    const raw = await readRaw(req);
    const { fields, file } = await readFields(req, raw);
    // Recorded on arrival: a reply can reach the emulated client before the bot has its answer.
    const call: RecordedCall = { method, body: fields, status: 0, atMs: Date.now() };
    calls.push(call);
    const reply = (status: number, body: unknown): void => {
      call.status = status;
      call.answeredAtMs = Date.now();
      sendJson(res, status, body);
    };

    const limit = rateLimits.get(method);
    if (limit && limit.times > 0) {
      limit.times -= 1;
      reply(429, {
        ok: false,
        error_code: 429,
        description: `Too Many Requests: retry after ${limit.retryAfterS}`,
        parameters: { retry_after: limit.retryAfterS },
      });
      return;
    }

    switch (method) {
      case 'setWebhook': {
        const url = fields.url;
        if (typeof url !== 'string')
          return reply(400, { ok: false, error_code: 400, description: 'Bad Request: url is required' });
        webhook = { url, ...(typeof fields.secret_token === 'string' ? { secretToken: fields.secret_token } : {}) };
        return reply(200, { ok: true, result: true, description: 'Webhook was set' });
      }
      case 'getFile': {
        const fileId = String(fields.file_id ?? '');
        const file = userFiles.get(fileId);
        if (!file) return reply(400, { ok: false, error_code: 400, description: 'Bad Request: invalid file_id' });
        return reply(200, {
          ok: true,
          result: { file_id: fileId, file_unique_id: fileId, file_size: file.length, file_path: filePath(fileId) },
        });
      }
      case 'deleteWebhook':
        webhook = undefined;
        return reply(200, { ok: true, result: true, description: 'Webhook was deleted' });
      case 'getUpdates': {
        // Real long polling: hold the request until an update arrives or the timeout passes.
        let gone = false;
        res.once('close', () => (gone = !res.writableFinished));
        const deadline = Date.now() + Math.min(Number(fields.timeout ?? 0), 30) * 1000;
        while (!closing && !gone && Date.now() < deadline && !hasUnreadUpdates()) await sleep(pollIntervalMs);
        if (gone) return;
        const forwarded = await forward(path, 'application/json', Buffer.from(JSON.stringify(fields)));
        return reply(forwarded.status, forwarded.body);
      }
      case 'sendDocument': {
        if (!file)
          return reply(400, {
            ok: false,
            error_code: 400,
            description: 'Bad Request: there is no document in the request',
          });
        documentCount += 1;
        const caption = typeof fields.caption === 'string' ? fields.caption : undefined;
        const message = {
          chat_id: fields.chat_id,
          text: caption ?? '',
          ...(caption === undefined ? {} : { caption }),
          ...(fields.reply_markup === undefined ? {} : { reply_markup: fields.reply_markup }),
          ...(fields.reply_parameters === undefined ? {} : { reply_parameters: fields.reply_parameters }),
          document: { file_id: `document-${documentCount}`, file_name: file.fileName, file_size: file.content.length },
        };
        const forwarded = await forward(
          `/bot${token}/sendMessage`,
          'application/json',
          Buffer.from(JSON.stringify(message)),
        );
        const result = z.looseObject({ result: z.looseObject({ message_id: z.number() }) }).safeParse(forwarded.body);
        if (result.success) documents.set(result.data.result.message_id, file);
        return reply(forwarded.status, forwarded.body);
      }
      default: {
        const forwarded = await forward(path, req.headers['content-type'], raw);
        return reply(forwarded.status, forwarded.body);
      }
    }
  };

  const proxy = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://emulator').pathname;
    const download = path.startsWith(`/file/bot${token}/files/`)
      ? userFiles.get(decodeURIComponent(path.slice(`/file/bot${token}/files/`.length)))
      : undefined;
    if (download) {
      calls.push({ method: 'downloadFile', body: { path }, status: 200, atMs: Date.now() });
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      res.end(download);
      return;
    }
    const match = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(path);
    if (!match || !match[2]) {
      sendJson(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
      return;
    }
    answer(req, res, match[2], path).catch((err: unknown) => {
      if (!res.headersSent)
        sendJson(res, 500, { ok: false, error_code: 500, description: `emulator failure: ${String(err)}` });
    });
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const apiRoot = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;

  let webhookUpdateId = 1_000_000;
  let webhookMessageId = 1_000_000;
  // Random per emulator: test files share one database, and Telegram user ids key the clients' identities.
  let nextUserId = 1_000_000 + Math.floor(Math.random() * 1_000_000_000);

  const postToWebhook = async (
    update: Record<string, unknown>,
    target: { url: string; secretToken?: string },
  ): Promise<number> => {
    const response = await fetch(target.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(target.secretToken ? { 'x-telegram-bot-api-secret-token': target.secretToken } : {}),
      },
      body: JSON.stringify(update),
    });
    await response.arrayBuffer();
    return response.status;
  };

  const toReply = (stored: { messageId: number; message: unknown }): BotReply => {
    const message = botMessageSchema.parse(stored.message);
    const replyTo = message.reply_parameters?.message_id ?? message.reply_to_message_id;
    const document = documents.get(stored.messageId);
    return {
      messageId: stored.messageId,
      text: message.text ?? '',
      buttons: (message.reply_markup?.inline_keyboard ?? []).map((row) =>
        row.map((button) => ({ text: button.text, data: button.callback_data ?? '' })),
      ),
      ...(replyTo === undefined ? {} : { replyToMessageId: replyTo }),
      ...(message.parse_mode === undefined ? {} : { parseMode: message.parse_mode }),
      ...(document ? { document } : {}),
    };
  };

  const user = (userOptions: UserOptions = {}): EmulatedUser => {
    const userId = userOptions.userId ?? nextUserId++;
    const chat = userOptions.chat ?? { id: userId, type: 'private' as const };
    const from = {
      id: userId,
      is_bot: false,
      first_name: userOptions.firstName ?? 'Test',
      ...(userOptions.lastName ? { last_name: userOptions.lastName } : {}),
      username: userOptions.username ?? `user${userId}`,
      ...(userOptions.languageCode ? { language_code: userOptions.languageCode } : {}),
    };
    const chatObject =
      chat.type === 'private'
        ? { id: chat.id, type: chat.type, first_name: from.first_name, username: from.username }
        : { id: chat.id, type: chat.type, title: 'Test group' };
    const buffered: BotReply[] = [];

    const collect = (): void => {
      for (const stored of emulator.storage.botMessages) {
        if (stored.botToken !== token || stored.isRead) continue;
        if (String(botMessageSchema.parse(stored.message).chat_id) !== String(chat.id)) continue;
        // A sent document is stored before its file is recorded: wait for the file, keeping the order.
        if ((stored.message as { document?: unknown }).document !== undefined && !documents.has(stored.messageId))
          break;
        stored.isRead = true;
        buffered.push(toReply(stored));
      }
    };

    const deliverMessage = async (fields: Record<string, unknown>): Promise<Delivery> => {
      const date = Math.floor(Date.now() / 1000);
      if (webhook) {
        const updateId = ++webhookUpdateId;
        const messageId = ++webhookMessageId;
        const webhookStatus = await postToWebhook(
          { update_id: updateId, message: { message_id: messageId, date, chat: chatObject, from, ...fields } },
          webhook,
        );
        return { updateId, messageId, webhookStatus };
      }
      // The package stores the update synchronously before its first await: read its ids there.
      const stored = emulator.addUserMessage({ botToken: token, date, chat: chatObject, from, text: '', ...fields });
      const update = emulator.storage.userMessages.at(-1);
      await stored;
      if (!update) throw new Error('telegram-test-api did not store the message');
      return { updateId: update.updateId, messageId: update.messageId };
    };

    return {
      userId,
      chatId: chat.id,
      sendText: (text, extra = {}) =>
        deliverMessage({
          text,
          ...(extra.replyToMessageId === undefined
            ? {}
            : { reply_to_message: { message_id: extra.replyToMessageId, date: 0, chat: chatObject } }),
        }),
      sendCommand: (text) => {
        const length = text.split(/\s/, 1)[0]?.length ?? text.length;
        return deliverMessage({ text, entities: [{ type: 'bot_command', offset: 0, length }] });
      },
      sendDocument: (document) =>
        deliverMessage({
          text: undefined,
          document: {
            file_id: `client-document-${Date.now()}`,
            file_unique_id: 'u',
            file_name: document.fileName,
            mime_type: document.mimeType,
            file_size: document.sizeBytes ?? 1024,
          },
          ...(document.caption === undefined ? {} : { caption: document.caption }),
        }),
      sendMessage: (fields) => deliverMessage({ text: undefined, ...fields }),
      async pressButton(data, messageId) {
        const message = {
          message_id: messageId,
          date: Math.floor(Date.now() / 1000),
          chat: chatObject,
          from: { id: 666, is_bot: true, first_name: 'Bot' },
        };
        if (webhook) {
          const updateId = ++webhookUpdateId;
          const webhookStatus = await postToWebhook(
            {
              update_id: updateId,
              callback_query: { id: `callback-${updateId}`, from, message, chat_instance: '1', data },
            },
            webhook,
          );
          return { updateId, webhookStatus };
        }
        const stored = emulator.addUserCallback({ botToken: token, date: message.date, from, message, data });
        const update = emulator.storage.userMessages.at(-1);
        await stored;
        if (!update) throw new Error('telegram-test-api did not store the callback');
        return { updateId: update.updateId };
      },
      async waitForReplies(count = 1, timeoutMs = 5000) {
        const deadline = Date.now() + timeoutMs;
        for (;;) {
          collect();
          if (buffered.length >= count) return buffered.splice(0, count);
          if (Date.now() >= deadline)
            throw new Error(
              `expected ${count} bot message(s) in chat ${chat.id} within ${timeoutMs} ms, got ${buffered.length}`,
            );
          await sleep(pollIntervalMs);
        }
      },
      unreadReplies() {
        collect();
        return buffered.splice(0, buffered.length);
      },
    };
  };

  return {
    apiRoot,
    token,
    botUsername: 'TestNameBot',
    user,
    rateLimit(method, retryAfterS, times = 1) {
      rateLimits.set(method, { retryAfterS, times });
    },
    addFile(fileId, content) {
      userFiles.set(fileId, content);
    },
    calls,
    callsOf: (method) => calls.filter((call) => call.method === method),
    webhook: () => webhook,
    server: emulator,
    async close() {
      closing = true;
      proxy.closeAllConnections();
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
      await emulator.stop();
    },
  };
}
