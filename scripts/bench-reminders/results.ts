/** The figures of `npm run bench:reminders`, from what was planned and what was observed. */
import type { LimitedSend } from '../../test/support/telegram-limits.js';
import { indexInText, type Arrival, type Run } from './observe.js';
import type { Plan, PlannedReminder } from './plan.js';

export interface Summary {
  n: number;
  p50: number;
  p99: number;
  max: number;
}

/** The target for a steady reminder's pick-up (due to job active). */
export const pickupTargetMs = 250;

export function summarize(values: readonly number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? NaN;
  return { n: sorted.length, p50: at(0.5), p99: at(0.99), max: sorted.at(-1) ?? NaN };
}

export interface Observed {
  plan: Plan;
  /** when each planned reminder fell due, by plan index */
  dueMs: (index: number) => number;
  /** the first time a worker picked up each reminder's job, by plan index */
  pickedUpMs: (index: number) => number | undefined;
  arrivals: Arrival[];
  sends: readonly LimitedSend[];
  /** what each delivery took its worker, active to completed */
  runMs: readonly number[];
  /** every run's interval, and how many jobs the worker runs at once */
  runs: readonly Run[];
  slots: number;
  /** reminders still pending when the benchmark stopped: late, not lost */
  stillPending: number;
}

export interface BurstFigures {
  delivered: number;
  /** accepted messages a second, first to last arrival */
  ratePerSecond: number;
  lateness: Summary;
  /** the most a message arrived after one of another chat due later than it */
  maxInversionMs: number;
  /** messages that arrived after one of another chat due more than a second later */
  inversionsOver1s: number;
  /** shortest time between two messages to one chat */
  minChatGapMs: number;
}

/** Steady pick-ups over the target, and how many of them fell due while every job slot was taken. */
export interface LatePickups {
  count: number;
  allSlotsBusy: number;
}

export interface Figures {
  pickup: { steady: Summary; bursts: Summary; missing: number; lateSteady: LatePickups };
  run: Summary;
  steadyDelivery: Summary;
  bursts: BurstFigures[];
  tooManyRequests: { bot: number; chat: number };
  /** reminders that arrived at least once */
  delivered: number;
  duplicates: number;
  /** reminders that never arrived and are not pending either */
  losses: number;
  stillPending: number;
}

const firstArrivals = (arrivals: readonly Arrival[]): Map<number, number> => {
  const first = new Map<number, number>();
  for (const { index, atMs } of arrivals) first.set(index, Math.min(atMs, first.get(index) ?? Infinity));
  return first;
};

/** Arrival order against due order, for reminders alone in their chat in this burst. */
function inversions(ordered: { dueMs: number }[]): { maxMs: number; over1s: number } {
  let latestDue = -Infinity;
  let maxMs = 0;
  let over1s = 0;
  for (const { dueMs } of ordered) {
    const behind = latestDue - dueMs;
    if (behind > 0) maxMs = Math.max(maxMs, behind);
    if (behind > 1000) over1s += 1;
    latestDue = Math.max(latestDue, dueMs);
  }
  return { maxMs, over1s };
}

function minChatGap(sends: readonly LimitedSend[]): number {
  const last = new Map<string, number>();
  let min = Infinity;
  for (const send of sends) {
    if (send.status !== 200) continue;
    const before = last.get(send.chatId);
    if (before !== undefined) min = Math.min(min, send.atMs - before);
    last.set(send.chatId, send.atMs);
  }
  return min;
}

