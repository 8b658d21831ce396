import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** What the parts of the app report; each gets this port (or a piece of it), never prom-client. */
export interface MetricsPort {
  messageIn(channel: string): void;
  messageOut(channel: string): void;
  deliveryError(channel: string): void;
  /** one understanding: how long it took, who answered, and why the rules answered when an LLM is configured */
  understanding(seconds: number, source: string, fallbackReason?: string): void;
  /** how long after its instant a reminder went out */
  reminderLateness(seconds: number): void;
  /** route is the matched pattern (never the raw URL), so the number of series stays bounded */
  httpRequest(method: string, route: string, status: number, seconds: number): void;
  /** one decision of a failure throttle ("invite", "login"): refusals, subjects tracked, the cap reached */
  throttleDecision(limiter: string, decision: ThrottleDecision): void;
}

/** What the metrics read of a throttle's decision (domain/limits/backoff.ts). */
export interface ThrottleDecision {
  allowed: boolean;
  refusedBy?: string | undefined;
  overflowed: boolean;
  tracked: number;
  unchecked: boolean;
}

/** The part of a BullMQ Queue the depth gauge reads. */
export interface CountableQueue {
  readonly name: string;
  getJobCounts(...types: JobState[]): Promise<Record<string, number>>;
}

export const jobStates = ['waiting', 'active', 'delayed', 'failed', 'prioritized', 'waiting-children'] as const;
type JobState = (typeof jobStates)[number];

export interface Metrics extends MetricsPort {
  /** this app's own registry: several apps in one process (tests) never share series */
  registry: Registry;
  /** queues whose job counts are read at each scrape */
  watchQueues(queues: CountableQueue[]): void;
}

/** A queue that does not answer within this time is left out of that scrape rather than stalling it. */
const QUEUE_COUNT_TIMEOUT_MS = 1000;

const withTimeout = <T>(promise: Promise<T>, ms: number): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timed out')), ms);
    promise.then(resolve, reject).finally(() => clearTimeout(timer));
  });

export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const messages = messageCounters(registry);
  const timings = timingMetrics(registry);
  const throttles = throttleMetrics(registry);
  const watched: CountableQueue[] = [];
  queueDepthGauge(registry, watched);

  return {
    registry,
    watchQueues(queues) {
      watched.push(...queues);
    },
    messageIn: (channel) => messages.messagesIn.inc({ channel }),
    messageOut: (channel) => messages.messagesOut.inc({ channel }),
    deliveryError: (channel) => messages.deliveryErrors.inc({ channel }),
    understanding(seconds, source, fallbackReason) {
      timings.understandingSeconds.observe({ source }, seconds);
      if (fallbackReason !== undefined) timings.fallbacks.inc({ reason: fallbackReason });
    },
    reminderLateness: (seconds) => timings.lateness.observe(Math.max(0, seconds)),
    httpRequest: (method, route, status, seconds) =>
      timings.httpSeconds.observe({ method, route, status: String(status) }, seconds),
    throttleDecision(limiter, decision) {
      if (decision.unchecked) return;
      throttles.tracked.set({ limiter }, decision.tracked);
      if (!decision.allowed) throttles.refusals.inc({ limiter, scope: decision.refusedBy ?? 'unknown' });
      if (decision.overflowed) throttles.overflows.inc({ limiter });
    },
  };
}

/** The failure throttles (invite codes, staff logins): what they refuse and how much they keep. */
function throttleMetrics(registry: Registry) {
  const registers = [registry];
  return {
    refusals: new Counter({
      name: 'delego_throttle_refusals_total',
      help: 'Attempts refused by a failure throttle, by limiter and by the scope that refused (address, account, global)',
      labelNames: ['limiter', 'scope'],
      registers,
    }),
    tracked: new Gauge({
      name: 'delego_throttle_tracked',
      help: 'Subjects (addresses, accounts) a failure throttle keeps one by one in Redis, as last seen by this process',
      labelNames: ['limiter'],
      registers,
    }),
    overflows: new Counter({
      name: 'delego_throttle_overflow_total',
      help: 'New subjects a failure throttle could not track one by one because its cap was full (alert when it grows)',
      labelNames: ['limiter'],
      registers,
    }),
  };
}

function messageCounters(registry: Registry) {
  const registers = [registry];
  return {
    messagesIn: new Counter({
      name: 'delego_messages_in_total',
      help: 'Messages received from clients, by channel',
      labelNames: ['channel'],
      registers,
    }),
    messagesOut: new Counter({
      name: 'delego_messages_out_total',
      help: 'Messages sent to clients, by channel',
      labelNames: ['channel'],
      registers,
    }),
    deliveryErrors: new Counter({
      name: 'delego_delivery_errors_total',
      help: 'Sends to a channel that failed, by channel',
      labelNames: ['channel'],
      registers,
    }),
  };
}

/** How long things take: understanding (and its fallbacks), reminder lateness, HTTP requests. */
function timingMetrics(registry: Registry) {
  const registers = [registry];
  return {
    understandingSeconds: new Histogram({
      name: 'delego_understanding_seconds',
      help: 'Time to understand one message, by source (rules, llm)',
      labelNames: ['source'],
      buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 4, 8, 16],
      registers,
    }),
    fallbacks: new Counter({
      name: 'delego_understanding_fallbacks_total',
      help: 'Messages the rules answered although an LLM is configured, by reason',
      labelNames: ['reason'],
      registers,
    }),
    lateness: new Histogram({
      name: 'delego_reminder_lateness_seconds',
      help: 'Time between a reminder instant and its delivery',
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 180, 600, 3600],
      registers,
    }),
    httpSeconds: new Histogram({
      name: 'delego_http_request_duration_seconds',
      help: 'HTTP request duration, by method, route pattern and status',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
  };
}

/** Job counts of the watched queues, read at each scrape. */
function queueDepthGauge(registry: Registry, watched: readonly CountableQueue[]): void {
  new Gauge({
    name: 'delego_queue_jobs',
    help: 'Jobs in each BullMQ queue, by state, read at scrape time',
    labelNames: ['queue', 'state'],
    registers: [registry],
    async collect() {
      this.reset();
      const counted = await Promise.allSettled(
        watched.map(async (queue) => ({
          queue: queue.name,
          counts: await withTimeout(queue.getJobCounts(...jobStates), QUEUE_COUNT_TIMEOUT_MS),
        })),
      );
      for (const result of counted) {
        if (result.status !== 'fulfilled') continue;
        for (const state of jobStates) this.set({ queue: result.value.queue, state }, result.value.counts[state] ?? 0);
      }
    },
  });
}
