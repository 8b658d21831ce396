import { ConflictError, NotFoundError } from '../../kernel/errors.js';
import { t } from '../../i18n/catalog.js';
import { formatWhen } from '../../i18n/format.js';
import { completeOccurrence, snoozeOccurrence } from '../../domain/reminders/snooze.js';
import { decodeButton, type ActionOf, type ButtonOp, type ItemRef, type SnoozeChoice } from '../../kernel/actions.js';
import { rateTicket } from '../../domain/tickets/lifecycle.js';
import type { Flow, FlowContext, FlowResult, Step } from '../flow.js';
import { callbackFlow } from '../flows/callback.js';
import { cancelItem, pickedAgain, rescheduleItem } from '../flows/manage.js';
import { proposalAnswerFlow } from '../flows/proposal.js';
import { bookSlotFlow, moveToSlotFlow } from '../flows/slots.js';
import { statusButtonFlow } from '../flows/status.js';
import { localDay } from '../../kernel/time.js';
import { mentionsDay } from '../flows/when.js';
import type { Pending } from '../pending.js';
import { say, type Route, type Turn } from '../turn.js';
import type { Understand } from '../../understanding/understand.js';
import { keepFlow, skipOnceFlow } from '../flows/cancel.js';
import { keepClashFlow } from '../flows/keep-clash.js';
import { heldAsNewRequest, heldToTicket } from './held.js';

/** A rating button: only for a done ticket of this client, once. */
const rateFlow: Flow<{ ticketId: string; rating: number }> = async (ctx, { ticketId, rating }) => {
  try {
    await rateTicket(ctx.db, { clientId: ctx.clientId, ticketId, rating, now: ctx.now });
  } catch (err) {
    if (err instanceof NotFoundError) return { reply: { text: t(ctx.lang, 'itemGone') }, understood: true };
    if (err instanceof ConflictError) return { reply: { text: t(ctx.lang, 'ratingAlready') }, understood: true };
    throw err;
  }
  return {
    reply: { text: t(ctx.lang, 'ratingThanks') },
    events: [{ type: 'ticket_rated', ticketId }],
    understood: true,
  };
};

/** Done under a delivered reminder. */
const occurrenceDoneFlow: Flow<string> = async (ctx, occurrenceId) => {
  try {
    const { reminder, unscheduled } = await completeOccurrence(ctx.db, ctx.clientId, occurrenceId);
    return {
      reply: { text: t(ctx.lang, 'reminderMarkedDone', { text: reminder.text }) },
      events: [{ type: 'reminder_occurrences_dropped', occurrenceIds: unscheduled }],
      understood: true,
    };
  } catch (err) {
    if (err instanceof NotFoundError) return { reply: { text: t(ctx.lang, 'itemGone') }, understood: true };
    throw err;
  }
};

/** +10 min / +1 h / Tomorrow under a delivered reminder: that one occurrence comes again later. */
const snoozeFlow: Flow<{ occurrenceId: string; choice: SnoozeChoice }> = async (ctx, { occurrenceId, choice }) => {
  try {
    const { occurrence, unscheduled } = await snoozeOccurrence(ctx.db, ctx.clientId, occurrenceId, choice, ctx.now);
    return {
      reply: {
        text: t(ctx.lang, 'reminderSnoozed', { when: formatWhen(occurrence.dueAt, ctx.lang, ctx.tz, ctx.now) }),
      },
      events: [
        { type: 'reminder_occurrences_dropped', occurrenceIds: unscheduled },
        { type: 'reminder_occurrence_planned', occurrenceId: occurrence.id, dueAt: occurrence.dueAt },
      ],
      understood: true,
    };
  } catch (err) {
    if (err instanceof NotFoundError) return { reply: { text: t(ctx.lang, 'itemGone') }, understood: true };
    throw err;
  }
};

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

type ButtonHandler<Op extends ButtonOp> = (
  action: ActionOf<Op>,
  pending: Pending | null,
  data: string,
  turn: Turn,
) => Step | Promise<Step>;

/** What each button does: keyed by the codec table's operations, so a button without a handler does not compile. */
/** The buttons under a reply drafted in chat: they reach the client's mailbox (mail-draft.ts). */
export type MailButtons = { [Op in 'mail_draft' | 'mail_pick']: ButtonHandler<Op> };

const handlers = (understand: Understand, mail: MailButtons): { [Op in ButtonOp]: ButtonHandler<Op> } => ({
  ...mail,
  cancel: (action) => (ctx) => cancelItem(ctx, action.item),
  change_time: (action) => (ctx) => askNewTime(ctx, action.item),
  pick_reschedule: (action, pending, data) => {
    const understanding = pending?.understanding.intent === 'reschedule' ? pending.understanding : undefined;
    // "move the dinner to 9pm", then the tap: only a time was said, so the item keeps its day
    const keepDay = pending?.requestText !== undefined && !mentionsDay(pending.requestText);
    if (understanding) return (ctx) => rescheduleItem(ctx, { item: action.item, understanding, keepDay });
    return async (ctx) => (await pickedAgain(ctx, action.item, data)) ?? askNewTime(ctx, action.item);
  },
  rate: (action) => (ctx) => rateFlow(ctx, { ticketId: action.item.id, rating: action.rating }),
  occurrence_done: (action) => (ctx) => occurrenceDoneFlow(ctx, action.occurrenceId),
  snooze: (action) => (ctx) => snoozeFlow(ctx, { occurrenceId: action.occurrenceId, choice: action.snooze }),
  status: (action) => (ctx) => statusButtonFlow(ctx, action.change),
  callback: (action) => (ctx) => callbackFlow(ctx, { takenMessageId: action.takenMessageId, choice: action.choice }),
  slot: (action, pending) => (ctx) => bookSlotFlow(ctx, { slot: action, pending }),
  move: (action, pending) => (ctx) => moveToSlotFlow(ctx, { move: action, pending }),
  proposal: (action) => (ctx) => proposalAnswerFlow(ctx, action),
  keep: (action) => (ctx) => keepFlow(ctx, action.item),
  confirm_cancel: (action) => (ctx) => cancelItem(ctx, action.item),
  keep_clash: (action) => (ctx) => keepClashFlow(ctx, action.offer),
  skip_once: (action) => (ctx) => skipOnceFlow(ctx, action.reminderId),
  to_ticket: (action, pending) => (ctx) => heldToTicket(ctx, action.ticketId, pending?.held),
  new_request: (_action, pending, _data, turn) => heldAsNewRequest(understand, turn, pending?.held),
});

/** Button payloads are client-controlled: decoded strictly, and every flow checks ownership. */
export function buttonRoute(understand: Understand, mail: MailButtons): Route {
  const table = handlers(understand, mail);
  return (msg, turn) => {
    if (!msg.action) return undefined;
    const action = decodeButton(msg.action.data);
    if (!action) return say('itemGone');
    const handle = table[action.op] as ButtonHandler<ButtonOp>;
    return handle(action, turn.pending, msg.action.data, turn);
  };
}
