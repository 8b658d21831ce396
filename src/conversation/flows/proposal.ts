import { answerProposal, type ProposalAnswer } from '../../domain/bookings/third-party.js';
import { invitationFile } from '../../domain/calendar/invitation.js';
import { NotFoundError } from '../../kernel/errors.js';
import { t } from '../../i18n/catalog.js';
import type { ConversationDeps, FlowContext, FlowResult } from '../deps.js';
import { describeBooking } from '../../i18n/format.js';

/** What answering a proposal tells once committed: the booking reminders and the desk. */
export type ProposalPorts = Pick<ConversationDeps, 'bookingReminders' | 'tickets'>;

/**
 * Accept or Decline under the desk's proposal of another time. The ids come from the client's
 * device: the booking must be theirs and the proposal still the one the buttons carry.
 */
export async function proposalAnswerFlow(
  ctx: FlowContext,
  input: { bookingId: string; version: string; accept: boolean },
  ports: ProposalPorts,
): Promise<FlowResult> {
  let answer: ProposalAnswer;
  try {
    answer = await answerProposal(ctx.db, { clientId: ctx.clientId, now: ctx.now, ...input });
  } catch (err) {
    if (err instanceof NotFoundError) return { reply: { text: t(ctx.lang, 'itemGone') }, understood: true };
    throw err;
  }
  if (answer.kind === 'stale') return { reply: { text: t(ctx.lang, 'proposalStale') }, understood: true };
  const { booking, eventId } = answer;
  const tellDesk = async () => {
    if (booking.ticketId && eventId) await ports.tickets?.clientChangedBooking?.(booking.ticketId, eventId);
  };
  if (answer.kind === 'declined')
    return { reply: { text: t(ctx.lang, 'proposalDeclined') }, afterCommit: tellDesk, understood: true };
  if (answer.kind === 'clash') {
    const other = `${answer.clash.title} (${describeBooking(answer.clash, ctx.lang, ctx.tz, ctx.now)})`;
    return { reply: { text: t(ctx.lang, 'proposalClash', { other }) }, afterCommit: tellDesk, understood: true };
  }
  const file = await invitationFile(ctx.db, booking.id, ctx);
  return {
    reply: {
      text: t(ctx.lang, 'proposalAccepted', {
        title: booking.title,
        when: describeBooking(booking, ctx.lang, ctx.tz, ctx.now),
        place: booking.location ?? '',
      }),
      file,
    },
    afterCommit: async () => {
      await ports.bookingReminders?.bookingChanged(booking.id);
      await tellDesk();
    },
    understood: true,
  };
}
