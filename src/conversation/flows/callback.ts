import { ConflictError, NotFoundError } from '../../kernel/errors.js';
import { t } from '../../i18n/catalog.js';
import { chooseCallback } from '../../domain/segreteria/messages.js';
import { defaultAgencyWeek } from '../../domain/delivery/business-hours.js';
import { ticketLabel } from '../../domain/tickets/service.js';
import type { CallbackChoice } from '../../kernel/actions.js';
import type { Flow } from '../flow.js';

/** "Richiamo io" / "Richiama tu" under a message taken for the client: once, and only for their own message. */
export const callbackFlow: Flow<{ takenMessageId: string; choice: CallbackChoice }> = async (
  ctx,
  { takenMessageId, choice },
) => {
  try {
    const { caller, ticket } = await chooseCallback(ctx.db, {
      clientId: ctx.clientId,
      takenMessageId,
      choice,
      lang: ctx.lang,
      now: ctx.now,
      sourceMessageId: ctx.messageId,
      agencyHours: { tz: ctx.agencyTz, week: defaultAgencyWeek },
    });
    if (!ticket) return { reply: { text: t(ctx.lang, 'callbackMine', { caller }) }, understood: true };
    return {
      reply: { text: t(ctx.lang, 'callbackOffice', { caller, number: ticketLabel(ticket.number) }) },
      events: [{ type: 'ticket_created', ticketId: ticket.id }],
      understood: true,
    };
  } catch (err) {
    if (err instanceof NotFoundError) return { reply: { text: t(ctx.lang, 'itemGone') }, understood: true };
    if (err instanceof ConflictError) return { reply: { text: t(ctx.lang, 'callbackAlready') }, understood: true };
    throw err;
  }
};
