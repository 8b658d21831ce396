import { setTimeout as sleep } from 'node:timers/promises';
import { DependencyError, errorMessage } from '../../kernel/errors.js';
import type { Logger } from '../../infra/logger.js';
import type { InboundMessage } from '../../kernel/messaging.js';
import { chatKeyOf, updateEnvelopeSchema } from './map-update.js';

export interface RetryPolicy {
  firstDelayMs: number;
  maxDelayMs: number;
  /** after this long an update is given up on, so one bad stretch cannot block intake forever */
  giveUpAfterMs: number;
}

/** Enough for a database restart or failover, short enough that the bot does not look dead. */
export const dependencyRetry: RetryPolicy = { firstDelayMs: 1000, maxDelayMs: 30_000, giveUpAfterMs: 180_000 };

/** Exponential backoff: the wait before retry number `attempt` (0-based). */
export function retryDelayMs(attempt: number, policy: RetryPolicy): number {
  return Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** attempt);
}

export interface PollingDeps {
  /** one long-poll request: updates after `offset` (which also confirms those before it) */
  fetchUpdates(offset: number, signal: AbortSignal): Promise<unknown[]>;
  /** reads one update (and acknowledges a button press); undefined when there is nothing to handle */
  accept(update: unknown): Promise<InboundMessage | undefined>;
  /** the conversation pipeline; throws DependencyError when it may succeed later */
  handle(message: InboundMessage): Promise<void>;
  logger: Logger;
  retry?: RetryPolicy;
}

export interface Polling {
  /** Stops fetching, lets the updates in hand finish (abandoning backoff waits), returns the offset to confirm. */
  stop(): Promise<number>;
}

function isAbort(err: unknown): boolean {
  return err instanceof Error && err.name === 'AbortError';
}

/** retry_after of a 429 from getUpdates, when there is one */
function retryAfterSeconds(err: unknown): number | undefined {
  if (typeof err !== 'object' || err === null || !('parameters' in err)) return undefined;
  const parameters = err.parameters;
  if (typeof parameters !== 'object' || parameters === null || !('retry_after' in parameters)) return undefined;
  return typeof parameters.retry_after === 'number' ? parameters.retry_after : undefined;
}

/** What one polling run's steps share. */
interface Run {
  deps: PollingDeps;
  logger: Logger;
  policy: RetryPolicy;
  signal: AbortSignal;
  /** the next update id to fetch; confirms all before it */
  offset: number;
}

type Lane = { update: unknown; updateId: number }[];

/**
 * Long polling that loses nothing to a short outage: an update whose delivery throws
 * DependencyError is retried with backoff before the chat moves on, and the offset that
 * confirms updates to Telegram never passes one that was not finished. Updates of one chat are
 * delivered in order; different chats in the same batch proceed side by side.
 */
export function startPolling(deps: PollingDeps): Polling {
  const abort = new AbortController();
  const run: Run = {
    deps,
    logger: deps.logger,
    policy: deps.retry ?? dependencyRetry,
    signal: abort.signal,
    offset: 0,
  };
  const running = pollUntilAborted(run).catch((err: unknown) =>
    deps.logger.error({ err: errorMessage(err) }, 'telegram polling stopped unexpectedly'),
  );
  return {
    async stop() {
      abort.abort();
      await running;
      return run.offset;
    },
  };
}

async function pollUntilAborted(run: Run): Promise<void> {
  let failures = 0;
  while (!run.signal.aborted) {
    let updates: unknown[];
    try {
      updates = await run.deps.fetchUpdates(run.offset, run.signal);
      failures = 0;
    } catch (err) {
      if (isAbort(err) || run.signal.aborted) return;
      const delayMs = (retryAfterSeconds(err) ?? 0) * 1000 || retryDelayMs(failures, run.policy);
      failures += 1;
      run.logger.warn({ delayMs, err: errorMessage(err) }, 'telegram getUpdates failed; retrying');
      await sleep(delayMs, undefined, { signal: run.signal }).catch(() => undefined);
      continue;
    }
    await deliverBatch(run, updates);
  }
}

/** Delivers one batch, chat by chat, then moves the offset up to the first unfinished update. */
async function deliverBatch(run: Run, updates: unknown[]): Promise<void> {
  const unfinished: number[] = [];
  await Promise.all(
    lanesByChat(updates, run.logger).map(async (lane) => {
      for (const [index, { update, updateId }] of lane.entries()) {
        if (!(await deliverWithRetry(run, update, updateId))) {
          unfinished.push(...lane.slice(index).map((entry) => entry.updateId));
          return;
        }
      }
    }),
  );
  const ids = updates.flatMap((update) => {
    const envelope = updateEnvelopeSchema.safeParse(update);
    return envelope.success ? [envelope.data.update_id] : [];
  });
  const next = unfinished.length > 0 ? Math.min(...unfinished) : Math.max(run.offset - 1, ...ids) + 1;
  run.offset = Math.max(run.offset, next);
}

/** The batch's updates per chat, in order; updates without an id are skipped. */
function lanesByChat(updates: unknown[], logger: Logger): Lane[] {
  const lanes = new Map<string, Lane>();
  for (const update of updates) {
    const envelope = updateEnvelopeSchema.safeParse(update);
    if (!envelope.success) {
      logger.warn('telegram sent an update without update_id; skipped');
      continue;
    }
    const key = chatKeyOf(update);
    const lane = lanes.get(key) ?? [];
    lane.push({ update, updateId: envelope.data.update_id });
    lanes.set(key, lane);
  }
  return [...lanes.values()];
}

/** true when the update is done with (handled, failed for good, given up); false when stopped while waiting. */
async function deliverWithRetry(run: Run, update: unknown, updateId: number): Promise<boolean> {
  const { deps, logger, policy } = run;
  const startedMs = Date.now();
  // Accepted once: a retry must not answer the button again or change receivedAt.
  let accepted: { message: InboundMessage | undefined } | undefined;
  for (let attempt = 0; ; attempt += 1) {
    try {
      accepted ??= { message: await deps.accept(update) };
      if (accepted.message) await deps.handle(accepted.message);
      return true;
    } catch (err) {
      if (!(err instanceof DependencyError)) {
        logger.error({ updateId, err: errorMessage(err) }, 'telegram update failed; moving on');
        return true;
      }
      const delayMs = retryDelayMs(attempt, policy);
      if (Date.now() - startedMs + delayMs > policy.giveUpAfterMs) {
        logger.error(
          { updateId, attempts: attempt + 1, err: errorMessage(err) },
          'telegram update given up after retries',
        );
        return true;
      }
      logger.warn(
        { updateId, attempt: attempt + 1, delayMs, err: errorMessage(err) },
        'telegram update waits for a dependency',
      );
      try {
        await sleep(delayMs, undefined, { signal: run.signal });
      } catch {
        return false;
      }
    }
  }
}
