import { cancelReminder, rescheduleReminder } from '../../domain/reminders/service.js';
import { t } from '../../i18n/catalog.js';
import { formatWhen } from '../../i18n/format.js';
import type { DomainEvent } from '../../kernel/events.js';
import { daysFrom, localDay, onDayKeepingTime, shiftDay } from '../../kernel/time.js';
import type { FlowContext } from '../flow.js';

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
 * The reminders set before a booking follow it when it moves: each one-off reminder still ahead
 * moves with it, and the client reads the new time in one line each ("E te lo ricordo…"). A
 * reminder that would now fall in the past stays where it was.
 */
export async function remindersFollow(
  ctx: FlowContext,
  bookingId: string,
  move: { from: Date | null; to: Date },
): Promise<{ lines: string[]; events: DomainEvent[] }> {
  const { from, to } = move;
  if (!from || from.getTime() === to.getTime()) return { lines: [], events: [] };
  const reminders = await ctx.db.reminder.findMany({
    where: { bookingId, clientId: ctx.clientId, status: 'active', rrule: null, nextOccurrenceAt: { not: null } },
    orderBy: { nextOccurrenceAt: 'asc' },
  });
  const lines: string[] = [];
  const events: DomainEvent[] = [];
  for (const reminder of reminders) {
    const when = followingTime(reminder.nextOccurrenceAt!, from, to, ctx.tz);
    if (when.getTime() <= ctx.now.getTime()) continue;
    const { occurrence, unscheduled } = await rescheduleReminder(ctx.db, ctx.clientId, reminder.id, when);
    events.push(
      { type: 'reminder_occurrences_dropped', occurrenceIds: unscheduled },
      { type: 'reminder_occurrence_planned', occurrenceId: occurrence.id, dueAt: occurrence.dueAt },
    );
    lines.push(t(ctx.lang, 'reminderBeforeEvent', { when: formatWhen(when, ctx.lang, ctx.tz, ctx.now) }));
  }
  return { lines, events };
}

/**
 * The reminders set before a booking the client cancelled go with it ("Ho tolto anche il
 * promemoria di giovedì…"): nothing is left to remind of.
 */
export async function remindersDropped(
  ctx: FlowContext,
  bookingId: string,
): Promise<{ lines: string[]; events: DomainEvent[] }> {
  const reminders = await ctx.db.reminder.findMany({
    where: { bookingId, clientId: ctx.clientId, status: 'active', rrule: null },
    orderBy: { nextOccurrenceAt: 'asc' },
  });
  const lines: string[] = [];
  const events: DomainEvent[] = [];
  for (const reminder of reminders) {
    const { unscheduled } = await cancelReminder(ctx.db, ctx.clientId, reminder.id);
    events.push({ type: 'reminder_occurrences_dropped', occurrenceIds: unscheduled });
    if (reminder.nextOccurrenceAt)
      lines.push(
        t(ctx.lang, 'reminderBeforeEventCancelled', {
          when: formatWhen(reminder.nextOccurrenceAt, ctx.lang, ctx.tz, ctx.now),
        }),
      );
  }
  return { lines, events };
}
