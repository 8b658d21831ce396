/**
 * End-to-end load benchmark:
 * `npm run bench:e2e -- [--clients 100] [--rate 100] [--duration 20] [--web 1] [--workers 1]
 *  [--reminders 200] [--kill-workers] [--statements] [--pacing off|chat|telegram] [--profile DIR]`.
 *
 * Starts `--web` processes with `ROLE=web` and `--workers` with `ROLE=worker` (scripts/bench-e2e/
 * serve.ts: what main.ts starts for the role) on one scratch PostgreSQL database and one fresh
 * Redis key prefix, the emulated Telegram Bot API in this process, and a round-robin balancer in
 * front of the web processes, which Telegram's webhook points at. N invited clients send
 * rules-path messages (reminders, agenda questions, bookings) round-robin at the target rate,
 * after a warm-up round of each kind per client that is not measured. Each message's latency
 * runs from the moment its update is posted to the webhook until the emulator records the bot's
 * reply to that chat. Meanwhile `--reminders` reminders (one client each) fall due and the
 * worker processes deliver them; `--kill-workers` kills one worker with SIGKILL halfway through
 * and starts it again. Prints p50/p90/p99/max, throughput, unanswered webhooks, lost and
 * duplicate replies, each reminder's deliveries, and each process's CPU time, PostgreSQL
 * statements and Redis commands (counted in the benchmark's processes, see serve.ts) with the
 * load average: on a shared machine the CPU times and counts mean more than the wall clock.
 * `--statements` lists the statements a message costs; `--profile DIR` writes a CPU profile of
 * each web process.
 *
 * Pacing: Telegram allows a bot about one message a second per chat and about 30 a second in
 * all, and Delego's sender paces itself to that. The emulator has no such limits, so by default
 * (`--pacing off`) the benchmark measures Delego alone; `--pacing chat` keeps the per-chat pace
 * (keep clients at twice the rate or more), `--pacing telegram` adds the bot-wide 30 msg/s.
 *
 * Needs PostgreSQL (BENCH_DATABASE_ADMIN_URL, else TEST_DATABASE_ADMIN_URL, else
 * postgresql://postgres@127.0.0.1:5432/postgres) and Redis (REDIS_URL, else 127.0.0.1:6379).
 */
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import { createPrisma } from '../src/infra/db/client.js';
import { createScratchDatabase } from '../src/infra/db/scratch.js';
import { applyMigrations } from '../src/infra/db/migrate-engine.js';
import { createRedis } from '../src/infra/redis/connection.js';
import { freePort } from '../test/support/net.js';
import { startTelegramEmulator, type EmulatedUser, type TelegramEmulator } from '../test/support/telegram-emulator.js';
import { startBalancer, startProcess, type BenchProcess } from './bench-e2e/cluster.js';
import { linkClients, matchReplies, sendLoad } from './bench-e2e/load.js';
import { awaitReminders, countReminders, planReminders } from './bench-e2e/reminders.js';
import {
  costLines,
  delta,
  latencyLines,
  loadAverage,
  reminderLines,
  statementLines,
  type ProcessDelta,
} from './bench-e2e/report.js';
import type { ProcessStats } from './bench-e2e/serve.js';

const count = (name: string, max: number) =>
  z.coerce
    .number({ message: `--${name} must be a number` })
    .int()
    .min(0)
    .max(max);
const argsSchema = z.object({
  clients: count('clients', 5000).min(1).default(100),
  rate: z.coerce.number({ message: '--rate must be a number (messages per second)' }).positive().max(5000).default(100),
  duration: z.coerce.number({ message: '--duration must be a number of seconds' }).positive().max(3600).default(20),
  web: count('web', 16).min(1).default(1),
  workers: count('workers', 16).default(1),
  reminders: count('reminders', 10_000).optional(),
  killWorkers: z.boolean().default(false),
  statements: z.boolean().default(false),
  pacing: z.enum(['off', 'chat', 'telegram'], { message: '--pacing must be off, chat or telegram' }).default('off'),
  /** a folder for V8 CPU profiles of the web processes (open them in Chrome DevTools) */
  profile: z.string().min(1, '--profile needs a folder').optional(),
});
type Args = z.infer<typeof argsSchema>;
type Place = { databaseUrl: string; prefix: string; redisUrl: string; redis: Redis };

