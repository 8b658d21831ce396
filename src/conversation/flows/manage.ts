import { bookingLengthMs, cancelBooking, rescheduleBooking } from '../../domain/bookings/service.js';
import type { Interval } from '../../domain/bookings/slots.js';
import { invitationFile } from '../../domain/calendar/invitation.js';
import { ConflictError, NotFoundError } from '../../kernel/errors.js';
import { t } from '../../i18n/catalog.js';
import { describeWhen, formatDateTime, formatSpanWhen, formatWhen } from '../../i18n/format.js';
import { cancelReminder, rescheduleReminder } from '../../domain/reminders/service.js';
import { cancelTicket, ticketLabel } from '../../domain/tickets/service.js';
import { openToClient } from '../../domain/tickets/lifecycle.js';
import type { Understanding } from '../../understanding/contract.js';
import { encodeButton } from '../../kernel/actions.js';
import type { ItemRef } from '../../kernel/actions.js';
import type { Flow, FlowContext, FlowResult } from '../flow.js';
import { matchByEventKind, matchTargets, namesExactly, type Candidate } from '../targets.js';
import { bookingButtons, clashingText } from './booking.js';
import { describeBooking } from '../../i18n/format.js';
import { deskHearsOf, passedOnNote } from './office-booking.js';
import { moveToSlot, withNearestSlots } from './slot-suggestions.js';
import { mentionsDay } from './when.js';
import { remindersDropped, remindersFollow } from './event-reminders.js';
import { dateOnly, instantOf, localDay, onDayKeepingTime } from '../../kernel/time.js';

const MAX_CHOICES = 5;

/** One of the client's items as a choice: its words, the line a button or a list shows, and when it is (a request: none). */
export type Choice = Candidate & { choice: string; at: Date | null; tiedTo?: string | null };

/**
 * The items found without the reminders set before a booking found with them: "sposta la visita"
 * finds the visit and the reminder an hour before it, and the visit stands for both (its reminder
 * follows it, or goes with it).
 */
export function withoutTied<T extends Candidate & { tiedTo?: string | null }>(found: T[]): T[] {
  const bookings = new Set(found.filter((c) => c.kind === 'booking').map((c) => c.id));
  return found.filter((c) => !c.tiedTo || !bookings.has(c.tiedTo));
}

/** The client's own items that a cancel or reschedule may be about. */
export async function candidates(ctx: FlowContext, kinds: ItemRef['kind'][]): Promise<Choice[]> {
  const today = new Date(`${localDay(ctx.now, ctx.tz)}T00:00:00Z`);
  const [reminders, bookings, tickets] = await Promise.all([
    kinds.includes('reminder')
      ? ctx.db.reminder.findMany({
          where: { clientId: ctx.clientId, status: 'active' },
          orderBy: { nextOccurrenceAt: 'asc' },
          take: 100,
        })
      : [],
    kinds.includes('booking')
      ? ctx.db.booking.findMany({
          where: {
            clientId: ctx.clientId,
            status: { in: ['requested', 'confirmed'] },
            OR: [{ startsAt: { gte: ctx.now } }, { day: { gte: today } }, { startsAt: null, day: null }],
          },
          orderBy: { startsAt: 'asc' },
          take: 100,
        })
      : [],
    kinds.includes('ticket')
      ? ctx.db.ticket.findMany({
          where: openToClient(ctx.clientId),
          orderBy: { number: 'desc' },
          take: 100,
        })
      : [],
  ]);
  // a booking the office arranges and its booking ticket are one thing to the client: the booking stands for both
  const arranged = new Set(bookings.map((b) => b.ticketId));
  return [
    ...reminders.map((r) => ({
      kind: 'reminder' as const,
      id: r.id,
      label: r.text,
      choice: `${r.text} (${r.nextOccurrenceAt ? formatDateTime(r.nextOccurrenceAt, ctx.lang, ctx.tz, ctx.now) : ''})`,
      at: r.nextOccurrenceAt,
      tiedTo: r.bookingId,
    })),
    ...bookings.map((b) => ({
      kind: 'booking' as const,
      id: b.id,
      label: `${b.title} ${b.withWhom ?? ''}`,
      choice: `${b.title} (${describeBooking(b, ctx.lang, ctx.tz, ctx.now)})`,
      at: b.startsAt ?? b.day,
    })),
    ...tickets
      .filter((tk) => !arranged.has(tk.id))
      .map((tk) => ({
        kind: 'ticket' as const,
        id: tk.id,
        label: tk.summary,
        choice: `${ticketLabel(tk.number)} ${tk.summary}`,
        at: null,
      })),
  ];
}

