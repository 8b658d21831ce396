import { opensWithGreeting } from './small-talk.js';
import { ticketLabel } from '../domain/tickets/service.js';
import { t } from '../i18n/catalog.js';
import type { ItemRef } from '../kernel/actions.js';
import type { InboundMessage } from '../kernel/messaging.js';
import { missingSlots } from '../understanding/clarify.js';
import type { Understanding } from '../understanding/contract.js';
import type { FlowResult, Step } from './flow.js';
import { agendaFlow } from './flows/agenda.js';
import { bookingFlow } from './flows/booking.js';
import { cancelFlow } from './flows/cancel.js';
import { rescheduleFlow, rescheduleItem } from './flows/manage.js';
import { moveByRef } from './flows/move-by-ref.js';
import { reminderFlow } from './flows/reminder.js';
import { reminderBeforeNamedFlow } from './flows/reminder-before.js';
import { reminderWithEventFlow } from './flows/reminder-event.js';
import { freeSlotsFlow } from './flows/slots.js';
import { statusFlow } from './flows/status.js';
import { ticketStatusFlow } from './flows/ticket-status.js';
import { balanceFlow } from './flows/balance.js';
import { mailNewsFlow } from './flows/mail-news.js';
import { mailForwardFlow } from './flows/mail-forward.js';
import { mailReplyFlow } from './flows/mail-reply.js';
import { openTicket, taskFlow } from './flows/task.js';
import { timeIssueText } from './flows/when.js';
import { question } from './pending.js';
import { say, type Turn } from './turn.js';

/** What intent flows read of a message: its words (its files were kept when it arrived). */
type Said = Pick<InboundMessage, 'text'>;

/** A question asked back for what the understanding still misses. */
function askFor(u: Understanding, missing: ReturnType<typeof missingSlots>): Step {
  return async (ctx) => ({
    reply: { text: question(u, missing, ctx.lang) },
    pending: { understanding: u, missing },
    understood: true,
  });
}

/** A booking asked back for its time says first why the time named could not be used ("Il 31 febbraio non esiste."). */
function explainingTime(u: Understanding, step: Step): Step {
  const issue = u.timeIssue;
  if (issue === undefined) return step;
  return async (ctx) => {
    const result = await step(ctx);
    if (!result.pending?.missing.includes('when')) return result;
    const { timeIssue: _explained, ...understanding } = result.pending.understanding;
    return {
      ...result,
      reply: { ...result.reply, text: `${timeIssueText(issue, ctx.lang)} ${result.reply.text}` },
      pending: { ...result.pending, understanding },
    };
  };
}

/** A few words not understood (small talk was answered before) get examples; real content not understood twice goes to a human. */
function otherStep(msg: Said, misses: number): Step {
  const words = msg.text.trim().split(/\s+/).length;
  if (misses < 1 && opensWithGreeting(msg.text)) return say('greetingWithExamples');
  if (words <= 3) return say('notUnderstood', false);
  if (misses < 1) return say('notUnderstood', false);
  return async (ctx): Promise<FlowResult> => {
    const { ticket, events } = await openTicket(ctx, { summary: msg.text, category: 'other' });
    return {
      reply: { text: t(ctx.lang, 'handedToHuman', { number: ticketLabel(ticket.number) }) },
      events,
      understood: true,
    };
  };
}

/** The flow an understood message goes to; `itemRef` is the item a pending "Change time" is about. */
export function intentStep(u: Understanding, msg: Said, turn: Turn, itemRef?: ItemRef): Step {
  if (itemRef && u.intent === 'reschedule') return (ctx) => rescheduleItem(ctx, { item: itemRef, understanding: u });
  const missing = missingSlots(u);
  // a bare "annulla" with no question open: nothing to cancel, and no question that "annulla" would answer again
  if (u.intent === 'cancel' && missing.includes('target'))
    return turn.pending ? say('pendingDropped') : say('nothingPendingToCancel');
  if (missing.includes('target') || missing.includes('text')) return askFor(u, missing);
  switch (u.intent) {
    case 'reminder':
      if (u.event) return (ctx) => reminderWithEventFlow(ctx, { understanding: u, minutes: turn.defaultMinutes });
      if (u.when === undefined && u.rrule === undefined) return (ctx) => reminderBeforeNamedFlow(ctx, u);
      return (ctx) => reminderFlow(ctx, u);
    case 'booking':
      return explainingTime(u, (ctx) => bookingFlow(ctx, { understanding: u, minutes: turn.defaultMinutes }));
    case 'task':
      return (ctx) => taskFlow(ctx, { understanding: u });
    case 'agenda':
      return (ctx) => agendaFlow(ctx, u);
    case 'free_slots':
      return (ctx) => freeSlotsFlow(ctx, u);
    case 'cancel':
      return (ctx) => cancelFlow(ctx, u);
    case 'reschedule':
      if (missing.includes('when')) return askFor(u, missing);
      // "sposta la richiesta 1001 a venerdì": the number names the request, no guess by words
      if (u.ref !== undefined) return (ctx) => moveByRef(ctx, u, u.ref!);
      return (ctx) => rescheduleFlow(ctx, u);
    case 'status':
      return (ctx) => statusFlow(ctx, u);
    case 'help':
      return say('help');
    case 'ticket_status':
      return (ctx) => ticketStatusFlow(ctx, u);
    case 'balance':
      return (ctx) => balanceFlow(ctx, u);
    case 'mail_news':
      return (ctx) => mailNewsFlow(ctx, u);
    case 'mail_reply':
      return (ctx) => mailReplyFlow(ctx, { understanding: u });
    case 'mail_forward':
      return (ctx) => mailForwardFlow(ctx, u);
    case 'other':
      return otherStep(msg, turn.misses);
  }
}