function burstFigures(o: Observed, burst: number, first: Map<number, number>): BurstFigures {
  const members = o.plan.reminders.filter((r) => r.burst === burst);
  const delivered = members.filter((r) => first.has(r.index));
  const times = delivered.map((r) => first.get(r.index)!).sort((a, b) => a - b);
  const spanS = ((times.at(-1) ?? 0) - (times[0] ?? 0)) / 1000;
  const chatCount = new Map<number, number>();
  for (const r of members) chatCount.set(r.client, (chatCount.get(r.client) ?? 0) + 1);
  const alone = delivered
    .filter((r) => chatCount.get(r.client) === 1)
    .map((r) => ({ atMs: first.get(r.index)!, dueMs: o.dueMs(r.index) }))
    .sort((a, b) => a.atMs - b.atMs);
  const order = inversions(alone);
  const indexes = new Set(members.map((r) => r.index));
  return {
    delivered: delivered.length,
    ratePerSecond: spanS > 0 ? (times.length - 1) / spanS : NaN,
    lateness: summarize(delivered.map((r) => first.get(r.index)! - o.dueMs(r.index))),
    maxInversionMs: order.maxMs,
    inversionsOver1s: order.over1s,
    minChatGapMs: minChatGap(o.sends.filter((s) => indexes.has(indexInText(s.text) ?? -1))),
  };
}

/** How many runs were in flight at each instant (instants in any order). */
function inFlightAt(runs: readonly Run[], instantsMs: readonly number[]): number[] {
  const edges = runs.flatMap((r) => [
    { atMs: r.fromMs, step: 1 },
    { atMs: r.toMs, step: -1 },
  ]);
  edges.sort((a, b) => a.atMs - b.atMs || a.step - b.step);
  const order = instantsMs.map((atMs, i) => ({ atMs, i })).sort((a, b) => a.atMs - b.atMs);
  const out = new Array<number>(instantsMs.length).fill(0);
  let inFlight = 0;
  let e = 0;
  for (const { atMs, i } of order) {
    for (; e < edges.length && edges[e]!.atMs <= atMs; e++) inFlight += edges[e]!.step;
    out[i] = inFlight;
  }
  return out;
}

function latePickups(o: Observed, steady: PlannedReminder[], targetMs: number): LatePickups {
  const late = steady.filter((r) => {
    const at = o.pickedUpMs(r.index);
    return at !== undefined && at - o.dueMs(r.index) > targetMs;
  });
  const busy = inFlightAt(
    o.runs,
    late.map((r) => o.dueMs(r.index)),
  );
  return { count: late.length, allSlotsBusy: busy.filter((n) => n >= o.slots).length };
}

function pickups(o: Observed): Figures['pickup'] {
  const lateness = (reminders: PlannedReminder[]) =>
    reminders.flatMap((r) => {
      const at = o.pickedUpMs(r.index);
      return at === undefined ? [] : [at - o.dueMs(r.index)];
    });
  const steady = o.plan.reminders.filter((r) => r.channel === 'web');
  const bursts = o.plan.reminders.filter((r) => r.channel === 'telegram');
  const missing = o.plan.reminders.filter((r) => o.pickedUpMs(r.index) === undefined).length;
  return {
    steady: summarize(lateness(steady)),
    bursts: summarize(lateness(bursts)),
    missing,
    lateSteady: latePickups(o, steady, pickupTargetMs),
  };
}

export function figures(o: Observed): Figures {
  const first = firstArrivals(o.arrivals);
  const counts = new Map<number, number>();
  for (const { index } of o.arrivals) counts.set(index, (counts.get(index) ?? 0) + 1);
  const web = o.plan.reminders.filter((r) => r.channel === 'web' && first.has(r.index));
  return {
    pickup: pickups(o),
    run: summarize(o.runMs),
    steadyDelivery: summarize(web.map((r) => first.get(r.index)! - o.dueMs(r.index))),
    bursts: o.plan.burstStartsMs.map((_, b) => burstFigures(o, b, first)),
    tooManyRequests: {
      bot: o.sends.filter((s) => s.refusedBy === 'bot').length,
      chat: o.sends.filter((s) => s.refusedBy === 'chat').length,
    },
    delivered: counts.size,
    duplicates: [...counts.values()].reduce((sum, n) => sum + n - 1, 0),
    losses: o.plan.reminders.filter((r) => !counts.has(r.index)).length - o.stillPending,
    stillPending: o.stillPending,
  };
}
