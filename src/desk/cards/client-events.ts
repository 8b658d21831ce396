import { z } from 'zod';
import { escapeSlackText } from '../../channels/slack/blocks.js';
import { DependencyError } from '../../kernel/errors.js';
import type { DeskContext } from '../context.js';
import { deskBookingSlot } from './booking-section.js';
import type { DeskCatalog } from '../../i18n/desk-catalog.js';

/**
 * What clients did, in their tickets' card threads: their messages, ratings, cancellations and
 * answers to booking proposals. Run by the desk queue, so a card not posted yet is retried.
 */

/** Thrown while a ticket's card is still on its way, so the queued job tries again later. */
export function cardNotPosted(ticketId: string): DependencyError {
  return new DependencyError('the ticket has no desk card yet', { ticketId });
}

/** A client's message about a ticket appears in the card's thread (its files follow by a job of their own); the card shows the new state. */
export async function postClientMessage(ctx: DeskContext, ticketId: string, messageId: string): Promise<void> {
  const message = await ctx.prisma.message.findUnique({
    where: { id: messageId },
    select: { body: true, kind: true, client: { select: { name: true } } },
  });
  if (!message) return;
  const body = (message.body ?? '').trim();
  // A voice note's transcript comes with its file.
  if (body !== '' && message.kind !== 'voice') {
    const text = ctx.texts.clientWrote(escapeSlackText(message.client.name), escapeSlackText(body));
    if (!(await ctx.cards.thread(ticketId, text))) throw cardNotPosted(ticketId);
  }
  await ctx.cards.refresh(ticketId);
}

/** The client's rating shows in the thread and on the card. */
export async function postRating(ctx: DeskContext, ticketId: string): Promise<void> {
  const ticket = await ctx.prisma.ticket.findUnique({ where: { id: ticketId }, select: { rating: true } });
  if (ticket?.rating == null) return;
  if (!(await ctx.cards.thread(ticketId, ctx.texts.rated(ticket.rating)))) throw cardNotPosted(ticketId);
  await ctx.cards.refresh(ticketId);
}

/** The client cancelled: the thread says so and the card shows it closed (no card, nothing to say). */
export async function postCancellation(ctx: DeskContext, ticketId: string): Promise<void> {
  if (await ctx.cards.thread(ticketId, ctx.texts.cancelledByClient)) await ctx.cards.refresh(ticketId);
}

const clientEventData = z.object({
  startsAt: z.string().optional(),
  location: z.string().optional(),
  reason: z.literal('clash').optional(),
  clashTitle: z.string().optional(),
  change: z.enum(['moved', 'cancelled']).optional(),
});

/** What the thread says of a client's booking event: an answer to a proposal, or a change made in the chat. */
function clientEventText(
  texts: DeskCatalog,
  kind: string,
  data: z.infer<typeof clientEventData>,
  tz: string,
): string | undefined {
  if (data.change === 'cancelled') return texts.clientCancelledBooking;
  if (!data.startsAt) return undefined;
  const when = deskBookingSlot({ startsAt: new Date(data.startsAt), location: data.location }, tz, texts);
  if (data.change === 'moved') return texts.clientMovedBooking(when);
  if (kind === 'booking_proposal_accepted') return texts.proposalAccepted(when);
  return data.reason === 'clash'
    ? texts.proposalClash(when, escapeSlackText(data.clashTitle ?? texts.anotherBooking))
    : texts.proposalDeclined(when);
}

/** The client's answer to a proposal, or their change of the booking, in the card's thread; the card shows the booking's new state. */
export async function postClientBookingChange(ctx: DeskContext, ticketId: string, eventId: string): Promise<void> {
  const event = await ctx.prisma.ticketEvent.findFirst({
    where: { id: eventId, ticketId, actor: 'client' },
    select: { kind: true, data: true, ticket: { select: { client: { select: { tz: true } } } } },
  });
  const data = clientEventData.safeParse(event?.data);
  const text =
    event && data.success ? clientEventText(ctx.texts, event.kind, data.data, event.ticket.client.tz) : undefined;
  if (text === undefined) return;
  if (!(await ctx.cards.thread(ticketId, text))) throw cardNotPosted(ticketId);
  await ctx.publish([{ type: 'ticket_state_changed', ticketId }]);
  await ctx.cards.refresh(ticketId);
}
