import { Worker, type Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Outbound } from '../kernel/messaging.js';
import type { PrismaClient } from '../infra/db/types.js';
import { errorMessage } from '../kernel/errors.js';
import type { DeskNotifier } from '../domain/delivery/desk.js';
import type { FollowupSettings } from '../domain/delivery/ticket-rules.js';
import type { Logger } from '../infra/logger.js';
import type { MetricsPort } from '../infra/metrics/registry.js';
import type { ReminderScheduler } from '../domain/reminders/service.js';
import { createBriefingScheduler } from './briefing-scheduler.js';
import { followupProcessor, reminderProcessor } from './processors.js';
import { QUEUE_FOLLOWUPS, QUEUE_REMINDERS, type FollowupJob, type ReminderJob } from './queues.js';
import { reconcile, type ReconcileReport } from './reconciler.js';

export interface WorkerTuning {
  /** jobs one process delivers at once per queue; each holds a database connection while sending */
  concurrency: number;
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
  lockDurationMs: 30_000,
  stalledIntervalMs: 15_000,
  maxStalledCount: 3,
  reconcileEveryMs: 5 * 60_000,
  reconcileHorizonMs: 15 * 60_000,
};

export interface WorkersDeps {
  connection: Redis;
  prefix?: string | undefined;
  reminderQueue: Queue<ReminderJob>;
  followupQueue: Queue<FollowupJob>;
  reminderScheduler: ReminderScheduler;
  prisma: PrismaClient;
  outbound: Outbound;
  desk?: DeskNotifier | undefined;
  followupSettings: FollowupSettings;
  logger: Logger;
  clock: () => Date;
  tuning?: Partial<WorkerTuning>;
  metrics?: MetricsPort;
}

export interface RunningWorkers {
  /** one reconciliation round now (the timer runs them too) */
  reconcile(): Promise<ReconcileReport>;
  /** stops taking jobs, lets the ones in flight finish, stops the reconciler */
  close(): Promise<void>;
}

/**
 * The BullMQ workers of reminders and follow-ups, plus the reconciler: once at start (so what
 * fell due while everything was down goes out now, marked late) and then every few minutes.
 */
export async function startWorkers(deps: WorkersDeps): Promise<RunningWorkers> {
  const tuning = { ...defaultWorkerTuning, ...deps.tuning };
  const { logger } = deps;
  const options = {
    connection: deps.connection,
    ...(deps.prefix ? { prefix: deps.prefix } : {}),
    concurrency: tuning.concurrency,
    lockDuration: tuning.lockDurationMs,
    stalledInterval: tuning.stalledIntervalMs,
    maxStalledCount: tuning.maxStalledCount,
  };
  const workers = [
    new Worker<ReminderJob, string>(
      QUEUE_REMINDERS,
      reminderProcessor({
        prisma: deps.prisma,
        outbound: deps.outbound,
        clock: deps.clock,
        scheduler: deps.reminderScheduler,
        logger,
        metrics: deps.metrics,
      }),
      options,
    ),
    new Worker<FollowupJob, string>(
      QUEUE_FOLLOWUPS,
      followupProcessor({
        prisma: deps.prisma,
        outbound: deps.outbound,
        desk: deps.desk,
        settings: deps.followupSettings,
        clock: deps.clock,
        logger,
        briefings: createBriefingScheduler({ queue: deps.followupQueue, prisma: deps.prisma, clock: deps.clock }),
      }),
      options,
    ),
  ];
  for (const worker of workers) {
    worker.on('failed', (job, err) =>
      logger.warn(
        { queue: worker.name, jobId: job?.id, attempts: job?.attemptsMade, err: errorMessage(err) },
        'job failed',
      ),
    );
    worker.on('error', (err) => logger.error({ queue: worker.name, err: errorMessage(err) }, 'worker error'));
  }

  const reconcileDeps = {
    prisma: deps.prisma,
    reminderQueue: deps.reminderQueue,
    followupQueue: deps.followupQueue,
    reminderScheduler: deps.reminderScheduler,
    followupSettings: deps.followupSettings,
    hasDesk: deps.desk !== undefined,
    clock: deps.clock,
    horizonMs: tuning.reconcileHorizonMs,
  };
  let running: Promise<ReconcileReport> | undefined;
  const round = (): Promise<ReconcileReport> => {
    running ??= reconcile(reconcileDeps)
      .then((report) => {
        if (
          report.reminders +
            report.bookingReminders +
            report.ticketFollowups +
            report.segreteriaReleases +
            report.morningBriefings >
          0
        )
          logger.info(report, 'reconciler re-created jobs missing from Redis');
        return report;
      })
      .finally(() => {
        running = undefined;
      });
    return running;
  };

  await round();
  const timer = setInterval(() => {
    round().catch((err: unknown) =>
      logger.error({ err: errorMessage(err) }, 'reconciliation failed; next round in a few minutes'),
    );
  }, tuning.reconcileEveryMs);
  timer.unref();
  logger.info({ concurrency: tuning.concurrency }, 'workers started');

  return {
    reconcile: round,
    async close() {
      clearInterval(timer);
      await running?.catch(() => undefined);
      await Promise.all(workers.map((w) => w.close()));
    },
  };
}
