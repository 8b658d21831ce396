import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { createMailbox } from '../channels/web/mailbox.js';
import { SESSION_MAX_AGE_MS } from '../channels/web/session.js';
import { deskJobOptions, QUEUE_DESK, type DeskJob } from '../desk/desk-queue.js';
import type { ErasureTraces } from './erase.js';

/** What clears an erased client's data outside PostgreSQL. */
export interface TraceCleaners {
  /** empties a web chat session's mailbox: its messages, buttons and files */
  clearWebChat(chatId: string): Promise<void>;
  /** has the desk redraw a ticket's card, which now shows an erased client */
  refreshDeskCard(ticketId: string): Promise<void>;
}

export interface ClearedTraces {
  webChats: number;
  deskCards: number;
}

/** Runs after eraseClient has committed; each part can run again without harm. */
export async function clearErasureTraces(traces: ErasureTraces, cleaners: TraceCleaners): Promise<ClearedTraces> {
  for (const chatId of traces.webChats) await cleaners.clearWebChat(chatId);
  for (const ticketId of traces.deskCards) await cleaners.refreshDeskCard(ticketId);
  return { webChats: traces.webChats.length, deskCards: traces.deskCards.length };
}

export interface RedisCleanersOptions {
  redis: Redis;
  /** the web chat's key prefix: `webChatKeyPrefix` of the app's queue prefix */
  webKeyPrefix: string;
  /** BullMQ prefix of the desk queue; BullMQ's default when absent */
  queuePrefix?: string | undefined;
}

/**
 * Cleaners for a process without Slack (the admin CLI): mailboxes are deleted in Redis and
 * card redraws are queued on the desk queue, which the web role's desk works off.
 */
export function redisTraceCleaners(options: RedisCleanersOptions): TraceCleaners & { close(): Promise<void> } {
  const mailbox = createMailbox(options.redis, options.webKeyPrefix, { retentionMs: SESSION_MAX_AGE_MS, idleMs: SESSION_MAX_AGE_MS });
  let queue: Queue<DeskJob> | undefined;
  return {
    clearWebChat: (chatId) => mailbox.clear(chatId),
    async refreshDeskCard(ticketId) {
      queue ??= new Queue<DeskJob>(QUEUE_DESK, { connection: options.redis, ...(options.queuePrefix ? { prefix: options.queuePrefix } : {}) });
      const job: DeskJob = { kind: 'refresh', ticketId };
      await queue.add(job.kind, job, deskJobOptions(job));
    },
    async close() {
      await queue?.close();
    },
  };
}
