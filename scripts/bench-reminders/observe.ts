/**
 * What the benchmark watches while the worker process delivers: when each reminder job was
 * picked up (BullMQ's `active` event, stamped by Redis's clock in its stream id), how many
 * occurrences are still pending, and afterwards where each reminder arrived: the web chat
 * mailboxes in Redis (stream ids are Redis's arrival times) and the rate-limited Bot API.
 */
import { QueueEvents } from 'bullmq';
import type { Redis } from 'ioredis';
import { webChatKeyPrefix } from '../../src/channels/web/mailbox.js';
import type { PrismaClient } from '../../src/infra/db/types.js';
import { QUEUE_REMINDERS } from '../../src/jobs/kind.js';
import type { LimitedSend } from '../../test/support/telegram-limits.js';
import type { Plan } from './plan.js';
import { webChatId } from './populate.js';

/** Milliseconds of a Redis stream id ("<ms>-<seq>"). */
const streamIdMs = (id: string): number => Number(id.split('-')[0]);

/** The plan index a delivered text names ("… bench-123"), if any. */
export const indexInText = (text: string): number | undefined => {
  const match = /bench-(\d+)/.exec(text);
  return match ? Number(match[1]) : undefined;
};

/** One job run, from its `active` event to its `completed` one. */
export interface Run {
  fromMs: number;
  toMs: number;
}

export interface Pickups {
  /** first `active` event per job id, in ms */
  firstActiveMs: Map<string, number>;
  /** from a job's last `active` to its `completed`: what one delivery takes a worker */
  runMs: number[];
  /** each run's interval (`active` to `completed`), to count the jobs in flight at an instant */
  runs: Run[];
  close(): Promise<void>;
}

/** Listens from now on; the caller starts it before the workers. */
export async function watchPickups(redis: Redis, prefix: string): Promise<Pickups> {
  const events = new QueueEvents(QUEUE_REMINDERS, { connection: redis, prefix, lastEventId: '$' });
  const firstActiveMs = new Map<string, number>();
  const lastActiveMs = new Map<string, number>();
  const runMs: number[] = [];
  const runs: Run[] = [];
  events.on('active', ({ jobId }, id) => {
    if (!firstActiveMs.has(jobId)) firstActiveMs.set(jobId, streamIdMs(id));
    lastActiveMs.set(jobId, streamIdMs(id));
  });
  events.on('completed', ({ jobId }, id) => {
    const activeMs = lastActiveMs.get(jobId);
    if (activeMs === undefined) return;
    runMs.push(streamIdMs(id) - activeMs);
    runs.push({ fromMs: activeMs, toMs: streamIdMs(id) });
  });
  await events.waitUntilReady();
  return { firstActiveMs, runMs, runs, close: () => events.close() };
}

export const pendingOccurrences = async (prisma: PrismaClient): Promise<number> => {
  const [row] = await prisma.$queryRaw<{ n: bigint }[]>`
    SELECT count(*) AS n FROM reminder_occurrences WHERE status = 'pending'`;
  return Number(row?.n ?? 0);
};

/** Waits until no occurrence is pending or the deadline passes, printing progress every 30 s. */
export async function waitForDrain(
  prisma: PrismaClient,
  deadlineMs: number,
  progress: (pending: number) => void,
): Promise<number> {
  let lastPrintMs = Date.now();
  for (;;) {
    const pending = await pendingOccurrences(prisma);
    if (pending === 0 || Date.now() > deadlineMs) return pending;
    if (Date.now() - lastPrintMs >= 30_000) {
      progress(pending);
      lastPrintMs = Date.now();
    }
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
}

/** One arrival of a reminder at its client. */
export interface Arrival {
  index: number;
  atMs: number;
}

/** Every reminder entry in the web chat clients' mailboxes. */
export async function webArrivals(redis: Redis, prefix: string, plan: Plan): Promise<Arrival[]> {
  const keyPrefix = webChatKeyPrefix(prefix);
  const arrivals: Arrival[] = [];
  for (let start = 0; start < plan.webClients; start += 1000) {
    const pipeline = redis.pipeline();
    for (let client = start; client < Math.min(plan.webClients, start + 1000); client++)
      pipeline.xrange(`${keyPrefix}chat:${webChatId(client)}`, '-', '+');
    for (const [, entries] of (await pipeline.exec()) ?? []) {
      for (const [id, fields] of (entries ?? []) as [string, string[]][]) {
        const index = indexInText(fields[1] ?? '');
        if (index !== undefined) arrivals.push({ index, atMs: streamIdMs(id) });
      }
    }
  }
  return arrivals;
}

/** Every message the Bot API accepted. */
export const telegramArrivals = (sends: readonly LimitedSend[]): Arrival[] =>
  sends.flatMap((send) => {
    const index = indexInText(send.text);
    return send.status === 200 && index !== undefined ? [{ index, atMs: send.atMs }] : [];
  });
