import { randomInt } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { createReminder, type ReminderScheduler } from '../../src/domain/reminders/service.js';
import type { PrismaClient } from '../../src/infra/db/types.js';
import { createTelegramClient } from './telegram-clients.js';
import type { RecordedCall, TelegramEmulator } from './telegram-emulator.js';
import { spawnWorkerProcess } from './worker-process.js';

/** Where the run happens: a migrated database of its own, a queue prefix of its own, the emulated Bot API. */
export interface KillRunPlace {
  prisma: PrismaClient;
  databaseUrl: string;
  redisUrl: string;
  prefix: string;
  emulator: TelegramEmulator;
  scheduler: ReminderScheduler;
}

export interface KillRunOptions {
  kills: number;
  reminders: number;
  /** each worker process is killed a uniformly random time in [0, maxLifeMs) after it reported ready */
  maxLifeMs: number;
  /** how long the last, unkilled worker may take to deliver what is left */
  drainTimeoutMs?: number;
}

/** One kill: what the worker process was doing when it died. */
export interface KillRecord {
  /** how long the process had run since it reported ready, in ms */
  lifeMs: number;
  /** occurrences still pending right after the kill: the kill happened while reminders were due */
  pending: number;
  /**
   * messages of occurrences left pending, so sent again later, that Telegram had answered before
   * the kill: the process died between the platform's answer and its commit
   */
  afterAnswer: number;
  /** the same, still unanswered when the process died: the platform's round trip itself */
  inFlight: number;
}

export interface KillRunReport {
  kills: KillRecord[];
  /** messages beyond the first that reached a client */
  duplicates: number;
  /** clients that never received their reminder */
  losses: number;
  /** clients that received it exactly once */
  once: number;
}

type Item = { chatId: string; occurrenceId: string };

/** One client per reminder, each linked to its own emulated Telegram user; all fall due at `dueAt`. */
async function dueReminders(place: KillRunPlace, count: number, dueAt: Date): Promise<Item[]> {
  const items: Item[] = [];
  for (let i = 0; i < count; i++) {
    const { client, user } = await createTelegramClient(place.prisma, place.emulator);
    const { occurrence } = await createReminder(place.prisma, {
      clientId: client.id,
      text: `versare l'IVA ${i}`,
      firstDueAt: dueAt,
      tz: 'Europe/Rome',
      explicitTime: true,
    });
    await place.scheduler.schedule(occurrence);
    items.push({ chatId: String(user.chatId), occurrenceId: occurrence.id });
  }
  return items;
}

/** sendMessage calls that reached the emulated Telegram (answered 200, or still in progress), per chat. */
function arrivedPerChat(emulator: TelegramEmulator): Map<string, RecordedCall[]> {
  const calls = new Map<string, RecordedCall[]>();
  for (const call of emulator.callsOf('sendMessage')) {
    if (call.status !== 200 && call.status !== 0) continue;
    const chatId = String(call.body.chat_id);
    calls.set(chatId, [...(calls.get(chatId) ?? []), call]);
  }
  return calls;
}

async function pendingIds(place: KillRunPlace, items: Item[]): Promise<Set<string>> {
  const rows = await place.prisma.reminderOccurrence.findMany({
    where: { id: { in: items.map((i) => i.occurrenceId) }, status: 'pending' },
    select: { id: true },
  });
  return new Set(rows.map((r) => r.id));
}

/**
 * Messages that reached Telegram for occurrences still pending right after a kill: the process
 * died before its commit, so the next worker sends them again. Each is counted at the first kill
 * that leaves it so, split by whether Telegram had answered before the kill.
 */
function classify(
  items: Item[],
  pending: Set<string>,
  emulator: TelegramEmulator,
  killAtMs: number,
  counted: Map<string, number>,
): Pick<KillRecord, 'afterAnswer' | 'inFlight'> {
  const arrived = arrivedPerChat(emulator);
  const found = { afterAnswer: 0, inFlight: 0 };
  for (const item of items.filter((i) => pending.has(i.occurrenceId))) {
    const calls = arrived.get(item.chatId) ?? [];
    for (const call of calls.slice(counted.get(item.chatId) ?? 0)) {
      if (call.answeredAtMs !== undefined && call.answeredAtMs <= killAtMs) found.afterAnswer += 1;
      else found.inFlight += 1;
    }
    counted.set(item.chatId, Math.max(calls.length, counted.get(item.chatId) ?? 0));
  }
  return found;
}

const processOptions = (place: KillRunPlace) => ({
  databaseUrl: place.databaseUrl,
  redisUrl: place.redisUrl,
  prefix: place.prefix,
  telegram: place.emulator,
});

async function killedRuns(place: KillRunPlace, items: Item[], options: KillRunOptions): Promise<KillRecord[]> {
  const kills: KillRecord[] = [];
  const counted = new Map<string, number>();
  for (let kill = 0; kill < options.kills; kill++) {
    const child = spawnWorkerProcess(processOptions(place));
    await child.waitFor('ready', 60_000);
    const lifeMs = randomInt(0, options.maxLifeMs);
    await sleep(lifeMs);
    const killAtMs = Date.now();
    await child.kill();
    // A request already written when the process died may still reach the emulator.
    await sleep(150);
    const pending = await pendingIds(place, items);
    kills.push({ lifeMs, pending: pending.size, ...classify(items, pending, place.emulator, killAtMs, counted) });
  }
  return kills;
}

async function drain(place: KillRunPlace, items: Item[], timeoutMs: number): Promise<void> {
  const child = spawnWorkerProcess(processOptions(place));
  try {
    const deadline = Date.now() + timeoutMs;
    while ((await pendingIds(place, items)).size > 0 && Date.now() < deadline) await sleep(200);
    // Anything sent twice arrives within this quiet time.
    await sleep(1500);
  } finally {
    await child.kill();
  }
}

/**
 * `kill -9` of the worker process at random moments while reminders are due, `kills` times, then
 * one worker left running to deliver the rest; counts what each client received.
 */
export async function killWhileDue(place: KillRunPlace, options: KillRunOptions): Promise<KillRunReport> {
  const items = await dueReminders(place, options.reminders, new Date(Date.now() + 500));
  const kills = await killedRuns(place, items, options);
  await drain(place, items, options.drainTimeoutMs ?? 120_000);
  const arrived = arrivedPerChat(place.emulator);
  const received = items.map((item) => arrived.get(item.chatId)?.length ?? 0);
  return {
    kills,
    duplicates: received.reduce((sum, n) => sum + Math.max(0, n - 1), 0),
    losses: received.filter((n) => n === 0).length,
    once: received.filter((n) => n === 1).length,
  };
}
