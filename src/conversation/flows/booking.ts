import { createConfirmedBooking, createDayBooking, findClash } from '../../domain/bookings/service.js';
import { invitationFile } from '../../domain/calendar/invitation.js';
import { ConflictError } from '../../kernel/errors.js';
import { t } from '../../i18n/catalog.js';
import {
  describeWhen,
  formatDateTime,
  formatSpan,
  formatSpanWhen,
  formatTime,
  formatWeekday,
} from '../../i18n/format.js';
import type { Button } from '../../kernel/messaging.js';
import { encodeButton } from '../../kernel/actions.js';
import { parseWorkingHours } from '../../domain/bookings/working-hours.js';
import type { Understanding } from '../../understanding/contract.js';
import type { Flow, FlowContext, FlowResult } from '../flow.js';
import { requestOfficeBooking, tailRequestNote } from './office-booking.js';
import { requestWithinWindow, windowOf } from './office-window.js';
import { bookSlot, withNearestSlots } from './slot-suggestions.js';
import { recordOffer, type OfferedBooking } from './offers.js';
import type { Interval } from '../../domain/bookings/slots.js';
import { closedOn } from './when.js';
import { dateOnly, instantOf, localDay } from '../../kernel/time.js';
import { saysWholeDay } from '../../understanding/rules/whole-day.js';

export function bookingTitle(u: Understanding, fallback: string): string {
  const title = (u.title ?? u.text ?? '').trim() || fallback.trim();
  return u.with && !title.toLowerCase().includes(u.with.toLowerCase()) ? `${title} (${u.with})` : title;
}

/** Cancel / Change time under a booking confirmation, as under a reminder's. */
export function bookingButtons(ctx: FlowContext, id: string): Button[][] {
  const item = { kind: 'booking' as const, id };
  return [
    [
      { label: t(ctx.lang, 'buttonCancel'), data: encodeButton({ op: 'cancel', item }) },
      { label: t(ctx.lang, 'buttonChangeTime'), data: encodeButton({ op: 'change_time', item }) },
    ],
  ];
}

type ClashingBooking = { title: string; startsAt: Date | null; endsAt: Date | null };

/** The booking a new time clashes with: «riunione con Rossi» (10:00–11:00), the day being the one asked about. */
export function clashingText(ctx: FlowContext, other: ClashingBooking | null): string {
  if (!other?.startsAt || !other.endsAt) return other ? `«${other.title}»` : '';
  const span = formatSpan(other.startsAt, other.endsAt, ctx.lang, ctx.tz, ctx.now);
  const sameDay = localDay(other.startsAt, ctx.tz) === localDay(other.endsAt, ctx.tz);
  return t(ctx.lang, 'clashWith', {
    title: other.title,
    span: sameDay ? `${formatTime(other.startsAt, ctx.tz)}–${formatTime(other.endsAt, ctx.tz)}` : span,
  });
}

/**
 * A clash is advice, not a wall: it names the booking in the way, offers the nearest free slots
 * of the same length and "Segna comunque" to keep the time asked for; a time typed next books
 * the same title, and "segnalo lo stesso" keeps it as the button does.
 */
async function clashAnswer(
  ctx: FlowContext,
  offered: OfferedBooking & { title: string; clash: Interval },
  other: ClashingBooking | null,
  ask: (text: string, baseDay?: string) => FlowResult,
): Promise<FlowResult> {
  const key = await recordOffer(ctx, offered);
  const asked = ask(
    t(ctx.lang, 'bookingClash', { title: offered.title, other: clashingText(ctx, other) }),
    localDay(offered.clash.start, ctx.tz),
  );
  const keep = [{ label: t(ctx.lang, 'buttonKeepAnyway'), data: encodeButton({ op: 'keep_clash', offer: key }) }];
  const withKeep: FlowResult = {
    ...asked,
    reply: { ...asked.reply, buttons: [keep] },
    pending: asked.pending
      ? { ...asked.pending, clashOffer: { key, startsAt: offered.clash.start.toISOString() } }
      : asked.pending,
  };
  return withNearestSlots(ctx, withKeep, offered.clash, bookSlot(key));
}

/** The client's own agenda may hold a day their working hours close: booked, with a note saying so. */
async function closedDayNote(ctx: FlowContext, day: string): Promise<string> {
  const client = await ctx.db.client.findUniqueOrThrow({ where: { id: ctx.clientId }, select: { workingHours: true } });
  return closedOn(parseWorkingHours(client.workingHours).hours, day)
    ? `\n${t(ctx.lang, 'closedDayNote', { day: formatWeekday(day, ctx.lang) })}`
    : '';
}

