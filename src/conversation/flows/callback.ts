import { ConflictError, NotFoundError } from '../../kernel/errors.js';
import { t } from '../../i18n/catalog.js';
import { chooseCallback } from '../../domain/segreteria/messages.js';
import { ticketLabel } from '../../domain/tickets/service.js';
import type { CallbackChoice } from '../../kernel/actions.js';
import type { FlowContext, FlowResult, TicketListener } from '../deps.js';

/** "Richiamo io" / "Richiama tu" under a message taken for the client: once, and only for their own message. */
export async function callbackFlow(
  ctx: FlowContext,
  takenMessageId: string,
  choice: CallbackChoice,
  listener: TicketListener | undefined,
): Promise<FlowResult> {
  try {
    const { caller, ticket } = await chooseCallback(ctx.db, {
      clientId: ctx.clientId,
      takenMessageId,
      choice,
      lang: ctx.lang,
      now: ctx.now,
      sourceMessageId: ctx.messageId,
    });
    if (!ticket) return { reply: { text: t(ctx.lang, 'callbackMine', { caller }) }, understood: true };
    return {
      reply: { text: t(ctx.lang, 'callbackOffice', { caller, number: ticketLabel(ticket.number) }) },
      afterCommit: async () => listener?.ticketCreated(ticket.id),
      understood: true,
    };
  } catch (err) {
    if (err instanceof NotFoundError) return { reply: { text: t(ctx.lang, 'itemGone') }, understood: true };
    if (err instanceof ConflictError) return { reply: { text: t(ctx.lang, 'callbackAlready') }, understood: true };
    throw err;
  }
}
