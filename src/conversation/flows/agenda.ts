import { t } from '../../i18n/catalog.js';
import { formatIsoDay, formatTime } from '../../i18n/format.js';
import { occurrencesBetween } from '../../reminders/service.js';
import { ticketLabel } from '../../tickets/service.js';
import type { Lang, Understanding } from '../../understanding/contract.js';
import type { FlowContext, FlowResult } from '../deps.js';
import { addDays, localDay, startOfLocalDay } from './when.js';

interface Entry {
  day: string;
  /** sorts timed entries by time, all-day first */
  sortKey: string;
  line: string;
}

const DEFAULT_RANGE_DAYS = 7;
const OPEN = ['open', 'claimed', 'waiting_client'] as const;

function rangeLabel(from: string, to: string, today: string, lang: Lang, now: Date): string {
  if (from === to && from === today) return t(lang, 'rangeToday');
  if (from === to && from === addDays(today, 1)) return t(lang, 'rangeTomorrow');
  if (from === to) return t(lang, 'rangeOn', { day: formatIsoDay(from, lang, now) });
  return t(lang, 'rangeFromTo', { from: formatIsoDay(from, lang, now), to: formatIsoDay(to, lang, now) });
}

export async function agendaFlow(ctx: FlowContext, u: Understanding): Promise<FlowResult> {
  const today = localDay(ctx.now, ctx.tz);
  const from = u.from ?? today;
  const to = u.to && u.to >= from ? u.to : u.to ? from : addDays(from, DEFAULT_RANGE_DAYS - 1);
  const start = startOfLocalDay(from, ctx.tz);
  const end = startOfLocalDay(addDays(to, 1), ctx.tz);
  const dayFrom = new Date(`${from}T00:00:00Z`);
  const dayTo = new Date(`${to}T00:00:00Z`);

  const [bookings, reminders, dueTickets, openTickets] = await Promise.all([
    ctx.db.booking.findMany({
      where: { clientId: ctx.clientId, status: { in: ['requested', 'confirmed'] }, OR: [{ startsAt: { gte: start, lt: end } }, { day: { gte: dayFrom, lte: dayTo } }] },
      orderBy: [{ startsAt: 'asc' }],
    }),
    ctx.db.reminder.findMany({ where: { clientId: ctx.clientId, status: 'active', nextOccurrenceAt: { lt: end } } }),
    ctx.db.ticket.findMany({ where: { clientId: ctx.clientId, status: { in: [...OPEN] }, due: { gte: dayFrom, lte: dayTo } }, orderBy: { number: 'asc' } }),
    ctx.db.ticket.findMany({ where: { clientId: ctx.clientId, status: { in: [...OPEN] }, due: null }, orderBy: { number: 'asc' }, take: 10 }),
  ]);

  const entries: Entry[] = [];
  for (const b of bookings) {
    const title = b.withWhom && !b.title.includes(b.withWhom) ? `${b.title} (${b.withWhom})` : b.title;
    if (b.startsAt) entries.push({ day: localDay(b.startsAt, ctx.tz), sortKey: formatTime(b.startsAt, ctx.tz), line: t(ctx.lang, 'agendaBooking', { time: formatTime(b.startsAt, ctx.tz), title }) });
    else if (b.day) entries.push({ day: b.day.toISOString().slice(0, 10), sortKey: '', line: t(ctx.lang, 'agendaBooking', { time: t(ctx.lang, 'agendaAllDay'), title }) });
  }
  for (const r of reminders) {
    for (const at of occurrencesBetween(r, start, end)) {
      entries.push({ day: localDay(at, ctx.tz), sortKey: formatTime(at, ctx.tz), line: t(ctx.lang, 'agendaReminder', { time: formatTime(at, ctx.tz), text: r.text }) });
    }
  }
  for (const tk of dueTickets) {
    entries.push({ day: tk.due!.toISOString().slice(0, 10), sortKey: '~', line: t(ctx.lang, 'agendaTicket', { number: ticketLabel(tk.number), summary: tk.summary }) });
  }

  const range = rangeLabel(from, to, today, ctx.lang, ctx.now);
  if (entries.length === 0 && openTickets.length === 0) return { reply: { text: t(ctx.lang, 'agendaEmpty', { range }) }, understood: true };

  const lines = [t(ctx.lang, 'agendaHeader', { range })];
  const days = [...new Set(entries.map((e) => e.day))].sort();
  for (const day of days) {
    lines.push('', formatIsoDay(day, ctx.lang, ctx.now));
    const ofDay = entries.filter((e) => e.day === day).sort((a, b) => a.sortKey.localeCompare(b.sortKey));
    lines.push(...ofDay.map((e) => `• ${e.line}`));
  }
  if (openTickets.length) {
    lines.push('', t(ctx.lang, 'agendaOpenTickets'), ...openTickets.map((tk) => `• ${ticketLabel(tk.number)} ${tk.summary}`));
  }
  return { reply: { text: lines.join('\n') }, understood: true };
}
