import { Prisma } from '../../generated/prisma/client.js';
import type { Db } from '../../infra/db/types.js';
import { nextOccurrence } from './recurrence.js';

/**
 * Keeps Reminder.nextOccurrenceAt equal to its earliest pending occurrence (the agenda reads it);
 * a reminder with nothing left to deliver is completed, one that has something again (a snooze)
 * is active. A cancelled reminder stays cancelled. One statement: it runs on every delivery.
 * `leaving` is a pending occurrence the caller's transaction is about to deliver: not counted.
 */
export async function refreshReminder(db: Db, reminderId: string, leaving?: string): Promise<void> {
  const other = leaving ? Prisma.sql`AND id <> ${leaving}::uuid` : Prisma.empty;
  await db.$executeRaw`
    UPDATE reminders r
    SET next_occurrence_at = n.next,
        status = (CASE WHEN n.next IS NULL THEN 'completed' ELSE 'active' END)::"ReminderStatus",
        updated_at = now()
    FROM (SELECT min(due_at) AS next FROM reminder_occurrences WHERE reminder_id = ${reminderId}::uuid AND status = 'pending' ${other}) n
    WHERE r.id = ${reminderId}::uuid AND r.status <> 'cancelled'`;
}

type SeriesOccurrence = { reminderId: string; dueAt: Date; snoozedFromId: string | null };
const successorFields = { id: true, dueAt: true, status: true } as const;

/** The series' occurrence after this one, when it was already made. */
function madeSuccessor(db: Db, occurrence: SeriesOccurrence) {
  return db.reminderOccurrence.findFirst({
    where: { reminderId: occurrence.reminderId, snoozedFromId: null, dueAt: { gt: occurrence.dueAt } },
    orderBy: { dueAt: 'asc' },
    select: successorFields,
  });
}

async function newSuccessor(
  db: Db,
  occurrence: SeriesOccurrence,
  reminder: { rrule: string; firstDueAt: Date; tz: string },
  now: Date,
) {
  const after = occurrence.dueAt > now ? occurrence.dueAt : now;
  const dueAt = nextOccurrence(reminder.rrule, reminder.firstDueAt, reminder.tz, after);
  if (!dueAt) return null;
  return db.reminderOccurrence.upsert({
    where: { reminderId_dueAt: { reminderId: occurrence.reminderId, dueAt } },
    create: { reminderId: occurrence.reminderId, dueAt },
    update: {},
    select: successorFields,
  });
}

/**
 * After an occurrence of a series went out, its next one: the one already made (the delivery was
 * retried after a crash, or the series was moved later), else the first instant of the rule after
 * both the occurrence and `now`, so an outage of a week yields one late delivery, not seven.
 * Snoozed copies do not advance the series (the original already did).
 */
export async function continueSeries(
  db: Db,
  occurrence: SeriesOccurrence,
  reminder: { rrule: string | null; firstDueAt: Date; tz: string },
  now: Date,
): Promise<{ id: string; dueAt: Date } | null> {
  const { rrule } = reminder;
  if (!rrule || occurrence.snoozedFromId) return null;
  const next =
    (await madeSuccessor(db, occurrence)) ?? (await newSuccessor(db, occurrence, { ...reminder, rrule }, now));
  return next?.status === 'pending' ? { id: next.id, dueAt: next.dueAt } : null;
}