export function choiceButtons(items: Choice[], op: 'cancel' | 'pick_reschedule') {
  return items
    .slice(0, MAX_CHOICES)
    .map((c) => [{ label: c.choice.slice(0, 60), data: encodeButton({ op, item: { kind: c.kind, id: c.id } }) }]);
}

/** Cancels one item of the client's, named by a button or matched by words. */
export const cancelItem: Flow<ItemRef> = async (ctx, item) => {
  try {
    if (item.kind === 'reminder') {
      const { reminder, unscheduled } = await cancelReminder(ctx.db, ctx.clientId, item.id);
      return {
        reply: { text: t(ctx.lang, 'cancelledReminder', { text: reminder.text }) },
        events: [{ type: 'reminder_occurrences_dropped', occurrenceIds: unscheduled }],
        understood: true,
      };
    }
    if (item.kind === 'booking') {
      const booking = await cancelBooking(ctx.db, ctx.clientId, item.id, ctx.now);
      const tellDesk = await deskHearsOf(ctx, booking.id, { change: 'cancelled' });
      const dropped = await remindersDropped(ctx, booking.id);
      const when = describeWhen(booking, ctx.lang, ctx.tz, ctx.now);
      return {
        reply: { text: [t(ctx.lang, 'cancelledBooking', { title: booking.title, when }), ...dropped.lines].join('\n') },
        events: [{ type: 'booking_changed', bookingId: booking.id }, ...tellDesk, ...dropped.events],
        understood: true,
      };
    }
    const ticket = await cancelTicket(ctx.db, ctx.clientId, item.id, ctx.now);
    return {
      reply: { text: t(ctx.lang, 'cancelledTicket', { number: ticketLabel(ticket.number), summary: ticket.summary }) },
      events: [{ type: 'ticket_cancelled', ticketId: ticket.id }],
      understood: true,
    };
  } catch (err) {
    if (err instanceof NotFoundError)
      return {
        reply: { text: t(ctx.lang, (await cancelledAlready(ctx, item)) ? 'alreadyCancelled' : 'itemGone') },
        understood: true,
      };
    throw err;
  }
};

/** Whether the item is the client's own and already cancelled (a second tap); another client's item stays unnamed. */
async function cancelledAlready(ctx: FlowContext, item: ItemRef): Promise<boolean> {
  const where = { id: item.id, clientId: ctx.clientId, status: 'cancelled' as const };
  if (item.kind === 'reminder') return (await ctx.db.reminder.count({ where })) > 0;
  if (item.kind === 'booking') return (await ctx.db.booking.count({ where })) > 0;
  return (await ctx.db.ticket.count({ where })) > 0;
}

/**
 * "Which one?" tapped with no move waiting for it: when the same choice was tapped before, the
 * move was made, so the item's time is told instead of asking again.
 */
export async function pickedAgain(ctx: FlowContext, item: ItemRef, data: string): Promise<FlowResult | null> {
  const tapped = await ctx.db.message.count({
    where: { clientId: ctx.clientId, direction: 'inbound', kind: 'button', body: data, id: { not: ctx.messageId } },
  });
  if (!tapped) return null;
  if (item.kind === 'booking') {
    const booking = await ctx.db.booking.findFirst({
      where: { id: item.id, clientId: ctx.clientId, status: { in: ['requested', 'confirmed'] } },
    });
    return booking
      ? {
          reply: {
            text: t(ctx.lang, 'alreadyMoved', {
              title: booking.title,
              when: describeBooking(booking, ctx.lang, ctx.tz, ctx.now),
            }),
          },
          understood: true,
        }
      : null;
  }
  const reminder =
    item.kind === 'reminder'
      ? await ctx.db.reminder.findFirst({ where: { id: item.id, clientId: ctx.clientId, status: 'active' } })
      : null;
  return reminder?.nextOccurrenceAt
    ? {
        reply: {
          text: t(ctx.lang, 'alreadyMoved', {
            title: reminder.text,
            when: formatDateTime(reminder.nextOccurrenceAt, ctx.lang, ctx.tz, ctx.now),
          }),
        },
        understood: true,
      }
    : null;
}

