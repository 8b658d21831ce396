import type { Db } from '../../infra/db/types.js';
import type { DomainEvent } from '../../kernel/events.js';
import { daysFrom, localDay, onDayKeepingTime, shiftDay } from '../../kernel/time.js';
import { cancelReminder, rescheduleReminder } from './service.js';

/**
 * Where a reminder set before a meeting goes when the meeting moves from `from` to `to`: one set on
 * an earlier day ("il giorno prima", at 09:00) moves by as many days as the meeting, keeping its
 * hour; one on the meeting's own day ("un'ora prima") keeps its distance from it. Pure.
 */
export function followingTime(reminder: Date, from: Date, to: Date, tz: string): Date {
  const reminderDay = localDay(reminder, tz);
  const fromDay = localDay(from, tz);
  if (reminderDay === fromDay) return new Date(reminder.getTime() + (to.getTime() - from.getTime()));
  return onDayKeepingTime(shiftDay(reminderDay, daysFrom(fromDay, localDay(to, tz))), reminder, tz);
}

/** A booking that moved, whoever moved it (the client in the chat, the office from the desk). */
export interface BookingMove {
  clientId: string;
  bookingId: string;
  from: Date | null;
  to: Date;
  /** the client's zone: "the day before" is a day in it */
  tz: string;
  now: Date;
}

/**
 * The reminders set before a booking follow it when it moves: each one-off reminder still ahead
 * moves with it (followingTime); one that would now fall in the past stays where it was. Returns
 * the new instants, earliest first, and the events that replan their deliveries.
 */
export async function remindersFollowBooking(
  db: Db,
  move: BookingMove,
): Promise<{ at: Date[]; events: DomainEvent[] }> {
  const { from, to } = move;
  if (!from || from.getTime() === to.getTime()) return { at: [], events: [] };
  const reminders = await db.reminder.findMany({
    where: {
      bookingId: move.bookingId,
      clientId: move.clientId,
      status: 'active',
      rrule: null,
      nextOccurrenceAt: { not: null },
    },
    orderBy: { nextOccurrenceAt: 'asc' },
  });
  const at: Date[] = [];
  const events: DomainEvent[] = [];
  for (const reminder of reminders) {
    const when = followingTime(reminder.nextOccurrenceAt!, from, to, move.tz);
    if (when.getTime() <= move.now.getTime()) continue;
    const { occurrence, unscheduled } = await rescheduleReminder(db, move.clientId, reminder.id, when);
    events.push(
      { type: 'reminder_occurrences_dropped', occurrenceIds: unscheduled },
      { type: 'reminder_occurrence_planned', occurrenceId: occurrence.id, dueAt: occurrence.dueAt },
    );
    at.push(when);
  }
  return { at, events };
}

/**
 * The reminders set before a booking that was cancelled (by the client or the office) go with it:
 * nothing is left to remind of. Returns the instants they would have fired at (to say so) and the
 * events that drop their deliveries.
 */
export async function remindersDroppedWithBooking(
  db: Db,
  booking: { clientId: string; bookingId: string },
): Promise<{ at: Date[]; events: DomainEvent[] }> {
  const reminders = await db.reminder.findMany({
    where: { bookingId: booking.bookingId, clientId: booking.clientId, status: 'active', rrule: null },
    orderBy: { nextOccurrenceAt: 'asc' },
  });
  const at: Date[] = [];
  const events: DomainEvent[] = [];
  for (const reminder of reminders) {
    const { unscheduled } = await cancelReminder(db, booking.clientId, reminder.id);
    events.push({ type: 'reminder_occurrences_dropped', occurrenceIds: unscheduled });
    if (reminder.nextOccurrenceAt) at.push(reminder.nextOccurrenceAt);
  }
  return { at, events };
}
