import { z } from 'zod';
import { inboundMessageSchema, type InboundAttachment, type InboundMessage } from '../../kernel/messaging.js';

/**
 * Telegram updates as far as Delego reads them. Objects are loose: the Bot API adds fields
 * every few months and none of them may break intake.
 */
const userSchema = z.looseObject({
  id: z.number().int(),
  is_bot: z.boolean().optional(),
  first_name: z.string().optional(),
  last_name: z.string().optional(),
  username: z.string().optional(),
  language_code: z.string().optional(),
});

const chatSchema = z.looseObject({ id: z.number().int(), type: z.string() });

const fileFields = { file_id: z.string().min(1), file_size: z.number().int().nonnegative().optional() };
const namedFileSchema = z.looseObject({
  ...fileFields,
  file_name: z.string().optional(),
  mime_type: z.string().optional(),
});
const photoSizeSchema = z.looseObject({ ...fileFields, width: z.number(), height: z.number() });

const messageSchema = z.looseObject({
  message_id: z.number().int(),
  chat: chatSchema,
  from: userSchema.optional(),
  text: z.string().optional(),
  caption: z.string().optional(),
  reply_to_message: z.looseObject({ message_id: z.number().int() }).optional(),
  document: namedFileSchema.optional(),
  photo: z.array(photoSizeSchema).optional(),
  voice: namedFileSchema.optional(),
  audio: namedFileSchema.optional(),
  video: namedFileSchema.optional(),
  video_note: namedFileSchema.optional(),
});

const callbackQuerySchema = z.looseObject({
  id: z.string().min(1),
  from: userSchema,
  message: z.looseObject({ message_id: z.number().int(), chat: chatSchema }).optional(),
  data: z.string().optional(),
});

/** What makes a body a Telegram update at all; anything less is a malformed request. */
export const updateEnvelopeSchema = z.looseObject({ update_id: z.number().int().nonnegative() });

export const telegramUpdateSchema = updateEnvelopeSchema.extend({
  message: messageSchema.optional(),
  callback_query: callbackQuerySchema.optional(),
});
export type TelegramUpdate = z.infer<typeof telegramUpdateSchema>;
type TelegramMessage = z.infer<typeof messageSchema>;
type TelegramUser = z.infer<typeof userSchema>;

export type IgnoredReason = 'not_private_chat' | 'unsupported_update' | 'unreadable_update';

export type MappedUpdate =
  | { kind: 'inbound'; message: InboundMessage; callbackQueryId?: string }
  /** still carries the callback query id: a pressed button is answered even when ignored */
  | { kind: 'ignored'; reason: IgnoredReason; callbackQueryId?: string };

export interface MapContext {
  /** the bot's username, to accept `/start@ThisBot` and refuse commands meant for another bot */
  botUsername?: string;
  /**
   * The bot's numeric id (the token's prefix). update_id counts per bot, so a new bot token
   * would reuse ids already seen: the key carries the bot to keep them apart.
   */
  botId?: string;
  receivedAt: Date;
}

const commandPattern = /^\/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]+))?(?:\s+([\s\S]*))?$/;

export function parseCommand(text: string, botUsername?: string): InboundMessage['command'] {
  const match = commandPattern.exec(text.trim());
  if (!match) return undefined;
  const [, name = '', mention, rest] = match;
  if (mention !== undefined && botUsername !== undefined && mention.toLowerCase() !== botUsername.toLowerCase())
    return undefined;
  const arg = rest?.trim();
  return { name: name.toLowerCase(), ...(arg ? { arg } : {}) };
}

function attachmentOf(message: TelegramMessage): InboundAttachment | undefined {
  const named = (kind: InboundAttachment['kind'], file: z.infer<typeof namedFileSchema>): InboundAttachment => ({
    kind,
    fileId: file.file_id,
    fileName: file.file_name,
    mimeType: file.mime_type,
    sizeBytes: file.file_size,
  });
  if (message.document) return named('document', message.document);
  if (message.photo && message.photo.length > 0) {
    // Telegram sends every resolution it made; the largest one is the original photo.
    const largest = message.photo.reduce((best, size) =>
      size.width * size.height > best.width * best.height ? size : best,
    );
    // Telegram re-encodes every photo as JPEG.
    return { kind: 'photo', fileId: largest.file_id, mimeType: 'image/jpeg', sizeBytes: largest.file_size };
  }
  if (message.voice) return named('voice', message.voice);
  if (message.audio) return named('audio', message.audio);
  if (message.video) return named('video', message.video);
  // Video notes are MP4 and come without a type.
  if (message.video_note)
    return { ...named('video', message.video_note), mimeType: message.video_note.mime_type ?? 'video/mp4' };
  return undefined;
}

