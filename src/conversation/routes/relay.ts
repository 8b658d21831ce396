import { recordClientMessage, ticketOfClientMessage } from '../../domain/tickets/relay.js';
import { ticketLabel } from '../../domain/tickets/service.js';
import type { Db } from '../../infra/db/types.js';
import { t } from '../../i18n/catalog.js';
import type { InboundMessage } from '../../kernel/messaging.js';
import type { Step } from '../flow.js';
import { attachFiles } from '../flows/task.js';
import type { Route } from '../turn.js';

/** A message about an active ticket goes to the assistant's thread, not to the intent flows. */
function relayStep(ticket: { id: string; number: number }, msg: InboundMessage): Step {
  return async (ctx) => {
    await recordClientMessage(ctx.db, { ticketId: ticket.id, messageId: ctx.messageId, now: ctx.now });
    await attachFiles(ctx, ticket.id, msg.attachments);
    ctx.logger.info(
      { clientId: ctx.clientId, ticketId: ticket.id, chars: msg.text.length },
      'client message relayed to the desk',
    );
    return {
      reply: { text: t(ctx.lang, 'relayedToDesk', { number: ticketLabel(ticket.number) }) },
      events: [{ type: 'client_wrote', ticketId: ticket.id, messageId: ctx.messageId }],
      understood: true,
    };
  };
}

/** The client answering an assistant (a reply to the thread's message, or a ticket waiting for them). */
export function relayRoute(db: Db): Route {
  return async (msg, turn) => {
    const ticket = await ticketOfClientMessage(db, {
      clientId: turn.clientId,
      conversationId: turn.conversationId,
      replyToExternalMessageId: msg.replyToExternalMessageId,
    });
    return ticket ? relayStep(ticket, msg) : undefined;
  };
}