type Booking = NonNullable<Awaited<ReturnType<FlowContext['db']['booking']['findFirst']>>>;

/** The item's current time (null for a date-only booking); NotFound when it is not the client's or not active. */
async function currentTime(
  ctx: FlowContext,
  item: ItemRef,
): Promise<{ existing: Booking | null; current: Date | null }> {
  const existing =
    item.kind === 'booking'
      ? await ctx.db.booking.findFirst({
          where: { id: item.id, clientId: ctx.clientId, status: { in: ['requested', 'confirmed'] } },
        })
      : null;
  const current =
    item.kind === 'reminder'
      ? (await ctx.db.reminder.findFirst({ where: { id: item.id, clientId: ctx.clientId, status: 'active' } }))
          ?.nextOccurrenceAt
      : existing?.startsAt;
  if (current === undefined) throw new NotFoundError('item not found', { ...item });
  return { existing, current };
}

/**
 * The new instant: a shift of the current one, a bare day keeping its time, a bare time keeping
 * its day ("sposta l'udienza alle 10" stays on the hearing's day), or the instant named.
 */
function newTime(u: Understanding, current: Date | null, tz: string, keepDay = false): Date | undefined {
  const day = dateOnly(u.when);
  if (u.shiftMin !== undefined && current) return new Date(current.getTime() + u.shiftMin * 60_000);
  if (day) return current ? onDayKeepingTime(day, current, tz) : instantOf(day, tz, 9);
  const named = instantOf(u.when, tz);
  return keepDay && current && named ? onDayKeepingTime(localDay(current, tz), named, tz) : named;
}

async function moveReminder(ctx: FlowContext, reminderId: string, when: Date): Promise<FlowResult> {
  const { reminder, occurrence, unscheduled } = await rescheduleReminder(ctx.db, ctx.clientId, reminderId, when);
  const whenText = formatWhen(when, ctx.lang, ctx.tz, ctx.now);
  return {
    reply: { text: t(ctx.lang, 'rescheduledReminder', { text: reminder.text, when: whenText }) },
    events: [
      { type: 'reminder_occurrences_dropped', occurrenceIds: unscheduled },
      { type: 'reminder_occurrence_planned', occurrenceId: occurrence.id, dueAt: occurrence.dueAt },
    ],
    understood: true,
  };
}

/** How long the moved booking lasts: its own length, or the client's default for a date-only one given a time. */
async function movedLength(ctx: FlowContext, existing: Booking | null): Promise<number> {
  if (existing?.startsAt) return bookingLengthMs(existing);
  const client = await ctx.db.client.findUniqueOrThrow({
    where: { id: ctx.clientId },
    select: { defaultBookingMinutes: true },
  });
  return client.defaultBookingMinutes * 60_000;
}

async function moveBooking(
  ctx: FlowContext,
  move: { item: ItemRef; understanding: Understanding; existing: Booking | null; current: Date | null; when: Date },
): Promise<FlowResult> {
  const { item, existing, current, when } = move;
  const lengthMs = await movedLength(ctx, existing);
  let booking: Awaited<ReturnType<typeof rescheduleBooking>>;
  try {
    booking = await rescheduleBooking(ctx.db, ctx.clientId, item.id, when, ctx.now, lengthMs);
  } catch (err) {
    if (!(err instanceof ConflictError)) throw err;
    const asked = { ...move.understanding, when: undefined, shiftMin: undefined };
    return rescheduleClash(ctx, err, asked, item, { start: when, end: new Date(when.getTime() + lengthMs) });
  }
  const tellDesk = await deskHearsOf(ctx, booking.id, { change: 'moved', startsAt: when });
  // the office arranges it: the client hears that the change went to the office
  const passedOn = tellDesk.length ? await passedOnNote(ctx, booking.id) : '';
  // the updated invitation (same UID, higher SEQUENCE) moves the event in the client's calendar
  const file = booking.status === 'confirmed' ? await invitationFile(ctx.db, booking.id, ctx) : undefined;
  const attached = file ? { file } : {};
  const whenText = formatWhen(when, ctx.lang, ctx.tz, ctx.now);
  // "ricordamelo il giorno prima": the reminder set before it moves with it
  const followed = await remindersFollow(ctx, booking.id, { from: current, to: when });
  const moved = [t(ctx.lang, 'rescheduledBooking', { title: booking.title, when: whenText }) + passedOn];
  return {
    reply: existing?.startsAt
      ? { text: [...moved, ...followed.lines].join('\n'), ...attached }
      : // a date-only booking given its time: confirmed as a new booking would be
        {
          text:
            t(ctx.lang, 'bookingSaved', {
              title: booking.title,
              when: formatSpanWhen(when, booking.endsAt!, ctx.lang, ctx.tz, ctx.now),
            }) + passedOn,
          ...attached,
          buttons: bookingButtons(ctx, booking.id),
        },
    events: [
      { type: 'booking_changed', bookingId: booking.id, previousStartsAt: current },
      ...tellDesk,
      ...followed.events,
    ],
    understood: true,
  };
}

