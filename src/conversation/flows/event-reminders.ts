import { remindersDroppedWithBooking, remindersFollowBooking } from '../../domain/reminders/follow.js';
import { t } from '../../i18n/catalog.js';
import { formatWhen } from '../../i18n/format.js';
import type { DomainEvent } from '../../kernel/events.js';
import type { FlowContext } from '../flow.js';

/**
 * The reminders set before a booking follow it when it moves (remindersFollowBooking), and the
 * client reads the new time in one line each ("E te lo ricordo…").
 */
export async function remindersFollow(
  ctx: FlowContext,
  bookingId: string,
  move: { from: Date | null; to: Date },
): Promise<{ lines: string[]; events: DomainEvent[] }> {
  const followed = await remindersFollowBooking(ctx.db, {
    clientId: ctx.clientId,
    bookingId,
    ...move,
    tz: ctx.tz,
    now: ctx.now,
  });
  const lines = followed.at.map((when) =>
    t(ctx.lang, 'reminderBeforeEvent', { when: formatWhen(when, ctx.lang, ctx.tz, ctx.now) }),
  );
  return { lines, events: followed.events };
}

/**
 * The reminders set before a booking the client cancelled go with it ("Ho tolto anche il
 * promemoria di giovedì…"): nothing is left to remind of.
 */
export async function remindersDropped(
  ctx: FlowContext,
  bookingId: string,
): Promise<{ lines: string[]; events: DomainEvent[] }> {
  const dropped = await remindersDroppedWithBooking(ctx.db, { clientId: ctx.clientId, bookingId });
  const lines = dropped.at.map((when) =>
    t(ctx.lang, 'reminderBeforeEventCancelled', { when: formatWhen(when, ctx.lang, ctx.tz, ctx.now) }),
  );
  return { lines, events: dropped.events };
}
