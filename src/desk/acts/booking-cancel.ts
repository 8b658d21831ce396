import { cancelBookingByOffice, type OfficeBooking } from '../../domain/bookings/third-party.js';
import { escapeSlackText } from '../../channels/slack/blocks.js';
import { t } from '../../i18n/catalog.js';
import { NotFoundError } from '../../kernel/errors.js';
import type { Lang } from '../../understanding/contract.js';
import type { DeskContext } from '../context.js';
import { firstName, type DeskAssistant } from './assistant.js';
import { bookingForAct, loadBookingOfTicket } from './booking-access.js';
import { bookingWhen, tellClientOfBooking } from './booking-notice.js';
import type { Outcome } from './outcome.js';

/** Cancel booking (the button asks for confirmation first): the client gets the withdrawal of the calendar event. */
export async function cancelBooking(ctx: DeskContext, who: DeskAssistant, ticketId: string): Promise<Outcome> {
  const allowed = await bookingForAct(ctx, who, await loadBookingOfTicket(ctx, ticketId), 'cancel');
  if (allowed.refused !== undefined) return { refused: allowed.refused };
  const { loaded } = allowed;
  const now = ctx.clock();
  let cancelled: Awaited<ReturnType<typeof cancelBookingByOffice>>;
  try {
    cancelled = await ctx.prisma.$transaction((tx) =>
      cancelBookingByOffice(tx, loaded.booking.id, { actor: 'assistant', assistantId: who.id }, now),
    );
  } catch (err) {
    if (err instanceof NotFoundError) return { refused: ctx.texts.bookingNotActive };
    throw err;
  }
  const { booking, wasConfirmed } = cancelled;
  ctx.logger.info({ ticketId, bookingId: booking.id, assistantId: who.id }, 'booking cancelled by the desk');
  return {
    followUp: async () => {
      await ctx.publish([{ type: 'booking_changed', bookingId: booking.id }]);
      const text = (lang: Lang, b: OfficeBooking) =>
        t(lang, 'officeBookingCancelled', { title: b.title, when: bookingWhen(loaded, lang, b, now) });
      // only a booking the client was invited to has a calendar event to withdraw
      await tellClientOfBooking(ctx, who, loaded, booking, { text, withInvitation: wasConfirmed });
      await ctx.publish([{ type: 'ticket_state_changed', ticketId }]);
      await ctx.cards.refresh(ticketId);
      await ctx.cards.thread(ticketId, ctx.texts.bookingCancelled(escapeSlackText(firstName(who.name))));
    },
  };
}
