import { openToClient } from '../../domain/tickets/lifecycle.js';
import { ticketLabel } from '../../domain/tickets/service.js';
import type { Db } from '../../infra/db/types.js';
import { t } from '../../i18n/catalog.js';
import type { Understand } from '../../understanding/understand.js';
import { relayMessages } from '../flows/thread.js';
import { isPlainText } from '../fragments.js';
import { sameWord } from '../targets.js';
import { UNDERSTAND_MAX_CHARS, type Route } from '../turn.js';

/** A client out of patience: still waiting, nobody told them, this is absurd. */
const IMPATIENT = new RegExp(
  [
    String.raw`still (?:nothing|waiting|no (?:news|answer|reply|word))`,
    String.raw`(?:nobody|no one|no-one) (?:has )?(?:told|answered|replied|got back|called|confirmed)`,
    String.raw`(?:ridiculous|unacceptable|outrageous|a joke)`,
    String.raw`how long (?:do|does|will|am|is|are)|what(?:'s| is) taking so long|taking (?:so|too) long`,
    String.raw`ancora (?:niente|nulla|nessuna (?:notizia|risposta))|(?:sto ancora aspettando|aspetto ancora)`,
    String.raw`nessuno mi ha (?:detto|risposto|fatto sapere|richiamato|confermato)`,
    String.raw`(?:assurdo|inaccettabile|vergogna|ridicolo)|quanto ci (?:vuole|mettete)`,
  ].join('|'),
  'iu',
);

/** Whether the words say the client is out of patience ("still nothing", "è assurdo"). Pure. */
export const soundsImpatient = (text: string): boolean => IMPATIENT.test(text);

const contentWords = (text: string): string[] =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z]+/)
    .filter((w) => w.length >= 4);

type Open = { id: string; number: number; summary: string };

/** The open request the words speak of: the one sharing most words, or the only one open. */
export function requestSpokenOf(text: string, open: Open[]): Open | undefined {
  const said = contentWords(text);
  const scored = open.map((tk) => {
    const words = contentWords(tk.summary);
    return { tk, score: said.filter((w) => words.some((o) => sameWord(w, o))).length };
  });
  const best = Math.max(0, ...scored.map((s) => s.score));
  const top = scored.filter((s) => s.score === best);
  if (best > 0) return top.length === 1 ? top[0]!.tk : undefined;
  return open.length === 1 ? open[0] : undefined;
}

/**
 * "seriously?? I asked for the print quotes last week and still nothing": impatience about an open
 * request is no new request and no riddle. It goes to that request's thread as it was written, and
 * the client hears, in their language, that the office has it as urgent.
 */
export function impatienceRoute(db: Db, understand: Understand): Route {
  return async (msg, turn) => {
    if ((turn.pending && !turn.pending.held) || !isPlainText(msg)) return undefined;
    const text = msg.text.slice(0, UNDERSTAND_MAX_CHARS).trim();
    if (!soundsImpatient(text)) return undefined;
    const open = await db.ticket.findMany({
      where: openToClient(turn.clientId),
      select: { id: true, number: true, summary: true },
    });
    const ticket = requestSpokenOf(text, open);
    if (!ticket) return undefined;
    const { understanding } = await understand(text, {
      now: turn.now,
      tz: turn.tz,
      lang: turn.lang,
      llmAllowed: turn.llmAllowed,
    });
    if (understanding.intent !== 'other') return undefined;
    return async (ctx) => {
      const events = await relayMessages(ctx, ticket.id, [ctx.messageId]);
      ctx.logger.info({ clientId: ctx.clientId, ticketId: ticket.id }, 'impatient client message relayed to the desk');
      const reply = t(ctx.lang, 'impatienceRelayed', { number: ticketLabel(ticket.number) });
      return { reply: { text: reply }, events, understood: true };
    };
  };
}