function parsedArgs(): Args {
  const text = { type: 'string' } as const;
  const flag = { type: 'boolean' } as const;
  const { values } = parseArgs({
    options: {
      clients: text,
      rate: text,
      duration: text,
      web: text,
      workers: text,
      reminders: text,
      'kill-workers': flag,
      statements: flag,
      pacing: text,
      profile: text,
    },
    strict: true,
  });
  const parsed = argsSchema.safeParse({ ...values, killWorkers: values['kill-workers'] });
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join('; '));
  if (parsed.data.killWorkers && parsed.data.workers === 0) throw new Error('--kill-workers needs --workers 1 or more');
  return parsed.data;
}

interface Cluster {
  web: BenchProcess[];
  workers: BenchProcess[];
  startWorker(): Promise<BenchProcess>;
  close(): Promise<void>;
}

async function startCluster(args: Args, place: Place, emulator: TelegramEmulator): Promise<Cluster> {
  const webPorts = await Promise.all(Array.from({ length: args.web }, () => freePort()));
  const balancer = await startBalancer(webPorts);
  const env = {
    BENCH_DATABASE_URL: place.databaseUrl,
    BENCH_QUEUE_PREFIX: place.prefix,
    BENCH_PACING: args.pacing,
    REDIS_URL: place.redisUrl,
    PUBLIC_URL: balancer.url,
    TELEGRAM_BOT_TOKEN: emulator.token,
    TELEGRAM_API_ROOT: emulator.apiRoot,
    TELEGRAM_WEBHOOK_SECRET: randomBytes(16).toString('hex'),
    // Each client writes about once a second here: far above a person's pace.
    RATE_LIMIT_PER_MIN: '10000',
    OPENAI_API_KEY: '',
  };
  const profiling = args.profile ? ['--cpu-prof', `--cpu-prof-dir=${args.profile}`] : [];
  const web = await Promise.all(webPorts.map((port) => startProcess('web', port, env, profiling)));
  const startWorker = async () => startProcess('worker', await freePort(), env);
  const workers = await Promise.all(Array.from({ length: args.workers }, startWorker));
  return {
    web,
    workers,
    startWorker,
    async close() {
      await Promise.all([...web, ...workers].map((p) => p.stop()));
      await balancer.close();
    },
  };
}

/** SIGKILL the first worker process, then start a new one in its place: what a crash and a restart do. */
async function killAndRestart(cluster: Cluster, log: string[]) {
  // Out of the list first: the CPU snapshots leave the dead process out (its work is not counted).
  const [victim] = cluster.workers.splice(0, 1);
  const atMs = Date.now();
  await victim!.kill9();
  await new Promise((resolve) => setTimeout(resolve, 1000));
  cluster.workers.push(await cluster.startWorker());
  log.push(`killed a worker process with SIGKILL; its replacement was serving ${Date.now() - atMs} ms later`);
}

type Snapshot = { stats: Map<BenchProcess, ProcessStats>; cpuMs: number; atMs: number };
async function snapshot(cluster: Cluster): Promise<Snapshot> {
  const all = [...cluster.web, ...cluster.workers];
  const stats = await Promise.all(all.map((p) => p.stats()));
  const cpu = process.cpuUsage();
  return { stats: new Map(all.map((p, i) => [p, stats[i]!])), cpuMs: (cpu.user + cpu.system) / 1000, atMs: Date.now() };
}

function deltas(before: Snapshot, after: Snapshot): ProcessDelta[] {
  return [...after.stats].map(([p, stats]) => delta(before.stats.get(p), stats, p.role));
}

