import { z } from 'zod';
import { ValidationError } from '../../kernel/errors.js';
import {
  inboundMessageSchema,
  type AttachmentKind,
  type InboundAttachment,
  type InboundMessage,
} from '../../kernel/messaging.js';
import { dmActionPrefix } from './blocks.js';

// Subtypes that are still a person writing: plain text has none; files and "also send to DM" replies do.
const humanSubtypes = new Set(['file_share', 'thread_broadcast']);
// Files the workspace no longer serves (deleted, or beyond a free plan's history) cannot be fetched.
const unusableFileModes = new Set(['tombstone', 'hidden_by_limit']);

const slackFileSchema = z.object({
  id: z.string().min(1),
  name: z.string().nullish(),
  title: z.string().nullish(),
  mimetype: z.string().nullish(),
  size: z.number().int().nonnegative().nullish(),
  mode: z.string().nullish(),
  /** slack_audio: a voice clip recorded in Slack */
  subtype: z.string().nullish(),
});
type SlackFile = z.infer<typeof slackFileSchema>;

const messageEventSchema = z.object({
  type: z.literal('message'),
  channel: z.string().min(1),
  channel_type: z.string().optional(),
  user: z.string().optional(),
  bot_id: z.string().nullish(),
  subtype: z.string().optional(),
  text: z.string().nullish(),
  ts: z.string().min(1),
  thread_ts: z.string().optional(),
  files: z.array(slackFileSchema).optional(),
});

const eventEnvelopeSchema = z.object({
  type: z.literal('event_callback'),
  event_id: z.string().min(1),
  event: messageEventSchema,
});

const blockActionsSchema = z.object({
  type: z.literal('block_actions'),
  user: z.object({ id: z.string().min(1) }),
  channel: z.object({ id: z.string().min(1) }).nullish(),
  container: z.object({ message_ts: z.string().optional(), channel_id: z.string().optional() }).nullish(),
  message: z.object({ ts: z.string().min(1) }).nullish(),
  actions: z
    .array(z.object({ action_id: z.string(), value: z.string().optional(), action_ts: z.string().min(1) }))
    .min(1),
});

/** Slack timestamps are "seconds.micros" strings. */
function slackTsToDate(ts: string, fallback: Date): Date {
  const seconds = Number(ts);
  return Number.isFinite(seconds) && seconds > 0 ? new Date(Math.round(seconds * 1000)) : fallback;
}

function attachmentKind(file: SlackFile): AttachmentKind {
  const mime = file.mimetype ?? '';
  if (file.subtype === 'slack_audio') return 'voice';
  if (mime.startsWith('image/')) return 'photo';
  if (mime.startsWith('audio/')) return 'audio';
  if (mime.startsWith('video/')) return 'video';
  return 'document';
}

function toAttachment(file: SlackFile): InboundAttachment {
  const attachment: InboundAttachment = { kind: attachmentKind(file), fileId: file.id };
  const name = file.name ?? file.title;
  if (name) attachment.fileName = name;
  if (file.mimetype) attachment.mimeType = file.mimetype;
  if (file.size !== null && file.size !== undefined) attachment.sizeBytes = file.size;
  return attachment;
}

/** A labelled link keeps its address: "Registro Imprese (https://…)"; a label that is the address itself stays alone. */
function linkText(target: string, label: string): string {
  const address = target.startsWith('mailto:') ? target.slice('mailto:'.length) : target;
  const bare = (s: string) =>
    s
      .replace(/^https?:\/\//, '')
      .replace(/\/$/, '')
      .toLowerCase();
  return bare(label) === bare(address) ? label : `${label} (${address})`;
}

/**
 * Slack message text as the person typed it: links become their address (with the label a
 * person gave them), mentions @id, and the three escaped characters are restored. The pipeline
 * reads plain text.
 */
export function slackTextToPlain(text: string): string {
  return text
    .replace(/<([^<>|]*)(?:\|([^<>]*))?>/g, (_match, target: string, label: string | undefined) => {
      if (target.startsWith('@')) return `@${label?.replace(/^@/, '') ?? target.slice(1)}`;
      if (target.startsWith('#')) return `#${label ?? target.slice(1)}`;
      // <!here>, <!channel>; user groups and dates carry their readable form as the label.
      if (target.startsWith('!')) return label ?? `@${target.slice(1)}`;
      if (label) return linkText(target, label);
      return target.startsWith('mailto:') ? target.slice('mailto:'.length) : target;
    })
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function parse<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (!result.success)
    throw new ValidationError(`Unexpected Slack ${what}`, { issues: z.flattenError(result.error).fieldErrors });
  return result.data;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * An Events API envelope to the InboundMessage of a client writing in a DM, or null when the
 * event is something else (a channel message, a bot, an edit or a deletion). The event_id
 * is the idempotency key, so Slack's redeliveries of the same event are recognised.
 */
export function mapDmMessage(envelope: unknown, now: Date = new Date()): InboundMessage | null {
  const event = isObject(envelope) && isObject(envelope.event) ? envelope.event : undefined;
  if (event?.type !== 'message' || event.channel_type !== 'im') return null;
  if (event.bot_id || (event.subtype !== undefined && !humanSubtypes.has(String(event.subtype)))) return null;
  const { event_id: eventId, event: message } = parse(eventEnvelopeSchema, envelope, 'message event');
  if (!message.user) return null;

  const attachments = (message.files ?? []).filter((file) => !unusableFileModes.has(file.mode ?? '')).map(toAttachment);
  const text = slackTextToPlain(message.text ?? '');
  if (text.trim() === '' && attachments.length === 0) return null;

  return inboundMessageSchema.parse({
    channel: 'slack',
    idempotencyKey: `slack:${eventId}`,
    externalUserId: message.user,
    chatId: message.channel,
    text,
    attachments,
    externalMessageId: message.ts,
    replyToExternalMessageId:
      message.thread_ts !== undefined && message.thread_ts !== message.ts ? message.thread_ts : undefined,
    receivedAt: slackTsToDate(message.ts, now),
  });
}

/**
 * A block_actions payload to the InboundMessage of a client pressing one of our DM buttons, or
 * null when the action is not a DM button (the desk's own actions). The key joins the pressed
 * message's ts and the action_ts: one key per press.
 */
export function mapDmAction(body: unknown, now: Date = new Date()): InboundMessage | null {
  const payload = parse(blockActionsSchema, body, 'block_actions payload');
  const [action] = payload.actions;
  if (!action?.action_id.startsWith(dmActionPrefix)) return null;
  const chatId = payload.channel?.id ?? payload.container?.channel_id;
  const messageTs = payload.container?.message_ts ?? payload.message?.ts;
  if (!chatId || !messageTs)
    throw new ValidationError('A Slack button press without its channel or message', { actionId: action.action_id });

  const parsed = inboundMessageSchema.safeParse({
    channel: 'slack',
    idempotencyKey: `slack:act:${messageTs}:${action.action_ts}`,
    externalUserId: payload.user.id,
    chatId,
    action: { data: action.value ?? '' },
    externalMessageId: messageTs,
    receivedAt: slackTsToDate(action.action_ts, now),
  });
  if (!parsed.success) throw new ValidationError('Unexpected Slack button value', { actionId: action.action_id });
  return parsed.data;
}
