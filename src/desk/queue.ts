import { Queue, UnrecoverableError, Worker, type Job, type JobsOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import type { PrismaClient } from '../infra/db/types.js';
import { DelegoError, DependencyError, errorMessage } from '../kernel/errors.js';
import type { Logger } from '../infra/logger.js';
import { activeStatuses } from '../domain/tickets/lifecycle.js';

export const QUEUE_DESK = 'desk';

const deskJobSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('card'), ticketId: z.uuid() }),
  z.object({ kind: z.literal('client_message'), ticketId: z.uuid(), messageId: z.uuid() }),
  z.object({ kind: z.literal('rating'), ticketId: z.uuid() }),
  z.object({ kind: z.literal('cancelled'), ticketId: z.uuid() }),
  /** redraws a posted card from the database (queued by processes without Slack, e.g. a GDPR erasure) */
  z.object({ kind: z.literal('refresh'), ticketId: z.uuid() }),
  z.object({ kind: z.literal('client_booking'), ticketId: z.uuid(), eventId: z.uuid() }),
  /** uploads the ticket's kept files not yet in its thread; `key` is what added them (a message, a late download) */
  z.object({ kind: z.literal('files'), ticketId: z.uuid(), key: z.string().min(1).max(64) }),
  /** shows an e-mail's suggested reply in its ticket's thread, with buttons to send or edit it */
  z.object({ kind: z.literal('suggestion'), ticketId: z.uuid(), mailMessageId: z.uuid() }),
]);
export type DeskJob = z.infer<typeof deskJobSchema>;

/** One job per card, client message, rating or cancellation: queueing one already on its way is a no-op. */
export function deskJobId(job: DeskJob): string {
  switch (job.kind) {
    case 'card':
      return `card-${job.ticketId}`;
    case 'client_message':
      return `message-${job.messageId}`;
    case 'rating':
      return `rating-${job.ticketId}`;
    case 'cancelled':
      return `cancelled-${job.ticketId}`;
    case 'refresh':
      return `refresh-${job.ticketId}`;
    case 'client_booking':
      return `client-booking-${job.eventId}`;
    case 'files':
      return `files-${job.ticketId}-${job.key}`;
    case 'suggestion':
      return `suggestion-${job.mailMessageId}`;
  }
}

/** How a desk job is queued, by the desk itself or by another process (the admin CLI). */
export function deskJobOptions(
  job: DeskJob,
  tuning: { attempts?: number | undefined; backoffMs?: number | undefined } = {},
): JobsOptions {
  return {
    jobId: deskJobId(job),
    attempts: tuning.attempts ?? 8,
    backoff: { type: 'exponential', delay: tuning.backoffMs ?? 1000 },
    // Finished jobs are dropped so that a later sweep can queue the same id again.
    removeOnComplete: true,
    removeOnFail: true,
  };
}

/** Tickets older than this without a card are left alone (their moment has passed). */
const SWEEP_WINDOW_MS = 7 * 24 * 3600_000;

/** A ticket younger than this has its own card job on the way: the sweep leaves it to that job. */
const SWEEP_GRACE_MS = 2 * 60_000;

/**
 * Cards the sweep queues wait behind every job queued as it happens (those carry no priority,
 * which BullMQ serves first): a backlog of old cardless tickets never delays a new ticket's card.
 */
const SWEEP_PRIORITY = 100;

export interface DeskJobHandlers {
  /** posts the ticket's card unless it has one */
  card(ticketId: string): Promise<void>;
  /** puts a client's message in the ticket's thread */
  clientMessage(ticketId: string, messageId: string): Promise<void>;
  rating(ticketId: string): Promise<void>;
  cancelled(ticketId: string): Promise<void>;
  refresh(ticketId: string): Promise<void>;
  /** puts the client's answer to a booking proposal, or their change of the booking, in the ticket's thread */
  clientBooking(ticketId: string, eventId: string): Promise<void>;
  /** uploads the ticket's kept files into its thread */
  files(ticketId: string): Promise<void>;
  /** puts an e-mail's suggested reply in the ticket's thread */
  suggestion(ticketId: string, mailMessageId: string): Promise<void>;
}

export interface DeskQueueDeps {
  connection: Redis;
  prefix?: string | undefined;
  prisma: PrismaClient;
  handlers: DeskJobHandlers;
  logger: Logger;
  clock?: () => Date;
  attempts?: number;
  /** first retry delay; each next one doubles */
  backoffMs?: number;
  /** how often tickets without a card are looked for */
  sweepEveryMs?: number;
}

