import { createConfirmedBooking, findClash } from '../../domain/bookings/service.js';
import { invitationFile } from '../../domain/calendar/invitation.js';
import { t } from '../../i18n/catalog.js';
import { formatSpan } from '../../i18n/format.js';
import type { Flow, FlowContext, FlowResult } from '../flow.js';
import { bookingButtons, clashingText } from './booking.js';
import { markOfferBooked, readOffer } from './offers.js';

/**
 * "Segna comunque" (the button, or "segnalo lo stesso" typed after a clash): the time asked for
 * is booked although it overlaps, and the overlap is recorded as the client's choice. A hearing
 * does not move because a meeting is at 10.
 */

/** The answer to a tap on an offer that is used up or out of date; null when it is still open. */
export async function closedOfferAnswer(ctx: FlowContext, bookingId: string | undefined): Promise<FlowResult | null> {
  if (!bookingId) return null;
  const booking = await ctx.db.booking.findFirst({
    where: { id: bookingId, clientId: ctx.clientId, status: 'confirmed' },
    select: { title: true, startsAt: true, endsAt: true },
  });
  if (!booking?.startsAt || !booking.endsAt) return null;
  const when = formatSpan(booking.startsAt, booking.endsAt, ctx.lang, ctx.tz, ctx.now);
  return { reply: { text: t(ctx.lang, 'slotAlreadyChosen', { title: booking.title, when }) }, understood: true };
}

export const expiredOfferAnswer = (ctx: FlowContext): FlowResult => ({
  reply: { text: t(ctx.lang, 'slotOfferExpired') },
  understood: true,
});

export const keepClashFlow: Flow<string> = async (ctx, key) => {
  const read = await readOffer(ctx, key);
  if (read.state === 'expired') return expiredOfferAnswer(ctx);
  const clash = read.offer.clash;
  if (!clash) return { reply: { text: t(ctx.lang, 'itemGone') }, understood: true };
  const used = await closedOfferAnswer(ctx, read.offer.bookingId);
  if (used) return used;
  if (clash.start < ctx.now) return { reply: { text: t(ctx.lang, 'slotUnavailable') }, understood: true };

  const other = await findClash(ctx.db, ctx.clientId, clash.start, clash.end);
  const title = read.offer.title ?? t(ctx.lang, 'slotDefaultTitle');
  const booking = await createConfirmedBooking(ctx.db, {
    clientId: ctx.clientId,
    startsAt: clash.start,
    endsAt: clash.end,
    title,
    withWhom: read.offer.withWhom,
    now: ctx.now,
    overlapChosen: other !== null,
  });
  await markOfferBooked(ctx, key, booking.id);
  const when = formatSpan(clash.start, clash.end, ctx.lang, ctx.tz, ctx.now);
  const text = other
    ? t(ctx.lang, 'bookingSavedOverlap', { title, when, other: clashingText(ctx, other) })
    : t(ctx.lang, 'bookingSaved', { title, when });
  return {
    reply: { text, file: await invitationFile(ctx.db, booking.id, ctx), buttons: bookingButtons(ctx, booking.id) },
    pending: null,
    events: [{ type: 'booking_changed', bookingId: booking.id }],
    understood: true,
  };
};
