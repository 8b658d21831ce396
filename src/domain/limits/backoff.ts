import type { Redis } from 'ioredis';
import { errorMessage } from '../../kernel/errors.js';
import type { Logger } from '../../infra/logger.js';
import type { MetricsPort } from '../../infra/metrics/registry.js';
import { ATTEMPT_SCRIPT, REFUND_SCRIPT } from './backoff-scripts.js';

/** How a subject (an address, an account, everyone) is slowed down as its failures add up. */
export interface BackoffPolicy {
  /** failures that cost no wait */
  free: number;
  /** one failure is forgiven every leakMs, so a subject that stops failing is soon back to no wait */
  leakMs: number;
  /** the wait after the first failure past the free ones; each further failure doubles it */
  firstDelayMs: number;
  maxDelayMs: number;
}

export interface Subject {
  /** what kind of subject it is, for logs and metrics: "address", "account", "global" */
  scope: string;
  /** which one; absent for a limiter-wide subject, which is never capped */
  id?: string;
  policy: BackoffPolicy;
}

export interface BackoffDecision {
  allowed: boolean;
  /** how long the refusing subject still waits (0 when allowed) */
  retryAfterMs: number;
  /** the scope of the subject that refused */
  refusedBy?: string | undefined;
  /** the first refusal since that subject last let an attempt through: a burst begins, log it once */
  burstStart: boolean;
  /** a new subject found the cap full and was counted with the other latecomers of its scope */
  overflowed: boolean;
  /** subjects tracked one by one, after this decision */
  tracked: number;
  /** Redis did not decide: not connected (let through when failOpen) or no answer in time (refused) */
  unchecked: boolean;
}

export interface Backoff {
  /**
   * One attempt. Refused, and counted nowhere, while any of `gates` still waits; otherwise it
   * counts at once as a failure of each of `counts` (so simultaneous attempts cannot slip past
   * together), until refund() takes it back.
   */
  attempt(subjects: { gates: Subject[]; counts: Subject[] }, now: Date): Promise<BackoffDecision>;
  /** the attempt succeeded: it is no failure of these subjects */
  refund(subjects: Subject[], now: Date): Promise<void>;
  /** forgets these subjects' failures */
  forget(subjects: Subject[]): Promise<void>;
}

export interface BackoffOptions {
  /** what it limits, for logs and metrics: "invite", "login" */
  name: string;
  redis: Redis;
  /** every key starts with it, e.g. "delego:throttle:invite:" */
  keyPrefix: string;
  /** at most this many subjects are tracked one by one; past it, new ones share one subject per scope */
  maxTracked: number;
  /** past this Redis is taken as not answering (default 2 s) */
  timeoutMs?: number;
  /**
   * While Redis is not connected at all, let attempts through unchecked (the back-office must
   * stay reachable) rather than refuse them. A connected Redis that errs or answers late always
   * means a refusal: load an attacker can cause must not switch the throttle off.
   */
  failOpen: boolean;
  logger: Logger;
  metrics?: Pick<MetricsPort, 'throttleDecision'> | undefined;
}

interface Entry {
  subject: Subject;
  gate: boolean;
  count: boolean;
}

const UNCHECKED: BackoffDecision = {
  allowed: true,
  retryAfterMs: 0,
  burstStart: false,
  overflowed: false,
  tracked: 0,
  unchecked: true,
};
const UNDECIDED: BackoffDecision = { ...UNCHECKED, allowed: false, retryAfterMs: 5000, refusedBy: 'redis' };

/**
 * Progressive delays after failures, kept in Redis so every process shares them: each subject
 * has a few free failures, then waits firstDelayMs, doubling with each further failure up to
 * maxDelayMs; failures leak away one per leakMs. Nothing is kept longer than it matters: a
 * subject's key expires once its failures have leaked away and its wait is over, and at most
 * maxTracked subjects are tracked one by one (new ones past that share one overflow subject per
 * scope, so the cap costs attackers, never memory). Without a decision from Redis see failOpen.
 */
