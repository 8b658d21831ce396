import type { RequestHandler } from 'express';
import { Telegram, TelegramError } from 'telegraf';
import type { BotCommand } from 'telegraf/types';
import { z } from 'zod';
import { ConfigError, DependencyError, ValidationError, errorMessage } from '../../kernel/errors.js';
import type { Logger } from '../../infra/logger.js';
import type { ChannelSender, InboundMessage } from '../../kernel/messaging.js';
import { mapUpdate } from './map-update.js';
import type { PacingOptions } from './pacer.js';
import { startPolling, type Polling, type RetryPolicy } from './polling.js';
import { createSendQueue } from './send-queue.js';
import { createTelegramSender, retryAfterMs } from './sender.js';
import { createWebhookHandler, telegramWebhookPath } from './webhook.js';

export interface TelegramChannelDeps {
  token: string;
  /** Bot API root (a local Bot API server, or the emulator in tests); default https://api.telegram.org */
  apiRoot?: string;
  /** when set, Telegram pushes updates to publicUrl + /telegram/webhook instead of long polling */
  publicUrl?: string;
  webhookSecret?: string;
  handle: (msg: InboundMessage) => Promise<void>;
  logger: Logger;
  /** the command menu Telegram shows; set at start, best effort */
  commands?: BotCommand[];
  pacing?: PacingOptions;
  /** how long long polling keeps retrying an update while `handle` throws DependencyError */
  dependencyRetry?: RetryPolicy;
  now?: () => Date;
}

export interface TelegramChannel {
  sender: ChannelSender;
  botUsername(): Promise<string>;
  /** long polling when there is no publicUrl, otherwise registers the webhook */
  start(): Promise<void>;
  /** for POST /telegram/webhook */
  webhookHandler: RequestHandler;
  /** stops intake, then lets queued replies go out (up to 10 s) */
  stop(): Promise<void>;
  /** the bytes of a file a user sent (getFile, then the file download URL); larger than `maxBytes` is refused */
  fetchFile(fileId: string, maxBytes: number): Promise<Buffer>;
}

const allowedUpdates = ['message', 'callback_query'] as const;
const pollTimeoutS = 30;
const drainTimeoutMs = 10_000;

type CallApiOptions = NonNullable<Parameters<Telegram['callApi']>[2]>;
/** telegraf types the signal as its abort-controller shim; its node-fetch takes the native one too. */
const withSignal = (signal: AbortSignal): CallApiOptions => ({ signal }) as unknown as CallApiOptions;

const depsSchema = z.object({
  token: z.string().min(1, 'a bot token'),
  apiRoot: z.url({ protocol: /^https?$/, error: 'an http(s) URL' }).optional(),
  publicUrl: z.url({ protocol: /^https?$/, error: 'an http(s) URL' }).optional(),
  webhookSecret: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,256}$/, '1-256 characters among A-Z a-z 0-9 _ -')
    .optional(),
});

function checkDeps(deps: TelegramChannelDeps): void {
  const parsed = depsSchema.safeParse(deps);
  if (!parsed.success) {
    throw new ConfigError(
      `Invalid Telegram settings: ${parsed.error.issues.map((i) => `${i.path.join('.')}: expected ${i.message}`).join('; ')}`,
    );
  }
  if (deps.publicUrl !== undefined && deps.webhookSecret === undefined) {
    throw new ConfigError(
      'Telegram webhook mode (PUBLIC_URL set) needs TELEGRAM_WEBHOOK_SECRET, so only Telegram can post updates',
    );
  }
}

function unavailable(err: unknown, action: string): Error {
  if (err instanceof TelegramError && err.code === 401) {
    return new ConfigError(
      'Telegram refused the bot token (401 Unauthorized): check TELEGRAM_BOT_TOKEN',
      {},
      { cause: err },
    );
  }
  return new DependencyError(`Telegram Bot API unavailable (${action})`, { err: errorMessage(err) }, { cause: err });
}

/**
 * The Telegram channel: updates in (long polling or webhook) as InboundMessage, replies out
 * through one paced queue. It holds no business rule; `handle` decides everything.
 */
