import { formatMinutes } from '../../../desk/texts.js';
import type { AdminLocale } from '../format.js';
import { html, type SafeHtml } from '../html.js';
import { barRowsChart, columnChart } from './charts.js';
import type { DurationSummary, TicketStats } from './queries.js';
import type { DayRange } from './range.js';

export const STATS_CSS_PATH = '/admin/stats/assets/stats.css';

/** A client's name, or that it was erased, in the page's language. */
export const clientLabel = (client: { name: string; erased: boolean }, locale: AdminLocale): string =>
  client.erased ? `(${locale.t.clients.erased})` : client.name;

/** The hours chart stays readable: it shows the clients with the most hours, the table all of them. */
export const HOURS_CHART_CLIENTS = 15;

/** The numbers of a chart, for those who prefer (or need) them as a table. */
function chartTable(
  caption: string,
  head: readonly string[],
  rows: readonly (readonly (string | number)[])[],
): SafeHtml {
  return html`<details class="chart-table"><summary>${caption}</summary><table>
<thead><tr>${head.map((h) => html`<th>${h}</th>`)}</tr></thead>
<tbody>${rows.map((row) => html`<tr>${row.map((cell) => html`<td>${cell}</td>`)}</tr>`)}</tbody>
</table></details>`;
}

function durationRow(name: string, summary: DurationSummary, locale: AdminLocale): SafeHtml {
  return html`<tr><th scope="row">${name}</th><td>${summary.count}</td><td>${locale.duration(summary.medianS)}</td><td>${locale.duration(summary.p90S)}</td></tr>`;
}

export function renderStatsBody(stats: TicketStats, range: DayRange, tz: string, locale: AdminLocale): SafeHtml {
  const period = `${locale.day(range.from)} – ${locale.day(range.to)}`;
  return html`<link rel="stylesheet" href="${STATS_CSS_PATH}">
${rangeForm(range, tz, locale)}

${summarySection(stats, range, locale)}

${perDaySection(stats, period, locale)}

${durationsSection(stats, locale)}

${hoursSection(stats, period, locale)}

${ratingsSection(stats, period, locale)}`;
}

function rangeForm(range: DayRange, tz: string, locale: AdminLocale): SafeHtml {
  const st = locale.t.stats;
  return html`<form method="get" action="/admin/stats" class="filters">
  <label>${st.from} <input type="date" name="from" value="${range.from}" required></label>
  <label>${st.to} <input type="date" name="to" value="${range.to}" required></label>
  <button type="submit">${locale.t.common.show}</button>
  <span class="muted">${st.daysIn({ tz })}</span>
</form>`;
}

function ratedCount(stats: TicketStats): number {
  return stats.ratings.counts.reduce((a, b) => a + b, 0);
}

function summarySection(stats: TicketStats, range: DayRange, locale: AdminLocale): SafeHtml {
  const st = locale.t.stats;
  const created = stats.perDay.reduce((n, d) => n + d.created, 0);
  const closed = stats.perDay.reduce((n, d) => n + d.closed, 0);
  const rated = ratedCount(stats);
  const average =
    stats.ratings.average === null
      ? ''
      : html` (${st.average} <strong>${locale.number(stats.ratings.average, { min: 2, max: 2 })}</strong> / 5)`;
  return html`<section class="stats-summary">
  <p><strong>${created}</strong> ${st.ticketsCreated({ count: created })}, <strong>${closed}</strong> ${st.closedCount({ count: closed })}, <strong>${rated}</strong> ${st.ratedCount({ count: rated })}${average} ${st.fromTo({ from: locale.day(range.from), to: locale.day(range.to) })}</p>
</section>`;
}

function perDaySection(stats: TicketStats, period: string, locale: AdminLocale): SafeHtml {
  const st = locale.t.stats;
  return html`<section>
<h2>${st.perDayTitle}</h2>
${columnChart({
  label: st.perDayLabel({ period }),
  categories: stats.perDay.map((d) => locale.day(d.day)),
  axisLabels: stats.perDay.map((d) => `${d.day.slice(8, 10)}/${d.day.slice(5, 7)}`),
  series: [
    { name: st.created, values: stats.perDay.map((d) => d.created) },
    { name: st.closed, values: stats.perDay.map((d) => d.closed) },
  ],
  integers: true,
})}
${chartTable(
  st.perDayTable,
  [st.day, st.createdColumn, st.closedColumn],
  stats.perDay.map((d) => [locale.day(d.day), d.created, d.closed]),
)}
</section>`;
}

function durationsSection(stats: TicketStats, locale: AdminLocale): SafeHtml {
  const st = locale.t.stats;
  return html`<section>
<h2>${st.durationsTitle}</h2>
<table class="durations">
<thead><tr><th></th><th>${st.tickets}</th><th>${st.median}</th><th>${st.p90}</th></tr></thead>
<tbody>${durationRow(st.toClaim, stats.timeToClaim, locale)}${durationRow(st.toDone, stats.timeToDone, locale)}</tbody>
</table>
</section>`;
}

/** Hours per client per month: a chart of the busiest clients, a table of all of them. */
function hoursSection(stats: TicketStats, period: string, locale: AdminLocale): SafeHtml {
  const { t } = locale;
  const st = t.stats;
  const total = (c: TicketStats['hoursPerClient'][number]): number =>
    Object.values(c.minutesByMonth).reduce((a, b) => a + b, 0);
  const charted = [...stats.hoursPerClient].sort((a, b) => total(b) - total(a)).slice(0, HOURS_CHART_CLIENTS);
  const hoursRows = charted.map((c) => ({
    label: clientLabel(c, locale),
    values: stats.months.map((m) => (c.minutesByMonth[m] ?? 0) / 60),
  }));
  return html`<section>
<h2>${st.hoursTitle}</h2>
${
  hoursRows.length
    ? html`${stats.hoursPerClient.length > HOURS_CHART_CLIENTS ? html`<p class="muted">${st.topClients({ shown: HOURS_CHART_CLIENTS, all: stats.hoursPerClient.length })}</p>` : ''}
${barRowsChart({ label: st.hoursLabel({ period }), rows: hoursRows, series: stats.months.map((m) => ({ name: locale.month(m) })), format: (h) => `${locale.number(h, { max: 1 })} h` })}
${chartTable(
  st.hoursTable,
  [t.common.client, ...stats.months.map(locale.month)],
  stats.hoursPerClient.map((c) => [
    clientLabel(c, locale),
    ...stats.months.map((m) => formatMinutes(c.minutesByMonth[m] ?? 0)),
  ]),
)}`
    : html`<p class="muted">${st.noHours}</p>`
}
</section>`;
}

function ratingsSection(stats: TicketStats, period: string, locale: AdminLocale): SafeHtml {
  const st = locale.t.stats;
  return html`<section>
<h2>${st.ratingsTitle}</h2>
${columnChart({
  label: st.ratingsLabel({ period, count: ratedCount(stats) }),
  categories: [1, 2, 3, 4, 5].map((count) => st.stars({ count })),
  axisLabels: ['★', '★★', '★★★', '★★★★', '★★★★★'],
  series: [{ name: st.ticketsSeries, values: stats.ratings.counts }],
  integers: true,
  height: 200,
})}
${chartTable(
  st.ratingsTable,
  [st.rating, st.tickets],
  stats.ratings.counts.map((n, i) => [`${i + 1} / 5`, n]),
)}
</section>`;
}