export function createBackoff(options: BackoffOptions): Backoff {
  const keys = keysOf(options.keyPrefix);
  const { redis } = options;
  const quietly = bookkeeping(options);
  return {
    async attempt({ gates, counts }, now) {
      if (redis.status !== 'ready') return options.failOpen ? UNCHECKED : UNDECIDED;
      try {
        const decision = await withTimeout(run(options, merge(gates, counts, keys.of), now), options.timeoutMs);
        return observe(options, decision);
      } catch (err) {
        options.logger.warn({ err: errorMessage(err), limiter: options.name }, 'attempt refused: Redis did not decide');
        return UNDECIDED;
      }
    },
    refund: (subjects, now) =>
      quietly('refund', () =>
        redis.eval(REFUND_SCRIPT, subjects.length, ...subjects.map(keys.of), now.getTime(), ...leaksOf(subjects)),
      ),
    forget: (subjects) =>
      quietly('forget', () =>
        redis
          .multi()
          .del(...subjects.map(keys.of))
          .zrem(keys.index, ...subjects.map(keys.member))
          .exec(),
      ),
  };
}

function keysOf(prefix: string) {
  const member = (s: Subject) => (s.id === undefined ? s.scope : `${s.scope}:${s.id}`);
  const of = (s: Subject) => `${prefix}${member(s)}`;
  return {
    index: `${prefix}index`,
    of,
    /** how the index names a subject: its key without the prefix */
    member,
    /** where a new subject goes once the cap is full; a limiter-wide subject has none */
    overflow: (s: Subject) => (s.id === undefined ? of(s) : `${prefix}${s.scope}~overflow`),
  };
}

const leaksOf = (subjects: Subject[]) => subjects.map((s) => s.policy.leakMs);

/** One entry per key: a subject may be a gate, counted, or both. */
function merge(gates: Subject[], counts: Subject[], keyOf: (s: Subject) => string): Entry[] {
  const entries = new Map<string, Entry>();
  for (const subject of [...gates, ...counts]) {
    const entry = entries.get(keyOf(subject)) ?? { subject, gate: false, count: false };
    entry.gate ||= gates.includes(subject);
    entry.count ||= counts.includes(subject);
    entries.set(keyOf(subject), entry);
  }
  return [...entries.values()];
}

async function run(options: BackoffOptions, entries: Entry[], now: Date): Promise<BackoffDecision> {
  const keys = keysOf(options.keyPrefix);
  const keyArgs = [keys.index, ...entries.flatMap((e) => [keys.of(e.subject), keys.overflow(e.subject)])];
  const args = entries.flatMap(({ gate, count, subject: { policy } }) => [
    Number(gate),
    Number(count),
    policy.free,
    policy.leakMs,
    policy.firstDelayMs,
    policy.maxDelayMs,
  ]);
  const reply = (await options.redis.eval(
    ATTEMPT_SCRIPT,
    keyArgs.length,
    ...keyArgs,
    now.getTime(),
    options.maxTracked,
    entries.length,
    ...args,
  )) as number[];
  const [allowed = 1, retryAfterMs = 0, refusing = 0, burstStart = 0, overflowed = 0, tracked = 0] = reply;
  return {
    allowed: allowed === 1,
    retryAfterMs,
    refusedBy: entries[refusing - 1]?.subject.scope,
    burstStart: burstStart === 1,
    overflowed: overflowed === 1,
    tracked,
    unchecked: false,
  };
}

/** One log line per burst of refusals, not per attempt; every decision goes to the metrics. */
function observe(options: BackoffOptions, decision: BackoffDecision): BackoffDecision {
  options.metrics?.throttleDecision(options.name, decision);
  if (decision.burstStart)
    options.logger.info(
      { limiter: options.name, scope: decision.refusedBy, retryAfterS: Math.ceil(decision.retryAfterMs / 1000) },
      'attempts throttled after repeated failures',
    );
  return decision;
}

/** Writes after an attempt: when one fails, the attempt itself still stands. */
function bookkeeping(options: BackoffOptions) {
  return async (what: string, write: () => Promise<unknown>): Promise<void> => {
    if (options.redis.status !== 'ready') return;
    try {
      await withTimeout(write(), options.timeoutMs);
    } catch (err) {
      options.logger.warn({ err: errorMessage(err), limiter: options.name }, `failure backoff: ${what} not written`);
    }
  };
}

function withTimeout<T>(promise: Promise<T>, ms = 2000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
