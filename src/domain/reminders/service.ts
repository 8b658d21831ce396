import type { Db } from '../../infra/db/types.js';
import { NotFoundError, ValidationError } from '../../kernel/errors.js';
import { isValidRule, nextOccurrence } from './recurrence.js';

/** Puts occurrences on the clock (BullMQ in production). Called after the transaction commits. */
export interface ReminderScheduler {
  schedule(occurrence: { id: string; dueAt: Date }): Promise<void>;
  unschedule(occurrenceId: string): Promise<void>;
}

export interface NewReminder {
  clientId: string;
  text: string;
  firstDueAt: Date;
  rrule?: string | undefined;
  tz: string;
  /** the client named the time, so quiet hours do not defer it */
  explicitTime: boolean;
}

/**
 * Saves a reminder with its first occurrence; the occurrence is what gets delivered. Two
 * inserts, to run in the caller's transaction (the conversation's): a nested create with the
 * occurrences included cost four statements, the two inserts and a read back of each.
 */
export async function createReminder(db: Db, input: NewReminder) {
  if (input.rrule && !isValidRule(input.rrule))
    throw new ValidationError('invalid recurrence rule', { rrule: input.rrule });
  const reminder = await db.reminder.create({
    data: {
      clientId: input.clientId,
      text: input.text,
      firstDueAt: input.firstDueAt,
      rrule: input.rrule ?? null,
      tz: input.tz,
      explicitTime: input.explicitTime,
      nextOccurrenceAt: input.firstDueAt,
    },
  });
  const occurrence = await db.reminderOccurrence.create({ data: { reminderId: reminder.id, dueAt: input.firstDueAt } });
  return { reminder, occurrence };
}

/**
 * The reminder of this occurrence is set before that booking ("ricordamelo il giorno prima"): when
 * the booking moves, the reminder follows it.
 */
export async function remindBefore(db: Db, occurrenceId: string, bookingId: string) {
  const { reminderId } = await db.reminderOccurrence.findUniqueOrThrow({
    where: { id: occurrenceId },
    select: { reminderId: true },
  });
  await db.reminder.update({ where: { id: reminderId }, data: { bookingId } });
}

async function ownedActiveReminder(db: Db, clientId: string, reminderId: string) {
  const reminder = await db.reminder.findFirst({ where: { id: reminderId, clientId, status: 'active' } });
  if (!reminder) throw new NotFoundError('reminder not found', { reminderId });
  return reminder;
}

/** The words of an active reminder of the client's, as they now read: what it reminds of is told in full. */
export async function setReminderText(db: Db, clientId: string, reminderId: string, text: string) {
  await ownedActiveReminder(db, clientId, reminderId);
  return db.reminder.update({ where: { id: reminderId }, data: { text } });
}

/** Cancels the whole series; returns the pending occurrences to take off the clock. */
export async function cancelReminder(db: Db, clientId: string, reminderId: string) {
  const reminder = await ownedActiveReminder(db, clientId, reminderId);
  const pending = await db.reminderOccurrence.findMany({
    where: { reminderId, status: 'pending' },
    select: { id: true },
  });
  await db.reminderOccurrence.updateMany({ where: { reminderId, status: 'pending' }, data: { status: 'skipped' } });
  await db.reminder.update({ where: { id: reminderId }, data: { status: 'cancelled', nextOccurrenceAt: null } });
  return { reminder, unscheduled: pending.map((o) => o.id) };
}

/** Moves the next pending occurrence (and, for a series, the series' time of day) to `when`. */
export async function rescheduleReminder(db: Db, clientId: string, reminderId: string, when: Date) {
  const reminder = await ownedActiveReminder(db, clientId, reminderId);
  const pending = await db.reminderOccurrence.findMany({
    where: { reminderId, status: 'pending' },
    select: { id: true },
  });
  await db.reminderOccurrence.updateMany({ where: { reminderId, status: 'pending' }, data: { status: 'skipped' } });
  const occurrence = await db.reminderOccurrence.upsert({
    where: { reminderId_dueAt: { reminderId, dueAt: when } },
    create: { reminderId, dueAt: when },
    update: { status: 'pending', sentAt: null, deliveredLate: false },
  });
  const updated = await db.reminder.update({
    where: { id: reminderId },
    data: { nextOccurrenceAt: when, explicitTime: true, ...(reminder.rrule ? { firstDueAt: when } : {}) },
  });
  return { reminder: updated, occurrence, unscheduled: pending.map((o) => o.id) };
}

/** The instants at which a reminder fires within [from, to), at most `limit` of them. */
export function occurrencesBetween(
  reminder: { nextOccurrenceAt: Date | null; rrule: string | null; firstDueAt: Date; tz: string },
  from: Date,
  to: Date,
  limit = 31,
): Date[] {
  const out: Date[] = [];
  let next = reminder.nextOccurrenceAt;
  while (next && next < to && out.length < limit) {
    if (next >= from) out.push(next);
    next = reminder.rrule ? nextOccurrence(reminder.rrule, reminder.firstDueAt, reminder.tz, next) : null;
  }
  return out;
}

/** Pending occurrences of active reminders due by `until` (for the reconciler), oldest first. */
export function pendingOccurrencesDueBy(db: Db, until: Date) {
  return db.reminderOccurrence.findMany({
    where: { status: 'pending', dueAt: { lte: until }, reminder: { status: 'active' } },
    select: { id: true, dueAt: true },
    orderBy: { dueAt: 'asc' },
  });
}
