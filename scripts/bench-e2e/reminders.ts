/**
 * Reminders that fall due while `npm run bench:e2e` runs, delivered by its worker processes:
 * one client (and Telegram chat) per reminder, created through the reminders service and put on
 * the clock by the scheduler the conversation's subscription uses; then, per reminder, how many
 * times it reached its chat.
 */
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { createReminder } from '../../src/domain/reminders/service.js';
import type { PrismaClient } from '../../src/infra/db/types.js';
import { QUEUE_REMINDERS } from '../../src/jobs/kind.js';
import { createReminderScheduler } from '../../src/jobs/kinds/reminder.js';
import { createTelegramClient } from '../../test/support/telegram-clients.js';
import type { TelegramEmulator } from '../../test/support/telegram-emulator.js';

export interface DueReminder {
  chatId: string;
  dueAtMs: number;
}

export interface ReminderCount {
  once: number;
  duplicates: number;
  lost: number;
  /** arrival minus due instant, sorted */
  latenessMs: number[];
}

/** `count` reminders due evenly from `fromMs` to `toMs`. */
export async function planReminders(
  place: { prisma: PrismaClient; redis: Redis; prefix: string; emulator: TelegramEmulator },
  count: number,
  window: { fromMs: number; toMs: number },
): Promise<DueReminder[]> {
  const queue = new Queue(QUEUE_REMINDERS, { connection: place.redis, prefix: place.prefix });
  const scheduler = createReminderScheduler(queue);
  const reminders: DueReminder[] = [];
  try {
    for (let i = 0; i < count; i++) {
      const dueAtMs = window.fromMs + ((window.toMs - window.fromMs) * i) / Math.max(1, count - 1);
      const { client, user } = await createTelegramClient(place.prisma, place.emulator);
      const { occurrence } = await createReminder(place.prisma, {
        clientId: client.id,
        text: `rinnovare il contratto ${i}`,
        firstDueAt: new Date(dueAtMs),
        tz: 'Europe/Rome',
        explicitTime: true,
      });
      await scheduler.schedule(occurrence);
      reminders.push({ chatId: String(user.chatId), dueAtMs });
    }
  } finally {
    await queue.close();
  }
  return reminders;
}

/** Messages that reached each reminder's chat (answered 200 or still in progress). */
export function countReminders(emulator: TelegramEmulator, reminders: DueReminder[]): ReminderCount {
  const arrivals = new Map<string, number[]>();
  for (const call of emulator.callsOf('sendMessage')) {
    if (call.status !== 200 && call.status !== 0) continue;
    const chatId = String(call.body.chat_id);
    arrivals.set(chatId, [...(arrivals.get(chatId) ?? []), call.atMs]);
  }
  const count: ReminderCount = { once: 0, duplicates: 0, lost: 0, latenessMs: [] };
  for (const reminder of reminders) {
    const times = arrivals.get(reminder.chatId) ?? [];
    if (times.length === 0) count.lost += 1;
    if (times.length === 1) count.once += 1;
    count.duplicates += Math.max(0, times.length - 1);
    if (times[0] !== undefined) count.latenessMs.push(times[0] - reminder.dueAtMs);
  }
  count.latenessMs.sort((a, b) => a - b);
  return count;
}

/** Waits until every reminder arrived or `timeoutMs` passed. */
export async function awaitReminders(emulator: TelegramEmulator, reminders: DueReminder[], timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && countReminders(emulator, reminders).lost > 0)
    await new Promise((resolve) => setTimeout(resolve, 200));
}
