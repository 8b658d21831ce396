import { openToClient } from '../../domain/tickets/lifecycle.js';
import { addToTicketDetails, ticketLabel } from '../../domain/tickets/service.js';
import type { Db } from '../../infra/db/types.js';
import { t } from '../../i18n/catalog.js';
import type { Understand } from '../../understanding/understand.js';
import type { FlowContext, FlowResult } from '../flow.js';
import { isPlainText } from '../fragments.js';
import { categoryWords } from '../flows/ticket-status.js';
import { relayedAnswer, relayMessages } from '../flows/thread.js';
import { matchTargets } from '../targets.js';
import { UNDERSTAND_MAX_CHARS, type Route, type Turn } from '../turn.js';

/** "per la traduzione…", "x il contratto…", "riguardo alla lettera…", "about the translation…": words naming a thing already asked for. */
const aboutOpener =
  /^(?:(?:ah|oh|e|ok|okay|poi|allora|senti|and|so)[,\s]+)*(?:per|x|riguardo(?:\s+a)?|quanto\s+a|circa|about|regarding|as\s+for|re:?)\s+(?:(?:il|lo|la|l'|i|gli|le|al|allo|alla|all'|ai|agli|alle|the)\s*)(?=\p{L})/iu;

/** Where the name of the thing ends: a pause, or the first words of what is said about it. */
const nameEnd =
  /[,.;:!?]|\s(?:cmq|comunque|non|nn|not|no|va|è|e'|sono|ci|c|basta|serve|is|isn't|there|can|may|will|needs?|should)(?![\p{L}\p{N}])/iu;

/** The thing the words open on ("la traduzione cmq…" → "traduzione"), with something said about it; else undefined. Pure. */
export function thingNamed(text: string): string | undefined {
  const trimmed = text.trim();
  const opener = aboutOpener.exec(trimmed);
  if (!opener) return undefined;
  const rest = trimmed.slice(opener[0].length);
  const end = nameEnd.exec(rest);
  if (!end) return undefined;
  const name = rest.slice(0, end.index).trim();
  const said = rest.slice(end.index).replace(/^[\s,.;:!?]+/u, '');
  return name && said ? name : undefined;
}

type Named = { id: string; number: number; assigneeId: string | null };

/** Held by an assistant: her thread hears it. Else: the request's details keep it, and its thread too. */
export async function noteToRequest(ctx: FlowContext, ticket: Named, text: string): Promise<FlowResult> {
  if (ticket.assigneeId) {
    const events = await relayMessages(ctx, ticket.id, [ctx.messageId]);
    return { ...(await relayedAnswer(ctx, ticket.id)), events, understood: true };
  }
  await addToTicketDetails(ctx.db, ctx.clientId, ticket.id, text);
  const events = await relayMessages(ctx, ticket.id, [ctx.messageId]);
  const reply = t(ctx.lang, 'addedToTicket', { number: ticketLabel(ticket.number), addition: text });
  return { reply: { text: reply }, events, understood: true };
}

/**
 * "x la traduzione cmq nn c'è fretta, basta x lunedì", "about the translation, no rush": news about
 * one open request, named by its kind or its words, goes to it rather than opening another.
 */
export function aboutRequestRoute(db: Db, understand: Understand): Route {
  return async (msg, turn) => {
    if ((turn.pending && !turn.pending.held) || !isPlainText(msg)) return undefined;
    const text = msg.text.slice(0, UNDERSTAND_MAX_CHARS).trim();
    const name = thingNamed(text);
    if (!name) return undefined;
    const tickets = await db.ticket.findMany({
      where: openToClient(turn.clientId),
      select: { id: true, number: true, assigneeId: true, summary: true, category: true },
    });
    const labelled = tickets.map((tk) => ({
      kind: 'ticket' as const,
      id: tk.id,
      label: `${tk.summary} ${categoryWords[tk.category] ?? ''}`,
    }));
    const found = matchTargets(name, labelled);
    if (found.length !== 1) return undefined;
    if (!(await isNewsForRequest(understand, text, turn))) return undefined;
    const ticket = tickets.find((tk) => tk.id === found[0]!.id)!;
    return (ctx) => noteToRequest(ctx, ticket, text);
  };
}

/** A reminder, a booking, a question of its own go their way; words of a task about a request, or other words, are news for it. */
export async function isNewsForRequest(understand: Understand, text: string, turn: Turn): Promise<boolean> {
  const { understanding } = await understand(text, {
    now: turn.now,
    tz: turn.tz,
    lang: turn.lang,
    llmAllowed: turn.llmAllowed,
  });
  return ['other', 'task'].includes(understanding.intent);
}
