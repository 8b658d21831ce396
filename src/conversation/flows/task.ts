import type { InboundAttachment } from '../../kernel/messaging.js';
import { t } from '../../i18n/catalog.js';
import { formatIsoDay } from '../../i18n/format.js';
import { createTicket, ticketLabel } from '../../domain/tickets/service.js';
import type { TaskCategory, Understanding } from '../../understanding/contract.js';
import type { Flow, FlowContext } from '../flow.js';
import { instantOf } from '../../kernel/time.js';

export async function attachFiles(
  ctx: FlowContext,
  ticketId: string | null,
  attachments: InboundAttachment[],
): Promise<void> {
  if (attachments.length === 0) return;
  await ctx.db.attachment.createMany({
    data: attachments.map((a) => ({
      clientId: ctx.clientId,
      ticketId,
      messageId: ctx.messageId,
      kind: a.kind,
      fileName: a.fileName ?? null,
      mimeType: a.mimeType ?? null,
      sizeBytes: a.sizeBytes ?? null,
      channelFileId: a.fileId,
    })),
  });
  if (ticketId) {
    await ctx.db.ticketEvent.create({
      data: { ticketId, kind: 'attachment_added', actor: 'client', data: { count: attachments.length } },
    });
  }
}

/** Opens a ticket for the desk; used for tasks and for anything a human must look at. */
export async function openTicket(
  ctx: FlowContext,
  input: {
    summary: string;
    category: TaskCategory;
    due?: string | undefined;
    dueAt?: Date | undefined;
    attachments: InboundAttachment[];
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
  });
  await attachFiles(ctx, ticket.id, input.attachments);
  return { ticket, events: [{ type: 'ticket_created' as const, ticketId: ticket.id }] };
}

/** A request for the desk: a ticket with its due day and the files sent with it. */
export const taskFlow: Flow<{ understanding: Understanding; attachments: InboundAttachment[] }> = async (
  ctx,
  { understanding: u, attachments },
) => {
  const { ticket, events } = await openTicket(ctx, {
    summary: (u.text ?? '').trim() || ctx.text,
    category: u.category ?? 'other',
    due: u.due,
    dueAt: instantOf(u.when, ctx.tz),
    attachments,
  });
  const number = ticketLabel(ticket.number);
  const text = u.due
    ? t(ctx.lang, 'taskCreatedDue', { number, due: formatIsoDay(u.due, ctx.lang, ctx.now) })
    : t(ctx.lang, 'taskCreated', { number });
  return { reply: { text }, events, understood: true };
};
