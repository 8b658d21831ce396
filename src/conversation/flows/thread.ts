import { recordClientMessage } from '../../domain/tickets/relay.js';
import { ticketLabel } from '../../domain/tickets/service.js';
import { t } from '../../i18n/catalog.js';
import type { DomainEvent } from '../../kernel/events.js';
import type { FlowContext, FlowResult } from '../flow.js';

/** One short line: the message reached the assistant ("✓ Girato a Giulia (richiesta #1002)."). */
export async function relayedLine(ctx: FlowContext, ticketId: string): Promise<string> {
  const ticket = await ctx.db.ticket.findUniqueOrThrow({
    where: { id: ticketId },
    select: { number: true, assignee: { select: { name: true } } },
  });
  const who = ticket.assignee?.name.split(' ')[0] ?? t(ctx.lang, 'relayedWho');
  return t(ctx.lang, 'relayedToDesk', { number: ticketLabel(ticket.number), who });
}

/** Messages relayed to one request this close together get one confirmation: "ecco", then the PDF. */
export const CONFIRM_ONCE_MS = 5_000;

/**
 * Whether the confirmation was just given: the bot's last message in this conversation is that
 * same line, and another client message went to the ticket within the window (injected clock).
 */
async function confirmedJustNow(ctx: FlowContext, ticketId: string, line: string): Promise<boolean> {
  const since = new Date(ctx.now.getTime() - CONFIRM_ONCE_MS);
  const [lastAnswer, relayedBefore] = await Promise.all([
    ctx.db.message.findFirst({
      where: { conversationId: ctx.conversationId, direction: 'outbound' },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      select: { body: true },
    }),
    ctx.db.ticketEvent.count({
      where: {
        ticketId,
        kind: 'client_message',
        createdAt: { gte: since },
        NOT: { data: { path: ['messageId'], equals: ctx.messageId } },
      },
    }),
  ]);
  return lastAnswer?.body === line && relayedBefore > 0;
}

/** The answer to a relayed message: the line, unless the same line was given a moment ago (then nothing is sent). */
export async function relayedAnswer(ctx: FlowContext, ticketId: string): Promise<Pick<FlowResult, 'reply' | 'silent'>> {
  const line = await relayedLine(ctx, ticketId);
  return (await confirmedJustNow(ctx, ticketId, line))
    ? { reply: { text: line }, silent: true }
    : { reply: { text: line } };
}

/** Client messages join a ticket's thread; the desk hears of each once committed. */
export async function relayMessages(ctx: FlowContext, ticketId: string, messageIds: string[]): Promise<DomainEvent[]> {
  const events: DomainEvent[] = [];
  for (const messageId of messageIds) {
    await recordClientMessage(ctx.db, { ticketId, messageId, now: ctx.now });
    events.push({ type: 'client_wrote', ticketId, messageId });
  }
  return events;
}
