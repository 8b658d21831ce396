import { Input, TelegramError, type Telegram } from 'telegraf';
import type { InlineKeyboardMarkup, ReplyParameters } from 'telegraf/types';
import { DependencyError, ForbiddenError, ValidationError } from '../../kernel/errors.js';
import type { Button, ChannelSender, OutboundMessage } from '../../kernel/messaging.js';
import type { SendQueue } from './send-queue.js';
import { splitText, telegramCaptionLimit } from './split-text.js';

/** Telegram's limit for callback_data, in bytes. */
export const callbackDataMaxBytes = 64;

export function inlineKeyboard(rows: Button[][]): InlineKeyboardMarkup {
  return {
    inline_keyboard: rows.map((row) =>
      row.map((button) => {
        const bytes = Buffer.byteLength(button.data, 'utf8');
        if (bytes === 0 || bytes > callbackDataMaxBytes) {
          throw new ValidationError(`Button data must be 1-${callbackDataMaxBytes} bytes`, { bytes });
        }
        return { text: button.label, callback_data: button.data };
      }),
    ),
  };
}

/** How long Telegram asked us to wait, when the failure is a 429. */
export function retryAfterMs(err: unknown): number | undefined {
  if (!(err instanceof TelegramError) || err.code !== 429) return undefined;
  return (err.parameters?.retry_after ?? 1) * 1000;
}

/** Telegram's answer as one of Delego's error kinds, so callers decide on kind, not text. */
export function toDelegoError(err: unknown, chatId: string): Error {
  if (err instanceof ValidationError || err instanceof DependencyError) return err;
  if (err instanceof TelegramError) {
    const context = { chatId, code: err.code, description: err.description };
    if (err.code === 403)
      return new ForbiddenError('Telegram refused the message: the user blocked the bot or closed the chat', context, {
        cause: err,
      });
    if (err.code === 400) return new ValidationError('Telegram rejected the message', context, { cause: err });
    return new DependencyError('Telegram did not accept the message', context, { cause: err });
  }
  return new DependencyError('Telegram could not be reached', { chatId }, { cause: err });
}

type Request = () => Promise<{ message_id: number }>;

/**
 * Plain text only: no parse_mode, so nothing a client wrote can turn into markup. Long texts
 * become several messages; buttons go on the last one, which is the id returned.
 */
export function createTelegramSender(deps: { telegram: Telegram; queue: SendQueue }): ChannelSender {
  const { telegram, queue } = deps;

  return {
    async send(chatId: string, message: OutboundMessage) {
      const keyboard = message.buttons && message.buttons.length > 0 ? inlineKeyboard(message.buttons) : undefined;
      const file = message.file;
      const captionFits = file !== undefined && message.text.length <= telegramCaptionLimit;
      const texts = captionFits ? [] : splitText(message.text);
      if (texts.length === 0 && !file)
        throw new ValidationError('An outbound Telegram message needs text or a file', { chatId });

      const requests: Request[] = [];
      const replyToId = Number(message.replyToExternalMessageId);
      // Only the first part replies; a deleted original must not stop the answer.
      const replyTo = (): { reply_parameters?: ReplyParameters } =>
        requests.length === 0 && Number.isSafeInteger(replyToId) && replyToId > 0
          ? { reply_parameters: { message_id: replyToId, allow_sending_without_reply: true } }
          : {};
      texts.forEach((text, index) => {
        const isLast = index === texts.length - 1 && !file;
        const extra = { ...replyTo(), ...(isLast && keyboard ? { reply_markup: keyboard } : {}) };
        requests.push(() => telegram.sendMessage(chatId, text, extra));
      });
      if (file) {
        const reply = replyTo().reply_parameters;
        // telegraf 4.16 leaves object fields other than reply_markup out of multipart requests;
        // the Bot API takes them JSON-encoded, so this one goes as a string.
        const replyField = reply ? { reply_parameters: JSON.stringify(reply) as unknown as ReplyParameters } : {};
        const extra = {
          ...replyField,
          ...(captionFits && message.text !== '' ? { caption: message.text } : {}),
          ...(keyboard ? { reply_markup: keyboard } : {}),
        };
        // The Bot API takes no MIME type for uploads: Telegram infers it from the file name.
        requests.push(() => telegram.sendDocument(chatId, Input.fromBuffer(file.content, file.name), extra));
      }

      // Queued together, so the parts of one message stay in order in their chat's lane.
      const sent = await Promise.all(requests.map((request) => queue.push(chatId, request))).catch((err: unknown) => {
        throw toDelegoError(err, chatId);
      });
      const last = sent[sent.length - 1];
      return { externalMessageId: last === undefined ? undefined : String(last.message_id) };
    },
  };
}
