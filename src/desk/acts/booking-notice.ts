import type { OfficeBooking } from '../../domain/bookings/third-party.js';
import { invitationFile } from '../../domain/calendar/invitation.js';
import { ticketLabel } from '../../domain/tickets/service.js';
import { t } from '../../i18n/catalog.js';
import { describeBooking } from '../../i18n/format.js';
import type { Button } from '../../kernel/messaging.js';
import type { Lang } from '../../understanding/contract.js';
import type { DeskContext } from '../context.js';
import { firstName, type DeskAssistant } from './assistant.js';
import type { LoadedBooking } from './booking-access.js';
import { failedDelivery } from './outcome.js';

export interface BookingNotice {
  text: (lang: Lang, booking: OfficeBooking) => string;
  note?: string | undefined;
  withInvitation: boolean;
  buttons?: (lang: Lang) => Button[][];
}

/** When a booking is, as the client reads it in their language and zone. */
export const bookingWhen = (
  loaded: LoadedBooking,
  lang: Lang,
  at: { title: string; startsAt: Date | null; day: Date | null },
  now: Date,
): string => describeBooking(at, lang, loaded.client.tz, now);

/** Tells the client, signed like any desk message, with the booking's calendar file when it has one. */
export async function tellClientOfBooking(
  ctx: DeskContext,
  who: DeskAssistant,
  loaded: LoadedBooking,
  booking: OfficeBooking,
  notice: BookingNotice,
): Promise<void> {
  const name = firstName(who.name);
  const number = ticketLabel(loaded.ticket.number);
  const now = ctx.clock();
  const file = notice.withInvitation
    ? await invitationFile(ctx.prisma, booking.id, { lang: loaded.client.lang, tz: loaded.client.tz, now })
    : undefined;
  const delivery = await ctx.sendToClient({
    ticketId: loaded.ticket.id,
    clientId: loaded.ticket.clientId,
    text: (lang) =>
      t(lang, 'assistantMessage', {
        text: `${notice.text(lang, booking)}${notice.note ? `\n\n${notice.note}` : ''}`,
        name,
        number,
      }),
    ...(notice.buttons ? { buttons: notice.buttons } : {}),
    ...(file ? { file } : {}),
  });
  await failedDelivery(ctx, loaded.ticket.id, delivery);
}
