import { bookingOfTicket, officeBookingSelect, type OfficeBooking } from '../../domain/bookings/third-party.js';
import { assertHolder } from '../../domain/tickets/lifecycle.js';
import type { Lang } from '../../understanding/contract.js';
import type { DeskContext } from '../context.js';
import type { BookingModalInput, BookingModalKind } from '../modals/booking-modal.js';
import type { DeskCatalog } from '../../i18n/desk-catalog.js';
import type { DeskAssistant } from './assistant.js';
import { explainRefusal } from './refusals.js';

/**
 * Who may act on a booking arranged with an outside party, and when. While the ticket is worked
 * only its holder acts on its booking; once it is done, any active assistant may still move or
 * cancel the confirmed booking (the restaurant calls back after the ticket was closed).
 */
export interface LoadedBooking {
  booking: OfficeBooking;
  ticket: {
    id: string;
    number: number;
    status: 'open' | 'claimed' | 'waiting_client' | 'done' | 'cancelled';
    assigneeId: string | null;
    clientId: string;
  };
  client: { name: string; tz: string; lang: Lang };
}

export type BookingAct = BookingModalKind | 'cancel';

const ticketSelect = {
  id: true,
  number: true,
  status: true,
  assigneeId: true,
  clientId: true,
  client: { select: { name: true, tz: true, lang: true } },
} as const;

export async function loadBookingOfTicket(ctx: DeskContext, ticketId: string): Promise<LoadedBooking | null> {
  const [ticket, booking] = await Promise.all([
    ctx.prisma.ticket.findUnique({ where: { id: ticketId }, select: ticketSelect }),
    bookingOfTicket(ctx.prisma, ticketId),
  ]);
  if (!ticket || !booking) return null;
  const { client, ...rest } = ticket;
  return { booking, ticket: rest, client };
}

export async function loadBooking(ctx: DeskContext, bookingId: string): Promise<LoadedBooking | null> {
  const booking = await ctx.prisma.booking.findUnique({ where: { id: bookingId }, select: officeBookingSelect });
  return booking?.ticketId ? loadBookingOfTicket(ctx, booking.ticketId) : null;
}

/** Why `who` may not act on the booking now, or undefined when they may. */
async function holderRefusal(ctx: DeskContext, who: DeskAssistant, loaded: LoadedBooking): Promise<string | undefined> {
  const closed = loaded.ticket.status === 'done' || loaded.ticket.status === 'cancelled';
  if (closed && loaded.booking.status === 'confirmed') return undefined;
  try {
    assertHolder(loaded.ticket, who.id);
    return undefined;
  } catch (err) {
    return explainRefusal(ctx, loaded.ticket.id, err, who.id, 'work');
  }
}

/** Which booking states each act needs, and what to say otherwise. */
type Otherwise = 'bookingNotRequested' | 'bookingNotConfirmed' | 'bookingNotActive';
export const bookingActNeeds: Record<BookingAct, { statuses: OfficeBooking['status'][]; otherwise: Otherwise }> = {
  confirm: { statuses: ['requested'], otherwise: 'bookingNotRequested' },
  propose: { statuses: ['requested'], otherwise: 'bookingNotRequested' },
  reschedule: { statuses: ['confirmed'], otherwise: 'bookingNotConfirmed' },
  cancel: { statuses: ['requested', 'confirmed'], otherwise: 'bookingNotActive' },
};

/** What to tell an assistant whose act the booking's state no longer allows. */
export const bookingRefusal = (texts: DeskCatalog, act: BookingAct): string => texts[bookingActNeeds[act].otherwise];

/** The booking `who` may act on with `act`, or why not. */
export async function bookingForAct(
  ctx: DeskContext,
  who: DeskAssistant,
  loaded: LoadedBooking | null,
  act: BookingAct,
): Promise<{ refused: string } | { refused?: undefined; loaded: LoadedBooking }> {
  if (!loaded) return { refused: ctx.texts.bookingNone };
  if (!bookingActNeeds[act].statuses.includes(loaded.booking.status))
    return { refused: bookingRefusal(ctx.texts, act) };
  const refused = await holderRefusal(ctx, who, loaded);
  return refused === undefined ? { loaded } : { refused };
}

/** What a booking form starts from: the booking as it stands, or the proposal waiting for the client. */
export function bookingPrefill(loaded: LoadedBooking, kind: BookingModalKind): BookingModalInput {
  const { booking, ticket, client } = loaded;
  // a proposal waiting for the client is what the next proposal most likely starts from
  const shown =
    kind === 'propose' && booking.proposedStartsAt
      ? { startsAt: booking.proposedStartsAt, endsAt: booking.proposedEndsAt, location: booking.proposedLocation }
      : booking;
  return {
    kind,
    bookingId: booking.id,
    ticketNumber: ticket.number,
    clientName: client.name,
    title: booking.title,
    tz: client.tz,
    startsAt: shown.startsAt,
    endsAt: shown.endsAt,
    day: booking.day,
    location: shown.location,
  };
}

/** What the form behind a booking button starts from, or why `who` cannot have it. */
export async function bookingFormFor(
  ctx: DeskContext,
  who: DeskAssistant,
  ticketId: string,
  kind: BookingModalKind,
): Promise<{ refused: string } | { prefill: BookingModalInput }> {
  const allowed = await bookingForAct(ctx, who, await loadBookingOfTicket(ctx, ticketId), kind);
  if (allowed.refused !== undefined) return { refused: allowed.refused };
  return { prefill: bookingPrefill(allowed.loaded, kind) };
}
