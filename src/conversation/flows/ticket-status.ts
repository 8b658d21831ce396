import { activeStatuses, openToClient } from '../../domain/tickets/lifecycle.js';
import { ticketLabel } from '../../domain/tickets/service.js';
import { t } from '../../i18n/catalog.js';
import { describeBooking, formatDay, formatIsoDay } from '../../i18n/format.js';
import type { Understanding } from '../../understanding/contract.js';
import type { Flow, FlowContext } from '../flow.js';
import { matchTargets } from '../targets.js';
import { lastExchange } from './ticket-exchange.js';

/** Requests closed or cancelled this long ago still answer "a che punto è…?". */
const RECENT_DONE_MS = 30 * 86_400_000;

const ticketSelect = {
  id: true,
  number: true,
  summary: true,
  category: true,
  status: true,
  due: true,
  doneAt: true,
  outcomeNote: true,
  assignee: { select: { name: true } },
  bookings: { select: { title: true, withWhom: true, status: true, startsAt: true, day: true } },
} as const;

/** The client's active and recently done or cancelled requests, each marked whether it is still open to the client. */
async function clientTickets(ctx: FlowContext) {
  const since = new Date(ctx.now.getTime() - RECENT_DONE_MS);
  const [tickets, open] = await Promise.all([
    ctx.db.ticket.findMany({
      where: {
        clientId: ctx.clientId,
        // a request cancelled lately answers "annullata", never "I can't find it"
        OR: [{ status: { in: [...activeStatuses] } }, { doneAt: { gte: since } }, { cancelledAt: { gte: since } }],
      },
      orderBy: { number: 'desc' },
      take: 50,
      select: ticketSelect,
    }),
    ctx.db.ticket.findMany({ where: openToClient(ctx.clientId), select: { id: true } }),
  ]);
  const openIds = new Set(open.map((tk) => tk.id));
  return tickets.map((tk) => ({ ...tk, open: openIds.has(tk.id) }));
}
type StatusTicket = Awaited<ReturnType<typeof clientTickets>>[number];

/**
 * The state in words: who has it, what they wait for, when it is due, the booking's state. With
 * the last exchange quoted below it, that line says who waits on whom.
 */
function stateLine(ctx: FlowContext, ticket: StatusTicket, exchange = false): string {
  const ref = `${ticketLabel(ticket.number)} «${ticket.summary}»`;
  const who = ticket.assignee?.name.split(' ')[0] ?? '';
  if (cancelledByClient(ticket)) return t(ctx.lang, 'ticketStatusCancelledByClient', { ref });
  switch (ticket.status) {
    case 'open':
      return t(ctx.lang, 'ticketStatusOpen', { ref });
    case 'claimed':
      return t(ctx.lang, 'ticketStatusClaimed', { ref, who });
    case 'waiting_client':
      return t(ctx.lang, exchange ? 'ticketStatusClaimed' : 'ticketStatusWaiting', { ref, who });
    case 'done': {
      const when = ticket.doneAt ? formatDay(ticket.doneAt, ctx.lang, ctx.tz, ctx.now) : '';
      return t(ctx.lang, 'ticketStatusDone', { ref, when, outcome: ticket.outcomeNote ?? '' });
    }
    case 'cancelled':
      return t(ctx.lang, 'ticketStatusCancelled', { ref });
  }
}

/** An office booking the client cancelled while the desk has still to undo it with the third party. */
const cancelledByClient = (ticket: StatusTicket) =>
  (activeStatuses as readonly string[]).includes(ticket.status) && !ticket.open;

function bookingLine(ctx: FlowContext, ticket: StatusTicket): string | undefined {
  const booking = ticket.bookings[0];
  if (!booking || cancelledByClient(ticket)) return undefined;
  if (booking.status === 'confirmed')
    return t(ctx.lang, 'ticketStatusBookingConfirmed', { when: describeBooking(booking, ctx.lang, ctx.tz, ctx.now) });
  if (booking.status === 'requested') return t(ctx.lang, 'ticketStatusBookingRequested');
  return booking.status === 'cancelled' ? t(ctx.lang, 'ticketStatusBookingCancelled') : undefined;
}

async function describeTicket(ctx: FlowContext, ticket: StatusTicket): Promise<string> {
  const active = ticket.open;
  const due =
    active && ticket.due
      ? t(ctx.lang, 'ticketStatusDue', { due: formatIsoDay(ticket.due.toISOString().slice(0, 10), ctx.lang, ctx.now) })
      : undefined;
  const holder = ticket.assignee?.name.split(' ')[0];
  const exchange = active ? await lastExchange(ctx, { ...ticket, holder }) : undefined;
  const lines = [stateLine(ctx, ticket, exchange !== undefined), exchange, bookingLine(ctx, ticket), due];
  return lines.filter(Boolean).join('\n');
}

/** What people call a kind of request, so "la traduzione" finds «tradurre il contratto». */
export const categoryWords: Record<string, string> = {
  translation: 'traduzione translation',
  writing: 'testo scrittura writing text',
  social: 'post social',
  email: 'email mail',
  research: 'ricerca research',
  call: 'telefonata chiamata call',
  booking: 'prenotazione booking reservation',
};

/** The tickets the question is about: by number exactly, else by the words of the target. */
function asked(tickets: StatusTicket[], u: Understanding): StatusTicket[] {
  if (u.ref !== undefined) return tickets.filter((tk) => tk.number === u.ref);
  const target = u.target?.trim();
  if (!target) return tickets.filter((tk) => tk.open);
  const labelled = tickets.map((tk) => ({
    kind: 'ticket' as const,
    id: tk.id,
    label: [
      tk.summary,
      categoryWords[tk.category] ?? '',
      ...tk.bookings.map((b) => `${b.title} ${b.withWhom ?? ''}`),
    ].join(' '),
  }));
  const found = new Set(matchTargets(target, labelled).map((c) => c.id));
  // "le mie richieste" fits every request and names none: those in progress, as with no words
  const open = tickets.filter((tk) => tk.open);
  if (found.size > 1 && found.size === tickets.length && open.length) return open;
  return tickets.filter((tk) => found.has(tk.id));
}

/** "A che punto è la traduzione?", "hai prenotato il tavolo da Mario?", "status of request 1013?". */
export const ticketStatusFlow: Flow<Understanding> = async (ctx, u) => {
  const tickets = await clientTickets(ctx);
  const found = asked(tickets, u);
  if (found.length === 1) return { reply: { text: await describeTicket(ctx, found[0]!) }, understood: true };
  if (found.length > 1) {
    const lines = found.slice(0, 5).map((tk) => stateLine(ctx, tk));
    return { reply: { text: [t(ctx.lang, 'ticketStatusMany'), ...lines].join('\n') }, understood: true };
  }
  const open = tickets.filter((tk) => tk.open);
  const missing =
    u.ref !== undefined
      ? t(ctx.lang, 'ticketStatusUnknownRef', { number: u.ref })
      : u.target?.trim()
        ? t(ctx.lang, 'ticketStatusNoMatch', { target: u.target.trim() })
        : undefined;
  const existing = open.length
    ? [t(ctx.lang, 'ticketStatusMany'), ...open.slice(0, 5).map((tk) => stateLine(ctx, tk))].join('\n')
    : t(ctx.lang, 'ticketStatusNone');
  return { reply: { text: missing ? `${missing}\n${existing}` : existing }, understood: true };
};
