import { t } from '../../i18n/catalog.js';
import { formatIsoDay, formatWhen } from '../../i18n/format.js';
import { createTicket, ticketLabel } from '../../domain/tickets/service.js';
import type { TaskCategory, Understanding } from '../../understanding/contract.js';
import type { Flow, FlowContext } from '../flow.js';
import { instantOf } from '../../kernel/time.js';

/**
 * The files of the message being handled (kept when it arrived, see handle.ts) join a ticket;
 * returns how many did.
 */
export async function attachFiles(ctx: FlowContext, ticketId: string): Promise<number> {
  const { count } = await ctx.db.attachment.updateMany({
    where: { messageId: ctx.messageId, clientId: ctx.clientId, ticketId: null },
    data: { ticketId },
  });
  if (count > 0) {
    await ctx.db.ticketEvent.create({
      data: { ticketId, kind: 'attachment_added', actor: 'client', data: { count } },
    });
  }
  return count;
}

/** Opens a ticket for the desk; used for tasks and for anything a human must look at. */
export async function openTicket(
  ctx: FlowContext,
  input: {
    summary: string;
    category: TaskCategory;
    due?: string | undefined;
    dueAt?: Date | undefined;
  },
) {
  const ticket = await createTicket(ctx.db, {
    clientId: ctx.clientId,
    summary: input.summary,
    details: ctx.text,
    category: input.category,
    due: input.due,
    dueAt: input.dueAt,
    sourceMessageId: ctx.messageId,
    now: ctx.now,
  });
  await attachFiles(ctx, ticket.id);
  return { ticket, events: [{ type: 'ticket_created' as const, ticketId: ticket.id }] };
}

/** "…il listino? è per le clienti straniere": a question or an exclamation, then another sentence (a stop may close "Dott.") */
const SENTENCE_BREAK = /[?!]+\s+(?=\S+\s+\S)/u;
/** "…into Italian for me", "…per me": the client is who the office works for anyway */
const FOR_ME = /\s+(?:for me|per me)$/iu;
const MIN_SUMMARY_WORDS = 3;

/**
 * The title of a request, as the client and the desk read it in lists: its first sentence (what
 * follows stays in the details), without a closing question mark or "for me".
 */
export function taskSummary(text: string): string {
  const whole = text.trim();
  const first = whole.split(SENTENCE_BREAK)[0]!;
  const cut = first.split(/\s+/).length >= MIN_SUMMARY_WORDS ? first : whole;
  const bare = cut.replace(/\s*[?]+$/u, '');
  const mine = bare.replace(FOR_ME, '');
  return mine.split(/\s+/).length >= MIN_SUMMARY_WORDS ? mine : bare;
}

/** A request for the desk: a ticket with its due day and the files sent with it. */
export const taskFlow: Flow<{ understanding: Understanding }> = async (ctx, { understanding: u }) => {
  const { ticket, events } = await openTicket(ctx, {
    summary: taskSummary(u.text ?? '') || ctx.text,
    category: u.category ?? 'other',
    due: u.due,
    dueAt: instantOf(u.when, ctx.tz),
  });
  const number = ticketLabel(ticket.number);
  // "entro le 12": the hour it is due by, as the client said it ("entro oggi alle 12:00")
  const dueAt = instantOf(u.when, ctx.tz);
  const due = dueAt ? formatWhen(dueAt, ctx.lang, ctx.tz, ctx.now) : u.due && formatIsoDay(u.due, ctx.lang, ctx.now);
  const text = due ? t(ctx.lang, 'taskCreatedDue', { number, due }) : t(ctx.lang, 'taskCreated', { number });
  return { reply: { text }, events, understood: true };
};
