import { recordClientMessage } from '../../domain/tickets/relay.js';
import { ticketLabel } from '../../domain/tickets/service.js';
import { t } from '../../i18n/catalog.js';
import type { DomainEvent } from '../../kernel/events.js';
import type { FlowContext } from '../flow.js';

/** One short line: the message reached the assistant ("✓ Girato a Giulia (richiesta #1002)."). */
export async function relayedLine(ctx: FlowContext, ticketId: string): Promise<string> {
  const ticket = await ctx.db.ticket.findUniqueOrThrow({
    where: { id: ticketId },
    select: { number: true, assignee: { select: { name: true } } },
  });
  const who = ticket.assignee?.name.split(' ')[0] ?? t(ctx.lang, 'relayedWho');
  return t(ctx.lang, 'relayedToDesk', { number: ticketLabel(ticket.number), who });
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
