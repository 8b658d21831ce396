import { ticketOfReply, ticketsInConversation, type TicketInConversation } from '../../domain/tickets/relay.js';
import type { Db } from '../../infra/db/types.js';
import type { InboundMessage } from '../../kernel/messaging.js';
import { readingOf } from '../context.js';
import type { Step } from '../flow.js';
import { attachFiles } from '../flows/task.js';
import type { Route } from '../turn.js';
import { askWhichThread, holdAnother } from './held.js';
import { relayedLine, relayMessages } from '../flows/thread.js';

/** A message about an active ticket goes to the assistant's thread, not to the intent flows. */
function relayStep(ticket: { id: string }, msg: InboundMessage): Step {
  return async (ctx) => {
    const events = await relayMessages(ctx, ticket.id, [ctx.messageId]);
    await attachFiles(ctx, ticket.id);
    ctx.logger.info(
      { clientId: ctx.clientId, ticketId: ticket.id, chars: msg.text.length },
      'client message relayed to the desk',
    );
    return { reply: { text: await relayedLine(ctx, ticket.id) }, events, understood: true };
  };
}

/**
 * The client talking with an assistant: a reply to the thread's message goes there; while an
 * assistant is talking with them about a ticket, a message that is not clearly a new request
 * goes there too, and one that could be either (or could be for several tickets) is asked about.
 */
export function relayRoute(db: Db): Route {
  return async (msg, turn) => {
    const replied = await ticketOfReply(db, {
      clientId: turn.clientId,
      conversationId: turn.conversationId,
      replyToExternalMessageId: msg.replyToExternalMessageId,
    });
    if (replied) return relayStep(replied, msg);
    // the bot's own open question takes the answer
    if (turn.pending && !turn.pending.held) return undefined;
    const tickets: TicketInConversation[] = await ticketsInConversation(db, turn.clientId, turn.now);
    const reading = readingOf(msg.text);
    if (tickets.length === 0 || reading === 'request') return undefined;
    if (turn.pending?.held) return holdAnother(turn.pending, msg);
    if (reading === 'answer' && tickets.length === 1) return relayStep(tickets[0]!, msg);
    return askWhichThread(tickets, msg);
  };
}
