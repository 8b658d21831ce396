import { z } from 'zod';
import type { PrismaClient } from '../../../infra/db/types.js';
import { percentile } from '../../../domain/stats/percentile.js';
import type { DayRange } from './range.js';

/**
 * The back-office statistics over a range of local days of the agency. Demo clients (one per
 * browser trying the web chat) are left out, as in the desk's /delego stats.
 */
export interface TicketStats {
  /** one entry per day of the range, zero when nothing happened */
  perDay: { day: string; created: number; closed: number }[];
  /** seconds from creation to claim of the tickets claimed in the range */
  timeToClaim: DurationSummary;
  /** seconds from creation to done of the tickets done in the range */
  timeToDone: DurationSummary;
  /** minutes logged per client and local month (YYYY-MM), by client name */
  hoursPerClient: { clientId: string; name: string; erased: boolean; minutesByMonth: Record<string, number> }[];
  /** the months of the range, in order */
  months: string[];
  /** how many tickets got each rating (index 0 is 1 star) in the range, and their mean */
  ratings: { counts: [number, number, number, number, number]; average: number | null };
}

export interface DurationSummary {
  count: number;
  medianS: number | null;
  p90S: number | null;
}

const dayCount = z.array(z.object({ day: z.string(), n: z.number().int() }));
const durations = z.array(z.object({ s: z.number() }));
const clientMonths = z.array(
  z.object({
    clientId: z.string(),
    name: z.string(),
    erased: z.boolean(),
    month: z.string(),
    minutes: z.number().int(),
  }),
);
const ratingCounts = z.array(z.object({ rating: z.number().int(), n: z.number().int() }));

function summarize(seconds: number[]): DurationSummary {
  return { count: seconds.length, medianS: percentile(seconds, 0.5), p90S: percentile(seconds, 0.9) };
}

export async function ticketStats(prisma: PrismaClient, range: DayRange, tz: string): Promise<TicketStats> {
  const { start, end } = range;
  const [created, closed, claimTimes, doneTimes, hours, ratings] = await Promise.all([
    prisma.$queryRaw<unknown[]>`
      SELECT to_char(t.created_at AT TIME ZONE ${tz}, 'YYYY-MM-DD') AS day, count(*)::int AS n
      FROM tickets t JOIN clients c ON c.id = t.client_id
      WHERE NOT c.is_demo AND t.created_at >= ${start} AND t.created_at < ${end}
      GROUP BY 1`,
    prisma.$queryRaw<unknown[]>`
      SELECT to_char(t.done_at AT TIME ZONE ${tz}, 'YYYY-MM-DD') AS day, count(*)::int AS n
      FROM tickets t JOIN clients c ON c.id = t.client_id
      WHERE NOT c.is_demo AND t.done_at >= ${start} AND t.done_at < ${end}
      GROUP BY 1`,
    prisma.$queryRaw<unknown[]>`
      SELECT extract(epoch FROM t.claimed_at - t.created_at)::float8 AS s
      FROM tickets t JOIN clients c ON c.id = t.client_id
      WHERE NOT c.is_demo AND t.claimed_at >= ${start} AND t.claimed_at < ${end}`,
    prisma.$queryRaw<unknown[]>`
      SELECT extract(epoch FROM t.done_at - t.created_at)::float8 AS s
      FROM tickets t JOIN clients c ON c.id = t.client_id
      WHERE NOT c.is_demo AND t.done_at >= ${start} AND t.done_at < ${end}`,
    prisma.$queryRaw<unknown[]>`
      SELECT c.id::text AS "clientId", c.name, c.erased_at IS NOT NULL AS erased,
             to_char(e.created_at AT TIME ZONE ${tz}, 'YYYY-MM') AS month, sum(e.minutes)::int AS minutes
      FROM time_entries e JOIN tickets t ON t.id = e.ticket_id JOIN clients c ON c.id = t.client_id
      WHERE NOT c.is_demo AND e.created_at >= ${start} AND e.created_at < ${end}
      GROUP BY 1, 2, 3, 4`,
    prisma.$queryRaw<unknown[]>`
      SELECT t.rating, count(*)::int AS n
      FROM tickets t JOIN clients c ON c.id = t.client_id
      WHERE NOT c.is_demo AND t.rating BETWEEN 1 AND 5 AND t.rated_at >= ${start} AND t.rated_at < ${end}
      GROUP BY 1`,
  ]);

  const createdByDay = new Map(dayCount.parse(created).map((r) => [r.day, r.n]));
  const closedByDay = new Map(dayCount.parse(closed).map((r) => [r.day, r.n]));

  const clients = new Map<string, TicketStats['hoursPerClient'][number]>();
  for (const row of clientMonths.parse(hours)) {
    const client = clients.get(row.clientId) ?? {
      clientId: row.clientId,
      name: row.name,
      erased: row.erased,
      minutesByMonth: {},
    };
    client.minutesByMonth[row.month] = row.minutes;
    clients.set(row.clientId, client);
  }

  const counts: TicketStats['ratings']['counts'] = [0, 0, 0, 0, 0];
  for (const row of ratingCounts.parse(ratings)) counts[row.rating - 1] = row.n;
  const rated = counts.reduce((a, b) => a + b, 0);

  return {
    perDay: range.days.map((day) => ({ day, created: createdByDay.get(day) ?? 0, closed: closedByDay.get(day) ?? 0 })),
    timeToClaim: summarize(durations.parse(claimTimes).map((r) => r.s)),
    timeToDone: summarize(durations.parse(doneTimes).map((r) => r.s)),
    hoursPerClient: [...clients.values()].sort((a, b) => a.name.localeCompare(b.name, 'it')),
    months: [...new Set(range.days.map((d) => d.slice(0, 7)))],
    ratings: { counts, average: rated ? counts.reduce((sum, n, i) => sum + n * (i + 1), 0) / rated : null },
  };
}
