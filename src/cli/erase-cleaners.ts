import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { createMailbox } from '../channels/web/mailbox.js';
import { SESSION_MAX_AGE_MS } from '../channels/web/session.js';
import { deskJobOptions, QUEUE_DESK, type DeskJob } from '../desk/queue.js';
import type { TraceCleaners } from '../domain/privacy/erase-traces.js';

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
  const mailbox = createMailbox(options.redis, options.webKeyPrefix, {
    retentionMs: SESSION_MAX_AGE_MS,
    idleMs: SESSION_MAX_AGE_MS,
  });
  let queue: Queue<DeskJob> | undefined;
  return {
    clearWebChat: (chatId) => mailbox.clear(chatId),
    async refreshDeskCard(ticketId) {
      queue ??= new Queue<DeskJob>(QUEUE_DESK, {
        connection: options.redis,
        ...(options.queuePrefix ? { prefix: options.queuePrefix } : {}),
      });
      const job: DeskJob = { kind: 'refresh', ticketId };
      await queue.add(job.kind, job, deskJobOptions(job));
    },
    async close() {
      await queue?.close();
    },
  };
}