/** "…a bologna tutto il giorno", "all day": the client said the day is the booking's whole time */
const WHOLE_DAY =
  /[\s,]+(?:per )?(?:tutto il giorno|tutta la giornata|l'intera giornata|(?:for )?(?:the )?(?:whole|entire) day|all day(?: long)?)$/iu;

/** The title without a closing "tutto il giorno", and whether it was said. Pure. */
export function wholeDayOf(title: string): { title: string; wholeDay: boolean } {
  const bare = title.replace(WHOLE_DAY, '');
  return bare !== title && bare.trim() !== '' ? { title: bare, wholeDay: true } : { title, wholeDay: false };
}

/**
 * A booking with a day and no time: the entry stands, and a time typed next makes it a timed
 * booking; not asked when the client said it takes the whole day.
 */
async function dayBooking(ctx: FlowContext, u: Understanding, said: string, day: string): Promise<FlowResult> {
  const { title, wholeDay } = wholeDayOf(said);
  if (u.viaOffice) return requestOfficeBooking(ctx, { understanding: u, title, when: { day } });
  const booking = await createDayBooking(ctx.db, {
    clientId: ctx.clientId,
    day,
    title,
    withWhom: u.with,
    now: ctx.now,
  });
  const file = await invitationFile(ctx.db, booking.id, ctx);
  const saved =
    t(ctx.lang, 'bookingSaved', { title, when: describeWhen(booking, ctx.lang, ctx.tz, ctx.now) }) +
    (await closedDayNote(ctx, day)) +
    tailRequestNote(ctx, 'tailRequestNotDone');
  // "sto al corso tutto il giorno": the whole day has no time to ask for
  if (wholeDay || saysWholeDay(ctx.text, ctx.lang))
    return { reply: { text: saved, file, buttons: bookingButtons(ctx, booking.id) }, understood: true };
  // the date-only entry stands; a time typed next turns it into a timed booking through the reschedule path
  return {
    reply: { text: `${saved}\n${t(ctx.lang, 'askBookingTime')}`, file, buttons: bookingButtons(ctx, booking.id) },
    pending: {
      understanding: { intent: 'reschedule' },
      missing: ['when'],
      itemRef: { kind: 'booking', id: booking.id },
      baseDay: day,
      optional: true,
    },
    understood: true,
  };
}

/**
 * A booking in the client's own agenda at the time asked (`minutes` long unless the words say),
 * or a request to the office when it must book with an outside party (u.viaOffice).
 */
export const bookingFlow: Flow<{ understanding: Understanding; minutes: number }> = async (
  ctx,
  { understanding: u, minutes: defaultMinutes },
) => {
  const title = bookingTitle(u, ctx.text);
  const ask = (text: string, baseDay?: string): FlowResult => ({
    reply: { text },
    pending: { understanding: { ...u, title, when: undefined }, missing: ['when'], ...(baseDay ? { baseDay } : {}) },
    understood: true,
  });

  // "la prossima sett in tarda mattinata": the office looks within the window, no time is invented
  const window = windowOf(u);
  if (window) return requestWithinWindow(ctx, { understanding: u, title, window });
  const day = dateOnly(u.when);
  if (day) return dayBooking(ctx, u, title, day);
  const startsAt = instantOf(u.when, ctx.tz);
  if (!startsAt) return ask(t(ctx.lang, 'askBookingWhen'));
  if (startsAt < ctx.now) {
    const past =
      localDay(startsAt, ctx.tz) === localDay(ctx.now, ctx.tz)
        ? t(ctx.lang, 'bookingPastToday', { time: formatTime(startsAt, ctx.tz) })
        : t(ctx.lang, 'bookingPast', { when: formatDateTime(startsAt, ctx.lang, ctx.tz, ctx.now) });
    return ask(past, localDay(startsAt, ctx.tz));
  }
  const endsAt = new Date(startsAt.getTime() + (u.durationMin ?? defaultMinutes) * 60_000);

  const clash = await findClash(ctx.db, ctx.clientId, startsAt, endsAt);
  const clashReply = (other: ClashingBooking | null) =>
    clashAnswer(ctx, { title, withWhom: u.with, clash: { start: startsAt, end: endsAt } }, other, ask);
  if (clash) return clashReply(clash);
  if (u.viaOffice) return requestOfficeBooking(ctx, { understanding: u, title, when: { startsAt, endsAt } });
  let bookingId: string;
  try {
    bookingId = (
      await createConfirmedBooking(ctx.db, {
        clientId: ctx.clientId,
        startsAt,
        endsAt,
        title,
        withWhom: u.with,
        now: ctx.now,
      })
    ).id;
  } catch (err) {
    if (!(err instanceof ConflictError)) throw err;
    return clashReply(await findClash(ctx.db, ctx.clientId, startsAt, endsAt));
  }
  const file = await invitationFile(ctx.db, bookingId, ctx);
  const text =
    t(ctx.lang, 'bookingSaved', { title, when: formatSpanWhen(startsAt, endsAt, ctx.lang, ctx.tz, ctx.now) }) +
    (await closedDayNote(ctx, localDay(startsAt, ctx.tz))) +
    tailRequestNote(ctx, 'tailRequestNotDone');
  return {
    reply: { text, file, buttons: bookingButtons(ctx, bookingId) },
    events: [{ type: 'booking_changed', bookingId }],
    understood: true,
  };
};
