import { ticketOfReply, type TicketInConversation } from '../../domain/tickets/relay.js';
import type { Db } from '../../infra/db/types.js';
import type { InboundMessage } from '../../kernel/messaging.js';
import { asksNewWork, readingOf, type Reading } from '../context.js';
import { unsign } from '../flows/ticket-exchange.js';
import { fragmentShaped, holdStep, isPlainText } from '../fragments.js';
import { currentThread, namedTicket, ticketsTalking } from '../threads.js';
import { sharesWords } from '../targets.js';
import { instantOf } from '../../kernel/time.js';
import { smallTalkOf } from '../small-talk.js';
import { decodeButton } from '../../kernel/actions.js';
import type { Step } from '../flow.js';
import { attachFiles } from '../flows/task.js';
import { UNDERSTAND_MAX_CHARS, type Route, type Turn } from '../turn.js';
import type { Understand } from '../../understanding/understand.js';
import { intents, type Intent, type Understanding } from '../../understanding/contract.js';
import { askWhichThread, holdAnother } from './held.js';
import { relayedAnswer, relayMessages } from '../flows/thread.js';

/** A message about an active ticket goes to the assistant's thread, not to the intent flows. */
function relayStep(ticket: { id: string }, msg: InboundMessage, joinedIds: string[]): Step {
  return async (ctx) => {
    const events = await relayMessages(ctx, ticket.id, [...joinedIds, ctx.messageId]);
    await attachFiles(ctx, ticket.id);
    ctx.logger.info(
      { clientId: ctx.clientId, ticketId: ticket.id, chars: msg.text.length },
      'client message relayed to the desk',
    );
    return { ...(await relayedAnswer(ctx, ticket.id)), events, understood: true };
  };
}

/**
 * Whether the last message the client got here came from an assistant about a ticket still in
 * conversation, rather than from the bot: thanks for a request just closed ("La richiesta #1001
 * è completata") are for the bot, not for another assistant still talking with the client.
 */
async function assistantSpokeLast(db: Db, conversationId: string, tickets: TicketInConversation[]): Promise<boolean> {
  const last = await db.message.findFirst({
    where: { conversationId, direction: 'outbound' },
    orderBy: { createdAt: 'desc' },
    select: { ticketId: true },
  });
  return tickets.some((tk) => tk.id === last?.ticketId);
}

/**
 * The ticket whose assistant asked the last thing the client read here ("Tono cortese o deciso?"):
 * words that are no order of their own ("deciso, era scaduta il 15 novembre") answer it.
 */
async function questionLastRead(
  db: Db,
  conversationId: string,
  tickets: TicketInConversation[],
): Promise<TicketInConversation | undefined> {
  const last = await db.message.findFirst({
    where: { conversationId, direction: 'outbound' },
    orderBy: { createdAt: 'desc' },
    select: { ticketId: true, body: true },
  });
  const ticket = tickets.find((tk) => tk.id === last?.ticketId);
  const words = ticket && last?.body ? unsign(last.body, ticket.number)?.text : undefined;
  return words?.trim().endsWith('?') ? ticket : undefined;
}

/**
 * Questions and orders only the bot can take ("il tavolo da Mario è prenotato?", "cosa ho
 * domani"), never an answer to a person: every intent but those an answer could also read as.
 */
const botOnlyIntents: ReadonlySet<Intent> = new Set(
  intents.filter((intent) => !['reminder', 'booking', 'task', 'other'].includes(intent)),
);

type Shape = { shape: 'bot' | 'request' | 'other'; understanding: Understanding };

/** What an unsure message reads as: for the bot only, a request shape of its own, or words for a person. */
async function shapeOf(understand: Understand, text: string, turn: Turn): Promise<Shape> {
  const { understanding } = await understand(text.slice(0, UNDERSTAND_MAX_CHARS), {
    now: turn.now,
    tz: turn.tz,
    lang: turn.lang,
    llmAllowed: turn.llmAllowed,
  });
  if (botOnlyIntents.has(understanding.intent)) return { shape: 'bot', understanding };
  // a task of no kind the office knows ("metti anche lo sconto del 30%") is as likely words for the assistant
  const unclassed = understanding.intent === 'task' && (understanding.category ?? 'other') === 'other';
  const other = understanding.intent === 'other' || unclassed;
  return { shape: other ? 'other' : 'request', understanding };
}

/** The last words an assistant wrote the client here about one of the tickets in conversation. */
async function assistantLastWords(
  db: Db,
  conversationId: string,
  tickets: TicketInConversation[],
): Promise<string | undefined> {
  const messages = await db.message.findMany({
    where: { conversationId, direction: 'outbound', ticketId: { in: tickets.map((tk) => tk.id) } },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: 5,
    select: { ticketId: true, body: true },
  });
  for (const m of messages) {
    const ticket = tickets.find((tk) => tk.id === m.ticketId);
    const words = ticket && m.body ? unsign(m.body, ticket.number)?.text : undefined;
    if (words) return words;
  }
  return undefined;
}

/**
 * A request of its own once the assistant's question was answered: "martedì alle 11 call con la
 * banca" (a time of its own) or "mi trovi un idraulico?" (an object of its own) speaks of nothing
 * the assistant said; a dated booking or reminder may share words with the request's title (the
 * same client's name) and still be new. Words shared with what was said keep the question.
 */
