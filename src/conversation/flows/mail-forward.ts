import { findSenders, senderLabel, type SenderMail } from '../../domain/mailbox/senders.js';
import { createTicket, ticketLabel } from '../../domain/tickets/service.js';
import { mailChatTexts } from '../../i18n/mail-chat.js';
import type { DomainEvent } from '../../kernel/events.js';
import type { Understanding } from '../../understanding/contract.js';
import type { Flow, FlowContext, FlowResult } from '../flow.js';
import { taskFlow } from './task.js';

/** E-mails passed on in one request, newest first; older ones stay in the mailbox. */
const FORWARDED_AT_MOST = 20;
const OPEN = ['open', 'claimed', 'waiting_client'] as const;

/** What the desk reads of one e-mail passed on. */
function mailBlock(mail: SenderMail): string {
  const head = [
    `From: ${senderLabel({ name: mail.fromName, address: mail.fromAddress })}`,
    `Subject: ${mail.subject ?? ''}`,
    ...(mail.sentAt ? [`Date: ${mail.sentAt.toISOString()}`] : []),
  ];
  return [head.join('\n'), mail.text ?? ''].filter(Boolean).join('\n\n');
}

const details = (mails: SenderMail[]) => mails.map(mailBlock).join('\n\n---\n\n');

/** The desk's open ticket already holding e-mails of these senders, if any. */
async function openTicketOf(ctx: FlowContext, mails: SenderMail[]) {
  const ids = [...new Set(mails.flatMap((m) => (m.ticketId ? [m.ticketId] : [])))];
  if (ids.length === 0) return null;
  return ctx.db.ticket.findFirst({
    where: { id: { in: ids }, clientId: ctx.clientId, status: { in: [...OPEN] } },
    orderBy: [{ createdAt: 'desc' }, { number: 'desc' }],
  });
}

/** The e-mails not with the office yet join its open ticket: its text grows, the card is redrawn. */
async function addToTicket(
  ctx: FlowContext,
  ticket: { id: string; number: number; details: string },
  mails: SenderMail[],
  from: string,
): Promise<FlowResult> {
  const texts = mailChatTexts[ctx.lang];
  const ref = ticketLabel(ticket.number);
  if (mails.length === 0) return { reply: { text: texts.forwardAlready({ from, ref }) }, understood: true };
  await ctx.db.ticket.update({
    where: { id: ticket.id },
    data: { details: `${ticket.details}\n\n---\n\n${details(mails)}` },
  });
  await ctx.db.mailMessage.updateMany({ where: { id: { in: mails.map((m) => m.id) } }, data: { ticketId: ticket.id } });
  await ctx.db.ticketEvent.create({
    data: {
      ticketId: ticket.id,
      kind: 'client_message',
      actor: 'client',
      data: { forwardedMails: mails.length },
      createdAt: ctx.now,
    },
  });
  const events: DomainEvent[] = [{ type: 'ticket_state_changed', ticketId: ticket.id }];
  return { reply: { text: texts.forwardAdded({ count: mails.length, from, ref }) }, events, understood: true };
}

/**
 * "Inoltra all'ufficio le email di Rossi": the sender's e-mails (the newest twenty) go to the desk
 * as one email ticket, or join the one already open for them; the client hears it in one line.
 */
export const mailForwardFlow: Flow<Understanding> = async (ctx, u) => {
  const named = u.with ?? '';
  const found = await findSenders(ctx.db, ctx.clientId, named);
  const texts = mailChatTexts[ctx.lang];
  if (found.kind === 'no_mailbox')
    return taskFlow(ctx, { understanding: { intent: 'task', text: ctx.text, category: 'email' } });
  if (found.kind === 'none')
    return { reply: { text: texts.noMailFrom({ named, recent: found.recent.join(', ') }) }, understood: true };
  const mails = found.senders
    .flatMap((s) => s.mails)
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
    .slice(0, FORWARDED_AT_MOST);
  const from = found.senders.map((s) => s.name ?? s.address).join(', ');
  const open = await openTicketOf(ctx, mails);
  if (open)
    return addToTicket(
      ctx,
      open,
      mails.filter((m) => m.ticketId !== open.id),
      from,
    );
  const ticket = await createTicket(ctx.db, {
    clientId: ctx.clientId,
    summary: texts.forwardSummary({ from }),
    details: details(mails),
    category: 'email',
    sourceMessageId: ctx.messageId,
    now: ctx.now,
  });
  await ctx.db.mailMessage.updateMany({ where: { id: { in: mails.map((m) => m.id) } }, data: { ticketId: ticket.id } });
  return {
    reply: { text: texts.forwardNew({ count: mails.length, from, ref: ticketLabel(ticket.number) }) },
    events: [{ type: 'ticket_created', ticketId: ticket.id }],
    understood: true,
  };
};
