/**
 * Reminders at scale: `npm run bench:reminders -- [--count 100000] [--steady-rate 20 | --spread-minutes 10]
 * [--bursts 2] [--burst 5000] [--concurrency 8] [--worker-concurrency 16]`.
 *
 * On a scratch PostgreSQL database and a fresh Redis key prefix: creates `--count` reminders
 * through the reminders service and puts them on the clock (scripts/bench-reminders/populate.ts),
 * most (the steady part) falling due at `--steady-rate` a second (20, below Telegram's 30; or spread
 * over `--spread-minutes`) for web chat clients, and `--bursts` bursts of `--burst`
 * due within one minute for Telegram clients (plan.ts); then runs a worker process as
 * `ROLE=worker` does (worker.ts) against a Bot API that enforces Telegram's limits
 * (test/support/telegram-limits.ts: 30 messages a second per bot, one a second per chat, 429
 * with retry_after beyond). Prints creation throughput, Redis bytes and PostgreSQL rows per
 * pending reminder, pick-up and delivery lateness, each burst's rate against the cap and its
 * order, 429s, duplicates and losses. `--count 3400 --bursts 1 --burst 1000` is a quick check.
 * `--concurrency` is how many reminders are created at once; `--worker-concurrency` overrides
 * the jobs at once on the reminders queue (default: the product's). The worker's CPU time, PostgreSQL
 * statements and Redis commands per delivered reminder are printed (`--statements`: which
 * statements, by table and WHERE clause); `--profile DIR` writes the worker's CPU profile there.
 *
 * Needs PostgreSQL (BENCH_DATABASE_ADMIN_URL, else TEST_DATABASE_ADMIN_URL, else
 * postgresql://postgres@127.0.0.1:5432/postgres) and Redis (REDIS_URL, else 127.0.0.1:6379).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import { createPrisma } from '../src/infra/db/client.js';
import { applyMigrations } from '../src/infra/db/migrate-engine.js';
import { createScratchDatabase } from '../src/infra/db/scratch.js';
import type { PrismaClient } from '../src/infra/db/types.js';
import { createRedis } from '../src/infra/redis/connection.js';
import { QUEUE_REMINDERS } from '../src/jobs/kind.js';
import { createReminderScheduler, occurrenceJobId } from '../src/jobs/kinds/reminder.js';
import { defaultWorkerTuning } from '../src/jobs/workers.js';
import { startLimitedTelegram, telegramLimits, type LimitedTelegram } from '../test/support/telegram-limits.js';
import {
  pendingOccurrences,
  telegramArrivals,
  waitForDrain,
  watchPickups,
  webArrivals,
} from './bench-reminders/observe.js';
import { makePlan, type Plan } from './bench-reminders/plan.js';
import * as populate from './bench-reminders/populate.js';
import {
  costLines,
  footprintLines,
  memoryLines,
  resultLines,
  scopeNote,
  type MemoryPoint,
  type WorkerCost,
} from './bench-reminders/report.js';
import { figures } from './bench-reminders/results.js';
import { delta, loadAverage } from './bench-e2e/report.js';
import type { ProcessStats } from './bench-e2e/serve.js';

const argsSchema = z.object({
  count: z.coerce.number({ message: '--count must be a number' }).int().min(100).max(1_000_000).default(100_000),
  spreadMinutes: z.coerce.number({ message: '--spread-minutes must be a number' }).positive().max(120).optional(),
  steadyRate: z.coerce.number({ message: '--steady-rate must be a number' }).positive().max(1000).default(20),
  bursts: z.coerce.number({ message: '--bursts must be a number' }).int().min(0).max(10).default(2),
  burst: z.coerce.number({ message: '--burst must be a number' }).int().min(100).max(100_000).default(5000),
  concurrency: z.coerce.number({ message: '--concurrency must be a number' }).int().min(1).max(64).default(8),
  workerConcurrency: z.coerce
    .number({ message: '--worker-concurrency must be a number' })
    .int()
    .min(1)
    .max(64)
    .default(defaultWorkerTuning.reminderConcurrency),
  statements: z.boolean().default(false),
  profile: z.string().optional(),
});
type Args = Omit<z.infer<typeof argsSchema>, 'spreadMinutes'> & { spreadMinutes: number };

function parsedArgs(): Args {
  const text = { type: 'string' } as const;
  const { values } = parseArgs({
    options: {
      count: text,
      'spread-minutes': text,
      'steady-rate': text,
      bursts: text,
      burst: text,
      concurrency: text,
      'worker-concurrency': text,
      profile: text,
      statements: { type: 'boolean' },
    },
    strict: true,
  });
  const parsed = argsSchema.safeParse({
    ...values,
    spreadMinutes: values['spread-minutes'],
    steadyRate: values['steady-rate'],
    workerConcurrency: values['worker-concurrency'],
  });
  if (!parsed.success) throw new Error(parsed.error.issues.map((issue) => issue.message).join('; '));
  const args = parsed.data;
  // A short run gets smaller bursts: never more than half of the reminders, unless asked for.
  const most = values.burst === undefined ? Math.floor(args.count / 2 / Math.max(1, args.bursts)) : args.count;
  const burst = Math.min(args.burst, most, Math.floor(args.count / Math.max(1, args.bursts)));
  // The steady part falls due at --steady-rate a second, unless --spread-minutes says over how long.
  const steady = args.count - args.bursts * burst;
  const spreadMinutes = args.spreadMinutes ?? Math.max(steady, 1) / args.steadyRate / 60;
  return { ...args, burst, spreadMinutes, steadyRate: steady / (spreadMinutes * 60) };
}

const say = (line: string): void => void process.stdout.write(`${line}\n`);
const seconds = (fromMs: number): number => (Date.now() - fromMs) / 1000;

interface Place {
  workerConcurrency: number;
  profileDir: string | undefined;
  prisma: PrismaClient;
  redis: Redis;
  prefix: string;
  databaseUrl: string;
  redisUrl: string;
  telegram: LimitedTelegram;
}

interface Created {
  occurrenceIds: string[];
  provisionalStartMs: number;
}

/** Creates every reminder through the service, with its instant a day ahead for now. */
async function createAll(place: Place, plan: Plan, args: Args): Promise<Created> {
  const { prisma } = place;
  const clients = await populate.insertBenchClients(prisma, plan);
  say(`clients: ${plan.webClients} on the web chat, ${plan.telegramClients} on Telegram`);
  const provisionalStartMs = Date.now() + 86_400_000;
  const from = Date.now();
  const occurrenceIds = await populate.createPlannedReminders(prisma, plan, clients, {
    provisionalStartMs,
    concurrency: args.concurrency,
    onProgress: (done) => done % 10_000 === 0 && say(`  ${done} created (${seconds(from).toFixed(0)} s)`),
  });
  const createS = seconds(from);
  say(
    `created ${plan.reminders.length} reminders through the reminders service in ${createS.toFixed(1)} s: ` +
      `${(plan.reminders.length / createS).toFixed(0)} a second, ${args.concurrency} at a time`,
  );
  footprintLines('with every reminder pending', await populate.pgFootprint(prisma), plan.reminders.length).forEach(say);
  return { occurrenceIds, provisionalStartMs };
}

