import { agendaEntries, OPEN_TICKETS } from '../../domain/agenda/day-entries.js';
import { t } from '../../i18n/catalog.js';
import { formatIsoDay } from '../../i18n/format.js';
import { ticketLabel } from '../../domain/tickets/service.js';
import type { Lang, Understanding } from '../../understanding/contract.js';
import type { Flow } from '../flow.js';
import { reminderListFlow } from './reminder-list.js';
import { shiftDay, localDay, startOfLocalDay } from '../../kernel/time.js';
import { waitingWithin } from '../../domain/bookings/window.js';
import { describeWindow } from './office-window.js';

const DEFAULT_RANGE_DAYS = 7;

function rangeLabel(from: string, to: string, today: string, lang: Lang, now: Date): string {
  if (from === to && from === today) return t(lang, 'rangeToday');
  if (from === to && from === shiftDay(today, 1)) return t(lang, 'rangeTomorrow');
  if (from === to) return t(lang, 'rangeOn', { day: formatIsoDay(from, lang, now) });
  return t(lang, 'rangeFromTo', { from: formatIsoDay(from, lang, now), to: formatIsoDay(to, lang, now) });
}

/** "che promemoria ho?" lists reminders only, "che appuntamenti ho?" bookings only, with their own words. */
const ITEMS = {
  reminders: { kind: 'reminder', header: 'agendaRemindersHeader', empty: 'agendaRemindersEmpty' },
  bookings: { kind: 'booking', header: 'agendaBookingsHeader', empty: 'agendaBookingsEmpty' },
} as const;
const EVERYTHING = { kind: undefined, header: 'agendaHeader', empty: 'agendaEmpty' } as const;

/** Open requests with no day in the range; one due by an instant in the range is already among the entries. */
function undatedOpenTickets(ctx: Parameters<Flow<Understanding>>[0], start: Date, end: Date) {
  return ctx.db.ticket.findMany({
    where: {
      clientId: ctx.clientId,
      status: { in: [...OPEN_TICKETS] },
      bookings: { none: {} },
      due: null,
      OR: [{ dueAt: null }, { dueAt: { lt: start } }, { dueAt: { gte: end } }],
    },
    orderBy: { number: 'asc' },
    take: 10,
  });
}

export const agendaFlow: Flow<Understanding> = async (ctx, u) => {
  // "che promemoria ho?" names no period: every reminder set, not this week's agenda
  if (u.items === 'reminders' && u.from === undefined && u.to === undefined) return reminderListFlow(ctx);
  const today = localDay(ctx.now, ctx.tz);
  const from = u.from ?? today;
  const to = u.to && u.to >= from ? u.to : u.to ? from : shiftDay(from, DEFAULT_RANGE_DAYS - 1);
  const start = startOfLocalDay(from, ctx.tz);
  const end = startOfLocalDay(shiftDay(to, 1), ctx.tz);
  const items = u.items === undefined ? EVERYTHING : ITEMS[u.items];
  const [all, openTickets, waiting] = await Promise.all([
    agendaEntries(ctx.db, { clientId: ctx.clientId, lang: ctx.lang, tz: ctx.tz, from, to, start, end }),
    // asked about reminders or appointments only, open requests are not listed
    items.kind === undefined ? undatedOpenTickets(ctx, start, end) : [],
    items.kind === 'reminder' ? [] : waitingWithin(ctx.db, ctx.clientId, from, to),
  ]);

  const entries = items.kind === undefined ? all : all.filter((e) => e.kind === items.kind);
  const range = rangeLabel(from, to, today, ctx.lang, ctx.now);
  if (entries.length === 0 && openTickets.length === 0 && waiting.length === 0)
    return { reply: { text: t(ctx.lang, items.empty, { range }) }, understood: true };

  const lines = [t(ctx.lang, items.header, { range })];
  const days = [...new Set(entries.map((e) => e.day))].sort();
  // "La tua agenda per mercoledì 9 dicembre:" already names its one day: it is not said twice
  const namedDay = from === to && from !== today && from !== shiftDay(today, 1);
  for (const day of days) {
    lines.push(...(namedDay ? [] : ['', formatIsoDay(day, ctx.lang, ctx.now)]));
    lines.push(...entries.filter((e) => e.day === day).map((e) => `• ${e.line}`));
  }
  // "dermatologo, la settimana prossima (…), in tarda mattinata (11:00–13:00)": no day yet, but within the range
  if (waiting.length)
    lines.push(
      '',
      t(ctx.lang, 'agendaWaiting'),
      ...waiting.map((b) => `• ${b.title}, ${describeWindow(ctx, b.window)}`),
    );
  if (openTickets.length) {
    lines.push(
      '',
      t(ctx.lang, 'agendaOpenTickets'),
      ...openTickets.map((tk) => `• ${ticketLabel(tk.number)} ${tk.summary}`),
    );
  }
  return { reply: { text: lines.join('\n') }, understood: true };
};
