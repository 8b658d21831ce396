import { escapeSlackText } from '../../channels/slack/blocks.js';
import { slackTextToPlain } from '../../channels/slack/map-event.js';
import { DependencyError } from '../../kernel/errors.js';
import { t } from '../../i18n/catalog.js';
import { activeStatuses } from '../../domain/tickets/lifecycle.js';
import { recordAssistantMessage } from '../../domain/tickets/relay.js';
import { ticketLabel } from '../../domain/tickets/service.js';
import { activeAssistant, firstName } from './assistant.js';
import type { DeskContext } from '../context.js';
import { deskTexts, NOTE_MARKER } from '../texts.js';

export interface ThreadMessage {
  channel: string;
  /** the card's ts: the thread this message is in */
  threadTs: string;
  ts: string;
  user: string;
  /** Slack mrkdwn as typed */
  text: string;
  hasFiles: boolean;
}

/**
 * A message in a card's thread. From an active assistant it reaches the client, signed with
 * their first name, unless it starts with the note marker (then it stays in Slack as an
 * internal note). Anyone else, and any thread of a closed ticket, gets a private explanation.
 * The Slack ts is the idempotency key: a redelivered event sends nothing twice.
 */
export async function relayThreadMessage(ctx: DeskContext, message: ThreadMessage): Promise<void> {
  const ticket = await ctx.prisma.ticket.findUnique({
    where: { slackChannel_slackTs: { slackChannel: message.channel, slackTs: message.threadTs } },
    select: { id: true, number: true, status: true, clientId: true },
  });
  if (!ticket) return;
  const where = { channel: message.channel, threadTs: message.threadTs };
  const assistant = await activeAssistant(ctx.prisma, message.user);
  if (!assistant) return ctx.cards.ephemeral(message.user, deskTexts.notAnAssistant, where);

  const text = slackTextToPlain(message.text).trim();
  const now = ctx.clock();
  if (text.startsWith(NOTE_MARKER)) {
    await recordAssistantMessage(ctx.prisma, {
      ticketId: ticket.id,
      assistantId: assistant.id,
      kind: 'internal_note',
      slackTs: message.ts,
      now,
    });
    return;
  }
  const number = ticketLabel(ticket.number);
  if (!(activeStatuses as readonly string[]).includes(ticket.status))
    return ctx.cards.ephemeral(message.user, deskTexts.threadClosed(number, ticket.status), where);
  if (message.hasFiles) await ctx.cards.ephemeral(message.user, deskTexts.filesNotRelayed, where);
  if (text === '') return;

  const name = firstName(assistant.name);
  const delivery = await ctx.sendToClient({
    ticketId: ticket.id,
    clientId: ticket.clientId,
    text: (lang) => t(lang, 'assistantMessage', { text, name, number }),
    idempotencyKey: `desk:${message.channel}:${message.ts}`,
  });
  if (!delivery.delivered) {
    if (delivery.reason === 'duplicate') return;
    const reason =
      delivery.reason === 'unreachable'
        ? deskTexts.clientUnreachable
        : deskTexts.relayFailed(escapeSlackText(delivery.error ?? delivery.reason));
    return ctx.cards.ephemeral(message.user, reason, where);
  }
  await recordAssistantMessage(ctx.prisma, {
    ticketId: ticket.id,
    assistantId: assistant.id,
    kind: 'relayed_to_client',
    slackTs: message.ts,
    now,
  });
  ctx.logger.info(
    { ticketId: ticket.id, assistantId: assistant.id, chars: text.length },
    'assistant reply relayed to the client',
  );
}

/** Thrown while a ticket's card is still on its way, so the queued job tries again later. */
function cardNotPosted(ticketId: string): DependencyError {
  return new DependencyError('the ticket has no desk card yet', { ticketId });
}

/** A client's message about a ticket appears in the card's thread; the card shows the new state. */
export async function postClientMessage(ctx: DeskContext, ticketId: string, messageId: string): Promise<void> {
  const message = await ctx.prisma.message.findUnique({
    where: { id: messageId },
    select: { body: true, client: { select: { name: true } }, _count: { select: { attachments: true } } },
  });
  if (!message) return;
  const body = (message.body ?? '').trim();
  const lines = [body === '' ? '' : deskTexts.clientWrote(escapeSlackText(message.client.name), escapeSlackText(body))];
  if (message._count.attachments > 0) lines.push(deskTexts.clientFiles(message._count.attachments));
  if (!(await ctx.cards.thread(ticketId, lines.filter(Boolean).join('\n')))) throw cardNotPosted(ticketId);
  await ctx.cards.refresh(ticketId);
}

/** The client's rating shows in the thread and on the card. */
export async function postRating(ctx: DeskContext, ticketId: string): Promise<void> {
  const ticket = await ctx.prisma.ticket.findUnique({ where: { id: ticketId }, select: { rating: true } });
  if (ticket?.rating == null) return;
  if (!(await ctx.cards.thread(ticketId, deskTexts.rated(ticket.rating)))) throw cardNotPosted(ticketId);
  await ctx.cards.refresh(ticketId);
}

/** The client cancelled: the thread says so and the card shows it closed (no card, nothing to say). */
export async function postCancellation(ctx: DeskContext, ticketId: string): Promise<void> {
  if (await ctx.cards.thread(ticketId, deskTexts.cancelledByClient)) await ctx.cards.refresh(ticketId);
}
