import type { Db } from '../../infra/db/types.js';
import { nextOccurrence } from './recurrence.js';

/**
 * Keeps Reminder.nextOccurrenceAt equal to its earliest pending occurrence (the agenda reads it);
 * a reminder with nothing left to deliver is completed, one that has something again (a snooze)
 * is active. A cancelled reminder stays cancelled. One statement: it runs on every delivery.
 */
export async function refreshReminder(db: Db, reminderId: string): Promise<void> {
  await db.$executeRaw`
    UPDATE reminders r
    SET next_occurrence_at = n.next,
        status = (CASE WHEN n.next IS NULL THEN 'completed' ELSE 'active' END)::"ReminderStatus",
        updated_at = now()
    FROM (SELECT min(due_at) AS next FROM reminder_occurrences WHERE reminder_id = ${reminderId}::uuid AND status = 'pending') n
    WHERE r.id = ${reminderId}::uuid AND r.status <> 'cancelled'`;
}

/**
 * After an occurrence of a series went out, its next one: the first instant of the rule after
 * both the occurrence and `now`, so an outage of a week yields one late delivery, not seven.
 * Snoozed copies do not advance the series (the original already did).
 */
export async function continueSeries(
  db: Db,
  occurrence: { reminderId: string; dueAt: Date; snoozedFromId: string | null },
  reminder: { rrule: string | null; firstDueAt: Date; tz: string },
  now: Date,
): Promise<{ id: string; dueAt: Date } | null> {
  if (!reminder.rrule || occurrence.snoozedFromId) return null;
  const after = occurrence.dueAt > now ? occurrence.dueAt : now;
  const dueAt = nextOccurrence(reminder.rrule, reminder.firstDueAt, reminder.tz, after);
  if (!dueAt) return null;
  const next = await db.reminderOccurrence.upsert({
    where: { reminderId_dueAt: { reminderId: occurrence.reminderId, dueAt } },
    create: { reminderId: occurrence.reminderId, dueAt },
    update: {},
    select: { id: true, dueAt: true, status: true },
  });
  return next.status === 'pending' ? { id: next.id, dueAt: next.dueAt } : null;
}
