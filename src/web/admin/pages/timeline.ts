import type { AttachmentKind } from '../../../generated/prisma/enums.js';
import { describeRecurrence } from '../../../i18n/recurrence.js';
import { buttonTapLabel } from '../button-label.js';
import { isoDay, type AdminLocale } from '../format.js';
import { html, type SafeHtml } from '../html.js';
import type { TimelineEntry } from '../queries/timeline.js';

/** A file a message carried, as the history names it. */
export interface MessageFile {
  kind: AttachmentKind;
  fileName: string | null;
}

/** A file sent without words: its name, else its kind ("📎 procura.pdf", "📎 foto"). */
function filesLine(message: { messageKind: string; files?: MessageFile[] }, locale: AdminLocale): string | undefined {
  const kinds: Record<string, string> = locale.t.attachmentKinds;
  const named = (message.files ?? []).map((f) => f.fileName ?? kinds[f.kind] ?? f.kind);
  if (!named.length && Object.hasOwn(kinds, message.messageKind)) named.push(kinds[message.messageKind]!);
  return named.length ? `📎 ${named.join(', ')}` : undefined;
}

/** A message's text as staff read it: erased, a button tap by its label, a file sent alone by its name, or the text itself. */
export function messageBody(
  message: { body: string | null; messageKind: string; files?: MessageFile[] },
  tz: string,
  locale: AdminLocale,
): SafeHtml | string {
  if (message.body === null) return html`<span class="erased">${locale.t.common.erased}</span>`;
  if (message.messageKind === 'button') return buttonTapLabel(message.body, tz, locale);
  return message.body.trim() === '' ? (filesLine(message, locale) ?? message.body) : message.body;
}

/** "riunione con Rossi", not "riunione con Rossi con Rossi": the title often names whom it is with already. */
function bookingTitle(title: string, withWhom: string | null, locale: AdminLocale): string {
  return withWhom && !title.toLocaleLowerCase(locale.lang).includes(withWhom.toLocaleLowerCase(locale.lang))
    ? `${title}${locale.t.timeline.with({ who: withWhom })}`
    : title;
}

function describe(entry: TimelineEntry, tz: string, locale: AdminLocale): SafeHtml {
  const { t } = locale;
  switch (entry.kind) {
    case 'message':
      return html`<td>${entry.direction === 'inbound' ? t.timeline.messageFromClient : t.timeline.messageToClient} (${entry.channel})${entry.ticketNumber ? html` · <a href="/admin/tickets/${entry.ticketNumber}">#${entry.ticketNumber}</a>` : ''}</td><td class="body">${messageBody(entry, tz, locale)}</td>`;
    case 'reminder': {
      const at = locale.stamp(entry.firstDueAt, tz);
      return html`<td>${t.timeline.reminder({ status: t.reminderStatuses[entry.status] })}</td><td class="body">${entry.text} · ${entry.rrule ? t.timeline.repeatsFrom({ at, rule: describeRecurrence(entry.rrule, locale.lang) }) : t.timeline.at({ at })}</td>`;
    }
    case 'booking':
      return html`<td>${t.timeline.booking({ status: t.bookingStatuses[entry.status] })}</td><td class="body">${bookingTitle(entry.title, entry.withWhom, locale)} · ${entry.startsAt ? locale.stamp(entry.startsAt, tz) : entry.day ? locale.day(isoDay(entry.day)) : t.timeline.timeToBeFixed}</td>`;
    case 'ticket':
      return html`<td>${t.timeline.ticket} <a href="/admin/tickets/${entry.number}">#${entry.number}</a> (${t.statuses[entry.status]})</td><td class="body">${t.categories[entry.category]}: ${entry.summary}</td>`;
  }
}

export interface TimelinePageInput {
  clientId: string;
  tz: string;
  entries: TimelineEntry[];
  /** cursor of the next page, when there are older entries */
  older?: string | undefined;
  /** whether this is a later page (a link back to the newest is shown) */
  paged: boolean;
  locale: AdminLocale;
}

export function renderTimeline(input: TimelinePageInput): SafeHtml {
  const { locale } = input;
  const { t } = locale;
  return html`<p><a href="/admin/clients/${input.clientId}">${t.timeline.clientDetails}</a>${input.paged ? html` · <a href="/admin/clients/${input.clientId}/timeline">${t.timeline.newest}</a>` : ''}</p>
${input.entries.length === 0 ? html`<p class="muted">${t.timeline.nothingYet}</p>` : html`<table class="history timeline"><tr><th>${t.common.whenIn({ tz: input.tz })}</th><th>${t.common.what}</th><th>${t.common.details}</th></tr>${input.entries.map((e) => html`<tr class="${e.kind}"><td>${locale.stamp(e.at, input.tz)}</td>${describe(e, input.tz, locale)}</tr>`)}</table>`}
${input.older ? html`<p class="pager"><a href="/admin/clients/${input.clientId}/timeline?before=${input.older}" rel="next">${t.timeline.older}</a></p>` : ''}`;
}