export function createTelegramChannel(deps: TelegramChannelDeps): TelegramChannel {
  checkDeps(deps);
  const { logger, handle } = deps;
  const telegram = new Telegram(deps.token, deps.apiRoot === undefined ? {} : { apiRoot: deps.apiRoot });
  const queue = createSendQueue({ logger, retryAfterMs, ...(deps.pacing ? { pacing: deps.pacing } : {}) });
  const botUsername = cachedBotUsername(telegram);
  const accept = acceptUpdates(deps, telegram, botUsername);
  let polling: Polling | undefined;
  let stopped = false;

  return {
    sender: createTelegramSender({ telegram, queue }),
    botUsername,
    webhookHandler: createWebhookHandler({
      secret: deps.webhookSecret,
      logger,
      async deliver(update) {
        const message = await accept(update);
        if (message) await handle(message);
      },
    }),
    fetchFile: (fileId, maxBytes) => fetchFile(telegram, fileId, maxBytes),

    async start() {
      if (stopped) throw new ConfigError('This Telegram channel was stopped; create a new one');
      if (polling) return;
      const bot = await botUsername();
      if (deps.publicUrl !== undefined) {
        await registerWebhook(telegram, deps.publicUrl, deps.webhookSecret);
        await setCommands(telegram, deps);
        logger.info({ bot, mode: 'webhook' }, 'telegram channel started');
        return;
      }
      // getUpdates is refused while a webhook is set; pending updates are kept, not dropped.
      await telegram.deleteWebhook({ drop_pending_updates: false }).catch((err: unknown) => {
        throw unavailable(err, 'deleteWebhook');
      });
      await setCommands(telegram, deps);
      polling = startLongPolling(telegram, deps, accept);
      logger.info({ bot, mode: 'polling' }, 'telegram channel started');
    },

    async stop() {
      if (stopped) return;
      stopped = true;
      if (polling) {
        await confirmOffset(telegram, logger, await polling.stop());
        polling = undefined;
      }
      await queue.close(drainTimeoutMs);
      logger.info('telegram channel stopped');
    },
  };
}

/** The bot's username, asked once; a failed answer is asked again next time. */
function cachedBotUsername(telegram: Telegram): () => Promise<string> {
  let username: Promise<string> | undefined;
  return () => {
    username ??= telegram.getMe().then(
      (me) => me.username,
      (err: unknown) => {
        username = undefined;
        throw unavailable(err, 'getMe');
      },
    );
    return username;
  };
}

type Accept = (update: unknown) => Promise<InboundMessage | undefined>;

/** An update as the message to handle, or undefined when it is nothing for Delego. */
function acceptUpdates(deps: TelegramChannelDeps, telegram: Telegram, botUsername: () => Promise<string>): Accept {
  const { logger } = deps;
  const now = deps.now ?? (() => new Date());
  return async (update) => {
    const mapped = mapUpdate(update, {
      botUsername: await botUsername(),
      botId: deps.token.split(':')[0],
      receivedAt: now(),
    });
    if (mapped.callbackQueryId !== undefined) {
      // Answered before handling so the client's spinner stops at once; failure costs only that.
      await telegram
        .answerCbQuery(mapped.callbackQueryId)
        .catch((err: unknown) => logger.debug({ err: errorMessage(err) }, 'telegram answerCallbackQuery failed'));
    }
    if (mapped.kind === 'ignored') {
      logger.debug({ reason: mapped.reason }, 'telegram update ignored');
      return undefined;
    }
    return mapped.message;
  };
}

function startLongPolling(telegram: Telegram, deps: TelegramChannelDeps, accept: Accept): Polling {
  return startPolling({
    logger: deps.logger,
    accept,
    handle: deps.handle,
    ...(deps.dependencyRetry ? { retry: deps.dependencyRetry } : {}),
    fetchUpdates: (offset, signal) =>
      telegram.callApi(
        'getUpdates',
        { offset, timeout: pollTimeoutS, allowed_updates: allowedUpdates },
        withSignal(signal),
      ),
  });
}

async function registerWebhook(telegram: Telegram, publicUrl: string, secret: string | undefined): Promise<void> {
  const url = `${publicUrl.replace(/\/+$/, '')}${telegramWebhookPath}`;
  await telegram.setWebhook(url, { secret_token: secret, allowed_updates: allowedUpdates }).catch((err: unknown) => {
    throw unavailable(err, 'setWebhook');
  });
}

async function setCommands(telegram: Telegram, deps: TelegramChannelDeps): Promise<void> {
  if (!deps.commands || deps.commands.length === 0) return;
  await telegram
    .setMyCommands(deps.commands)
    .catch((err: unknown) =>
      deps.logger.warn({ err: errorMessage(err) }, 'telegram setMyCommands failed; the command menu may be stale'),
    );
}

/** Tells Telegram the updates up to `offset` were handled, so a restart does not get them again. */
async function confirmOffset(telegram: Telegram, logger: Logger, offset: number): Promise<void> {
  if (offset <= 0) return;
  await telegram
    .callApi('getUpdates', { offset, limit: 1, timeout: 0 })
    .catch((err: unknown) =>
      logger.warn(
        { err: errorMessage(err) },
        'telegram could not confirm the last updates; they may be delivered again',
      ),
    );
}

async function fetchFile(telegram: Telegram, fileId: string, maxBytes: number): Promise<Buffer> {
  const link = await telegram.getFileLink(fileId).catch((err: unknown) => {
    throw unavailable(err, 'getFile');
  });
  const response = await fetch(link, { signal: AbortSignal.timeout(30_000) });
  if (!response.ok)
    throw new DependencyError(`Telegram file download failed (${response.status})`, { status: response.status });
  const bytes = Buffer.from(await response.arrayBuffer());
  if (bytes.length > maxBytes)
    throw new ValidationError('Telegram file larger than allowed', { sizeBytes: bytes.length, maxBytes });
  return bytes;
}
