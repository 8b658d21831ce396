import type { Queue } from 'bullmq';
import type { z } from 'zod';
import type { BriefingScheduler } from '../domain/briefing/delivery.js';
import type { DeskNotifier } from '../domain/delivery/desk.js';
import type { FollowupSettings } from '../domain/delivery/ticket-rules.js';
import type { ClientFiles } from '../domain/files/receive.js';
import type { ReminderScheduler } from '../domain/reminders/service.js';
import type { PrismaClient } from '../infra/db/types.js';
import type { Logger } from '../infra/logger.js';
import type { MetricsPort } from '../infra/metrics/registry.js';
import type { DomainEvent } from '../kernel/events.js';
import type { Outbound } from '../kernel/messaging.js';

/** The client's reminders: one job per occurrence. */
export const QUEUE_REMINDERS = 'reminders';
/** Every other kind (booking reminders, ticket follow-ups, releases, briefings, file downloads). The name is kept for jobs in Redis. */
export const QUEUE_FOLLOWUPS = 'followups';
export type QueueName = typeof QUEUE_REMINDERS | typeof QUEUE_FOLLOWUPS;
export type JobQueues = Record<QueueName, Queue>;

/** A job on the clock: what it carries (ids only) and when it falls due. */
export interface DueJob<P> {
  payload: P;
  at: Date;
}

/** What a run ends with: done (the outcome is the job's return value), or too early and back on the clock until `until`. */
export type JobResult = { kind: 'done'; outcome: string } | { kind: 'wait'; until: Date };
export const done = (outcome: string): JobResult => ({ kind: 'done', outcome });

/** What a run may use. */
export interface JobDeps {
  prisma: PrismaClient;
  outbound: Outbound;
  clock: () => Date;
  logger: Logger;
  /** the desk's side of ticket follow-ups and client statuses; absent without a desk */
  desk?: DeskNotifier | undefined;
  followupSettings: FollowupSettings;
  /** a series' next occurrence goes on the clock through it */
  reminderScheduler: ReminderScheduler;
  /** a client's next morning briefing goes on the clock through it */
  briefings: BriefingScheduler;
  metrics?: Pick<MetricsPort, 'reminderLateness'> | undefined;
  /** fetches and keeps clients' files; absent where no channel is wired (then downloads wait for a process that has them) */
  files?: ClientFiles | undefined;
  /** what a run changed, for the subscribers (the desk shows a file fetched late) */
  publish?: ((events: readonly DomainEvent[]) => Promise<void>) | undefined;
}

/** What the reconciler's due-queries may use. */
export interface DueDeps {
  prisma: PrismaClient;
  followupSettings: FollowupSettings;
  /** desk follow-ups are planned only when a desk will hear them */
  hasDesk: boolean;
}

/**
 * One kind of job, all in one place. The payload carries ids; `run` reads the rows, which decide
 * (locks and "sent" records live in the domain), so a job run twice or late does no harm.
 */
export interface JobKind<P> {
  /** the BullMQ job name, and the kind's key in logs and reconciler reports */
  name: string;
  queue: QueueName;
  /** a payload that does not parse is no job of this kind */
  schema: z.ZodType<P>;
  /** deterministic: scheduling the same thing twice leaves one job, and the reconciler can tell what is missing */
  jobId(payload: P): string;
  /** what PostgreSQL says falls due in (now, until] or earlier and is not done, for the reconciler */
  due(deps: DueDeps, now: Date, until: Date): Promise<DueJob<P>[]>;
  run(deps: JobDeps, payload: P): Promise<JobResult>;
}

/** A kind of any payload, for the registry: its methods only ever meet payloads its own schema parsed. */
export type AnyJobKind = JobKind<unknown>;
