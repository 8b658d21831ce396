import type { Db } from '../../infra/db/types.js';
import { NotFoundError } from '../../kernel/errors.js';
import { continueSeries, refreshReminder } from './series.js';

/**
 * "Solo questa volta": the next pending occurrence of an active reminder is skipped and a series
 * goes on from the one after it. Returns the skipped instant and the next one (null when it was
 * the last), and the occurrence to take off the clock.
 */
export async function skipNextOccurrence(db: Db, clientId: string, reminderId: string, now: Date) {
  const reminder = await db.reminder.findFirst({ where: { id: reminderId, clientId, status: 'active' } });
  const occurrence = reminder
    ? await db.reminderOccurrence.findFirst({
        where: { reminderId, status: 'pending' },
        orderBy: { dueAt: 'asc' },
      })
    : null;
  if (!reminder || !occurrence) throw new NotFoundError('reminder not found', { reminderId });
  await db.reminderOccurrence.update({ where: { id: occurrence.id }, data: { status: 'skipped' } });
  const next = await continueSeries(db, occurrence, reminder, now);
  await refreshReminder(db, reminderId);
  const after = await db.reminder.findUniqueOrThrow({ where: { id: reminderId } });
  return {
    reminder,
    skipped: occurrence.dueAt,
    next: after.nextOccurrenceAt,
    planned: next,
    unscheduled: [occurrence.id],
  };
}
