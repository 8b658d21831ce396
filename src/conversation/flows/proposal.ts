import { answerProposal, type ProposalAnswer } from '../../domain/bookings/third-party.js';
import { invitationFile } from '../../domain/calendar/invitation.js';
import { NotFoundError } from '../../kernel/errors.js';
import { t } from '../../i18n/catalog.js';
import type { DomainEvent } from '../../kernel/events.js';
import type { Flow } from '../flow.js';
import { describeBooking, describeWhen } from '../../i18n/format.js';

/**
 * Accept or Decline under the desk's proposal of another time. The ids come from the client's
 * device: the booking must be theirs and the proposal still the one the buttons carry.
 */
export const proposalAnswerFlow: Flow<{ bookingId: string; version: string; accept: boolean }> = async (ctx, input) => {
  let answer: ProposalAnswer;
  try {
    answer = await answerProposal(ctx.db, { clientId: ctx.clientId, now: ctx.now, ...input });
  } catch (err) {
    if (err instanceof NotFoundError) return { reply: { text: t(ctx.lang, 'itemGone') }, understood: true };
    throw err;
  }
  if (answer.kind === 'stale') return { reply: { text: t(ctx.lang, 'proposalStale') }, understood: true };
  const { booking, eventId } = answer;
  const tellDesk: DomainEvent[] =
    booking.ticketId && eventId
      ? [{ type: 'office_booking_changed_by_client', ticketId: booking.ticketId, ticketEventId: eventId }]
      : [];
  if (answer.kind === 'declined')
    return { reply: { text: t(ctx.lang, 'proposalDeclined') }, events: tellDesk, understood: true };
  if (answer.kind === 'clash') {
    const other = `${answer.clash.title} (${describeBooking(answer.clash, ctx.lang, ctx.tz, ctx.now)})`;
    return { reply: { text: t(ctx.lang, 'proposalClash', { other }) }, events: tellDesk, understood: true };
  }
  const file = await invitationFile(ctx.db, booking.id, ctx);
  return {
    reply: {
      text: t(ctx.lang, 'proposalAccepted', {
        title: booking.title,
        when: describeWhen(booking, ctx.lang, ctx.tz, ctx.now),
        place: booking.location ?? '',
      }),
      file,
    },
    events: [{ type: 'booking_changed', bookingId: booking.id }, ...tellDesk],
    understood: true,
  };
};
