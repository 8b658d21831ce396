import { formatMinutes } from '../../../desk/texts.js';
import { fileNameOf } from '../../../domain/files/names.js';
import type { Actor } from '../../../generated/prisma/enums.js';
import { isoDay, type AdminLocale } from '../format.js';
import { messageBody, type MessageFile } from './timeline.js';
import { html, type SafeHtml } from '../html.js';
import type { TicketPageData } from '../queries/tickets.js';
import { cardTimer, dueText } from './tickets-board.js';
import { renderDeskOutcome, renderDeskPanel, type DeskPanel } from './ticket-desk.js';

export type HistoryEntry =
  | { at: Date; type: 'event'; id: string; kind: string; assistant: string | null; actor: Actor; data: string }
  | {
      at: Date;
      type: 'message';
      id: string;
      direction: 'inbound' | 'outbound';
      channel: string;
      body: string | null;
      messageKind: string;
      files: MessageFile[];
    };

const instant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z$/;

/** One value of event data in words: times in `tz`, minutes as a duration, known codes named. */
function describeValue(key: string, value: unknown, tz: string, locale: AdminLocale): string {
  const { values } = locale.t.eventData;
  if (typeof value === 'string' && instant.test(value)) return locale.stamp(new Date(value), tz);
  if (typeof value === 'string') return Object.hasOwn(values, value) ? values[value as keyof typeof values] : value;
  if (typeof value === 'number')
    return key === 'minutes' ? formatMinutes(value) : key === 'rating' ? `${value}/5` : String(value);
  return JSON.stringify(value);
}

/**
 * Event data as a person reads it ("when: 07/12/2026 11:00, place: Da Mario"): local times in the
 * client's zone and words, not ISO strings or codes; ids (message ids, Slack ts) say nothing to a person.
 */
function describeData(data: unknown, tz: string, locale: AdminLocale): string {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return '';
  const { keys } = locale.t.eventData;
  return Object.entries(data as Record<string, unknown>)
    .filter(([key, value]) => !/id$|ts$/i.test(key) && value !== null && value !== undefined)
    .map(([key, value]) => {
      const label = Object.hasOwn(keys, key) ? keys[key as keyof typeof keys] : key;
      return `${label}: ${describeValue(key, value, tz, locale)}`;
    })
    .join(', ');
}

/** The ticket's events and its conversation in one list, oldest first (events first on a tie). */
export function ticketHistory(
  ticket: Pick<TicketPageData, 'events' | 'messages'>,
  tz: string,
  locale: AdminLocale,
): HistoryEntry[] {
  const events: HistoryEntry[] = ticket.events.map((e) => ({
    at: e.createdAt,
    type: 'event',
    id: e.id,
    kind: e.kind,
    assistant: e.assistant?.name ?? null,
    actor: e.actor,
    data: describeData(e.data, tz, locale),
  }));
  const messages: HistoryEntry[] = ticket.messages.map((m) => ({
    at: m.createdAt,
    type: 'message',
    id: m.id,
    direction: m.direction,
    channel: m.channel,
    body: m.body,
    messageKind: m.kind,
    files: m.attachments,
  }));
  return [...events, ...messages].sort(
    (a, b) => a.at.getTime() - b.at.getTime() || (a.type === b.type ? 0 : a.type === 'event' ? -1 : 1),
  );
}

function historyRow(entry: HistoryEntry, tz: string, locale: AdminLocale): SafeHtml {
  const { t } = locale;
  if (entry.type === 'event') {
    const kind = Object.hasOwn(t.events, entry.kind)
      ? t.events[entry.kind as keyof typeof t.events]
      : entry.kind.replaceAll('_', ' ');
    return html`<tr class="event"><td>${locale.stamp(entry.at, tz)}</td><td>${kind}</td><td>${entry.assistant ?? t.actors[entry.actor]}</td><td class="body">${entry.data}</td></tr>`;
  }
  const who = entry.direction === 'inbound' ? t.ticket.fromClient : t.ticket.toClient;
  return html`<tr class="message ${entry.direction}"><td>${locale.stamp(entry.at, tz)}</td><td>${t.ticket.message({ channel: entry.channel })}</td><td>${who}</td><td class="body">${messageBody(entry, tz, locale)}</td></tr>`;
}

/** A kept file links to its download; one still to be fetched says so. */
function attachmentRow(number: number, a: TicketPageData['attachments'][number], tz: string, locale: AdminLocale) {
  const { t } = locale;
  const name = fileNameOf(a);
  const file = a.storedAt
    ? html`<a href="/admin/tickets/${number}/files/${a.id}" download>${name}</a>`
    : html`${name} <span class="warning">(${t.ticket.notDownloaded})</span>`;
  const size = a.sizeBytes === null ? '' : `${Math.ceil(a.sizeBytes / 1024)} KB`;
  return html`<tr><td>${file}</td><td>${t.attachmentKinds[a.kind]}${a.mimeType ? ` (${a.mimeType})` : ''}</td><td>${size}</td><td>${locale.stamp(a.createdAt, tz)}</td><td><code title="${a.sha256 ?? ''}">${a.sha256?.slice(0, 12) ?? ''}</code></td></tr>`;
}

function bookingWhen(b: TicketPageData['bookings'][number], tz: string, locale: AdminLocale): string {
  if (b.startsAt) return `${locale.stamp(b.startsAt, tz)}${b.endsAt ? `–${locale.stamp(b.endsAt, tz).slice(-5)}` : ''}`;
  return b.day ? locale.day(isoDay(b.day)) : locale.t.ticket.toBeFixed;
}

