import { openToClient } from '../domain/tickets/lifecycle.js';
import { ticketLabel } from '../domain/tickets/service.js';
import { t } from '../i18n/catalog.js';
import type { FlowContext, FlowResult } from './flow.js';
import { candidates } from './flows/manage.js';
import { openRequests } from './flows/cancel.js';

/** One of the client's requests named by its number, open (as the client sees it) or not. */
export interface NamedRequest {
  id: string;
  number: number;
  assigneeId: string | null;
  /** the booking the office arranges for it, while it stands */
  bookingId: string | undefined;
  open: boolean;
}

/** The client's own request with this number (never another client's), or undefined. */
export async function namedRequest(ctx: FlowContext, ref: number): Promise<NamedRequest | undefined> {
  const ticket = await ctx.db.ticket.findFirst({
    where: { clientId: ctx.clientId, number: ref },
    select: {
      id: true,
      number: true,
      assigneeId: true,
      bookings: { where: { status: { in: ['requested', 'confirmed'] } }, select: { id: true } },
    },
  });
  if (!ticket) return undefined;
  const open = (await ctx.db.ticket.count({ where: { ...openToClient(ctx.clientId), id: ticket.id } })) > 0;
  return {
    id: ticket.id,
    number: ticket.number,
    assigneeId: ticket.assigneeId,
    bookingId: ticket.bookings[0]?.id,
    open,
  };
}

/** "Non hai una richiesta aperta #1003." and the requests they do have (or what is coming up). */
export async function refNotFoundAnswer(ctx: FlowContext, ref: number): Promise<FlowResult> {
  const all = await candidates(ctx, ['reminder', 'booking', 'ticket']);
  const text = `${t(ctx.lang, 'refNotFound', { number: ticketLabel(ref) })} ${await openRequests(ctx, all)}`;
  return { reply: { text }, understood: true };
}

/**
 * Acts on the client's open request with this number; a number not theirs gets their open requests,
 * a closed one is said so (`closed`: what cannot be done to it), and nothing is done.
 */
export async function withOpenRequest(
  ctx: FlowContext,
  ref: number,
  closed: 'refClosedNoMove' | 'refClosedNoNote',
  act: (request: NamedRequest) => Promise<FlowResult>,
): Promise<FlowResult> {
  const request = await namedRequest(ctx, ref);
  if (!request) return refNotFoundAnswer(ctx, ref);
  if (!request.open)
    return { reply: { text: t(ctx.lang, closed, { number: ticketLabel(request.number) }) }, understood: true };
  return act(request);
}
