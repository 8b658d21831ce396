import { ticketOfReply, ticketsInConversation, type TicketInConversation } from '../../domain/tickets/relay.js';
import type { Db } from '../../infra/db/types.js';
import type { InboundMessage } from '../../kernel/messaging.js';
import { readingOf } from '../context.js';
import { smallTalkOf } from '../small-talk.js';
import { decodeButton } from '../../kernel/actions.js';
import type { Step } from '../flow.js';
import { attachFiles } from '../flows/task.js';
import { UNDERSTAND_MAX_CHARS, type Route, type Turn } from '../turn.js';
import type { Understand } from '../../understanding/understand.js';
import { intents, type Intent } from '../../understanding/contract.js';
import { askWhichThread, holdAnother } from './held.js';
import { relayedAnswer, relayMessages } from '../flows/thread.js';

/** A message about an active ticket goes to the assistant's thread, not to the intent flows. */
function relayStep(ticket: { id: string }, msg: InboundMessage): Step {
  return async (ctx) => {
    const events = await relayMessages(ctx, ticket.id, [ctx.messageId]);
    await attachFiles(ctx, ticket.id);
    ctx.logger.info(
      { clientId: ctx.clientId, ticketId: ticket.id, chars: msg.text.length },
      'client message relayed to the desk',
    );
    return { ...(await relayedAnswer(ctx, ticket.id)), events, understood: true };
  };
}

/** Whether the last message the client got here came from an assistant (it belongs to a ticket) rather than the bot. */
async function assistantSpokeLast(db: Db, conversationId: string): Promise<boolean> {
  const last = await db.message.findFirst({
    where: { conversationId, direction: 'outbound' },
    orderBy: { createdAt: 'desc' },
    select: { ticketId: true },
  });
  return Boolean(last?.ticketId);
}

/**
 * Questions and orders only the bot can take ("il tavolo da Mario è prenotato?", "cosa ho
 * domani"), never an answer to a person: every intent but those an answer could also read as.
 */
const botOnlyIntents: ReadonlySet<Intent> = new Set(
  intents.filter((intent) => !['reminder', 'booking', 'task', 'other'].includes(intent)),
);

async function askedOfTheBot(understand: Understand, text: string, turn: Turn): Promise<boolean> {
  const { understanding } = await understand(text.slice(0, UNDERSTAND_MAX_CHARS), {
    now: turn.now,
    tz: turn.tz,
    lang: turn.lang,
    llmAllowed: turn.llmAllowed,
  });
  return botOnlyIntents.has(understanding.intent);
}

/**
 * The client's answer to "per la richiesta in corso o nuova?" since the assistant last wrote:
 * asked once, it holds for the next messages that could be either ('new', a ticket id, or none).
 */
async function choiceSinceAssistant(db: Db, conversationId: string): Promise<'new' | string | undefined> {
  const assistant = await db.message.findFirst({
    where: { conversationId, direction: 'outbound', ticketId: { not: null } },
    orderBy: { createdAt: 'desc' },
    select: { createdAt: true },
  });
  const choice = await db.message.findFirst({
    where: {
      conversationId,
      direction: 'inbound',
      kind: 'button',
      OR: [{ body: 'nr' }, { body: { startsWith: 'tt:' } }],
      ...(assistant ? { createdAt: { gt: assistant.createdAt } } : {}),
    },
    orderBy: { createdAt: 'desc' },
    select: { body: true },
  });
  const action = choice?.body ? decodeButton(choice.body) : null;
  if (action?.op === 'new_request') return 'new';
  return action?.op === 'to_ticket' ? action.ticketId : undefined;
}

/**
 * The client talking with an assistant: a reply to the thread's message goes there; while an
 * assistant is talking with them about a ticket, a message that is not clearly a new request
 * goes there too, and one that could be either (or could be for several tickets) is asked about.
 */
export function relayRoute(db: Db, understand: Understand): Route {
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
    // "👍", "grazie" right after the bot's own answer are for the bot, not the assistant
    if (smallTalkOf(msg.text) && !(await assistantSpokeLast(db, turn.conversationId))) return undefined;
    if (turn.pending?.held) return holdAnother(turn.pending, msg);
    if (reading === 'answer' && tickets.length === 1) return relayStep(tickets[0]!, msg);
    const chosen = await choiceSinceAssistant(db, turn.conversationId);
    if (chosen === 'new' || (await askedOfTheBot(understand, msg.text, turn))) return undefined;
    const ticket = tickets.find((tk) => tk.id === chosen);
    if (ticket) return relayStep(ticket, msg);
    return askWhichThread(tickets, msg);
  };
}
