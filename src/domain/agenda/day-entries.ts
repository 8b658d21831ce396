import type { Db } from '../../infra/db/types.js';
import { t } from '../../i18n/catalog.js';
import { formatTime } from '../../i18n/format.js';
import { occurrencesBetween } from '../reminders/service.js';
import { ticketLabel } from '../tickets/service.js';
import { formatDate, localDateTime } from '../../kernel/time.js';
import type { Lang } from '../../understanding/contract.js';

/** One line of a client's agenda: a booking, a reminder occurrence or a ticket due. */
export interface AgendaEntry {
  kind: 'booking' | 'reminder' | 'ticket';
  /** local day, YYYY-MM-DD */
  day: string;
  /** sorts timed entries by time, all-day first, tickets last */
  sortKey: string;
  line: string;
}

export const OPEN_TICKETS = ['open', 'claimed', 'waiting_client'] as const;

/** An office booking says where it stands: still to confirm, or confirmed by the office. */
function bookingState(b: { status: string; ticketId: string | null }, lang: Lang): string {
  if (b.status === 'requested') return ` (${t(lang, 'agendaToConfirm')})`;
  return b.ticketId ? ` (${t(lang, 'agendaConfirmed')})` : '';
}

type ListedBooking = { id: string; title: string; status: string; startsAt: Date | null; endsAt: Date | null };

/** A booking kept despite an overlap says so: " (sovrapposto a «riunione con Bassi»)". */
function overlapNote(b: ListedBooking & { overlapChosenAt: Date | null }, all: ListedBooking[], lang: Lang): string {
  if (!b.overlapChosenAt || !b.startsAt || !b.endsAt) return '';
  const others = all.filter(
    (o) => o.id !== b.id && o.status === 'confirmed' && o.startsAt! < b.endsAt! && o.endsAt! > b.startsAt!,
  );
  return others.length
    ? ` (${t(lang, 'agendaOverlaps', { titles: others.map((o) => `«${o.title}»`).join(', ') })})`
    : '';
}

const localDayOf = (instant: Date, tz: string): string => formatDate(localDateTime(instant, tz));

/**
 * The entries of a client's agenda between two local days (inclusive): confirmed and requested
 * bookings (an office booking marked as still to confirm or confirmed), reminder occurrences, and
 * open tickets that are not an office booking, due on one of the days (by due date, or by due
 * instant). Nothing cancelled is shown.
 */
export async function agendaEntries(
  db: Db,
  q: { clientId: string; lang: Lang; tz: string; from: string; to: string; start: Date; end: Date },
): Promise<AgendaEntry[]> {
  const dayFrom = new Date(`${q.from}T00:00:00Z`);
  const dayTo = new Date(`${q.to}T00:00:00Z`);
  const [bookings, reminders, tickets] = await Promise.all([
    db.booking.findMany({
      where: {
        clientId: q.clientId,
        status: { in: ['requested', 'confirmed'] },
        OR: [{ startsAt: { gte: q.start, lt: q.end } }, { day: { gte: dayFrom, lte: dayTo } }],
      },
      orderBy: [{ startsAt: 'asc' }],
    }),
    db.reminder.findMany({ where: { clientId: q.clientId, status: 'active', nextOccurrenceAt: { lt: q.end } } }),
    db.ticket.findMany({
      where: {
        clientId: q.clientId,
        status: { in: [...OPEN_TICKETS] },
        // a booking the office arranges is shown as the booking (or not at all once cancelled), never as its ticket
        bookings: { none: {} },
        OR: [{ due: { gte: dayFrom, lte: dayTo } }, { due: null, dueAt: { gte: q.start, lt: q.end } }],
      },
      orderBy: { number: 'asc' },
    }),
  ]);

  const entries: AgendaEntry[] = [];
  for (const b of bookings) {
    const named = b.withWhom && !b.title.includes(b.withWhom) ? `${b.title} (${b.withWhom})` : b.title;
    const title = `${named}${bookingState(b, q.lang)}${overlapNote(b, bookings, q.lang)}`;
    if (b.startsAt)
      entries.push({
        kind: 'booking',
        day: localDayOf(b.startsAt, q.tz),
        sortKey: formatTime(b.startsAt, q.tz),
        line: t(q.lang, 'agendaBooking', { time: formatTime(b.startsAt, q.tz), title }),
      });
    else if (b.day)
      entries.push({
        kind: 'booking',
        day: b.day.toISOString().slice(0, 10),
        sortKey: '',
        line: t(q.lang, 'agendaBooking', { time: t(q.lang, 'agendaAllDay'), title }),
      });
  }
  for (const r of reminders) {
    for (const at of occurrencesBetween(r, q.start, q.end)) {
      entries.push({
        kind: 'reminder',
        day: localDayOf(at, q.tz),
        sortKey: formatTime(at, q.tz),
        line: t(q.lang, 'agendaReminder', { time: formatTime(at, q.tz), text: r.text }),
      });
    }
  }
  for (const tk of tickets) {
    const day = tk.due ? tk.due.toISOString().slice(0, 10) : localDayOf(tk.dueAt!, q.tz);
    entries.push({
      kind: 'ticket',
      day,
      sortKey: '~',
      line: t(q.lang, 'agendaTicket', { number: ticketLabel(tk.number), summary: tk.summary }),
    });
  }
  // code-point order: '' (all day) < '09:30' < '~' (tickets), which locale collation does not keep
  const key = (e: AgendaEntry) => `${e.day} ${e.sortKey}`;
  return entries.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
