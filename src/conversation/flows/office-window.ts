import { createRequestedBooking } from '../../domain/bookings/third-party.js';
import type { SlotWindow } from '../../domain/bookings/window.js';
import { ticketLabel } from '../../domain/tickets/service.js';
import { t } from '../../i18n/catalog.js';
import { formatIsoDay } from '../../i18n/format.js';
import { localDay, shiftDay, startOfLocalWeek } from '../../kernel/time.js';
import type { Understanding } from '../../understanding/contract.js';
import type { Flow, FlowContext } from '../flow.js';
import { officeBookingTitle, tailRequestNote } from './office-booking.js';
import { openTicket } from './task.js';

/** The window of a booking the office arranges ("la prossima sett in tarda mattinata"), if the client gave one. */
export function windowOf(u: Understanding): SlotWindow | undefined {
  if (!u.viaOffice || u.from === undefined || u.to === undefined) return undefined;
  const hours = u.timeFrom !== undefined && u.timeTo !== undefined ? { timeFrom: u.timeFrom, timeTo: u.timeTo } : {};
  return { from: u.from, to: u.to, ...hours };
}

/** "la settimana prossima (lunedì 14 dicembre – domenica 20 dicembre)", "venerdì 11 dicembre", "tra sabato… e domenica…". */
function daysText(ctx: FlowContext, w: SlotWindow): string {
  const day = (iso: string) => formatIsoDay(iso, ctx.lang, ctx.now);
  if (w.from === w.to) return day(w.from);
  const monday = localDay(startOfLocalWeek(ctx.now, ctx.tz), ctx.tz);
  const days = `${day(w.from)} – ${day(w.to)}`;
  if (w.from === shiftDay(monday, 7) && w.to === shiftDay(monday, 13)) return t(ctx.lang, 'windowNextWeek', { days });
  if (w.from >= monday && w.to === shiftDay(monday, 6)) return t(ctx.lang, 'windowThisWeek', { days });
  return t(ctx.lang, 'windowDays', { first: day(w.from), last: day(w.to) });
}

/** The window in the client's language: its days, then the part of the day and its hours. */
export function describeWindow(ctx: FlowContext, w: SlotWindow): string {
  const days = daysText(ctx, w);
  if (w.timeFrom === undefined || w.timeTo === undefined) return days;
  return t(ctx.lang, 'windowHours', { days, from: w.timeFrom, to: w.timeTo });
}

/**
 * A booking the office arranges within a window: no time is invented. The request's summary (on
 * the desk's card) names the window, the booking waits with no time (a day when the window is
 * one day), the request is due on the window's last day, and the client hears where the office
 * will look for a slot.
 */
export const requestWithinWindow: Flow<{ understanding: Understanding; title: string; window: SlotWindow }> = async (
  ctx,
  { understanding: u, window, ...input },
) => {
  const title = officeBookingTitle(input.title, u, ctx);
  const said = describeWindow(ctx, window);
  const { ticket, events } = await openTicket(ctx, {
    summary: t(ctx.lang, 'officeWindowSummary', { title, window: said }),
    category: 'booking',
    due: window.to,
  });
  await createRequestedBooking(ctx.db, {
    clientId: ctx.clientId,
    ticketId: ticket.id,
    title,
    withWhom: u.with,
    when: window.from === window.to ? { day: window.from } : { toBeFound: true },
    window,
    now: ctx.now,
  });
  const text = t(ctx.lang, 'officeWindowRequested', { title, window: said, number: ticketLabel(ticket.number) });
  return { reply: { text: text + tailRequestNote(ctx, 'tailRequestWithOffice') }, events, understood: true };
};
