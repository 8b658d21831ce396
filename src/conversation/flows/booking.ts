import type { BookingReminderScheduler } from '../../bookings/reminders.js';
import { createConfirmedBooking, createDayBooking, findClash } from '../../bookings/service.js';
import { invitationFile } from '../../calendar/invitation.js';
import { ConflictError } from '../../errors.js';
import { t } from '../../i18n/catalog.js';
import { formatDateTime, formatIsoDay, formatTime } from '../../i18n/format.js';
import type { Lang, Understanding } from '../../understanding/contract.js';
import type { FlowContext, FlowResult, TicketListener } from '../deps.js';
import { requestOfficeBooking } from './office-booking.js';
import { withNearestSlots } from './slot-suggestions.js';
import { dateOnly, instantOf, localDay } from './when.js';

export function bookingTitle(u: Understanding, fallback: string): string {
  const title = (u.title ?? u.text ?? '').trim() || fallback.trim();
  return u.with && !title.toLowerCase().includes(u.with.toLowerCase()) ? `${title} (${u.with})` : title;
}

export function describeBooking(b: { title: string; startsAt: Date | null; day: Date | null }, lang: Lang, tz: string, now: Date): string {
  if (b.startsAt) return formatDateTime(b.startsAt, lang, tz, now);
  return b.day ? formatIsoDay(b.day.toISOString().slice(0, 10), lang, now) : '';
}

/** `tickets` hears of the booking ticket opened when the office must book with an outside party (u.viaOffice). */
export async function bookingFlow(ctx: FlowContext, u: Understanding, defaultMinutes: number, reminders?: BookingReminderScheduler, tickets?: TicketListener): Promise<FlowResult> {
  const title = bookingTitle(u, ctx.text);
  const ask = (text: string, baseDay?: string): FlowResult => ({
    reply: { text },
    pending: { understanding: { ...u, title, when: undefined }, missing: ['when'], ...(baseDay ? { baseDay } : {}) },
    understood: true,
  });

  const day = dateOnly(u.when);
  if (day) {
    if (u.viaOffice) return requestOfficeBooking(ctx, u, { title, when: { day } }, tickets);
    const booking = await createDayBooking(ctx.db, { clientId: ctx.clientId, day, title, withWhom: u.with });
    const file = await invitationFile(ctx.db, booking.id, ctx);
    const saved = t(ctx.lang, 'bookingSaved', { title, when: describeBooking(booking, ctx.lang, ctx.tz, ctx.now) });
    // the date-only entry stands; a time typed next turns it into a timed booking through the reschedule path
    return {
      reply: { text: `${saved}\n${t(ctx.lang, 'askBookingTime')}`, file },
      pending: { understanding: { intent: 'reschedule' }, missing: ['when'], itemRef: { kind: 'booking', id: booking.id }, baseDay: day },
      understood: true,
    };
  }
  const startsAt = instantOf(u.when, ctx.tz);
  if (!startsAt) return ask(t(ctx.lang, 'askBookingWhen'));
  if (startsAt < ctx.now) {
    const past = localDay(startsAt, ctx.tz) === localDay(ctx.now, ctx.tz)
      ? t(ctx.lang, 'bookingPastToday', { time: formatTime(startsAt, ctx.tz) })
      : t(ctx.lang, 'bookingPast', { when: formatDateTime(startsAt, ctx.lang, ctx.tz, ctx.now) });
    return ask(past, localDay(startsAt, ctx.tz));
  }
  const endsAt = new Date(startsAt.getTime() + (u.durationMin ?? defaultMinutes) * 60_000);
  const whenText = formatDateTime(startsAt, ctx.lang, ctx.tz, ctx.now);

  const clash = await findClash(ctx.db, ctx.clientId, startsAt, endsAt);
  // names the clash and offers the nearest free slots of the same length
  const clashReply = (other: { title: string; startsAt: Date | null } | null) =>
    withNearestSlots(
      ctx,
      ask(
        t(ctx.lang, 'bookingClash', { title, when: whenText, other: other ? `${other.title} (${other.startsAt ? formatDateTime(other.startsAt, ctx.lang, ctx.tz, ctx.now) : ''})` : '' }),
        localDay(startsAt, ctx.tz),
      ),
      { start: startsAt, end: endsAt },
    );
  if (clash) return clashReply(clash);
  if (u.viaOffice) return requestOfficeBooking(ctx, u, { title, when: { startsAt, endsAt } }, tickets);
  let bookingId: string;
  try {
    bookingId = (await createConfirmedBooking(ctx.db, { clientId: ctx.clientId, startsAt, endsAt, title, withWhom: u.with })).id;
  } catch (err) {
    if (!(err instanceof ConflictError)) throw err;
    return clashReply(await findClash(ctx.db, ctx.clientId, startsAt, endsAt));
  }
  const file = await invitationFile(ctx.db, bookingId, ctx);
  return { reply: { text: t(ctx.lang, 'bookingSaved', { title, when: whenText }), file }, afterCommit: async () => reminders?.bookingChanged(bookingId), understood: true };
}