/** Moves the instants so the first falls due once all are on the clock, then schedules them; returns each one's instant. */
async function scheduleAll(place: Place, plan: Plan, created: Created): Promise<number[]> {
  const { prisma, redis, prefix } = place;
  const startMs = Date.now() + 20_000 + plan.reminders.length;
  await populate.moveInstants(prisma, created.provisionalStartMs - startMs);
  const dueMs = plan.reminders.map((r) => startMs + r.offsetMs);
  const queue = new Queue(QUEUE_REMINDERS, { connection: redis, prefix });
  const points: MemoryPoint[] = [];
  let scheduleMs = 0;
  let from = Date.now();
  await populate.scheduleOccurrences(
    createReminderScheduler(queue),
    created.occurrenceIds.map((id, i) => ({ id, dueAt: new Date(dueMs[i]!) })),
    async (scheduled) => {
      scheduleMs += Date.now() - from;
      points.push({ reminders: scheduled, ...(await populate.redisBytes(redis, prefix)) });
      from = Date.now();
    },
  );
  await queue.close();
  const rate = plan.reminders.length / (scheduleMs / 1000);
  say(
    `on the clock in ${(scheduleMs / 1000).toFixed(1)} s (${rate.toFixed(0)} a second); Redis, every key of the run's prefix:`,
  );
  memoryLines(points).forEach(say);
  const lead = (startMs - Date.now()) / 1000;
  say(lead > 0 ? `the first reminder falls due in ${lead.toFixed(1)} s` : `WARNING: scheduling ended ${-lead} s late`);
  return dueMs;
}

