/**
 * Puts the plan in the database and on the clock: clients (fixtures, inserted in bulk), then
 * every reminder through the reminders service (createReminder, as the conversation's reminder
 * flow calls it), then each occurrence through the scheduler the `reminder_occurrence_planned`
 * subscription uses. The reminders are created with a provisional start a day ahead; once all
 * exist, their instants move together (one UPDATE per table, offsets unchanged) so the first
 * falls due shortly after the last is on the clock, and the measured lateness leaves the
 * creation time out.
 */
import type { Redis } from 'ioredis';
import { createReminder, type ReminderScheduler } from '../../src/domain/reminders/service.js';
import { uuidv7 } from '../../src/infra/db/ids.js';
import type { PrismaClient } from '../../src/infra/db/types.js';
import type { BenchChannel, Plan, PlannedReminder } from './plan.js';

export const webChatId = (client: number): string => `bench-web-${client}`;
export const telegramChatId = (client: number): string => String(6_000_000 + client);
export const reminderText = (index: number): string => `chiamare il fornitore bench-${index}`;

/** Runs `work` on every item, `concurrency` at a time. */
export async function inPool<T>(items: readonly T[], concurrency: number, work: (item: T) => Promise<void>) {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, lane));
}

const chunks = <T>(items: T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

async function insertClients(prisma: PrismaClient, channel: BenchChannel, count: number): Promise<string[]> {
  const ids = Array.from({ length: count }, () => uuidv7());
  const chatId = channel === 'web' ? webChatId : telegramChatId;
  const now = new Date();
  for (const part of chunks(
    ids.map((id, i) => ({ id, i })),
    1000,
  )) {
    await prisma.client.createMany({ data: part.map(({ id, i }) => ({ id, name: `Bench ${channel} ${i}` })) });
    await prisma.channelIdentity.createMany({
      data: part.map(({ id, i }) => ({ clientId: id, channel, externalUserId: chatId(i), chatId: chatId(i) })),
    });
    // They wrote to set their reminders: each has its conversation on that channel.
    await prisma.conversation.createMany({
      data: part.map(({ id }) => ({ clientId: id, channel, lastInboundAt: now })),
    });
  }
  return ids;
}

export interface BenchClients {
  web: string[];
  telegram: string[];
}

export async function insertBenchClients(prisma: PrismaClient, plan: Plan): Promise<BenchClients> {
  return {
    web: await insertClients(prisma, 'web', plan.webClients),
    telegram: await insertClients(prisma, 'telegram', plan.telegramClients),
  };
}

/** Creates every reminder through the service; returns each one's occurrence id, by plan index. */
export async function createPlannedReminders(
  prisma: PrismaClient,
  plan: Plan,
  clients: BenchClients,
  options: { provisionalStartMs: number; concurrency: number; onProgress(done: number): void },
): Promise<string[]> {
  const occurrenceIds: string[] = new Array<string>(plan.reminders.length);
  let done = 0;
  await inPool(plan.reminders, options.concurrency, async (planned: PlannedReminder) => {
    const { occurrence } = await createReminder(prisma, {
      clientId: clients[planned.channel][planned.client]!,
      text: reminderText(planned.index),
      firstDueAt: new Date(options.provisionalStartMs + planned.offsetMs),
      tz: 'Europe/Rome',
      explicitTime: true,
    });
    occurrenceIds[planned.index] = occurrence.id;
    done += 1;
    if (done % 1000 === 0) options.onProgress(done);
  });
  return occurrenceIds;
}

/** Moves every instant `byMs` earlier: the plan's offsets stay as they were. */
export async function moveInstants(prisma: PrismaClient, byMs: number): Promise<void> {
  const by = `${byMs} milliseconds`;
  await prisma.$executeRaw`UPDATE reminder_occurrences SET due_at = due_at - ${by}::interval`;
  await prisma.$executeRaw`UPDATE reminders SET first_due_at = first_due_at - ${by}::interval, next_occurrence_at = next_occurrence_at - ${by}::interval`;
}

/** Puts every occurrence on the clock, earliest first, calling `checkpoint` after each quarter. */
export async function scheduleOccurrences(
  scheduler: ReminderScheduler,
  occurrences: { id: string; dueAt: Date }[],
  checkpoint: (scheduled: number) => Promise<void>,
): Promise<void> {
  const sorted = [...occurrences].sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
  let scheduled = 0;
  for (const part of chunks(sorted, Math.ceil(sorted.length / 4))) {
    await inPool(part, 32, (occurrence) => scheduler.schedule(occurrence));
    scheduled += part.length;
    await checkpoint(scheduled);
  }
}

/** Bytes Redis holds for every key under the prefix (MEMORY USAGE, exact). */
export async function redisBytes(redis: Redis, prefix: string): Promise<{ keys: number; bytes: number }> {
  let cursor = '0';
  let keys = 0;
  let bytes = 0;
  do {
    const [next, found] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 2000);
    cursor = next;
    const pipeline = redis.pipeline();
    for (const key of found) pipeline.memory('USAGE', key, 'SAMPLES', '0');
    for (const [, value] of (await pipeline.exec()) ?? []) bytes += Number(value ?? 0);
    keys += found.length;
  } while (cursor !== '0');
  return { keys, bytes };
}

export interface TableFootprint {
  table: string;
  rows: number;
  bytes: number;
}

/** Rows and bytes (with indexes and TOAST) of the tables reminders fill. */
export async function pgFootprint(prisma: PrismaClient): Promise<TableFootprint[]> {
  const tables = ['reminders', 'reminder_occurrences', 'messages'];
  const out: TableFootprint[] = [];
  for (const table of tables) {
    const [row] = await prisma.$queryRawUnsafe<{ rows: bigint; bytes: bigint }[]>(
      `SELECT (SELECT count(*) FROM ${table}) AS rows, pg_total_relation_size('${table}') AS bytes`,
    );
    out.push({ table, rows: Number(row?.rows ?? 0), bytes: Number(row?.bytes ?? 0) });
  }
  return out;
}
