import { z } from 'zod';

/**
 * The one shape every channel turns its updates into, and the one interface replies go out
 * through. Channel adapters translate; the conversation pipeline decides.
 */
export const channels = ['telegram', 'slack', 'web'] as const;
export type Channel = (typeof channels)[number];

export const attachmentKinds = ['document', 'photo', 'voice', 'audio', 'video'] as const;
export type AttachmentKind = (typeof attachmentKinds)[number];

export const inboundAttachmentSchema = z.object({
  kind: z.enum(attachmentKinds),
  /** the platform's file id (Telegram file_id, Slack file id, web upload key) */
  fileId: z.string().min(1),
  fileName: z.string().optional(),
  mimeType: z.string().optional(),
  sizeBytes: z.number().int().nonnegative().optional(),
});
export type InboundAttachment = z.infer<typeof inboundAttachmentSchema>;

export const inboundMessageSchema = z.object({
  channel: z.enum(channels),
  /** Telegram update_id, Slack event id / action trigger, web request id: one action per key */
  idempotencyKey: z.string().min(1),
  /** who wrote: Telegram user id, Slack user id, web session id */
  externalUserId: z.string().min(1),
  /** where replies go: Telegram chat id, Slack DM channel id, web session id */
  chatId: z.string().min(1),
  displayName: z.string().optional(),
  /** the platform's idea of the user's language (Telegram language_code) */
  languageHint: z.string().optional(),
  text: z.string().default(''),
  /** /start CODE, /help: commands are separate from free text */
  command: z.object({ name: z.string(), arg: z.string().optional() }).optional(),
  /** a tapped button: the payload is client-controlled and is checked before use */
  action: z.object({ data: z.string().max(256) }).optional(),
  attachments: z.array(inboundAttachmentSchema).default([]),
  externalMessageId: z.string().optional(),
  /** the message this one replies to (Telegram reply_to_message, Slack thread) */
  replyToExternalMessageId: z.string().optional(),
  receivedAt: z.date(),
});
export type InboundMessage = z.infer<typeof inboundMessageSchema>;

export interface Button {
  label: string;
  /** opaque callback payload, at most 64 bytes (Telegram's limit) */
  data: string;
}

export interface OutboundFile {
  name: string;
  mimeType: string;
  content: Buffer;
}

export interface OutboundMessage {
  text: string;
  /** rows of buttons */
  buttons?: Button[][];
  file?: OutboundFile;
  /** reply in a thread / to a message when the channel supports it */
  replyToExternalMessageId?: string;
}

export interface OutboundTarget {
  channel: Channel;
  chatId: string;
}

/** Sends to one channel. Implemented by each adapter, used by flows and workers alike. */
export interface ChannelSender {
  send(chatId: string, message: OutboundMessage): Promise<{ externalMessageId?: string }>;
}

/** Routes a reply to the right channel's sender. */
export interface Outbound {
  send(target: OutboundTarget, message: OutboundMessage): Promise<{ externalMessageId?: string }>;
}