export interface DeskQueue {
  add(job: DeskJob): Promise<void>;
  /** queues a card, behind the live jobs, for every active ticket of the last week older than a couple of minutes that has none; returns how many */
  sweep(): Promise<number>;
  /** starts the worker and the periodic sweep */
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** One desk job, by its kind. */
function runDeskJob(handlers: DeskQueueDeps['handlers'], job: DeskJob): Promise<unknown> {
  switch (job.kind) {
    case 'card':
      return handlers.card(job.ticketId);
    case 'client_message':
      return handlers.clientMessage(job.ticketId, job.messageId);
    case 'rating':
      return handlers.rating(job.ticketId);
    case 'cancelled':
      return handlers.cancelled(job.ticketId);
    case 'refresh':
      return handlers.refresh(job.ticketId);
    case 'client_booking':
      return handlers.clientBooking(job.ticketId, job.eventId);
    case 'files':
      return handlers.files(job.ticketId);
    case 'suggestion':
      return handlers.suggestion(job.ticketId, job.mailMessageId);
  }
}

/**
 * What the desk posts to Slack on its own (cards, client messages, ratings, cancellations) goes through a
 * BullMQ queue, so a Slack outage or rate limit loses nothing: the worker retries with exponential
 * backoff whatever is not a known refusal, and a periodic sweep re-queues any active ticket
 * still without a card (retries exhausted, or the job lost with Redis). A card is posted only
 * while its ticket has no slackTs, so it lands once.
 */
export function createDeskQueue(deps: DeskQueueDeps): DeskQueue {
  const log = deps.logger.child({ component: 'desk-queue' });
  const clock = deps.clock ?? (() => new Date());
  const prefix = deps.prefix ? { prefix: deps.prefix } : {};
  const queue = new Queue<DeskJob>(QUEUE_DESK, { connection: deps.connection, ...prefix });
  let worker: Worker<DeskJob> | undefined;
  let timer: NodeJS.Timeout | undefined;

  async function add(job: DeskJob, priority?: number): Promise<void> {
    await queue.add(job.kind, job, { ...deskJobOptions(job, deps), ...(priority ? { priority } : {}) });
  }

  async function sweep(): Promise<number> {
    const now = clock().getTime();
    const orphans = await deps.prisma.ticket.findMany({
      where: {
        slackTs: null,
        status: { in: [...activeStatuses] },
        createdAt: { gte: new Date(now - SWEEP_WINDOW_MS), lte: new Date(now - SWEEP_GRACE_MS) },
      },
      select: { id: true },
      orderBy: { createdAt: 'asc' },
      take: 500,
    });
    for (const { id } of orphans) await add({ kind: 'card', ticketId: id }, SWEEP_PRIORITY);
    if (orphans.length > 0) log.info({ count: orphans.length }, 'desk cards queued for tickets without one');
    return orphans.length;
  }

  async function process(job: Job<DeskJob>): Promise<unknown> {
    const data = deskJobSchema.parse(job.data);
    try {
      return await runDeskJob(deps.handlers, data);
    } catch (err) {
      const fields = { err: errorMessage(err), job: job.id, attempt: job.attemptsMade + 1 };
      // A refusal we know (a channel or token Slack refuses, a bad request) does not heal by retrying
      // now; the sweep retries cards later. Anything else (Slack away, a database blip) is retried.
      if (err instanceof DelegoError && !(err instanceof DependencyError)) {
        log.error(fields, 'desk job refused');
        throw new UnrecoverableError(errorMessage(err));
      }
      log.warn(fields, 'desk job not done yet, will retry');
      throw err;
    }
  }

  return {
    add,
    sweep,
    async start() {
      worker = new Worker<DeskJob>(QUEUE_DESK, process, { connection: deps.connection, ...prefix, concurrency: 1 });
      worker.on('error', (err) => log.warn({ err: errorMessage(err) }, 'desk worker error'));
      const sweepSafely = () =>
        void sweep().catch((err: unknown) => log.warn({ err: errorMessage(err) }, 'desk card sweep failed'));
      sweepSafely();
      timer = setInterval(sweepSafely, deps.sweepEveryMs ?? 60_000);
      timer.unref();
    },
    async stop() {
      clearInterval(timer);
      await worker?.close();
      await queue.close();
    },
  };
}
