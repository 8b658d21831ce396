import type { Db } from '../../infra/db/types.js';
import type { DomainEvent } from '../../kernel/events.js';
import { daysFrom, localDay, onDayKeepingTime, shiftDay } from '../../kernel/time.js';
import { rescheduleReminder } from './service.js';

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

/**
 * The one-off reminders set before a booking follow it when it moves, whoever moved it (the client
 * in words, the office from the desk): each one still ahead moves with it; one that would now fall
 * in the past stays where it was. The new times, and the events that put them on the clock.
 */
export async function remindersFollowBooking(
  db: Db,
  who: { clientId: string; tz: string; now: Date },
  bookingId: string,
  move: { from: Date | null; to: Date },
): Promise<{ moved: Date[]; events: DomainEvent[] }> {
  const { from, to } = move;
  if (!from || from.getTime() === to.getTime()) return { moved: [], events: [] };
  const reminders = await db.reminder.findMany({
    where: { bookingId, clientId: who.clientId, status: 'active', rrule: null, nextOccurrenceAt: { not: null } },
    orderBy: { nextOccurrenceAt: 'asc' },
  });
  const moved: Date[] = [];
  const events: DomainEvent[] = [];
  for (const reminder of reminders) {
    const when = followingTime(reminder.nextOccurrenceAt!, from, to, who.tz);
    if (when.getTime() <= who.now.getTime()) continue;
    const { occurrence, unscheduled } = await rescheduleReminder(db, who.clientId, reminder.id, when);
    events.push(
      { type: 'reminder_occurrences_dropped', occurrenceIds: unscheduled },
      { type: 'reminder_occurrence_planned', occurrenceId: occurrence.id, dueAt: occurrence.dueAt },
    );
    moved.push(when);
  }
  return { moved, events };
}