function sender(user: TelegramUser): Pick<InboundMessage, 'externalUserId' | 'displayName' | 'languageHint'> {
  const fullName = [user.first_name, user.last_name].filter((part) => part !== undefined && part !== '').join(' ');
  return {
    externalUserId: String(user.id),
    displayName: fullName || user.username || undefined,
    languageHint: user.language_code || undefined,
  };
}

function checked(candidate: Record<string, unknown>, callbackQueryId?: string): MappedUpdate {
  const parsed = inboundMessageSchema.safeParse(candidate);
  const query = callbackQueryId === undefined ? {} : { callbackQueryId };
  return parsed.success
    ? { kind: 'inbound', message: parsed.data, ...query }
    : { kind: 'ignored', reason: 'unreadable_update', ...query };
}

/**
 * Turns one Telegram update into the shared inbound shape. Only private chats are served;
 * a message with nothing Delego can read (a sticker, a location) still becomes an empty-text
 * message so the client gets an answer instead of silence.
 */
export function mapUpdate(raw: unknown, context: MapContext): MappedUpdate {
  const parsed = telegramUpdateSchema.safeParse(raw);
  if (!parsed.success) return { kind: 'ignored', reason: 'unreadable_update' };
  const update = parsed.data;
  const base = {
    channel: 'telegram',
    idempotencyKey: context.botId ? `tg:${context.botId}:${update.update_id}` : `tg:${update.update_id}`,
    receivedAt: context.receivedAt,
  };

  const query = update.callback_query;
  if (query) {
    const chat = query.message?.chat;
    if ((chat && chat.type !== 'private') || query.data === undefined) {
      return {
        kind: 'ignored',
        reason: chat && chat.type !== 'private' ? 'not_private_chat' : 'unsupported_update',
        callbackQueryId: query.id,
      };
    }
    return checked(
      {
        ...base,
        ...sender(query.from),
        // A button on an inline-mode message has no chat; the private chat id equals the user id.
        chatId: String(chat?.id ?? query.from.id),
        action: { data: query.data },
        replyToExternalMessageId: query.message ? String(query.message.message_id) : undefined,
      },
      query.id,
    );
  }

  const message = update.message;
  if (!message) return { kind: 'ignored', reason: 'unsupported_update' };
  if (message.chat.type !== 'private') return { kind: 'ignored', reason: 'not_private_chat' };
  if (!message.from || message.from.is_bot === true) return { kind: 'ignored', reason: 'unsupported_update' };

  const text = message.text ?? message.caption ?? '';
  const attachment = attachmentOf(message);
  return checked({
    ...base,
    ...sender(message.from),
    chatId: String(message.chat.id),
    text,
    command: message.text === undefined ? undefined : parseCommand(text, context.botUsername),
    attachments: attachment ? [attachment] : [],
    externalMessageId: String(message.message_id),
    replyToExternalMessageId: message.reply_to_message ? String(message.reply_to_message.message_id) : undefined,
  });
}

/**
 * The chat an update belongs to, so updates of one chat are handled in order while other
 * chats proceed.
 */
export function chatKeyOf(raw: unknown): string {
  const parsed = telegramUpdateSchema.safeParse(raw);
  if (!parsed.success) {
    const envelope = updateEnvelopeSchema.safeParse(raw);
    return envelope.success ? `update:${envelope.data.update_id}` : 'unreadable';
  }
  const { message, callback_query: query, update_id: updateId } = parsed.data;
  const chatId = message?.chat.id ?? query?.message?.chat.id ?? query?.from.id;
  return chatId === undefined ? `update:${updateId}` : `chat:${chatId}`;
}
