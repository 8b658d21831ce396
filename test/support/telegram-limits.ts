import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A Bot API that enforces Telegram's rate limits, for benchmarks of outbound pacing (the
 * package behind test/support/telegram-emulator.ts has none, and keeps every message in
 * memory). It answers getMe and sendMessage, and `ok` to any other method. A sendMessage is
 * refused with 429 and `retry_after` (whole seconds, as Telegram gives it) when, at its arrival,
 * the bot already had `perBotPerSecond` messages accepted in the last second, or the chat had one
 * accepted less than `perChatIntervalMs` ago. Refused requests do not count against the limits.
 *
 *   const telegram = await startLimitedTelegram();
 *   // TELEGRAM_BOT_TOKEN=telegram.token TELEGRAM_API_ROOT=telegram.apiRoot
 *   telegram.sends   // every sendMessage: chat, text, arrival, 200 or 429
 */
export interface TelegramLimits {
  perBotPerSecond: number;
  perChatIntervalMs: number;
}

/** What Telegram documents: about 30 messages a second per bot, one a second per chat. */
export const telegramLimits: TelegramLimits = { perBotPerSecond: 30, perChatIntervalMs: 1000 };

export interface LimitedSend {
  chatId: string;
  text: string;
  atMs: number;
  status: 200 | 429;
  /** which limit refused it */
  refusedBy?: 'bot' | 'chat';
}

export interface LimitedTelegram {
  apiRoot: string;
  token: string;
  sends: LimitedSend[];
  close(): Promise<void>;
}

/** Accepted sends of the last second (bot-wide) and each chat's last accepted send. */
class Limiter {
  private readonly window: number[] = [];
  private readonly lastByChat = new Map<string, number>();

  constructor(private readonly limits: TelegramLimits) {}

  /** accepted (and counted) now, or which limit refuses it and for how many seconds */
  admit(chatId: string, nowMs: number): { refusedBy: 'bot' | 'chat'; retryAfterS: number } | undefined {
    while (this.window.length > 0 && this.window[0]! <= nowMs - 1000) this.window.shift();
    const last = this.lastByChat.get(chatId);
    const wholeSeconds = (untilMs: number) => Math.max(1, Math.ceil((untilMs - nowMs) / 1000));
    if (last !== undefined && nowMs - last < this.limits.perChatIntervalMs)
      return { refusedBy: 'chat', retryAfterS: wholeSeconds(last + this.limits.perChatIntervalMs) };
    if (this.window.length >= this.limits.perBotPerSecond)
      return { refusedBy: 'bot', retryAfterS: wholeSeconds(this.window[0]! + 1000) };
    this.window.push(nowMs);
    this.lastByChat.set(chatId, nowMs);
    return undefined;
  }
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  const parsed: unknown = text === '' ? {} : JSON.parse(text);
  return typeof parsed === 'object' && parsed !== null ? { ...parsed } : {};
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

const botInfo = { id: 777_000, is_bot: true, first_name: 'Delego bench', username: 'DelegoBenchBot' };

export async function startLimitedTelegram(limits: TelegramLimits = telegramLimits): Promise<LimitedTelegram> {
  const token = `${777_000}:BENCH-limits`;
  const limiter = new Limiter(limits);
  const sends: LimitedSend[] = [];
  let messageId = 0;

  const sendMessage = (res: ServerResponse, fields: Record<string, unknown>, atMs: number): void => {
    const chatId = String(fields.chat_id);
    const text = typeof fields.text === 'string' ? fields.text : '';
    const refused = limiter.admit(chatId, atMs);
    sends.push({ chatId, text, atMs, ...(refused ? { status: 429, refusedBy: refused.refusedBy } : { status: 200 }) });
    if (refused)
      return sendJson(res, 429, {
        ok: false,
        error_code: 429,
        description: `Too Many Requests: retry after ${refused.retryAfterS}`,
        parameters: { retry_after: refused.retryAfterS },
      });
    messageId += 1;
    sendJson(res, 200, {
      ok: true,
      result: { message_id: messageId, date: Math.floor(atMs / 1000), chat: { id: Number(chatId) }, text },
    });
  };

  const server = createServer((req, res) => {
    const method = /^\/bot[^/]+\/([A-Za-z]+)$/.exec(new URL(req.url ?? '/', 'http://telegram').pathname)?.[1];
    readJson(req)
      .then((fields) => {
        if (method === 'sendMessage') return sendMessage(res, fields, Date.now());
        sendJson(res, 200, { ok: true, result: method === 'getMe' ? botInfo : true });
      })
      .catch((err: unknown) => sendJson(res, 400, { ok: false, error_code: 400, description: String(err) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    apiRoot: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    token,
    sends,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
