import { setReminderText } from '../../domain/reminders/service.js';
import { ticketsTalking } from '../threads.js';
import { addToTicketDetails, recentOpenTicket, ticketLabel } from '../../domain/tickets/service.js';
import type { Db } from '../../infra/db/types.js';
import { t } from '../../i18n/catalog.js';
import { formatWhen } from '../../i18n/format.js';
import { NotFoundError } from '../../kernel/errors.js';
import type { FlowContext, FlowResult, Step } from '../flow.js';
import { isPlainText } from '../fragments.js';
import { relayMessages } from '../flows/thread.js';
import { justMade, type JustMade } from '../just-made.js';
import type { Route, Turn } from '../turn.js';

const ITALIAN_VERB = String.raw`(?:aggiungi|scrivi|metti|segna)(?:ci)?`;
const ENGLISH_VERB = String.raw`(?:add|write|put|include|note)`;
const TOO = String.raw`(?:anche|pure|also|too)`;

/**
 * "ah e aggiungi che…", "e aggiungi anche…", "scrivi anche che…", "also add that…", "add that…":
 * a verb of adding with "anche"/"also" or "che"/"that", so "aggiungi un appuntamento" stays a
 * request of its own.
 */
const additionOpener = new RegExp(
  String.raw`^(?:(?:ah|oh|e|ed|poi|ok|okay|and|oh and|then)[\s,]+)*(?:` +
    String.raw`(?:${ITALIAN_VERB}|${ENGLISH_VERB})\s+(?:${TOO}\s+)?(?:che|that)\s+` +
    String.raw`|(?:${ITALIAN_VERB}|${ENGLISH_VERB})\s+${TOO}\s+` +
    String.raw`|${TOO}\s+${ENGLISH_VERB}\s+(?:that\s+)?)`,
  'iu',
);

/** The words to add, when the message only adds to what was just made ("aggiungi che…"). Pure. */
export function addedWords(text: string): string | undefined {
  const trimmed = text.trim();
  const opener = additionOpener.exec(trimmed);
  const rest = opener ? trimmed.slice(opener[0].length).replace(/[\s.!]+$/u, '') : '';
  return rest ? rest : undefined;
}

/** What the reminder reminds of, said as a thing to do: "devo anche chiamare il notaio" → "chiamare il notaio". Pure. */
export function asThingToDo(addition: string): string {
  return addition
    .replace(/^(?:devo|dovrei|dovrò|mi serve|i need to|i have to|i must|i should|to)\s+/iu, '')
    .replace(/^(?:anche|pure|also)\s+/iu, '');
}

async function addToReminder(ctx: FlowContext, item: JustMade, addition: string): Promise<FlowResult> {
  const reminder = await ctx.db.reminder.findFirstOrThrow({ where: { id: item.id, clientId: ctx.clientId } });
  const text = t(ctx.lang, 'joinedWith', { first: reminder.text, more: asThingToDo(addition) });
  const updated = await setReminderText(ctx.db, ctx.clientId, item.id, text);
  const when = updated.nextOccurrenceAt ? formatWhen(updated.nextOccurrenceAt, ctx.lang, ctx.tz, ctx.now) : '';
  return { reply: { text: t(ctx.lang, 'addedToReminder', { text, when }) }, understood: true };
}

/** The words join the request's details, and the message its thread as the client's note. */
async function addToTicket(ctx: FlowContext, item: JustMade, addition: string): Promise<FlowResult> {
  const ticket = await addToTicketDetails(ctx.db, ctx.clientId, item.id, addition);
  const events = await relayMessages(ctx, ticket.id, [ctx.messageId]);
  return {
    reply: { text: t(ctx.lang, 'addedToTicket', { number: ticketLabel(ticket.number), addition }) },
    events,
    understood: true,
  };
}

function additionStep(item: JustMade, addition: string): Step {
  return async (ctx) => {
    try {
      return item.kind === 'reminder'
        ? await addToReminder(ctx, item, addition)
        : await addToTicket(ctx, item, addition);
    } catch (err) {
      if (err instanceof NotFoundError) return { reply: { text: t(ctx.lang, 'itemGone') }, understood: true };
      throw err;
    }
  };
}

/** How long after a request was opened "aggiungi che…" still adds to it, when other words came between. */
export const ADDITION_WINDOW_MS = 30 * 60_000;

/**
 * What the words add to: the reminder or request just made, the request through which the office
 * arranges the booking just asked for, else the one opened in the last half hour. While an
 * assistant is talking with the client ("metti anche gennaio" after her question) the words are
 * for her thread ('thread'). An appointment of their own has no notes.
 */
async function addedTo(db: Db, turn: Turn): Promise<JustMade | 'thread' | undefined> {
  const item = await justMade(db, turn.conversationId, turn.clientId);
  if (item?.kind === 'booking')
    return item.ticketId ? { kind: 'ticket', id: item.ticketId, at: null, asked: item.asked } : undefined;
  if (item) return item;
  if ((await ticketsTalking(db, turn)).length) return 'thread';
  const ticket = await recentOpenTicket(db, turn.clientId, new Date(turn.now.getTime() - ADDITION_WINDOW_MS));
  return ticket ? { kind: 'ticket', id: ticket.id, at: null, asked: '' } : undefined;
}

/**
 * "ah e aggiungi che devo anche chiamare il notaio" right after "Fatto: te lo ricordo…", "Ho
 * aperto la richiesta #1001" or "Chiedo all'ufficio di prenotare…": the words join that reminder's
 * text or that request (its thread hears them), confirmed in one line. Words to add are never a
 * request of their own: with nothing to add them to, the client is told so.
 */
export function additionRoute(db: Db): Route {
  return async (msg, turn) => {
    // "which request?" waiting for a tap is no question these words answer
    if ((turn.pending && !turn.pending.held) || !isPlainText(msg)) return undefined;
    const addition = addedWords(msg.text);
    if (!addition) return undefined;
    const item = await addedTo(db, turn);
    // the assistant's conversation: the words reach her thread the way answers do
    if (item === 'thread') return undefined;
    if (!item)
      return async (ctx) => ({ reply: { text: t(ctx.lang, 'additionNowhere', { addition }) }, understood: true });
    return additionStep(item, addition);
  };
}