/** Status, client, assignee, due date, time spent, outcome and rating. */
function ticketSummary(ticket: TicketPageData, now: Date, locale: AdminLocale): SafeHtml {
  const { t } = locale;
  const tz = ticket.client.tz;
  const timer = cardTimer(ticket, now, locale);
  const minutes = ticket.timeEntries.reduce((sum, e) => sum + e.minutes, 0);
  return html`<dl class="facts">
  <dt>${t.common.status}</dt><dd>${t.statuses[ticket.status]} · <span class="${timer.level}">${timer.text}</span>${timer.sla ? html` · <span class="${timer.level}">${timer.sla}</span>` : ''}</dd>
  <dt>${t.common.client}</dt><dd><a href="/admin/clients/${ticket.client.id}">${ticket.client.name}</a> (<a href="/admin/clients/${ticket.client.id}/timeline">${t.ticket.timelineLink}</a>)</dd>
  <dt>${t.common.category}</dt><dd>${t.categories[ticket.category]}</dd>
  <dt>${t.ticket.assignee}</dt><dd>${ticket.assignee?.name ?? t.common.unassigned}</dd>
  <dt>${t.common.created}</dt><dd>${locale.stamp(ticket.createdAt, tz)}</dd>
  <dt>${t.ticket.due}</dt><dd>${dueText(ticket, locale) ?? t.ticket.noDeadline}</dd>
  <dt>${t.ticket.timeSpent}</dt><dd>${formatMinutes(minutes)}</dd>
  ${ticket.outcomeNote ? html`<dt>${t.ticket.outcome}</dt><dd>${ticket.outcomeNote}</dd>` : ''}
  ${ticket.rating ? html`<dt>${t.ticket.rating}</dt><dd>${ticket.rating}/5</dd>` : ''}
</dl>`;
}

/** The request, its bookings, files, time entries and one history of events and messages. */
function ticketRecord(ticket: TicketPageData, locale: AdminLocale): SafeHtml {
  const { t } = locale;
  const tz = ticket.client.tz;
  const none = html`<p class="muted">${t.common.none}</p>`;
  return html`<h2>${t.ticket.request}</h2>
<div class="details">${ticket.details || ticket.summary}</div>
<h2>${t.ticket.bookings}</h2>
${ticket.bookings.length === 0 ? none : html`<table><tr><th>${t.common.what}</th><th>${t.common.when}</th><th>${t.ticket.with}</th><th>${t.ticket.where}</th><th>${t.common.status}</th></tr>${ticket.bookings.map((b) => html`<tr><td>${b.title}</td><td>${bookingWhen(b, tz, locale)}</td><td>${b.withWhom ?? ''}</td><td>${b.location ?? ''}</td><td>${t.bookingStatuses[b.status]}</td></tr>`)}</table>`}
<h2>${t.ticket.attachments}</h2>
${ticket.attachments.length === 0 ? none : html`<table><tr><th>${t.ticket.file}</th><th>${t.ticket.kind}</th><th>${t.ticket.size}</th><th>${t.ticket.received}</th><th>${t.ticket.checksum}</th></tr>${ticket.attachments.map((a) => attachmentRow(ticket.number, a, tz, locale))}</table>`}
<h2>${t.ticket.timeEntries}</h2>
${ticket.timeEntries.length === 0 ? none : html`<table><tr><th>${t.common.when}</th><th>${t.common.who}</th><th>${t.ticket.time}</th><th>${t.ticket.note}</th></tr>${ticket.timeEntries.map((e) => html`<tr><td>${locale.stamp(e.createdAt, tz)}</td><td>${e.assistant.name}</td><td>${formatMinutes(e.minutes)}</td><td>${e.note ?? ''}</td></tr>`)}</table>`}
<h2>${t.ticket.history}</h2>
<table class="history"><tr><th>${t.common.whenIn({ tz })}</th><th>${t.common.what}</th><th>${t.common.who}</th><th>${t.common.details}</th></tr>${ticketHistory(ticket, tz, locale).map((e) => historyRow(e, tz, locale))}</table>`;
}

/** The parts of the page that follow the ticket while it is open: the live script swaps them in. */
export function ticketLiveParts(ticket: TicketPageData, now: Date, locale: AdminLocale, panel: DeskPanel) {
  return {
    summary: ticketSummary(ticket, now, locale).value,
    desk: renderDeskPanel(ticket, panel, locale).value,
    deskState: panel.stateKey,
    record: ticketRecord(ticket, locale).value,
  };
}

/** A ticket's page: its facts, the desk (what the viewer can do with it) and its record, kept current by ticket.js. */
export function renderTicketPage(ticket: TicketPageData, now: Date, locale: AdminLocale, panel: DeskPanel): SafeHtml {
  const { t } = locale;
  return html`${renderDeskOutcome(panel, locale)}<div id="ticket-summary">${ticketSummary(ticket, now, locale)}</div>
<section id="desk" class="desk" aria-labelledby="desk-title" data-live="/admin/tickets/${ticket.number}/live" data-state="${panel.stateKey}">
<h2 id="desk-title">${t.desk.title}</h2>
<div id="desk-forms">${renderDeskPanel(ticket, panel, locale)}</div>
<p class="muted">${t.desk.live}</p>
</section>
<div id="ticket-record">${ticketRecord(ticket, locale)}</div>
<script src="/admin/assets/ticket.js" defer></script>`;
}
