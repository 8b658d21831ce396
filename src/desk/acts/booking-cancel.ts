import { cancelBookingByOffice, type OfficeBooking } from '../../domain/bookings/third-party.js';
import { escapeSlackText } from '../../channels/slack/blocks.js';
import { remindersDroppedWithBooking } from '../../domain/reminders/follow.js';
import { t } from '../../i18n/catalog.js';
import { formatWhen } from '../../i18n/format.js';
import { NotFoundError } from '../../kernel/errors.js';
import type { Lang } from '../../understanding/contract.js';
import type { DeskContext } from '../context.js';
import { firstName, type DeskAssistant } from './assistant.js';
import { bookingForAct, loadBookingOfTicket, type LoadedBooking } from './booking-access.js';
import { bookingWhen, tellClientOfBooking } from './booking-notice.js';
import type { Outcome } from './outcome.js';

/**
 * The booking cancelled by the office and, in the same transaction, the reminders set before it
 * ("ricordamelo il giorno prima"): nothing is left to remind of, as when the client cancels.
 */
function cancelWithItsReminders(ctx: DeskContext, who: DeskAssistant, loaded: LoadedBooking, now: Date) {
  return ctx.prisma.$transaction(async (tx) => {
    const done = await cancelBookingByOffice(tx, loaded.booking.id, { actor: 'assistant', assistantId: who.id }, now);
    const dropped = await remindersDroppedWithBooking(tx, {
      clientId: loaded.ticket.clientId,
      bookingId: done.booking.id,
    });
    return { ...done, dropped };
  });
}

/** Cancel booking (the button asks for confirmation first): the client gets the withdrawal of the calendar event. */
export async function cancelBooking(ctx: DeskContext, who: DeskAssistant, ticketId: string): Promise<Outcome> {
  const allowed = await bookingForAct(ctx, who, await loadBookingOfTicket(ctx, ticketId), 'cancel');
  if (allowed.refused !== undefined) return { refused: allowed.refused };
  const { loaded } = allowed;
  const now = ctx.clock();
  let cancelled: Awaited<ReturnType<typeof cancelWithItsReminders>>;
  try {
    cancelled = await cancelWithItsReminders(ctx, who, loaded, now);
  } catch (err) {
    if (err instanceof NotFoundError) return { refused: ctx.texts.bookingNotActive };
    throw err;
  }
  const { booking, wasConfirmed, dropped } = cancelled;
  ctx.logger.info({ ticketId, bookingId: booking.id, assistantId: who.id }, 'booking cancelled by the desk');
  return {
    followUp: async () => {
      await ctx.publish([{ type: 'booking_changed', bookingId: booking.id }, ...dropped.events]);
      const tz = loaded.client.tz;
      const text = (lang: Lang, b: OfficeBooking) =>
        [
          t(lang, 'officeBookingCancelled', { title: b.title, when: bookingWhen(loaded, lang, b, now) }),
          ...dropped.at.map((at) => t(lang, 'reminderBeforeEventCancelled', { when: formatWhen(at, lang, tz, now) })),
        ].join(' ');
      // only a booking the client was invited to has a calendar event to withdraw
      await tellClientOfBooking(ctx, who, loaded, booking, { text, withInvitation: wasConfirmed });
      await ctx.publish([{ type: 'ticket_state_changed', ticketId }]);
      await ctx.cards.refresh(ticketId);
      await ctx.cards.thread(ticketId, ctx.texts.bookingCancelled(escapeSlackText(firstName(who.name))));
    },
  };
}