/** Moves one item to the new time of `u` (an instant, a bare day keeping the time, or a shift). */
export const rescheduleItem: Flow<{ item: ItemRef; understanding: Understanding; keepDay?: boolean }> = async (
  ctx,
  { item, understanding: u, keepDay },
) => {
  try {
    const { existing, current } = await currentTime(ctx, item);
    const when = newTime(u, current, ctx.tz, keepDay);
    if (!when)
      return {
        reply: { text: t(ctx.lang, 'askRescheduleWhen') },
        pending: { understanding: u, missing: ['when'], itemRef: item },
        understood: true,
      };
    if (item.kind === 'reminder') return await moveReminder(ctx, item.id, when);
    return await moveBooking(ctx, { item, understanding: u, existing, current, when });
  } catch (err) {
    if (err instanceof NotFoundError) return { reply: { text: t(ctx.lang, 'itemGone') }, understood: true };
    throw err;
  }
};

/**
 * A move onto another confirmed booking: names it, asks for another time and offers the free
 * slots nearest the one asked for, same length; tapping one moves the booking there.
 */
async function rescheduleClash(
  ctx: FlowContext,
  err: ConflictError,
  u: Understanding,
  item: ItemRef,
  wanted: Interval,
): Promise<FlowResult> {
  const clash =
    typeof err.context.clashId === 'string'
      ? await ctx.db.booking.findUnique({ where: { id: err.context.clashId } })
      : null;
  const other = clashingText(ctx, clash);
  const asked: FlowResult = {
    reply: { text: t(ctx.lang, 'rescheduleClash', { other }) },
    pending: { understanding: u, missing: ['when'], itemRef: item },
    understood: true,
  };
  return withNearestSlots(ctx, asked, wanted, moveToSlot(item.id));
}

/** "sposta …": the item the words name moves, or a choice when several fit. */
export const rescheduleFlow: Flow<Understanding> = async (ctx, u) => {
  const target = u.target ?? '';
  const all = await candidates(ctx, ['reminder', 'booking']);
  const found = withoutTied(matchTargets(target, all));
  // "the dinner" for "table at Nobu": a guess by the kind of event is asked first, never moved at once
  const guessed = found.length ? [] : matchByEventKind(target, all);
  if (guessed.length) return pickToMove(ctx, u, guessed as Choice[], guessed.length === 1 ? target : undefined);
  if (found.length === 0) return { reply: { text: t(ctx.lang, 'nothingToReschedule', { target }) }, understood: true };
  if (found.length > 1) return pickToMove(ctx, u, found as Choice[]);
  // a reminder whose text speaks of "la riunione col commercialista": found by its words, asked first
  if (!namesExactly(target, found[0]!)) return pickToMove(ctx, u, found as Choice[], target, 'matchedByWords');
  // only a time said: the item keeps its day
  return rescheduleItem(ctx, { item: found[0]!, understanding: u, keepDay: !mentionsDay(ctx.text) });
};

/** "Quale?" with a button an item, the move waiting for the tap; `guessed`: the one item the words were taken to mean. */
function pickToMove(
  ctx: FlowContext,
  u: Understanding,
  items: Choice[],
  guessed?: string,
  how: 'guessedItem' | 'matchedByWords' = 'guessedItem',
): FlowResult {
  return {
    reply: {
      text: guessed === undefined ? t(ctx.lang, 'whichOne') : t(ctx.lang, how, { target: guessed }),
      buttons: choiceButtons(items, 'pick_reschedule'),
    },
    pending: { understanding: u, missing: [] },
    understood: true,
  };
}
