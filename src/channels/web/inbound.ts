import { z } from 'zod';
import { parseCommand } from '../telegram/map-update.js';
import type { InboundMessage } from '../../kernel/messaging.js';
import type { WebSession } from './session.js';

export const MAX_TEXT_CHARS = 10_000;

/** One per message, chosen by the browser (a UUID or random hex): a repeat is the same message. */
const idempotencyKey = z.string().regex(/^[A-Za-z0-9-]{8,64}$/, 'an idempotency key of 8-64 letters, digits or dashes');

/** What the page posts: a text, or the payload of a pressed button. */
export const chatPostSchema = z.union([
  z.strictObject({ idempotencyKey, text: z.string().trim().min(1).max(MAX_TEXT_CHARS) }),
  z.strictObject({ idempotencyKey, action: z.strictObject({ data: z.string().min(1).max(64) }) }),
]);
export type ChatPost = z.infer<typeof chatPostSchema>;

/**
 * A form posted without JavaScript carries the same fields flat (`action` is the pressed
 * button's value); it becomes the JSON shape before validation. The CSRF field is not part of
 * the message.
 */
export function fromForm(body: Record<string, unknown>): unknown {
  const { _csrf, action, ...rest } = body;
  return action === undefined || action === '' ? rest : { ...rest, action: { data: action } };
}

/**
 * The channel-neutral message. The session key is the user and the chat; idempotency keys are
 * scoped to the session, because the message log's key is unique across the whole channel.
 */
export function toInboundMessage(
  session: WebSession,
  post: ChatPost,
  languageHint: string,
  receivedAt: Date,
): InboundMessage {
  const base = {
    channel: 'web' as const,
    idempotencyKey: `${session.key}:${post.idempotencyKey}`,
    externalUserId: session.key,
    chatId: session.key,
    languageHint,
    attachments: [],
    receivedAt,
  };
  if ('action' in post) return { ...base, text: '', action: post.action };
  const command = parseCommand(post.text);
  return { ...base, text: post.text, ...(command ? { command } : {}) };
}
