import { createRequestedBooking, recordClientChange, type ClientChange } from '../../domain/bookings/third-party.js';
import { t } from '../../i18n/catalog.js';
import { ticketLabel } from '../../domain/tickets/service.js';
import type { Understanding } from '../../understanding/contract.js';
import type { DomainEvent } from '../../kernel/events.js';
import type { Flow, FlowContext } from '../flow.js';
import { describeWhen } from '../../i18n/format.js';
import { openTicket } from './task.js';
import { localDay } from '../../kernel/time.js';
import { tailRequestWords } from '../../understanding/rules/tail-request.js';

/**
 * A second request joined to a booking ("… e ricordami di confermare") is no part of it: the client
 * hears in one line that it was not done, or, for the office, that the desk reads it in the ticket
 * (whose details are the client's whole message).
 */
export function tailRequestNote(ctx: FlowContext, key: 'tailRequestNotDone' | 'tailRequestWithOffice'): string {
  const words = tailRequestWords(ctx.text, ctx.lang);
  return words === undefined ? '' : `\n${t(ctx.lang, key, { words })}`;
}

/** The title the desk books under: the party size is added when the client's words leave it out. */
export function officeBookingTitle(title: string, u: Understanding, ctx: FlowContext): string {
  if (u.partySize === undefined || title.includes(String(u.partySize))) return title;
  return `${title} (${t(ctx.lang, 'officeBookingPartySize', { count: u.partySize })})`;
}

/**
 * A booking the office arranges with an outside party: stored as requested at the time (or on
 * the day) the client asked for, with a booking ticket for the desk due that day. The client
 * hears that the office will book it and confirm.
 */
export const requestOfficeBooking: Flow<{
  understanding: Understanding;
  title: string;
  when: { startsAt: Date; endsAt: Date } | { day: string };
}> = async (ctx, { understanding: u, ...input }) => {
  const title = officeBookingTitle(input.title, u, ctx);
  const due = 'day' in input.when ? input.when.day : localDay(input.when.startsAt, ctx.tz);
  const { ticket, events } = await openTicket(ctx, {
    summary: t(ctx.lang, 'officeBookingSummary', { title }),
    category: 'booking',
    due,
  });
  const booking = await createRequestedBooking(ctx.db, {
    clientId: ctx.clientId,
    ticketId: ticket.id,
    title,
    withWhom: u.with,
    when: input.when,
    now: ctx.now,
  });
  const when = describeWhen(booking, ctx.lang, ctx.tz, ctx.now);
  return {
    reply: {
      text:
        t(ctx.lang, 'officeBookingRequested', { title, when, number: ticketLabel(ticket.number) }) +
        tailRequestNote(ctx, 'tailRequestWithOffice'),
    },
    // a reminder set with it ("… e ricordamelo il giorno prima") is tied to the booking by this event
    events: [...events, { type: 'booking_changed', bookingId: booking.id }],
    understood: true,
  };
};

/**
 * A booking the client cancelled or moved in the chat: when the office arranged it, the change
 * is recorded on its ticket, and the event returned tells the desk once committed.
 */
export async function deskHearsOf(ctx: FlowContext, bookingId: string, change: ClientChange): Promise<DomainEvent[]> {
  const noted = await recordClientChange(ctx.db, bookingId, change, ctx.now);
  return noted
    ? [{ type: 'office_booking_changed_by_client', ticketId: noted.ticketId, ticketEventId: noted.eventId }]
    : [];
}

/** " Ho passato la modifica all'ufficio (richiesta #1001).": said after moving a booking the office arranges; else nothing. */
export async function passedOnNote(ctx: FlowContext, bookingId: string): Promise<string> {
  const booking = await ctx.db.booking.findUnique({
    where: { id: bookingId },
    select: { ticket: { select: { number: true } } },
  });
  return booking?.ticket ? ` ${t(ctx.lang, 'officeMovePassedOn', { number: ticketLabel(booking.ticket.number) })}` : '';
}
