import { escapeSlackText } from '../../channels/slack/blocks.js';
import type { PrismaClient } from '../../infra/db/types.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../../kernel/errors.js';
import { ticketLabel } from '../../domain/tickets/service.js';
import { deskTexts } from '../texts.js';

const statusWords: Record<string, string> = {
  open: 'open',
  claimed: 'claimed',
  waiting_client: 'waiting for the client',
  done: 'done',
  cancelled: 'cancelled',
};

/**
 * What to tell an assistant whose act the ticket's state refused: who holds it, or what state
 * it is in. Errors other than the three refusals pass through.
 */
export async function explainRefusal(
  prisma: PrismaClient,
  ticketId: string,
  err: unknown,
  assistantId: string,
  act: 'claim' | 'work',
): Promise<string> {
  if (err instanceof NotFoundError) return deskTexts.ticketGone;
  if (!(err instanceof ConflictError || err instanceof ForbiddenError)) throw err;
  const ticket = await prisma.ticket.findUnique({
    where: { id: ticketId },
    select: { number: true, status: true, assignee: { select: { id: true, name: true } } },
  });
  if (!ticket) return deskTexts.ticketGone;
  const number = ticketLabel(ticket.number);
  if (ticket.status === 'done' || ticket.status === 'cancelled')
    return deskTexts.closed(number, statusWords[ticket.status]!);
  if (ticket.assignee?.id === assistantId) return deskTexts.youHoldIt(number);
  const holder = ticket.assignee && escapeSlackText(ticket.assignee.name);
  if (holder) return act === 'claim' ? deskTexts.alreadyClaimed(number, holder) : deskTexts.heldBy(number, holder);
  return deskTexts.claimFirst(number);
}
