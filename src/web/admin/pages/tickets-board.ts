import { slaState, type SlaState } from '../../../desk/sla.js';
import { formatMinutes } from '../../../desk/texts.js';
import type { TicketStatus } from '../../../generated/prisma/enums.js';
import { taskCategories } from '../../../understanding/contract.js';
import { isoDay, type AdminLocale } from '../format.js';
import { html, type SafeHtml } from '../html.js';
import { ticketStatuses, type BoardFilter, type BoardFilterOptions, type BoardTicket } from '../queries/tickets.js';

const minutesSince = (from: Date, now: Date) => Math.max(0, Math.floor((now.getTime() - from.getTime()) / 60_000));

export interface CardTimer {
  /** how long the ticket has been in its state */
  text: string;
  level: 'ok' | 'warning' | 'breached' | 'closed';
  /** the SLA verdict when it needs attention (late claim, near or past deadline) */
  sla?: string | undefined;
}

/** The SLA verdict in the page's language. */
export function slaText(sla: SlaState, locale: AdminLocale): string {
  const duration = formatMinutes(sla.minutes ?? 0);
  const texts = locale.t.sla;
  switch (sla.reason) {
    case 'overdue':
    case 'unclaimed':
    case 'dueSoon':
      return texts[sla.reason]({ duration });
    default:
      return texts[sla.reason];
  }
}

/** The card's clock: age for open tickets, waiting time for those waiting on the client. */
export function cardTimer(ticket: BoardTicket, now: Date, locale: AdminLocale): CardTimer {
  const { t } = locale;
  const sla = slaState(ticket, now, ticket.client.tz);
  const note = sla.level === 'warning' || sla.level === 'breached' ? slaText(sla, locale) : undefined;
  const since = (from: Date | null) => formatMinutes(minutesSince(from ?? ticket.createdAt, now));
  const at = (instant: Date | null) => (instant ? locale.stamp(instant, ticket.client.tz) : '');
  switch (ticket.status) {
    case 'open':
      return { text: t.board.openFor({ duration: since(ticket.createdAt) }), level: sla.level, sla: note };
    case 'claimed':
      return { text: t.board.claimedFor({ duration: since(ticket.claimedAt) }), level: sla.level, sla: note };
    case 'waiting_client':
      return { text: t.board.waitingFor({ duration: since(ticket.waitingSince) }), level: sla.level, sla: note };
    case 'done':
      return { text: t.board.doneAt({ at: at(ticket.doneAt) }), level: 'closed', sla: slaText(sla, locale) };
    case 'cancelled':
      return { text: t.board.cancelledAt({ at: at(ticket.cancelledAt) }), level: 'closed' };
  }
}

/** A ticket's deadline: a time, a whole day, or none. */
export function dueText(
  ticket: Pick<BoardTicket, 'dueAt' | 'due' | 'client'>,
  locale: AdminLocale,
): string | undefined {
  if (ticket.dueAt) return locale.stamp(ticket.dueAt, ticket.client.tz);
  return ticket.due ? locale.day(isoDay(ticket.due)) : undefined;
}

function card(ticket: BoardTicket, now: Date, locale: AdminLocale, toClose: boolean): SafeHtml {
  const { t } = locale;
  const timer = cardTimer(ticket, now, locale);
  const due = dueText(ticket, locale);
  return html`<article class="card" data-ticket="${ticket.number}">
  <a href="/admin/tickets/${ticket.number}">#${ticket.number}</a> <span class="meta">${t.categories[ticket.category]}</span>
  <p>${ticket.summary}</p>
  <p class="meta"><a href="/admin/clients/${ticket.client.id}">${ticket.client.name}</a>${ticket.client.isDemo ? ` ${t.common.demo}` : ''} · ${ticket.assignee ? ticket.assignee.name : t.common.unassigned}</p>
  <p class="meta"><span class="${timer.level}">${timer.text}</span>${due ? html` · ${t.board.due({ due })}` : ''}</p>
  ${timer.sla && timer.level !== 'closed' ? html`<p class="${timer.level}">${timer.sla}</p>` : ''}
  ${toClose ? html`<p class="breached">${t.ticket.bookingCancelledByClient}</p>` : ''}
</article>`;
}

function option(value: string, label: string, selected: string | undefined): SafeHtml {
  return html`<option value="${value}"${value === selected ? html` selected` : ''}>${label}</option>`;
}

function filters(filter: BoardFilter, options: BoardFilterOptions, locale: AdminLocale): SafeHtml {
  const { t } = locale;
  const all = html`<option value="">${t.common.all}</option>`;
  return html`<form method="get" action="/admin" class="filters">
  <label>${t.common.client} <select name="client">${all}${options.clients.map((c) => option(c.id, c.name, filter.client))}</select></label>
  <label>${t.board.assignee} <select name="assignee">${all}${option('none', t.board.unassignedOption, filter.assignee)}${options.assistants.map((a) => option(a.id, a.active ? a.name : t.board.inactive({ name: a.name }), filter.assignee))}</select></label>
  <label>${t.common.category} <select name="category">${all}${taskCategories.map((c) => option(c, t.categories[c], filter.category))}</select></label>
  <label>${t.common.status} <select name="status"><option value="">${t.board.defaultStatus}</option>${ticketStatuses.map((s) => option(s, t.statuses[s], filter.status))}</select></label>
  <button type="submit">${t.board.filter}</button> <a href="/admin">${t.board.clear}</a>
</form>`;
}

export interface BoardPageInput {
  tickets: BoardTicket[];
  filter: BoardFilter;
  options: BoardFilterOptions;
  now: Date;
  locale: AdminLocale;
  /** tickets whose booking the client cancelled: they only wait to be closed */
  toClose?: Set<string> | undefined;
}

/** Tickets in columns by status; cancelled ones only when asked for. */
export function renderTicketsBoard(input: BoardPageInput): SafeHtml {
  const columns: TicketStatus[] = input.filter.status
    ? [input.filter.status]
    : ['open', 'claimed', 'waiting_client', 'done'];
  const { t } = input.locale;
  return html`${filters(input.filter, input.options, input.locale)}
<div class="board">${columns.map((status) => {
    const cards = input.tickets.filter((ticket) => ticket.status === status);
    return html`<section class="column" data-status="${status}">
  <h2>${t.statuses[status]}${status === 'done' && !input.filter.status ? ` ${t.board.lastSevenDays}` : ''} <span class="muted">${cards.length}</span></h2>
  ${cards.length > 0 ? cards.map((ticket) => card(ticket, input.now, input.locale, input.toClose?.has(ticket.id) === true)) : html`<p class="muted">${t.common.none}</p>`}
</section>`;
  })}</div>`;
}
