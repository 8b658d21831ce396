import { ticketLabel } from '../../domain/tickets/service.js';
import { t } from '../../i18n/catalog.js';
import { formatDateTime, formatDay, formatTime } from '../../i18n/format.js';
import type { Lang } from '../../understanding/contract.js';
import type { FlowContext } from '../flow.js';

const QUOTE_CHARS = 160;
/** Enough of a ticket's latest messages to find the assistant's last words among the bot's own lines. */
const LOOK_BACK = 20;
const langs: Lang[] = ['it', 'en'];

/** An assistant's message as the client read it: their words and their name, without the signature line. */
export interface Signed {
  who: string;
  text: string;
}

/**
 * Reads the signature the desk puts under an assistant's words ("— Giulia, richiesta #1012")
 * back off a message, in either language (the client may have switched since): undefined for
 * anything the bot said on its own (an acknowledgement, a reminder).
 */
export function unsign(body: string, number: number): Signed | undefined {
  const marker = '\u0000';
  for (const lang of langs) {
    const [before, after] = t(lang, 'assistantSignature', { name: marker, number: ticketLabel(number) }).split(marker);
    if (before === undefined || after === undefined || !body.endsWith(after)) continue;
    const start = body.lastIndexOf(before, body.length - after.length);
    if (start < 0 || (start > 0 && !body.slice(0, start).endsWith('\n'))) continue;
    const who = body.slice(start + before.length, body.length - after.length);
    if (who === '' || who.includes('\n')) continue;
    return { who, text: body.slice(0, start).trim() };
  }
  return undefined;
}

/** "alle 10:42" today, "venerdì 4 dicembre alle 10:42" another day. */
function when(ctx: FlowContext, at: Date): string {
  const sameDay = formatDay(at, ctx.lang, ctx.tz, ctx.now) === formatDay(ctx.now, ctx.lang, ctx.tz, ctx.now);
  return sameDay
    ? t(ctx.lang, 'atTime', { time: formatTime(at, ctx.tz) })
    : formatDateTime(at, ctx.lang, ctx.tz, ctx.now);
}

function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > QUOTE_CHARS ? `${flat.slice(0, QUOTE_CHARS - 1)}…` : flat;
}

export interface ExchangeTicket {
  id: string;
  number: number;
  status: string;
  /** the first name of who holds it, if anyone */
  holder: string | undefined;
}

/** The assistant's last words on the ticket, as the client read them (the newest signed message). */
async function lastSigned(ctx: FlowContext, ticket: ExchangeTicket): Promise<Signed | undefined> {
  const messages = await ctx.db.message.findMany({
    where: { ticketId: ticket.id, direction: 'outbound', body: { not: null } },
    orderBy: { createdAt: 'desc' },
    take: LOOK_BACK,
    select: { body: true },
  });
  for (const m of messages) {
    const signed = unsign(m.body!, ticket.number);
    if (signed) return signed;
  }
  return undefined;
}

/** When the assistant last wrote to the client and when the client last wrote about it, from the ticket's history. */
async function lastTurns(ctx: FlowContext, ticketId: string) {
  const [assistant, client] = await Promise.all([
    ctx.db.ticketEvent.findFirst({
      where: { ticketId, kind: { in: ['relayed_to_client', 'asked_client'] } },
      orderBy: { createdAt: 'desc' },
      select: { createdAt: true, assistant: { select: { name: true } } },
    }),
    ctx.db.ticketEvent.findFirst({
      where: { ticketId, kind: 'client_message' },
      orderBy: { createdAt: 'desc' },
      select: { createdAt: true },
    }),
  ]);
  return { assistant, client };
}

/**
 * The last exchange on a ticket the client can still answer, and whose turn it is: the assistant's
 * last words quoted (waiting on the client when the ticket waits on them or the words ask
 * something), then, when the client wrote after them, that it is now the assistant's turn.
 * Undefined when nobody has written yet.
 */
export async function lastExchange(ctx: FlowContext, ticket: ExchangeTicket): Promise<string | undefined> {
  const [turns, signed] = await Promise.all([lastTurns(ctx, ticket.id), lastSigned(ctx, ticket)]);
  const wrote = turns.assistant;
  const answered = turns.client && (!wrote || turns.client.createdAt > wrote.createdAt) ? turns.client : undefined;
  const lines: string[] = [];
  const writer = signed?.who ?? wrote?.assistant?.name.split(' ')[0];
  if (wrote && writer) {
    const text = signed?.text ?? '';
    const waiting = !answered && (ticket.status === 'waiting_client' || /\?\s*$/.test(text));
    const at = when(ctx, wrote.createdAt);
    lines.push(
      text
        ? t(ctx.lang, 'ticketStatusAssistantWrote', { who: writer, when: at, text: quote(text), waiting })
        : t(ctx.lang, 'ticketStatusAssistantFile', { who: writer, when: at, waiting }),
    );
  }
  const who = ticket.holder ?? writer;
  if (answered && who && ticket.status !== 'open')
    lines.push(t(ctx.lang, 'ticketStatusClientWrote', { when: when(ctx, answered.createdAt), answered: !!wrote, who }));
  return lines.length ? lines.join('\n') : undefined;
}
