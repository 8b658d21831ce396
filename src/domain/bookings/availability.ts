import type { Db } from '../../infra/db/types.js';
import type { Interval } from './slots.js';
import { parseWorkingHours, type WorkingHours } from './working-hours.js';

export interface ClientAvailability {
  hours: WorkingHours;
  defaultMinutes: number;
  /** confirmed bookings, and requested ones with a time, overlapping the range asked for */
  busy: Interval[];
}

/**
 * What a free-slot search needs from the database for one client. A stored working-hours value
 * that does not parse falls back to the default; `onBadHours` hears of it (to log it).
 */
export async function clientAvailability(
  db: Db,
  clientId: string,
  range: Interval,
  onBadHours?: (clientId: string) => void,
): Promise<ClientAvailability> {
  const [client, bookings] = await Promise.all([
    db.client.findUniqueOrThrow({
      where: { id: clientId },
      select: { workingHours: true, defaultBookingMinutes: true },
    }),
    db.booking.findMany({
      where: {
        clientId,
        status: { in: ['requested', 'confirmed'] },
        startsAt: { lt: range.end },
        endsAt: { gt: range.start },
      },
      select: { startsAt: true, endsAt: true },
    }),
  ]);
  const { hours, valid } = parseWorkingHours(client.workingHours);
  if (!valid) onBadHours?.(clientId);
  const busy = bookings.flatMap((b) => (b.startsAt && b.endsAt ? [{ start: b.startsAt, end: b.endsAt }] : []));
  return { hours, defaultMinutes: client.defaultBookingMinutes, busy };
}
