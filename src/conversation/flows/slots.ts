import { clientAvailability } from '../../domain/bookings/availability.js';
import { bookingLengthMs } from '../../domain/bookings/service.js';
import { dayPartMinutes, findFreeSlots, withinWorkingHours, type Interval } from '../../domain/bookings/slots.js';
import { atLocalMinutes } from '../../kernel/time.js';
import { t } from '../../i18n/catalog.js';
import { formatWeekday } from '../../i18n/format.js';
import { formatInstant } from '../../kernel/time.js';
import type { Understanding } from '../../understanding/contract.js';
import { SLOT_MINUTES } from '../../kernel/actions.js';
import type { Flow, FlowContext, FlowResult } from '../flow.js';
import type { Pending } from '../pending.js';
import { bookingFlow } from './booking.js';
import { rescheduleItem } from './manage.js';
import {
  badHoursLogger,
  bookSlot,
  moveToSlot,
  slotButtons,
  withNearestSlots,
  type SlotTap,
} from './slot-suggestions.js';
import { closedOn } from './when.js';
import { closedOfferAnswer, expiredOfferAnswer } from './keep-clash.js';
import { markOfferBooked, readOffer, recordOffer, type OfferedBooking } from './offers.js';
import { shiftDay, localDay, startOfLocalDay } from '../../kernel/time.js';

/**
 * Free slots in the client's agenda: the answer to "trovami un'ora libera giovedì pomeriggio",
 * the alternatives offered when a booking clashes, and the booking of the slot the client taps.
 * A slot button carries its start and length, so the tap alone is enough to book it; the title
 * comes from the booking the client was making when there was one.
 */

/** A search with no day named looks this many days ahead, today included. */
const DEFAULT_SEARCH_DAYS = 7;
/** When the window asked for is full, the next slots are looked for this many days after it. */
const NEXT_SEARCH_DAYS = 14;
const MINUTE_MS = 60_000;

const hhmmMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

function searchWindow(u: Understanding) {
  if (u.timeFrom && u.timeTo && hhmmMinutes(u.timeFrom) < hhmmMinutes(u.timeTo))
    return { start: hhmmMinutes(u.timeFrom), end: hhmmMinutes(u.timeTo) };
  return u.dayPart ? dayPartMinutes[u.dayPart] : undefined;
}

/** The local days from `from` to `to`, both included. */
function daysBetween(from: string, to: string): string[] {
  const days = [from];
  while (days[days.length - 1]! < to) days.push(shiftDay(days[days.length - 1]!, 1));
  return days;
}

/** "trovami un'ora libera giovedì pomeriggio": up to three slots as buttons, or the next ones after a full window. */
export const freeSlotsFlow: Flow<Understanding> = async (ctx, u) => {
  const today = localDay(ctx.now, ctx.tz);
  const from = u.from && u.from > today ? u.from : today;
  const to = u.to && u.to >= from ? u.to : u.from ? from : shiftDay(from, DEFAULT_SEARCH_DAYS - 1);
  const range = {
    start: startOfLocalDay(from, ctx.tz),
    end: startOfLocalDay(shiftDay(to, NEXT_SEARCH_DAYS + 1), ctx.tz),
  };
  const availability = await clientAvailability(ctx.db, ctx.clientId, range, badHoursLogger(ctx.logger));
  // within what a slot button can carry, so every slot found can be offered
  const durationMin = Math.min(
    Math.max(u.durationMin ?? availability.defaultMinutes, SLOT_MINUTES.min),
    SLOT_MINUTES.max,
  );
  const window = searchWindow(u);
  const base = { hours: availability.hours, tz: ctx.tz, busy: availability.busy, durationMin, now: ctx.now };

  // "un'ora per la riunione con Rossi": a tap books it under that title, and so does a typed time
  const pending = u.title
    ? {
        understanding: { intent: 'booking' as const, title: u.title, durationMin },
        missing: ['when' as const],
        ...(from === to ? { baseDay: from } : {}),
      }
    : undefined;
  const tap = bookSlot(await recordOffer(ctx, { title: u.title }));
  const answer = (text: string, slots: Interval[]): FlowResult => ({
    reply: { text, buttons: slotButtons(slots, ctx, tap) },
    ...(pending ? { pending } : {}),
    understood: true,
  });

  const slots = findFreeSlots({ ...base, from, to, window });
  if (slots.length) return answer(t(ctx.lang, 'slotsFound', { minutes: durationMin }), slots);

  // after the window: the rest of its last day when it was a part of the day, else the next day
  const notBefore = window
    ? atLocalMinutes(startOfLocalDay(to, ctx.tz), ctx.tz, 0, Math.min(window.end, 24 * 60 - 1))
    : startOfLocalDay(shiftDay(to, 1), ctx.tz);
  const later = findFreeSlots({ ...base, from: to, to: shiftDay(to, NEXT_SEARCH_DAYS), notBefore });
  if (later.length) {
    const days = daysBetween(from, to);
    const closed = days.every((day) => closedOn(availability.hours, day));
    const text = closed
      ? t(ctx.lang, 'slotsClosed', from === to ? { day: formatWeekday(from, ctx.lang) } : {})
      : t(ctx.lang, 'slotsNoneThen', { minutes: durationMin, span: window ? 'window' : from === to ? 'day' : 'days' });
    return answer(text, later);
  }
  return {
    reply: { text: t(ctx.lang, 'slotsNone', { minutes: durationMin, days: NEXT_SEARCH_DAYS }) },
    understood: true,
  };
};

