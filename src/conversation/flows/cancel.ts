import { skipNextOccurrence } from '../../domain/reminders/skip.js';
import { NotFoundError } from '../../kernel/errors.js';
import { describeWhen, formatDateTime, formatWhen } from '../../i18n/format.js';
import { t } from '../../i18n/catalog.js';
import { describeRecurrence } from '../../i18n/recurrence.js';
import { encodeButton, type ItemRef } from '../../kernel/actions.js';
import { openToClient } from '../../domain/tickets/lifecycle.js';
import { ticketLabel } from '../../domain/tickets/service.js';
import type { Understanding } from '../../understanding/contract.js';
import type { Flow, FlowContext, FlowResult } from '../flow.js';
import { requestRef, withoutRef } from '../refs.js';
import { governedTarget, matchByEventKind, matchTargets, namesExactly } from '../targets.js';
import { cancelItem, candidates, choiceButtons, withoutTied, type Choice } from './manage.js';
import { instantInTarget } from '../../understanding/rules/target-instant.js';

const LISTED_MAX = 5;

/** The number a cancel is about: "richiesta 1011", "#1011", or a target that is only a number. */
function refOf(text: string, target: string): number | undefined {
  return requestRef(text) ?? requestRef(target) ?? (/^\s*\d{1,9}\s*$/.test(target) ? Number(target) : undefined);
}

/** What is coming up, soonest first and briefly: bookings and reminders by their time, then the requests. */
function upcoming(ctx: FlowContext, all: Choice[]): string {
  if (!all.length) return t(ctx.lang, 'noOpenItems');
  const time = (c: Choice) => c.at?.getTime() ?? Number.MAX_SAFE_INTEGER;
  const soonest = [...all].sort((a, b) => time(a) - time(b));
  const list = soonest
    .slice(0, LISTED_MAX)
    .map((c) => c.choice)
    .join('; ');
  return t(ctx.lang, 'upcomingItems', { list, more: all.length - LISTED_MAX });
}

/** Said when a request number is not one of the client's: their open requests, else what is coming up. */
export async function openRequests(ctx: FlowContext, all: Choice[]): Promise<string> {
  const tickets = await ctx.db.ticket.findMany({
    where: openToClient(ctx.clientId),
    orderBy: { number: 'asc' },
    select: { number: true, summary: true },
  });
  if (!tickets.length) return upcoming(ctx, all);
  const list = tickets
    .slice(0, LISTED_MAX)
    .map((tk) => `${ticketLabel(tk.number)} «${tk.summary}»`)
    .join('; ');
  return t(ctx.lang, 'openRequests', { count: tickets.length, list });
}

const yesNo = (ctx: FlowContext, item: ItemRef) => [
  [
    { label: t(ctx.lang, 'buttonYes'), data: encodeButton({ op: 'confirm_cancel', item }) },
    { label: t(ctx.lang, 'buttonNo'), data: encodeButton({ op: 'keep', item }) },
  ],
];

const asked = (text: string, buttons: FlowResult['reply']['buttons'], item: ItemRef): FlowResult => ({
  reply: { text, buttons },
  pending: { understanding: { intent: 'cancel' }, missing: [], confirmCancel: item },
  understood: true,
});

/**
 * An exact request number: that request (or the booking the office arranges for it), with no
 * question, unless an assistant already holds it: work in progress is cancelled only on a yes.
 */
async function cancelByRef(ctx: FlowContext, ref: number, all: Choice[]): Promise<FlowResult> {
  const ticket = await ctx.db.ticket.findFirst({
    where: { ...openToClient(ctx.clientId), number: ref },
    select: {
      id: true,
      number: true,
      summary: true,
      assignee: { select: { name: true } },
      bookings: { where: { status: { in: ['requested', 'confirmed'] } }, select: { id: true } },
    },
  });
  if (!ticket) {
    const text = `${t(ctx.lang, 'refNotFound', { number: ticketLabel(ref) })} ${await openRequests(ctx, all)}`;
    return { reply: { text }, understood: true };
  }
  const booking = ticket.bookings[0];
  const item: ItemRef = booking ? { kind: 'booking', id: booking.id } : { kind: 'ticket', id: ticket.id };
  return ticket.assignee ? asked(askTicket(ctx, ticket), yesNo(ctx, item), item) : cancelItem(ctx, item);
}

