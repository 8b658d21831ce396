import type { AnyMiddlewareArgs, App, Context, Middleware, SlackEventMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';
import { slackTextToPlain } from '../../channels/slack/map-event.js';
import { relayAssistantMessage, relayTicketSelect, type AssistantMessage } from '../acts/relay.js';
import type { DeskContext } from '../context.js';
import { assistantOf } from './guard.js';
import { withinBudget, type DeskListenerKit } from './listener-kit.js';

/** A person's reply in a channel thread, as the desk reads it. */
export interface ThreadMessage {
  channel: string;
  /** the card's ts: the thread this message is in */
  threadTs: string;
  ts: string;
  user: string;
  /** Slack mrkdwn as typed */
  text: string;
  /** files shared with the message */
  files: { id: string; name: string }[];
}

// Subtypes that are still a person writing in a thread: plain text has none.
const humanSubtypes = new Set(['thread_broadcast', 'file_share']);

const threadEventSchema = z.object({
  event: z.object({
    type: z.literal('message'),
    channel: z.string().min(1),
    channel_type: z.enum(['channel', 'group']),
    user: z.string().min(1),
    text: z.string().nullish(),
    ts: z.string().min(1),
    thread_ts: z.string().min(1),
    files: z.array(z.looseObject({ id: z.string().min(1), name: z.string().optional() })).optional(),
  }),
});

/** A person's reply in a channel thread, or null for anything else (bots, edits, DMs, top level). */
export function mapThreadMessage(envelope: unknown): ThreadMessage | null {
  const raw =
    typeof envelope === 'object' && envelope !== null
      ? (envelope as { event?: Record<string, unknown> }).event
      : undefined;
  if (!raw || raw.bot_id || (raw.subtype !== undefined && !humanSubtypes.has(String(raw.subtype)))) return null;
  const parsed = threadEventSchema.safeParse(envelope);
  if (!parsed.success || parsed.data.event.thread_ts === parsed.data.event.ts) return null;
  const event = parsed.data.event;
  return {
    channel: event.channel,
    threadTs: event.thread_ts,
    ts: event.ts,
    user: event.user,
    text: event.text ?? '',
    files: (event.files ?? []).map((file) => ({ id: file.id, name: file.name ?? file.id })),
  };
}

interface CardThreadReply {
  message: ThreadMessage;
  ticket: AssistantMessage['ticket'];
}

/**
 * Listener middleware that lets through only replies in a ticket card's thread (the guard comes
 * after it, so other threads and the clients' DMs are never refused nor looked up).
 */
function cardThreadReplies(ctx: DeskContext, replies: WeakMap<Context, CardThreadReply>) {
  const filter: Middleware<SlackEventMiddlewareArgs<'message'>> = async ({ body, context, next }) => {
    const message = mapThreadMessage(body);
    if (!message) return;
    const ticket = await ctx.prisma.ticket.findUnique({
      where: { slackChannel_slackTs: { slackChannel: message.channel, slackTs: message.threadTs } },
      select: relayTicketSelect,
    });
    if (!ticket) return;
    replies.set(context, { message, ticket });
    await next();
  };
  return filter;
}

/**
 * A message in a card's thread: from an active assistant it goes to the client (or stays as an
 * internal note), and what the assistant should know comes back privately in the thread. The
 * Slack ts is the idempotency key: a redelivered event sends nothing twice.
 */
export function registerThreadRelay(app: App, kit: DeskListenerKit, guard: Middleware<AnyMiddlewareArgs>): void {
  const { ctx } = kit;
  const replies = new WeakMap<Context, CardThreadReply>();

  async function relay(reply: CardThreadReply, context: Context): Promise<void> {
    const { message, ticket } = reply;
    const { notices } = await relayAssistantMessage(ctx, assistantOf(context), {
      ticket,
      text: slackTextToPlain(message.text).trim(),
      files: message.files,
      slackTs: message.ts,
      idempotencyKey: `desk:${message.channel}:${message.ts}`,
    });
    const where = { channel: message.channel, threadTs: message.threadTs };
    for (const notice of notices) await ctx.cards.ephemeral(message.user, notice, where);
  }

  app.event('message', cardThreadReplies(ctx, replies), guard, async ({ context }) => {
    const reply = replies.get(context);
    if (!reply) return;
    await withinBudget(
      relay(reply, context),
      kit.budgetMs,
      kit.failed('thread relay', reply.message.user, reply.message.channel),
    );
  });
}
