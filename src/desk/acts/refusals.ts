import { escapeSlackText } from '../../channels/slack/blocks.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../../kernel/errors.js';
import { ticketLabel } from '../../domain/tickets/service.js';
import type { DeskContext } from '../context.js';

/**
 * What to tell an assistant whose act the ticket's state refused: who holds it, or what state
 * it is in. Errors other than the three refusals pass through.
 */
export async function explainRefusal(
  ctx: Pick<DeskContext, 'prisma' | 'texts'>,
  ticketId: string,
  err: unknown,
  assistantId: string,
  act: 'claim' | 'work',
): Promise<string> {
  const { prisma, texts } = ctx;
  if (err instanceof NotFoundError) return texts.ticketGone;
  if (!(err instanceof ConflictError || err instanceof ForbiddenError)) throw err;
  const ticket = await prisma.ticket.findUnique({
    where: { id: ticketId },
    select: { number: true, status: true, assignee: { select: { id: true, name: true } } },
  });
  if (!ticket) return texts.ticketGone;
  const number = ticketLabel(ticket.number);
  if (ticket.status === 'done' || ticket.status === 'cancelled')
    return texts.closed(number, texts.statusWords[ticket.status]);
  if (ticket.assignee?.id === assistantId) return texts.youHoldIt(number);
  const holder = ticket.assignee && escapeSlackText(ticket.assignee.name);
  if (holder) return act === 'claim' ? texts.alreadyClaimed(number, holder) : texts.heldBy(number, holder);
  return texts.claimFirst(number);
}
