import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { inject } from 'vitest';
import { createOutbound } from '../../src/channels/outbound.js';
import type { Channel, ChannelSender, InboundMessage, OutboundMessage } from '../../src/kernel/messaging.js';
import { createConversation } from '../../src/conversation/handle.js';
import { createEventBus } from '../../src/infra/event-bus.js';
import { QUEUE_REMINDERS } from '../../src/jobs/kind.js';
import { createReminderScheduler, type ReminderJob } from '../../src/jobs/kinds/reminder.js';
import { createLogger } from '../../src/infra/logger.js';
import type { SegreteriaPort } from '../../src/domain/segreteria/ports.js';
import { createRedis } from '../../src/infra/redis/connection.js';
import { createUnderstander } from '../../src/understanding/understand.js';
import { testPrisma } from './db.js';

/** A channel that keeps what the bot sends, per chat: the test's view of the client's screen. */
export class RecordingSender implements ChannelSender {
  readonly sent: { chatId: string; message: OutboundMessage }[] = [];
  async send(chatId: string, message: OutboundMessage) {
    this.sent.push({ chatId, message });
    return { externalMessageId: String(this.sent.length) };
  }
  last(chatId: string): OutboundMessage | undefined {
    return this.sent.filter((s) => s.chatId === chatId).at(-1)?.message;
  }
}

/**
 * The conversation pipeline wired to the run's real database and Redis (BullMQ queue with the
 * run's prefix), the rule-based understanding, a fixed clock and a recording channel.
 */
export function conversationHarness(options: { now: Date; channel?: Channel; segreteria?: SegreteriaPort }) {
  const prisma = testPrisma();
  const redis = createRedis(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379');
  const queue = new Queue<ReminderJob>(QUEUE_REMINDERS, {
    connection: redis,
    prefix: `${inject('redisPrefix')}${randomUUID()}`,
  });
  const sender = new RecordingSender();
  const channel = options.channel ?? 'telegram';
  const logger = createLogger({ level: 'silent', pretty: false });
  let now = options.now;
  // what the flows publish after commit: reminders go on the queue, a status change reaches the segreteria port
  const events = createEventBus(logger);
  const scheduler = createReminderScheduler(queue, () => now);
  events.on('reminder_occurrence_planned', (e) => scheduler.schedule({ id: e.occurrenceId, dueAt: e.dueAt }));
  events.on('reminder_occurrences_dropped', async (e) => {
    await Promise.all(e.occurrenceIds.map((id) => scheduler.unschedule(id)));
  });
  const segreteria = options.segreteria;
  if (segreteria) {
    events.on('client_status_changed', (e) => segreteria.releaseAt(e.clientId, e.releaseAt));
    events.on('client_status_changed', (e) => segreteria.statusChanged(e.clientId));
  }
  const conversation = createConversation({
    prisma,
    understand: createUnderstander({ logger }),
    outbound: createOutbound({ [channel]: sender }),
    publish: events.publish,
    logger,
    clock: () => now,
    defaults: { lang: 'it', tz: 'Europe/Rome' },
    pendingTtlMin: 30,
  });
  let seq = 0;
  return {
    prisma,
    queue,
    sender,
    setNow(next: Date) {
      now = next;
    },
    /** Sends a message as the given user and returns the bot's answer. */
    async say(user: string, text: string, extra: Partial<InboundMessage> = {}): Promise<OutboundMessage | undefined> {
      const before = sender.sent.length;
      await conversation.handle({
        channel,
        idempotencyKey: `test:${randomUUID()}:${seq++}`,
        externalUserId: user,
        chatId: `chat-${user}`,
        text,
        attachments: [],
        receivedAt: now,
        ...extra,
      });
      return sender.sent.length > before ? sender.last(`chat-${user}`) : undefined;
    },
    handle: conversation.handle,
    async close() {
      await queue.obliterate({ force: true }).catch(() => undefined);
      await queue.close();
      redis.disconnect();
    },
  };
}
