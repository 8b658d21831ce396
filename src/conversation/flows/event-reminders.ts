import { remindersFollowBooking } from '../../domain/reminders/follow.js';
import { cancelReminder } from '../../domain/reminders/service.js';
import { t } from '../../i18n/catalog.js';
import { formatWhen } from '../../i18n/format.js';
import type { DomainEvent } from '../../kernel/events.js';
import type { FlowContext } from '../flow.js';

/**
 * The reminders set before a booking follow it when it moves (src/domain/reminders/follow.ts), and
 * the client reads the new time in one line each ("E te lo ricordo…").
 */
export async function remindersFollow(
  ctx: FlowContext,
  bookingId: string,
  move: { from: Date | null; to: Date },
): Promise<{ lines: string[]; events: DomainEvent[] }> {
  const who = { clientId: ctx.clientId, tz: ctx.tz, now: ctx.now };
  const { moved, events } = await remindersFollowBooking(ctx.db, who, bookingId, move);
  const lines = moved.map((when) =>
    t(ctx.lang, 'reminderBeforeEvent', { when: formatWhen(when, ctx.lang, ctx.tz, ctx.now) }),
  );
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