/** A tapped slot that is past or outside the working hours: refused with fresh slots; null when it may be taken. */
async function slotRefusal(
  ctx: FlowContext,
  wanted: Interval,
  pending: Pending | null,
  tap: SlotTap,
): Promise<FlowResult | null> {
  const availability = await clientAvailability(ctx.db, ctx.clientId, wanted, badHoursLogger(ctx.logger));
  if (wanted.start >= ctx.now && withinWorkingHours(availability.hours, ctx.tz, wanted)) return null;
  // the question being answered, if any, stays open: the client may still type a time
  return withNearestSlots(
    ctx,
    { reply: { text: t(ctx.lang, 'slotUnavailable') }, pending, understood: true },
    wanted,
    tap,
  );
}

/** What a tapped slot books: the offer's title, else the booking being asked about, else "Appuntamento". */
function tappedBooking(ctx: FlowContext, offer: OfferedBooking | undefined, pending: Pending | null): OfferedBooking {
  if (offer?.title) return offer;
  if (pending?.understanding.intent === 'booking' && pending.understanding.title)
    return { title: pending.understanding.title, withWhom: pending.understanding.with };
  return { title: t(ctx.lang, 'slotDefaultTitle') };
}

/**
 * A tapped slot: booked through the booking flow (same confirmation, invitation and reminders)
 * under the title the offer was for, once per offer, unless the offer is out of date or the slot
 * past or outside the working hours; a slot taken meanwhile is the booking flow's clash, which
 * offers fresh slots too.
 */
export const bookSlotFlow: Flow<{
  slot: { startMin: number; minutes: number; offer?: string };
  pending: Pending | null;
}> = async (ctx, { slot, pending }) => {
  const read = slot.offer ? await readOffer(ctx, slot.offer) : undefined;
  if (read?.state === 'expired') return { ...expiredOfferAnswer(ctx), pending };
  const offer = read?.offer;
  // the question being answered, if any, stays open
  const used = await closedOfferAnswer(ctx, offer?.bookingId);
  if (used) return { ...used, pending };
  const wanted = {
    start: new Date(slot.startMin * MINUTE_MS),
    end: new Date((slot.startMin + slot.minutes) * MINUTE_MS),
  };
  const booking = tappedBooking(ctx, offer, pending);
  const refused = await slotRefusal(ctx, wanted, pending, bookSlot(await recordOffer(ctx, booking)));
  if (refused) return refused;
  const u: Understanding = {
    intent: 'booking',
    title: booking.title,
    ...(booking.withWhom ? { with: booking.withWhom } : {}),
    when: formatInstant(wanted.start, ctx.tz),
    durationMin: slot.minutes,
  };
  const result = await bookingFlow(ctx, { understanding: u, minutes: slot.minutes });
  const booked = result.events?.find((event) => event.type === 'booking_changed');
  if (booked && slot.offer) await markOfferBooked(ctx, slot.offer, booked.bookingId);
  return { ...result, pending: result.pending ?? null };
};

/**
 * A slot tapped after a reschedule clashed: the booking moves there, keeping its length, through
 * the typed reschedule's path (its reminders, the updated invitation, the desk for office-arranged
 * ones). Only the client's own confirmed booking moves; a slot taken meanwhile is that path's
 * clash, with fresh slots.
 */
export const moveToSlotFlow: Flow<{ move: { bookingId: string; startMin: number }; pending: Pending | null }> = async (
  ctx,
  { move, pending },
) => {
  const booking = await ctx.db.booking.findFirst({
    where: { id: move.bookingId, clientId: ctx.clientId, status: 'confirmed' },
    select: { startsAt: true, endsAt: true },
  });
  if (!booking) return { reply: { text: t(ctx.lang, 'itemGone') }, understood: true };
  const start = new Date(move.startMin * MINUTE_MS);
  const wanted = { start, end: new Date(start.getTime() + bookingLengthMs(booking)) };
  const refused = await slotRefusal(ctx, wanted, pending, moveToSlot(move.bookingId));
  if (refused) return refused;
  const result = await rescheduleItem(ctx, {
    item: { kind: 'booking', id: move.bookingId },
    understanding: { intent: 'reschedule', when: formatInstant(start, ctx.tz) },
  });
  return { ...result, pending: result.pending ?? null };
};