/** Clients linked and warmed up; reminders due during the measured run, one client each. */
async function prepare(args: Args, place: Place, emulator: TelegramEmulator) {
  const prisma = createPrisma(place.databaseUrl, { poolMax: 2 });
  try {
    const users = await linkClients(prisma, emulator, args.clients);
    const count = args.reminders ?? (args.workers > 0 ? 200 : 0);
    // Creating them takes some 15 ms each: the first falls due shortly after the load starts.
    const fromMs = Date.now() + 3000 + count * 15;
    const toMs = fromMs + Math.max(0, args.duration * 1000 - 5000);
    const where = { prisma, redis: place.redis, prefix: place.prefix, emulator };
    return { users, reminders: await planReminders(where, count, { fromMs, toMs }) };
  } finally {
    await prisma.$disconnect();
  }
}

/** The load, with the worker kill halfway through when asked, between two snapshots of every process. */
async function measure(args: Args, cluster: Cluster, users: EmulatedUser[], emulator: TelegramEmulator) {
  const events: string[] = [];
  let kill: Promise<void> | undefined;
  const before = await snapshot(cluster);
  const firstCall = emulator.calls.length;
  const half = Math.floor(Math.round(args.rate * args.duration) / 2);
  let posted = 0;
  const load = await sendLoad(users, args.rate, args.duration, () => {
    if (args.killWorkers && ++posted === half) kill = killAndRestart(cluster, events);
  });
  const answers = await matchReplies(
    emulator,
    { sent: load.sent, startMs: load.startMs, firstCall },
    { timeoutMs: 60_000, settleMs: 1000 },
  );
  const after = await snapshot(cluster);
  await kill;
  return { load, answers, before, after, events };
}

async function run(args: Args, place: Place, emulator: TelegramEmulator) {
  const cluster = await startCluster(args, place, emulator);
  try {
    const { users, reminders } = await prepare(args, place, emulator);
    const loadBefore = loadAverage();
    process.stdout.write(
      `${args.web} web + ${args.workers} worker processes, ${args.clients} clients; sending ${args.rate} msg/s ` +
        `for ${args.duration} s (pacing: ${args.pacing}); load average ${loadBefore}\n`,
    );
    const { load, answers, before, after, events } = await measure(args, cluster, users, emulator);
    await awaitReminders(emulator, reminders, 30_000);
    const processes = deltas(before, after);
    const answered = answers.latencies.length;
    const phaseS = (after.atMs - before.atMs) / 1000;
    process.stdout.write(
      [
        ...latencyLines({ sent: load.sent.length, sendSeconds: load.sendSeconds, startMs: load.startMs }, answers),
        `webhook answers other than 200 (posted again a second later, as Telegram does, up to 3 times): ${load.webhookErrors}, updates refused three times and not posted again: ${load.givenUp}; lost replies: ${load.sent.length - answered}; ` +
          `duplicate replies: ${answers.duplicates}; failed Bot API calls: ${answers.apiErrors}`,
        ...events,
        ...(reminders.length > 0 ? reminderLines(countReminders(emulator, reminders), reminders.length) : []),
        `CPU over ${phaseS.toFixed(1)} s (load average before ${loadBefore}, after ${loadAverage()}):`,
        ...costLines(processes, answered, phaseS, after.cpuMs - before.cpuMs),
        ...(args.statements
          ? ['statements per answered message (web processes):', ...statementLines(processes, answered)]
          : []),
        '',
      ].join('\n'),
    );
  } finally {
    await cluster.close();
  }
}

async function main(): Promise<void> {
  const args = parsedArgs();
  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const prefix = `delego-bench-${randomBytes(4).toString('hex')}`;
  const database = await createScratchDatabase(
    process.env.BENCH_DATABASE_ADMIN_URL ??
      process.env.TEST_DATABASE_ADMIN_URL ??
      'postgresql://postgres@127.0.0.1:5432/postgres',
    'delego_bench',
  );
  const emulator = await startTelegramEmulator();
  const redis = createRedis(redisUrl);
  try {
    await applyMigrations(database.url);
    await run(args, { databaseUrl: database.url, prefix, redisUrl, redis }, emulator);
  } finally {
    await emulator.close();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
    redis.disconnect();
    await database.drop();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`bench:e2e: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
