import { TZDate } from '@date-fns/tz';
import { startOfWeek } from 'date-fns';

export interface TicketTimes {
  createdAt: Date;
  claimedAt: Date | null;
  doneAt: Date | null;
}

export interface DeskStats {
  created: number;
  claimed: number;
  done: number;
  /** null when nothing was claimed (or done) in the period */
  medianClaimMin: number | null;
  medianDoneMin: number | null;
}

/** The middle value; the mean of the two middle ones for an even count. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const within = (at: Date | null, from: Date, to: Date): at is Date => at !== null && at >= from && at < to;
const minutes = (from: Date, to: Date): number => (to.getTime() - from.getTime()) / 60_000;

/**
 * Counts of tickets created, claimed (first claim) and done in [from, to), with the median
 * minutes from creation to claim and to done of the tickets claimed and done in that period.
 */
export function deskStats(tickets: TicketTimes[], from: Date, to: Date): DeskStats {
  const claimed = tickets.filter((t) => within(t.claimedAt, from, to));
  const done = tickets.filter((t) => within(t.doneAt, from, to));
  return {
    created: tickets.filter((t) => within(t.createdAt, from, to)).length,
    claimed: claimed.length,
    done: done.length,
    medianClaimMin: median(claimed.map((t) => minutes(t.createdAt, t.claimedAt!))),
    medianDoneMin: median(done.map((t) => minutes(t.createdAt, t.doneAt!))),
  };
}

/** Monday 00:00 of the week of `now`, in the desk's time zone. */
export function weekStart(now: Date, tz: string): Date {
  return new Date(startOfWeek(new TZDate(now.getTime(), tz), { weekStartsOn: 1 }).getTime());
}