/** "Annullo «…» (richiesta #1011)?", first saying who is already working on it. */
function askTicket(
  ctx: FlowContext,
  ticket: { number: number; summary: string; assignee: { name: string } | null },
): string {
  const params = { summary: ticket.summary, number: ticketLabel(ticket.number) };
  if (!ticket.assignee) return t(ctx.lang, 'confirmCancelTicket', params);
  const who = ticket.assignee.name.trim().split(/\s+/)[0] ?? ticket.assignee.name;
  return t(ctx.lang, 'confirmCancelWorkedOn', { ...params, who });
}

/**
 * An item the words were taken to mean, asked first: one booking a kind of event named ("la cena":
 * "Annullo «tavolo da Gino», …?" whatever its status), or a reminder whose text the words only speak of.
 */
export async function confirmGuess(ctx: FlowContext, item: ItemRef): Promise<FlowResult> {
  if (item.kind === 'ticket') return confirmOrCancel(ctx, item);
  if (item.kind === 'reminder') {
    const reminder = await ctx.db.reminder.findFirstOrThrow({ where: { id: item.id, clientId: ctx.clientId } });
    const when = reminder.nextOccurrenceAt ? formatWhen(reminder.nextOccurrenceAt, ctx.lang, ctx.tz, ctx.now) : '';
    return asked(t(ctx.lang, 'confirmCancelReminder', { text: reminder.text, when }), yesNo(ctx, item), item);
  }
  const booking = await ctx.db.booking.findFirstOrThrow({ where: { id: item.id, clientId: ctx.clientId } });
  const when = describeWhen(booking, ctx.lang, ctx.tz, ctx.now);
  return asked(t(ctx.lang, 'confirmCancelBooking', { title: booking.title, when }), yesNo(ctx, item), item);
}

/**
 * One item matched by words: a request or a confirmed booking is cancelled only on a yes; a
 * recurring reminder asks whether the whole series stops or only the next time; the rest is
 * cancelled at once, unless the words were heard in a voice note (asked first).
 */
async function confirmOrCancel(ctx: FlowContext, item: ItemRef): Promise<FlowResult> {
  if (item.kind === 'ticket') {
    const ticket = await ctx.db.ticket.findFirstOrThrow({
      where: { id: item.id, clientId: ctx.clientId },
      select: { number: true, summary: true, assignee: { select: { name: true } } },
    });
    return asked(askTicket(ctx, ticket), yesNo(ctx, item), item);
  }
  if (item.kind === 'booking') {
    const booking = await ctx.db.booking.findFirstOrThrow({ where: { id: item.id, clientId: ctx.clientId } });
    // an office booking is a request the desk may already be working on: asked like one
    if (booking.status !== 'confirmed' && !booking.ticketId && !ctx.spoken) return cancelItem(ctx, item);
    const when = describeWhen(booking, ctx.lang, ctx.tz, ctx.now);
    return asked(t(ctx.lang, 'confirmCancelBooking', { title: booking.title, when }), yesNo(ctx, item), item);
  }
  const reminder = await ctx.db.reminder.findFirstOrThrow({ where: { id: item.id, clientId: ctx.clientId } });
  if (!reminder.rrule || !reminder.nextOccurrenceAt)
    return ctx.spoken ? confirmGuess(ctx, item) : cancelItem(ctx, item);
  const text = t(ctx.lang, 'confirmCancelSeries', {
    text: reminder.text,
    recurrence: describeRecurrence(reminder.rrule, ctx.lang),
    next: formatDateTime(reminder.nextOccurrenceAt, ctx.lang, ctx.tz, ctx.now),
  });
  const buttons = [
    [
      { label: t(ctx.lang, 'buttonWholeSeries'), data: encodeButton({ op: 'cancel', item }) },
      { label: t(ctx.lang, 'buttonOnlyThisTime'), data: encodeButton({ op: 'skip_once', reminderId: item.id }) },
    ],
    [{ label: t(ctx.lang, 'buttonNo'), data: encodeButton({ op: 'keep', item }) }],
  ];
  return asked(text, buttons, item);
}

