import type { SnoozeChoice } from '../../kernel/actions.js';
import type { Tx } from '../../infra/db/types.js';
import { NotFoundError } from '../../kernel/errors.js';
import { atLocalMinutes } from '../../kernel/time.js';
import { refreshReminder } from './series.js';

/** The snooze buttons under a delivered reminder. */

/** "Tomorrow" means the next morning at 09:00 local, the time a reminder without a time gets. */
const TOMORROW_AT_MIN = 9 * 60;

export function snoozeUntil(choice: SnoozeChoice, now: Date, tz: string): Date {
  if (choice === '10m') return new Date(now.getTime() + 10 * 60_000);
  if (choice === '1h') return new Date(now.getTime() + 60 * 60_000);
  return atLocalMinutes(now, tz, 1, TOMORROW_AT_MIN);
}

/** A delivered occurrence of the client's own reminder, locked so double taps queue up. */
async function deliveredOccurrence(tx: Tx, clientId: string, occurrenceId: string) {
  await tx.$queryRaw`SELECT id FROM reminder_occurrences WHERE id = ${occurrenceId}::uuid FOR UPDATE`;
  const occurrence = await tx.reminderOccurrence.findFirst({
    where: { id: occurrenceId, status: { in: ['sent', 'done'] }, reminder: { clientId, status: { not: 'cancelled' } } },
    include: { reminder: true },
  });
  if (!occurrence) throw new NotFoundError('delivered reminder not found', { occurrenceId });
  return occurrence;
}

/** Takes the pending snoozes of an occurrence off; returns their ids to take off the clock. */
async function dropSnoozes(tx: Tx, occurrenceId: string): Promise<string[]> {
  const pending = await tx.reminderOccurrence.findMany({
    where: { snoozedFromId: occurrenceId, status: 'pending' },
    select: { id: true },
  });
  await tx.reminderOccurrence.updateMany({
    where: { id: { in: pending.map((o) => o.id) } },
    data: { status: 'skipped' },
  });
  return pending.map((o) => o.id);
}

/**
 * Delivers that one occurrence again later: a new pending occurrence snoozed from it (an earlier
 * snooze of the same message is replaced). The series, if any, goes on as before. A snoozed
 * time is one the client chose, so quiet hours do not defer it.
 */
export async function snoozeOccurrence(
  tx: Tx,
  clientId: string,
  occurrenceId: string,
  choice: SnoozeChoice,
  now: Date,
) {
  const original = await deliveredOccurrence(tx, clientId, occurrenceId);
  const unscheduled = await dropSnoozes(tx, original.id);
  const dueAt = snoozeUntil(choice, now, original.reminder.tz);
  // "Tomorrow" may land on the series' own next occurrence: then that one is the snooze.
  const occurrence = await tx.reminderOccurrence.upsert({
    where: { reminderId_dueAt: { reminderId: original.reminderId, dueAt } },
    create: { reminderId: original.reminderId, dueAt, snoozedFromId: original.id },
    update: { status: 'pending', sentAt: null, deliveredLate: false },
    select: { id: true, dueAt: true },
  });
  await refreshReminder(tx, original.reminderId);
  return { reminder: original.reminder, occurrence, unscheduled: unscheduled.filter((id) => id !== occurrence.id) };
}

/** The client tapped Done: that occurrence is done and its pending snoozes are dropped. */
export async function completeOccurrence(tx: Tx, clientId: string, occurrenceId: string) {
  const occurrence = await deliveredOccurrence(tx, clientId, occurrenceId);
  await tx.reminderOccurrence.update({ where: { id: occurrence.id }, data: { status: 'done' } });
  const unscheduled = await dropSnoozes(tx, occurrence.id);
  await refreshReminder(tx, occurrence.reminderId);
  return { reminder: occurrence.reminder, unscheduled };
}
