/** The lines `npm run bench:reminders` prints. */
import { pickupTargetMs, summarize, type Figures, type Summary } from './results.js';
import type { TableFootprint } from './populate.js';
import type { ProcessDelta } from '../bench-e2e/report.js';

const int = (n: number): string => Math.round(n).toLocaleString('en-US');
const ms = (n: number): string => (Number.isFinite(n) ? `${int(n)} ms` : 'n/a');
const latency = (s: Summary): string => `p50 ${ms(s.p50)}, p99 ${ms(s.p99)}, max ${ms(s.max)} (n ${int(s.n)})`;

export interface MemoryPoint {
  reminders: number;
  keys: number;
  bytes: number;
}

/** Bytes per pending reminder at each checkpoint, and between the first and the last (the slope). */
export function memoryLines(points: readonly MemoryPoint[]): string[] {
  const lines = points.map(
    (p) =>
      `  ${int(p.reminders)} pending: ${int(p.keys)} keys, ${int(p.bytes)} bytes (${int(p.bytes / p.reminders)} per reminder)`,
  );
  const first = points[0];
  const last = points.at(-1);
  if (first && last && last.reminders > first.reminders)
    lines.push(
      `  slope ${int((last.bytes - first.bytes) / (last.reminders - first.reminders))} bytes per pending reminder ` +
        `(${int(((last.bytes - first.bytes) / (last.reminders - first.reminders)) * 1000)} per 1,000)`,
    );
  return lines;
}

export function footprintLines(label: string, tables: readonly TableFootprint[], reminders: number): string[] {
  const per = 1000 / reminders;
  return [
    `PostgreSQL ${label}, per 1,000 reminders:`,
    ...tables.map((t) => `  ${t.table}: ${int(t.rows * per)} rows, ${int((t.bytes * per) / 1024)} kB with indexes`),
  ];
}

export function resultLines(f: Figures, cap: number, workerConcurrency: number): string[] {
  const lines = [
    `pick-up lateness (due -> job active), steady part (web chat): ${latency(f.pickup.steady)}`,
    `  target p99 < ${pickupTargetMs} ms: ${f.pickup.steady.p99 < pickupTargetMs ? 'holds' : 'does NOT hold'}; ` +
      `${int(f.pickup.lateSteady.count)} over it, ${int(f.pickup.lateSteady.allSlotsBusy)} of them due while all ` +
      `${workerConcurrency} reminder jobs of the worker were running`,
    `pick-up lateness, bursts (Telegram: jobs wait their turn at the cap): ${latency(f.pickup.bursts)}`,
    `  jobs whose pick-up was not seen: ${int(f.pickup.missing)}`,
    `one delivery, job active -> completed (the worker runs ${workerConcurrency} at a time): ${latency(f.run)}`,
    `delivery lateness, steady part (web chat mailbox): ${latency(f.steadyDelivery)}`,
  ];
  f.bursts.forEach((b, i) => {
    const share = (b.ratePerSecond / cap) * 100;
    lines.push(
      `burst ${i + 1}: ${int(b.delivered)} delivered at ${b.ratePerSecond.toFixed(1)} msg/s = ${share.toFixed(1)}% of the ${cap}/s cap ` +
        `(target >= 90%: ${share >= 90 ? 'holds' : 'does NOT hold'})`,
      `  delivery lateness ${latency(b.lateness)}`,
      `  order: latest arrival behind a later-due message ${ms(b.maxInversionMs)}, more than 1 s behind: ${int(b.inversionsOver1s)}; ` +
        `shortest gap in one chat ${ms(b.minChatGapMs)}`,
    );
  });
  lines.push(
    `429s received: ${int(f.tooManyRequests.bot + f.tooManyRequests.chat)} (bot-wide limit ${int(f.tooManyRequests.bot)}, per chat ${int(f.tooManyRequests.chat)})`,
    `duplicates: ${int(f.duplicates)}, losses: ${int(f.losses)}` +
      (f.stillPending > 0
        ? ` (and ${int(f.stillPending)} still pending when the benchmark stopped: late, not lost)`
        : ''),
  );
  return lines;
}

export const scopeNote = (count: number, cap: number): string =>
  `Telegram takes ${cap} messages a second from one bot: ${int(count)} reminders would need ${int(count / cap)} s ` +
  `(${(count / cap / 60).toFixed(0)} min) of sending. So the steady part goes to web chat clients (no platform cap: ` +
  `it measures scheduling and the workers for every reminder) and delivery at Telegram's limits is measured on the bursts.`;

/** What the worker process spent while reminders fell due, and how late its event loop ran (ms). */
export type WorkerCost = ProcessDelta & {
  roundTripsMs: number[];
  eventLoopDelay: { p50: number; p99: number; max: number };
};

/** What the worker process spent from its start to the drain, per delivered reminder; with `statements`, which ones. */
export function costLines(cost: WorkerCost, delivered: number, statements: boolean): string[] {
  const per = (n: number): string => (n / Math.max(1, delivered)).toFixed(2);
  const trips = summarize(cost.roundTripsMs);
  const mean = cost.roundTripsMs.reduce((a, b) => a + b, 0) / Math.max(1, trips.n);
  const lines = [
    `worker process, per delivered reminder (${int(delivered)}): CPU ${per(cost.cpuMs)} ms, ` +
      `${per(cost.pgStatements)} PostgreSQL statements, ${per(cost.redisCommands)} Redis commands`,
    `worker's event loop delay (timers and I/O callbacks running late) while reminders fell due: ` +
      `p50 ${ms(cost.eventLoopDelay.p50)}, p99 ${ms(cost.eventLoopDelay.p99)}, max ${ms(cost.eventLoopDelay.max)}`,
    `Bot API round trip as the worker saw it: ${latency(trips)}; the pacing counts a send from its start ` +
      `until a second after its answer, so at this mean (${int(mean)} ms) it allows at most ${(30_000 / (1000 + mean)).toFixed(1)} msg/s`,
  ];
  if (!statements) return lines;
  const top = [...cost.statements].filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]);
  return [...lines, ...top.slice(0, 25).map(([text, n]) => `  ${per(n)}  ${text}`)];
}
