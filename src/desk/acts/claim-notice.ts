import { ticketLabel } from '../../domain/tickets/service.js';
import { t } from '../../i18n/catalog.js';
import type { DeskContext } from '../context.js';
import { firstName } from './assistant.js';
import { failedDelivery } from './outcome.js';

/** How much of the request's summary the notice repeats: enough to recognise it. */
const SUMMARY_CHARS = 60;

/** The summary cut at the last whole word that fits: "scrivere una mail di sollecito al cliente Verdi…". */
function shortened(summary: string): string {
  if (summary.length <= SUMMARY_CHARS) return summary;
  const cut = summary.slice(0, SUMMARY_CHARS);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > 0 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/**
 * Tells the client who took on their request, on the channel they wrote it on. Only for requests
 * the client made in a message of their own (an e-mail the mailbox turned into a ticket is none:
 * its sender never asked this office), only while that assistant still holds it, and once per
 * assistant: one who releases and claims again is not announced twice.
 */
export async function tellClientClaimed(ctx: DeskContext, ticketId: string, assistantId: string): Promise<void> {
  const ticket = await ctx.prisma.ticket.findUnique({
    where: { id: ticketId },
    select: {
      number: true,
      clientId: true,
      summary: true,
      sourceMessageId: true,
      assigneeId: true,
      status: true,
      assignee: { select: { name: true } },
    },
  });
  if (!ticket?.sourceMessageId || !ticket.assignee || ticket.assigneeId !== assistantId) return;
  if (ticket.status !== 'claimed' && ticket.status !== 'waiting_client') return;
  const who = firstName(ticket.assignee.name);
  const summary = shortened(ticket.summary);
  const delivery = await ctx.sendToClient({
    ticketId,
    clientId: ticket.clientId,
    text: (lang) => t(lang, 'ticketClaimedNotice', { who, number: ticketLabel(ticket.number), summary }),
    idempotencyKey: `claimed:${ticketId}:${assistantId}`,
  });
  if (!delivery.delivered && delivery.reason !== 'duplicate') await failedDelivery(ctx, ticketId, delivery);
}
