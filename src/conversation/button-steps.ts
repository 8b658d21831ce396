import { ConflictError, NotFoundError } from '../kernel/errors.js';
import { t } from '../i18n/catalog.js';
import { formatDateTime } from '../i18n/format.js';
import { completeOccurrence, snoozeOccurrence } from '../domain/reminders/snooze.js';
import type { ItemRef, SnoozeChoice } from '../kernel/actions.js';
import { rateTicket } from '../domain/tickets/lifecycle.js';
import { decodeButton } from '../kernel/actions.js';
import type { ConversationDeps, FlowContext, FlowResult, Step } from './deps.js';
import { callbackFlow } from './flows/callback.js';
import { cancelItem, pickedAgain, rescheduleItem } from './flows/manage.js';
import { proposalAnswerFlow } from './flows/proposal.js';
import { bookSlotFlow, moveToSlotFlow } from './flows/slots.js';
import { statusButtonFlow } from './flows/status.js';
import { localDay } from '../kernel/time.js';
import type { Pending } from './pending.js';

/** A rating button: only for a done ticket of this client, once. */
async function rateStep(
  ctx: FlowContext,
  ticketId: string,
  rating: number,
  deps: ConversationDeps,
): Promise<FlowResult> {
  try {
    await rateTicket(ctx.db, { clientId: ctx.clientId, ticketId, rating, now: ctx.now });
  } catch (err) {
    if (err instanceof NotFoundError) return { reply: { text: t(ctx.lang, 'itemGone') }, understood: true };
    if (err instanceof ConflictError) return { reply: { text: t(ctx.lang, 'ratingAlready') }, understood: true };
    throw err;
  }
  return {
    reply: { text: t(ctx.lang, 'ratingThanks') },
    afterCommit: async () => deps.tickets?.ticketRated?.(ticketId),
    understood: true,
  };
}

/** Done under a delivered reminder. */
async function occurrenceDoneStep(ctx: FlowContext, occurrenceId: string, deps: ConversationDeps): Promise<FlowResult> {
  try {
    const { reminder, unscheduled } = await completeOccurrence(ctx.db, ctx.clientId, occurrenceId);
    return {
      reply: { text: t(ctx.lang, 'reminderMarkedDone', { text: reminder.text }) },
      afterCommit: async () => void (await Promise.all(unscheduled.map((id) => deps.scheduler.unschedule(id)))),
      understood: true,
    };
  } catch (err) {
    if (err instanceof NotFoundError) return { reply: { text: t(ctx.lang, 'itemGone') }, understood: true };
    throw err;
  }
}

/** +10 min / +1 h / Tomorrow under a delivered reminder: that one occurrence comes again later. */
async function snoozeStep(
  ctx: FlowContext,
  occurrenceId: string,
  choice: SnoozeChoice,
  deps: ConversationDeps,
): Promise<FlowResult> {
  try {
    const { occurrence, unscheduled } = await snoozeOccurrence(ctx.db, ctx.clientId, occurrenceId, choice, ctx.now);
    return {
      reply: {
        text: t(ctx.lang, 'reminderSnoozed', { when: formatDateTime(occurrence.dueAt, ctx.lang, ctx.tz, ctx.now) }),
      },
      afterCommit: async () => {
        await Promise.all(unscheduled.map((id) => deps.scheduler.unschedule(id)));
        await deps.scheduler.schedule(occurrence);
      },
      understood: true,
    };
  } catch (err) {
    if (err instanceof NotFoundError) return { reply: { text: t(ctx.lang, 'itemGone') }, understood: true };
    throw err;
  }
}

/** The local day an item of the client is on now (a booking's, a reminder's next), if any. */
async function itemDay(ctx: FlowContext, item: ItemRef): Promise<string | undefined> {
  if (item.kind === 'booking') {
    const booking = await ctx.db.booking.findFirst({
      where: { id: item.id, clientId: ctx.clientId },
      select: { startsAt: true, day: true },
    });
    if (booking?.startsAt) return localDay(booking.startsAt, ctx.tz);
    return booking?.day?.toISOString().slice(0, 10);
  }
  if (item.kind === 'reminder') {
    const reminder = await ctx.db.reminder.findFirst({
      where: { id: item.id, clientId: ctx.clientId },
      select: { nextOccurrenceAt: true },
    });
    return reminder?.nextOccurrenceAt ? localDay(reminder.nextOccurrenceAt, ctx.tz) : undefined;
  }
  return undefined;
}

/**
 * "Change time" asks for the new time; a time alone ("alle 12") stays on the item's own day when
 * that is a later day, as a person would mean it.
 */
async function askNewTime(ctx: FlowContext, item: ItemRef): Promise<FlowResult> {
  const day = await itemDay(ctx, item);
  const baseDay = day && day > localDay(ctx.now, ctx.tz) ? { baseDay: day } : {};
  return {
    reply: { text: t(ctx.lang, 'askRescheduleWhen') },
    pending: { understanding: { intent: 'reschedule' }, missing: ['when'], itemRef: item, ...baseDay },
    understood: true,
  };
}

/** Button payloads are client-controlled: decoded strictly, and every flow checks ownership. */
export function buttonStep(data: string, pending: Pending | null, deps: ConversationDeps): Step {
  const action = decodeButton(data);
  if (!action) return async (ctx) => ({ reply: { text: t(ctx.lang, 'itemGone') }, understood: true });
  switch (action.op) {
    case 'cancel':
      return (ctx) => cancelItem(ctx, action.item, deps);
    case 'change_time':
      return (ctx) => askNewTime(ctx, action.item);
    case 'pick_reschedule':
      if (pending && pending.understanding.intent === 'reschedule') {
        const u = pending.understanding;
        return (ctx) => rescheduleItem(ctx, action.item, u, deps);
      }
      return async (ctx) => (await pickedAgain(ctx, action.item, data)) ?? askNewTime(ctx, action.item);
    case 'rate':
      return (ctx) => rateStep(ctx, action.item.id, action.rating, deps);
    case 'occurrence_done':
      return (ctx) => occurrenceDoneStep(ctx, action.occurrenceId, deps);
    case 'snooze':
      return (ctx) => snoozeStep(ctx, action.occurrenceId, action.snooze, deps);
    case 'status':
      return (ctx) => statusButtonFlow(ctx, action.change, deps);
    case 'callback':
      return (ctx) => callbackFlow(ctx, action.takenMessageId, action.choice, deps.tickets);
    case 'slot':
      return (ctx) => bookSlotFlow(ctx, action, pending, deps);
    case 'move':
      return (ctx) => moveToSlotFlow(ctx, action, pending, deps);
    case 'proposal':
      return (ctx) => proposalAnswerFlow(ctx, action, deps);
  }
}