async function ownRequest(
  db: Db,
  turn: Turn,
  tickets: TicketInConversation[],
  text: string,
  { understanding }: Shape,
): Promise<boolean> {
  const said = await assistantLastWords(db, turn.conversationId, tickets);
  if (said && sharesWords(text, said)) return false;
  // a time already past ("è arrivato stamattina") tells of something done, not asked for
  const at = understanding.when ? instantOf(understanding.when, turn.tz, 23) : undefined;
  const dated = ['booking', 'reminder'].includes(understanding.intent) && at !== undefined && at > turn.now;
  if (dated) return true;
  return understanding.intent === 'task' && !tickets.some((tk) => sharesWords(text, tk.summary));
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

/** "quanto costa più o meno?", "e quando sarebbe pronta", "roughly how much is it?": a question. */
const QUESTION =
  /\?\s*$|^(?:(?:e|ma|ok|and|but|so)[,\s]+)?(?:quanto|quanti|quante|quando|come|cosa|che cosa|chi|perch[eé]|dove|qual[ei]?|how|what|when|who|why|where|which)(?![\p{L}\p{N}])/iu;

/**
 * The request words with no request of their own are about: the one they name, else, for a
 * question ("quanto costa più o meno?", "roughly how much is it?"), the thread the client is in
 * (they just answered its assistant and wrote to the bot about nothing else since). News that
 * names nothing ("la banca ha mandato il modulo") may be about anything: asked.
 */
async function followedThread(
  db: Db,
  conversationId: string,
  tickets: TicketInConversation[],
  text: string,
): Promise<TicketInConversation | undefined> {
  const named = namedTicket(tickets, text);
  if (named || !QUESTION.test(text.trim())) return named;
  return currentThread(db, conversationId, tickets);
}

/**
 * Where a message that could be for an assistant goes: a short answer to the thread the client is
 * in; words naming one ticket to it, and a question with no request of its own to the thread the
 * client is in; a request of its own ("mi serve anche…") is asked about,
 * unless the client already said where such messages go.
 */
async function threadStep(
  { db, understand }: { db: Db; understand: Understand },
  msg: InboundMessage,
  turn: Turn,
  tickets: TicketInConversation[],
  reading: Reading,
): Promise<Step | undefined> {
  const shaped = await shapeOf(understand, msg.text, turn);
  // "ok sono tornata": a status is for the office (the desk card shows it), never an answer
  if (shaped.understanding.intent === 'status') return undefined;
  if (reading === 'answer') {
    const current = await currentThread(db, turn.conversationId, tickets);
    const ticket = current ?? (tickets.length === 1 ? tickets[0] : namedTicket(tickets, msg.text));
    if (ticket) return relayStep(ticket, msg, turn.joinedIds);
  }
  const chosen = await choiceSinceAssistant(db, turn.conversationId);
  if (chosen === 'new' || shaped.shape === 'bot') return undefined;
  // the assistant's question, last read, takes what could answer it
  const asked = await questionLastRead(db, turn.conversationId, tickets);
  // a request of its own ("mercoledì alle 10 viene il rappresentante") is new, whatever was chosen for the answers before
  if (!asked && shaped.shape === 'request' && (await ownRequest(db, turn, tickets, msg.text, shaped))) return undefined;
  const ticket =
    tickets.find((tk) => tk.id === chosen) ??
    asked ??
    (shaped.shape === 'other' ? await followedThread(db, turn.conversationId, tickets, msg.text) : undefined);
  if (ticket) return relayStep(ticket, msg, turn.joinedIds);
  // "ah e" may be the start of the next words: they are read together before asking
  if (turn.mayHold && isPlainText(msg) && fragmentShaped(msg.text)) return holdStep(msg.text, msg.chatId);
  return askWhichThread(tickets, msg);
}

/**
 * The client talking with an assistant: a reply to the thread's message goes there; while an
 * assistant is talking with them about a ticket, a message that is not clearly a new request goes
 * to the thread they are in (or the one its words name), and one that could be either is asked
 * about once. A request of its own is never held back with the answers.
 */
export function relayRoute(db: Db, understand: Understand): Route {
  return async (msg, turn) => {
    const replied = await ticketOfReply(db, {
      clientId: turn.clientId,
      conversationId: turn.conversationId,
      replyToExternalMessageId: msg.replyToExternalMessageId,
    });
    if (replied) return relayStep(replied, msg, turn.joinedIds);
    const tickets: TicketInConversation[] = await ticketsTalking(db, turn);
    // the bot's own open question takes the answer, unless an assistant asked something after it
    const botAsks = turn.pending && !turn.pending.held;
    if (botAsks && (await questionLastRead(db, turn.conversationId, tickets)) === undefined) return undefined;
    const reading = readingOf(msg.text);
    if (tickets.length === 0 || reading === 'noise') return undefined;
    // an order the bot cannot take ("e metti anche lo sconto del 30%") is for the assistant, asked like any unsure words
    if (reading === 'request' && (await shapeOf(understand, msg.text, turn)).shape !== 'other') return undefined;
    // "mi serve un fabbro…": new work of its own, whatever kind the office gives it
    if (asksNewWork(msg.text)) return undefined;
    // "👍", "grazie" right after the bot's own answer are for the bot, not the assistant
    if (smallTalkOf(msg.text) && !(await assistantSpokeLast(db, turn.conversationId, tickets))) return undefined;
    if (turn.pending?.held) {
      // "which request?" holds what could be an answer; a request or question of its own goes on
      if (reading !== 'request' && (await shapeOf(understand, msg.text, turn)).shape !== 'other') return undefined;
      return holdAnother(turn.pending, msg);
    }
    return threadStep({ db, understand }, msg, turn, tickets, reading === 'request' ? 'unsure' : reading);
  };
}
