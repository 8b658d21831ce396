import { startOfLocalWeek } from '../../kernel/time.js';
import { percentile } from '../../domain/stats/percentile.js';

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
    medianClaimMin: percentile(
      claimed.map((t) => minutes(t.createdAt, t.claimedAt!)),
      0.5,
    ),
    medianDoneMin: percentile(
      done.map((t) => minutes(t.createdAt, t.doneAt!)),
      0.5,
    ),
  };
}

/** Monday 00:00 of the week of `now`, in the desk's time zone. */
export function weekStart(now: Date, tz: string): Date {
  return startOfLocalWeek(now, tz);
}
