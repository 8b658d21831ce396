import type { Db } from '../../infra/db/types.js';

/**
 * The window within which the office is to find a slot for a requested booking ("la prossima
 * sett in tarda mattinata"): its days (YYYY-MM-DD) and, with a part of the day, its hours (HH:MM).
 */
export interface SlotWindow {
  from: string;
  to: string;
  timeFrom?: string | undefined;
  timeTo?: string | undefined;
}

const asDate = (day: string) => new Date(`${day}T00:00:00Z`);
const asDay = (date: Date) => date.toISOString().slice(0, 10);

/** The booking's columns for a window (none without one). */
export function windowColumns(w: SlotWindow | undefined) {
  if (w === undefined) return {};
  return {
    windowFrom: asDate(w.from),
    windowTo: asDate(w.to),
    windowTimeFrom: w.timeFrom ?? null,
    windowTimeTo: w.timeTo ?? null,
  };
}

/**
 * Requested bookings still waiting for a slot (no time, no day) whose window overlaps the days
 * from..to (YYYY-MM-DD, inclusive), earliest window first.
 */
export async function waitingWithin(db: Db, clientId: string, from: string, to: string) {
  const rows = await db.booking.findMany({
    where: {
      clientId,
      status: 'requested',
      startsAt: null,
      day: null,
      windowFrom: { lte: asDate(to) },
      windowTo: { gte: asDate(from) },
    },
    select: { id: true, title: true, windowFrom: true, windowTo: true, windowTimeFrom: true, windowTimeTo: true },
    orderBy: [{ windowFrom: 'asc' }, { createdAt: 'asc' }],
    take: 10,
  });
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    window: {
      from: asDay(r.windowFrom!),
      to: asDay(r.windowTo!),
      timeFrom: r.windowTimeFrom ?? undefined,
      timeTo: r.windowTimeTo ?? undefined,
    },
  }));
}
