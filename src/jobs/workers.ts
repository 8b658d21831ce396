import { Worker, type Queue, type WorkerOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import type { DeskNotifier } from '../domain/delivery/desk.js';
import type { FollowupSettings } from '../domain/delivery/ticket-rules.js';
import type { ReminderScheduler } from '../domain/reminders/service.js';
import type { PrismaClient } from '../infra/db/types.js';
import type { Logger } from '../infra/logger.js';
import type { MetricsPort } from '../infra/metrics/registry.js';
import { errorMessage } from '../kernel/errors.js';
import type { Outbound } from '../kernel/messaging.js';
import { QUEUE_FOLLOWUPS, QUEUE_REMINDERS, type JobDeps, type JobQueues } from './kind.js';
import { createBriefingScheduler } from './kinds/morning-briefing.js';
import { jobProcessor } from './processor.js';
import { reconcile, type ReconcileDeps, type ReconcileReport } from './reconciler.js';
import { jobKinds } from './registry.js';

export interface WorkerTuning {
  /** jobs one process runs at once on the followups queue; each holds a database connection while sending */
  concurrency: number;
  /**
   * jobs at once on the reminders queue, each holding a database connection while it sends. A
   * delivery spends most of its time waiting (for PostgreSQL, Redis, the platform, the pacing),
   * not computing: on a loaded machine one took 0.5-0.7 s for 8-10 ms of CPU, and with 8 at once
   * a worker delivered fewer than the 20 a second falling due, so every later reminder waited its
   * turn (pick-up p50 54 s at load 15-17; 3 s with 16 at load 16-21). A Telegram burst goes out
   * at the pacing's 30 a second only with enough jobs waiting their turn there (24 a second with
   * 4). The cost of more: a worker killed after Telegram took a message and before the commit
   * sends it again, and with 16 at once about 6 were in that window per kill (2 with 8, 1 with 4;
   * loads differed). A reminder sent twice is what clients notice most, so 8: 16 only helped past
   * load 15 and was no better at load 10-14.
   */
  reminderConcurrency: number;
  /** a job whose worker stopped renewing its lock (killed) is retried after about this long */
  lockDurationMs: number;
  stalledIntervalMs: number;
  /** times a job may be found stalled before it fails (the reconciler then retries it) */
  maxStalledCount: number;
  reconcileEveryMs: number;
  reconcileHorizonMs: number;
}

export const defaultWorkerTuning: WorkerTuning = {
  concurrency: 4,
  reminderConcurrency: 8,
  lockDurationMs: 30_000,
  stalledIntervalMs: 15_000,
  maxStalledCount: 3,
  reconcileEveryMs: 5 * 60_000,
  reconcileHorizonMs: 15 * 60_000,
};

/**
 * Database connections a process running the workers needs: one per job in flight on each queue
 * (a job holds its transaction's while it sends; a web chat push asks for a second one, which
 * the others' finishing frees), and room for the rest of the process.
 */
export const workerPoolSize = (tuning: WorkerTuning = defaultWorkerTuning): number =>
  tuning.concurrency + tuning.reminderConcurrency + 6;

export interface WorkersDeps {
  connection: Redis;
  prefix?: string | undefined;
  reminderQueue: Queue;
  followupQueue: Queue;
  reminderScheduler: ReminderScheduler;
  prisma: PrismaClient;
  outbound: Outbound;
  desk?: DeskNotifier | undefined;
  followupSettings: FollowupSettings;
  logger: Logger;
  clock: () => Date;
  tuning?: Partial<WorkerTuning>;
  metrics?: MetricsPort;
  files?: JobDeps['files'];
  publish?: JobDeps['publish'];
}

export interface RunningWorkers {
  /** one reconciliation round now (the timer runs them too) */
  reconcile(): Promise<ReconcileReport>;
  /** stops taking jobs, lets the ones in flight finish, stops the reconciler */
  close(): Promise<void>;
}

/** One BullMQ worker per queue, each running the kinds that live on it. */
function startQueueWorkers(deps: WorkersDeps, queues: JobQueues, tuning: WorkerTuning): Worker[] {
  const jobDeps: JobDeps = {
    prisma: deps.prisma,
    outbound: deps.outbound,
    clock: deps.clock,
    logger: deps.logger,
    desk: deps.desk,
    followupSettings: deps.followupSettings,
    reminderScheduler: deps.reminderScheduler,
    briefings: createBriefingScheduler({ queue: queues[QUEUE_FOLLOWUPS], prisma: deps.prisma, clock: deps.clock }),
    metrics: deps.metrics,
    files: deps.files,
    publish: deps.publish,
  };
  const options: WorkerOptions = {
    connection: deps.connection,
    ...(deps.prefix ? { prefix: deps.prefix } : {}),
    lockDuration: tuning.lockDurationMs,
    stalledInterval: tuning.stalledIntervalMs,
    maxStalledCount: tuning.maxStalledCount,
  };
  return [QUEUE_REMINDERS, QUEUE_FOLLOWUPS].map((name) => {
    const kinds = jobKinds.filter((kind) => kind.queue === name);
    const concurrency = name === QUEUE_REMINDERS ? tuning.reminderConcurrency : tuning.concurrency;
    const worker = new Worker<unknown, string>(name, jobProcessor(kinds, jobDeps), { ...options, concurrency });
    worker.on('failed', (job, err) =>
      deps.logger.warn(
        { queue: worker.name, jobId: job?.id, attempts: job?.attemptsMade, err: errorMessage(err) },
        'job failed',
      ),
    );
    worker.on('error', (err) => deps.logger.error({ queue: worker.name, err: errorMessage(err) }, 'worker error'));
    return worker;
  });
}

/** Reconciliation rounds, one at a time: asking while one runs joins it. */
function reconciliationRounds(deps: ReconcileDeps, logger: Logger) {
  let running: Promise<ReconcileReport> | undefined;
  const round = (): Promise<ReconcileReport> => {
    running ??= reconcile(deps)
      .then((report) => {
        if (Object.values(report).some((count) => count > 0))
          logger.info(report, 'reconciler re-created jobs missing from Redis');
        return report;
      })
      .finally(() => {
        running = undefined;
      });
    return running;
  };
  return { round, settled: async () => running?.catch(() => undefined) };
}

/**
 * The BullMQ workers of every job kind, plus the reconciler: once at start (so what fell due
 * while everything was down goes out now, marked late) and then every few minutes.
 */
export async function startWorkers(deps: WorkersDeps): Promise<RunningWorkers> {
  const tuning = { ...defaultWorkerTuning, ...deps.tuning };
  const { logger } = deps;
  const queues: JobQueues = { [QUEUE_REMINDERS]: deps.reminderQueue, [QUEUE_FOLLOWUPS]: deps.followupQueue };
  const workers = startQueueWorkers(deps, queues, tuning);
  const rounds = reconciliationRounds(
    {
      prisma: deps.prisma,
      queues,
      followupSettings: deps.followupSettings,
      hasDesk: deps.desk !== undefined,
      clock: deps.clock,
      horizonMs: tuning.reconcileHorizonMs,
    },
    logger,
  );

  await rounds.round();
  const timer = setInterval(() => {
    rounds
      .round()
      .catch((err: unknown) =>
        logger.error({ err: errorMessage(err) }, 'reconciliation failed; next round in a few minutes'),
      );
  }, tuning.reconcileEveryMs);
  timer.unref();
  logger.info({ concurrency: tuning.concurrency, reminderConcurrency: tuning.reminderConcurrency }, 'workers started');

  return {
    reconcile: rounds.round,
    async close() {
      clearInterval(timer);
      await rounds.settled();
      await Promise.all(workers.map((w) => w.close()));
    },
  };
}