/** "annulla …": a request number cancels that request; words find the item, asked first when it is costly; several fit → buttons. */
export const cancelFlow: Flow<Understanding> = async (ctx, u) => {
  const target = u.target ?? '';
  const all = await candidates(ctx, ['reminder', 'booking', 'ticket']);
  const ref = refOf(ctx.text, target);
  if (ref !== undefined) return cancelByRef(ctx, ref, all);
  // the words the verb governs, not the reason said with them ("…cancellala, l'hanno spostata")
  const governed = governedTarget(ctx.text);
  const byGoverned = governed ? matchTargets(withoutRef(governed), all) : [];
  const named = withoutTied(byGoverned.length ? byGoverned : matchTargets(withoutRef(target), all));
  // "annulla la cena" for "tavolo da Gino": a guess by the kind of event is asked first, never cancelled at once
  const guessed = named.length ? [] : matchByEventKind(withoutRef(governed ?? target), all);
  if (guessed.length === 1) return confirmGuess(ctx, guessed[0]!);
  const found = named.length ? named : guessed;
  // a reminder found by words that do not name it ("la riunione col commercialista" in its text) is asked first
  if (found.length === 1 && !namesExactly(withoutRef(governed ?? target), found[0]!))
    return confirmGuess(ctx, found[0]!);
  if (found.length === 1) return confirmOrCancel(ctx, found[0]!);
  // "cancel my 3pm": what is at that time, always asked first
  const atTime = found.length ? [] : itemsAt(ctx, withoutRef(governed ?? target), all);
  if (atTime.length === 1) return confirmGuess(ctx, atTime[0]!);
  if (atTime.length > 1)
    return { reply: { text: t(ctx.lang, 'whichOne'), buttons: choiceButtons(atTime, 'cancel') }, understood: true };
  if (found.length === 0) {
    const text = `${t(ctx.lang, 'nothingMatches', { target: governed ?? target })} ${upcoming(ctx, all)}`;
    return { reply: { text }, understood: true };
  }
  return {
    reply: { text: t(ctx.lang, 'whichOne'), buttons: choiceButtons(found as Choice[], 'cancel') },
    understood: true,
  };
};

/** "No" to "Annullo «…»?": nothing changes. */
export const keepFlow: Flow<ItemRef> = async (ctx) => ({
  reply: { text: t(ctx.lang, 'keptAsItIs') },
  pending: null,
  understood: true,
});

/** "Solo questa volta": the next time of a recurring reminder is skipped, the series goes on. */
export const skipOnceFlow: Flow<string> = async (ctx, reminderId) => {
  try {
    const { reminder, skipped, next, planned, unscheduled } = await skipNextOccurrence(
      ctx.db,
      ctx.clientId,
      reminderId,
      ctx.now,
    );
    const when = (at: Date) => formatDateTime(at, ctx.lang, ctx.tz, ctx.now);
    const text = next
      ? t(ctx.lang, 'skippedOnce', { text: reminder.text, skipped: when(skipped), next: when(next) })
      : t(ctx.lang, 'skippedLast', { text: reminder.text, skipped: when(skipped) });
    return {
      reply: { text },
      pending: null,
      events: [
        { type: 'reminder_occurrences_dropped', occurrenceIds: unscheduled },
        ...(planned
          ? [{ type: 'reminder_occurrence_planned' as const, occurrenceId: planned.id, dueAt: planned.dueAt }]
          : []),
      ],
      understood: true,
    };
  } catch (err) {
    if (err instanceof NotFoundError) return { reply: { text: t(ctx.lang, 'itemGone') }, understood: true };
    throw err;
  }
};

/** The items at the clock time the words say ("my 3pm", "quello delle 15 di domani"), a tied reminder left to its booking. */
function itemsAt(ctx: FlowContext, target: string, all: Choice[]): Choice[] {
  const when = instantInTarget(target, { now: ctx.now, tz: ctx.tz, lang: ctx.lang });
  const at = when === undefined ? undefined : new Date(when).getTime();
  return withoutTied(all.filter((c) => c.at !== null && c.at.getTime() === at));
}
