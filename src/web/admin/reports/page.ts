import { formatMinutes } from '../../../desk/texts.js';
import { localDay } from '../../../kernel/time.js';
import type { AdminLocale } from '../format.js';
import { html, type SafeHtml } from '../html.js';
import { clientLabel, STATS_CSS_PATH } from '../stats/page.js';
import type { ClientReport, ReportClientRow } from './queries.js';

export const reportPath = (clientId: string, month: string): string =>
  `/admin/reports/${encodeURIComponent(clientId)}/${month}`;

export function renderReportList(rows: readonly ReportClientRow[], month: string, locale: AdminLocale): SafeHtml {
  const { t } = locale;
  const r = t.reports;
  return html`<link rel="stylesheet" href="${STATS_CSS_PATH}">
<form method="get" action="/admin/reports" class="filters">
  <label>${r.month} <input type="month" name="month" value="${month}" required pattern="\\d{4}-\\d{2}"></label>
  <button type="submit">${t.common.show}</button>
</form>
<h2>${locale.monthTitle(month)}</h2>
${
  rows.length
    ? html`<table class="report">
<thead><tr><th>${t.common.client}</th><th class="number">${r.hoursUsed}</th><th class="number">${r.ticketsDone}</th><th>${r.report}</th></tr></thead>
<tbody>${rows.map(
        (
          row,
        ) => html`<tr><td>${clientLabel(row, locale)}</td><td class="number">${formatMinutes(row.minutes)}</td><td class="number">${row.ticketsDone}</td>
<td><a href="${reportPath(row.id, month)}">${r.page}</a> · <a href="${reportPath(row.id, month)}.csv" download>CSV</a></td></tr>`,
      )}</tbody>
</table>`
    : html`<p class="muted">${r.noClients}</p>`
}`;
}

export function renderReport(report: ClientReport, tz: string, now: Date, locale: AdminLocale): SafeHtml {
  const { client, month } = report;
  const { t } = locale;
  const r = t.reports;
  return html`<link rel="stylesheet" href="${STATS_CSS_PATH}">
<p class="report-actions"><a href="/admin/reports?month=${month.month}">${r.allClients}</a> <a href="${reportPath(client.id, month.month)}.csv" download>${r.downloadCsv}</a> <span class="muted">${r.printHint}</span></p>
<dl class="report-facts">
  <dt>${t.common.client}</dt><dd>${clientLabel(client, locale)}</dd>
  <dt>${r.month}</dt><dd>${locale.monthTitle(month.month)} <span class="muted">(${tz})</span></dd>
  <dt>${r.hoursUsedInMonth}</dt><dd><strong>${formatMinutes(report.minutesUsed)}</strong></dd>
  <dt>${r.ticketsDoneInMonth}</dt><dd><strong>${report.ticketsDone}</strong></dd>
  <dt>${t.clients.hoursPackage}</dt><dd>${formatMinutes(client.hoursPackageMinutes)}</dd>
  <dt>${r.balanceOn({ at: locale.stamp(now, tz) })}</dt><dd class="${client.hoursBalanceMinutes < 0 ? 'negative' : ''}">${formatMinutes(client.hoursBalanceMinutes)}</dd>
</dl>
<h2>${r.tickets}</h2>
${
  report.tickets.length
    ? html`<table class="report">
<thead><tr><th class="number">#</th><th>${r.summary}</th><th>${t.common.category}</th><th>${t.common.status}</th><th>${r.doneOn}</th><th class="number">${r.minutesInMonth}</th></tr></thead>
<tbody>${report.tickets.map(
        (ticket) =>
          html`<tr><td class="number">${ticket.number}</td><td class="summary">${ticket.summary}</td><td>${t.categories[ticket.category]}</td><td>${t.statuses[ticket.status]}</td><td>${ticket.doneAt ? locale.day(localDay(ticket.doneAt, tz)) : ''}</td><td class="number">${ticket.minutes}</td></tr>`,
      )}</tbody>
<tfoot><tr><th colspan="5">${r.total}</th><th class="number">${report.minutesUsed}</th></tr></tfoot>
</table>`
    : html`<p class="muted">${r.noTickets}</p>`
}`;
}