async function startWorker(place: Place): Promise<ChildProcess> {
  const profile = place.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${place.profileDir}`] : [];
  const child = fork(new URL('./bench-reminders/worker.ts', import.meta.url).pathname, [], {
    execArgv: [...process.execArgv, ...profile],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    env: {
      ...process.env,
      BENCH_DATABASE_URL: place.databaseUrl,
      BENCH_QUEUE_PREFIX: place.prefix,
      ...(place.workerConcurrency === defaultWorkerTuning.reminderConcurrency
        ? {}
        : { BENCH_WORKER_CONCURRENCY: String(place.workerConcurrency) }),
      REDIS_URL: place.redisUrl,
      TELEGRAM_BOT_TOKEN: place.telegram.token,
      TELEGRAM_API_ROOT: place.telegram.apiRoot,
      OPENAI_API_KEY: '',
    },
  });
  const exited = once(child, 'exit').then(([code]) => {
    throw new Error(`the worker process stopped (exit code ${String(code)})`);
  });
  await Promise.race([once(child, 'message'), exited]);
  return child;
}

type WorkerStats = ProcessStats & Pick<WorkerCost, 'roundTripsMs' | 'eventLoopDelay'>;

/**
 * The worker's cumulative CPU time, statements and commands (scripts/bench-e2e/serve.ts counts
 * them), and its event loop's delay since the previous ask.
 */
async function workerStats(child: ChildProcess): Promise<WorkerStats> {
  const answer = new Promise<WorkerStats>((resolve) => {
    const onMessage = (message: Partial<WorkerStats> & { type?: string; stats?: ProcessStats }) => {
      if (message.type !== 'stats' || !message.stats) return;
      child.off('message', onMessage);
      const eventLoopDelay = message.eventLoopDelay ?? { p50: NaN, p99: NaN, max: NaN };
      resolve({ ...message.stats, roundTripsMs: message.roundTripsMs ?? [], eventLoopDelay });
    };
    child.on('message', onMessage);
  });
  child.send('stats');
  return answer;
}

/** Starts the worker (nothing is due yet), puts everything on the clock, waits until nothing is pending. */
async function deliverAll(place: Place, plan: Plan, created: Created) {
  const events = createRedis(place.redisUrl);
  const pickups = await watchPickups(events, place.prefix);
  const child = await startWorker(place);
  let dueMs: number[];
  let stillPending: number;
  let cost: WorkerCost;
  try {
    say('worker process ready');
    const before = await workerStats(child);
    dueMs = await scheduleAll(place, plan, created);
    const lastBurstMs =
      plan.burstStartsMs.length > 0 ? (plan.telegramClients * 1000) / telegramLimits.perBotPerSecond : 0;
    // Time to drain what is left even at 40 deliveries a second, then a bound.
    const drainMs = 180_000 + 25 * plan.reminders.length;
    const deadline = dueMs.reduce((a, b) => Math.min(a, b), Infinity) + plan.endMs + lastBurstMs + drainMs;
    stillPending = await waitForDrain(place.prisma, deadline, (pending) => say(`  ${pending} still pending`));
    if (stillPending > 0) say(`WARNING: ${stillPending} still pending at the deadline`);
    const after = await workerStats(child);
    cost = {
      ...delta(before, after, 'worker'),
      roundTripsMs: after.roundTripsMs,
      eventLoopDelay: after.eventLoopDelay,
    };
  } finally {
    child.disconnect();
    if (child.exitCode === null) await once(child, 'exit');
    await pickups.close();
    events.disconnect();
  }
  const arrivals = [...(await webArrivals(place.redis, place.prefix, plan)), ...telegramArrivals(place.telegram.sends)];
  const pickedUpMs = (index: number) => pickups.firstActiveMs.get(occurrenceJobId(created.occurrenceIds[index]!));
  const { sends } = place.telegram;
  // Counted again once the worker stopped: what it had in flight at the deadline finished since.
  if (stillPending > 0) stillPending = await pendingOccurrences(place.prisma);
  const { runMs, runs } = pickups;
  const slots = place.workerConcurrency;
  const observed = {
    plan,
    dueMs: (i: number) => dueMs[i]!,
    pickedUpMs,
    arrivals,
    sends,
    runMs,
    runs,
    slots,
    stillPending,
  };
  return { cost, ...figures(observed) };
}

async function deleteKeys(redis: Redis, prefix: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 2000);
    if (keys.length > 0) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
}

async function bench(place: Place, args: Args): Promise<void> {
  const plan = makePlan({ ...args, burstSize: args.burst, capPerSecond: telegramLimits.perBotPerSecond });
  say(`load average at the start: ${loadAverage()}`);
  say(
    `${plan.reminders.length} reminders: ${plan.reminders.length - args.bursts * args.burst} spread over ` +
      `${args.spreadMinutes.toFixed(1)} min (web chat, the steady part: ${args.steadyRate.toFixed(1)} due a second, ` +
      `${args.steadyRate < telegramLimits.perBotPerSecond ? 'below' : 'NOT below'} Telegram's ${telegramLimits.perBotPerSecond}/s), ` +
      `${args.bursts} bursts of ${args.burst} due within one minute (Telegram)`,
  );
  say(scopeNote(plan.reminders.length, telegramLimits.perBotPerSecond));
  const result = await deliverAll(place, plan, await createAll(place, plan, args));
  say(`load average after delivery: ${loadAverage()}`);
  resultLines(result, telegramLimits.perBotPerSecond, place.workerConcurrency).forEach(say);
  costLines(result.cost, result.delivered, args.statements).forEach(say);
  footprintLines('after delivery', await populate.pgFootprint(place.prisma), plan.reminders.length).forEach(say);
  const left = await populate.redisBytes(place.redis, place.prefix);
  say(`Redis after delivery: ${left.keys} keys, ${left.bytes} bytes (web chat mailboxes and BullMQ's bookkeeping)`);
}

async function main(): Promise<void> {
  const args = parsedArgs();
  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const adminUrl = process.env.BENCH_DATABASE_ADMIN_URL ?? process.env.TEST_DATABASE_ADMIN_URL;
  const database = await createScratchDatabase(
    adminUrl ?? 'postgresql://postgres@127.0.0.1:5432/postgres',
    'delego_bench',
  );
  const prefix = `delego-bench-${randomBytes(4).toString('hex')}`;
  const redis = createRedis(redisUrl);
  const telegram = await startLimitedTelegram();
  const prisma = createPrisma(database.url, { poolMax: args.concurrency + 2 });
  try {
    await applyMigrations(database.url);
    await bench(
      {
        prisma,
        redis,
        prefix,
        databaseUrl: database.url,
        redisUrl,
        telegram,
        workerConcurrency: args.workerConcurrency,
        profileDir: args.profile,
      },
      args,
    );
  } finally {
    await prisma.$disconnect();
    await deleteKeys(redis, prefix);
    redis.disconnect();
    await telegram.close();
    await database.drop();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`bench:reminders: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
