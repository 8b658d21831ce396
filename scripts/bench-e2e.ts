/**
 * End-to-end load benchmark: `npm run bench:e2e -- [--clients 100] [--rate 100] [--duration 20] [--pacing off|chat|telegram]`.
 *
 * `--profile DIR` writes a CPU profile of the Delego process there.
 *
 * Starts Delego in a child process (as `main.ts` wires it: buildDelego, Telegram in webhook
 * mode) on a scratch PostgreSQL database and a fresh Redis key prefix, and the emulated
 * Telegram Bot API (test/support/telegram-emulator.ts) in this process. N invited clients send
 * rules-path messages (reminders, agenda questions, bookings) round-robin at the target rate,
 * after a warm-up round of each kind per client that is not measured. Each message's latency
 * runs from the moment its update is posted to the bot's webhook until the emulator records
 * the bot's reply to that chat. Prints p50/p90/p99/max, the achieved
 * throughput and the errors (unanswered messages, failed Bot API calls).
 *
 * Pacing: Telegram allows a bot about one message a second per chat and about 30 a second in
 * all, and Delego's sender paces itself to that. The emulator has no such limits, so by default
 * (`--pacing off`) the benchmark measures Delego alone. With the per-chat pace on (`--pacing
 * chat`) and a chat writing exactly once a second (clients = rate), each reply is held until a
 * second after the previous reply to that chat, so latencies ratchet up to the worst one seen:
 * keep clients at twice the rate or more for such runs. `--pacing telegram` adds the bot-wide
 * 30 msg/s, which caps every run above that rate.
 *
 * Needs PostgreSQL (BENCH_DATABASE_ADMIN_URL, else TEST_DATABASE_ADMIN_URL, else
 * postgresql://postgres@127.0.0.1:5432/postgres) and Redis (REDIS_URL, else 127.0.0.1:6379).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { createInvite } from '../src/domain/access/invites.js';
import { buildDelego } from '../src/app.js';
import { telegramPacing, type PacingOptions } from '../src/channels/telegram/pacer.js';
import { loadConfig } from '../src/infra/config/index.js';
import { createPrisma } from '../src/infra/db/client.js';
import { createScratchDatabase } from '../src/infra/db/scratch.js';
import { applyMigrations } from '../src/infra/db/migrate-engine.js';
import { createLogger } from '../src/infra/logger.js';
import { createRedis } from '../src/infra/redis/connection.js';
import { listen } from '../src/web/server.js';
import { freePort } from '../test/support/net.js';
import { startTelegramEmulator, type EmulatedUser } from '../test/support/telegram-emulator.js';

const pacings = {
  chat: { perChatIntervalMs: telegramPacing.perChatIntervalMs, globalIntervalMs: 0 },
  telegram: telegramPacing,
  off: { perChatIntervalMs: 0, globalIntervalMs: 0 },
} satisfies Record<string, PacingOptions>;

const argsSchema = z.object({
  clients: z.coerce.number({ message: '--clients must be a number' }).int().min(1).max(5000).default(100),
  rate: z.coerce.number({ message: '--rate must be a number (messages per second)' }).positive().max(5000).default(100),
  duration: z.coerce.number({ message: '--duration must be a number of seconds' }).positive().max(3600).default(20),
  pacing: z.enum(['off', 'chat', 'telegram'], { message: '--pacing must be off, chat or telegram' }).default('off'),
  /** a folder for a V8 CPU profile of the Delego process (open it in Chrome DevTools) */
  profile: z.string().min(1, '--profile needs a folder').optional(),
});

/** Rules-path messages a small business sends; each gets exactly one answer. */
function messageFor(round: number, client: number): { kind: string; text: string } {
  const hour = 8 + ((round + client) % 10);
  const minutes = (round + client) % 2 === 0 ? '00' : '30';
  const day = ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì'][(round + client) % 5];
  const pick = [
    { kind: 'reminder', text: `Ricordami ${day} alle ${hour}:${minutes} di chiamare il fornitore ${client}` },
    { kind: 'agenda', text: 'cosa ho domani?' },
    { kind: 'booking', text: `Prenota il dentista ${day} alle ${hour}:${minutes}` },
    { kind: 'reminder', text: `Remind me tomorrow at ${hour}:${minutes} to send the invoice ${round}` },
    { kind: 'agenda', text: 'what do I have this week?' },
  ];
  return pick[(round + client) % pick.length]!;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** The child process: Delego itself, with its own event loop, as a deployment runs it. */
async function serve(): Promise<void> {
  const env = z
    .object({
      BENCH_DATABASE_URL: z.string(),
      BENCH_QUEUE_PREFIX: z.string(),
      BENCH_PACING: z.enum(['chat', 'telegram', 'off']),
      PORT: z.coerce.number().int(),
    })
    .parse(process.env);
  const config = loadConfig(process.env);
  const prisma = createPrisma(env.BENCH_DATABASE_URL, { poolMax: 10 });
  const redis = createRedis(config.REDIS_URL ?? 'redis://127.0.0.1:6379');
  const logger = createLogger({ level: 'error', pretty: false });
  const delego = buildDelego({
    config,
    prisma,
    redis,
    logger,
    queuePrefix: env.BENCH_QUEUE_PREFIX,
    telegramPacing: pacings[env.BENCH_PACING],
  });
  const server = await listen(delego.web, env.PORT, '127.0.0.1');
  const stops = await delego.startChannels({ web: true, bot: true });
  process.send?.('ready');
  await once(process, 'disconnect');
  for (const stop of stops) await stop();
  await server.close();
  await delego.close();
  redis.disconnect();
  await prisma.$disconnect();
}

function scratchDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  return createScratchDatabase(
    process.env.BENCH_DATABASE_ADMIN_URL ??
      process.env.TEST_DATABASE_ADMIN_URL ??
      'postgresql://postgres@127.0.0.1:5432/postgres',
    'delego_bench',
  );
}

async function bench(): Promise<void> {
  const { values } = parseArgs({
    options: {
      clients: { type: 'string' },
      rate: { type: 'string' },
      duration: { type: 'string' },
      pacing: { type: 'string' },
      profile: { type: 'string' },
    },
    strict: true,
  });
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join('; '));
  const args = parsed.data;
  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const queuePrefix = `delego-bench-${randomBytes(4).toString('hex')}`;

  const database = await scratchDatabase();
  const emulator = await startTelegramEmulator();
  let child: ChildProcess | undefined;
  try {
    await applyMigrations(database.url);
    const port = await freePort();
    const profiling = args.profile ? ['--cpu-prof', `--cpu-prof-dir=${args.profile}`] : [];
    child = spawn(process.execPath, [...process.execArgv, ...profiling, process.argv[1]!, '--serve'], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      env: {
        ...process.env,
        BENCH_DATABASE_URL: database.url,
        BENCH_QUEUE_PREFIX: queuePrefix,
        BENCH_PACING: args.pacing,
        PORT: String(port),
        REDIS_URL: redisUrl,
        PUBLIC_URL: `http://127.0.0.1:${port}`,
        TELEGRAM_BOT_TOKEN: emulator.token,
        TELEGRAM_API_ROOT: emulator.apiRoot,
        TELEGRAM_WEBHOOK_SECRET: randomBytes(16).toString('hex'),
        // Each client writes about once a second here: far above a person's pace.
        RATE_LIMIT_PER_MIN: '10000',
        OPENAI_API_KEY: '',
      },
    });
    const exited = once(child, 'exit').then(([code]) => {
      throw new Error(`Delego stopped during the benchmark (exit code ${String(code)})`);
    });
    await Promise.race([once(child, 'message'), exited]);

    // Invite every client and link them, as `npm run admin -- invite` and /start CODE do.
    const prisma = createPrisma(database.url, { poolMax: 2 });
    const users: EmulatedUser[] = [];
    for (let i = 0; i < args.clients; i++) {
      const client = await prisma.client.create({
        data: { name: `Bench client ${i}`, lang: i % 3 === 2 ? 'en' : 'it', tz: 'Europe/Rome' },
      });
      const invite = await createInvite(prisma, client.id, new Date());
      const user = emulator.user({ userId: 10_000 + i, languageCode: i % 3 === 2 ? 'en' : 'it' });
      await user.sendCommand(`/start ${invite.code}`);
      users.push(user);
    }
    await prisma.$disconnect();
    for (const user of users) await user.waitForReplies(1, 60_000);
    // Warm-up, not measured: one message of each kind per client, so the measured run sees the
    // process as it serves in production (code compiled and optimized, pools and caches filled).
    for (let round = 0; round < 3; round++) {
      await Promise.all(users.map((user, i) => user.sendText(messageFor(round, i).text)));
      for (const user of users) await user.waitForReplies(1, 60_000);
    }
    process.stdout.write(
      `${args.clients} clients linked; sending ${args.rate} msg/s for ${args.duration} s (pacing: ${args.pacing})\n`,
    );

    const repliesBefore = emulator.calls.length;
    const total = Math.round(args.rate * args.duration);
    const sent: { chatId: number; atMs: number; kind: string }[] = [];
    const posts: Promise<unknown>[] = [];
    let webhookErrors = 0;
    const startMs = Date.now();
    for (let i = 0; i < total; i++) {
      const dueMs = startMs + (i * 1000) / args.rate;
      const waitMs = dueMs - Date.now();
      if (waitMs > 0) await new Promise((resolve) => setTimeout(resolve, waitMs));
      const user = users[i % users.length]!;
      const message = messageFor(Math.floor(i / users.length), i % users.length);
      sent.push({ chatId: user.chatId, atMs: Date.now(), kind: message.kind });
      posts.push(
        user.sendText(message.text).then(
          (delivery) => (webhookErrors += delivery.webhookStatus === 200 ? 0 : 1),
          () => (webhookErrors += 1),
        ),
      );
    }
    const sendSeconds = (Date.now() - startMs) / 1000;
    await Promise.all(posts);

    // Each chat's replies answer its messages in order (a chat sends its next one only a second later).
    const latencies: number[] = [];
    const byKind = new Map<string, number[]>();
    let apiErrors = 0;
    const deadline = Date.now() + 30_000;
    const pending = new Map<string, (typeof sent)[number][]>();
    for (const s of sent) pending.set(String(s.chatId), [...(pending.get(String(s.chatId)) ?? []), s]);
    let scanned = repliesBefore;
    let lastReplyMs = startMs;
    while (latencies.length < sent.length && Date.now() < deadline) {
      for (; scanned < emulator.calls.length; scanned++) {
        const call = emulator.calls[scanned]!;
        if (call.method !== 'sendMessage' && call.method !== 'sendDocument') continue;
        if (call.status !== 0 && call.status !== 200) apiErrors += 1;
        const queue = pending.get(String(call.body.chat_id));
        const message = queue?.[0];
        if (message === undefined || message.atMs > call.atMs) continue;
        queue!.shift();
        latencies.push(call.atMs - message.atMs);
        byKind.set(message.kind, [...(byKind.get(message.kind) ?? []), call.atMs - message.atMs]);
        lastReplyMs = Math.max(lastReplyMs, call.atMs);
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const unanswered = sent.length - latencies.length;
    const sorted = [...latencies].sort((a, b) => a - b);
    const fmt = (ms: number) => `${Math.round(ms)} ms`;
    process.stdout.write(
      [
        `messages sent: ${sent.length} in ${sendSeconds.toFixed(1)} s (${(sent.length / sendSeconds).toFixed(1)} msg/s offered)`,
        `answered: ${latencies.length} (${(latencies.length / ((lastReplyMs - startMs) / 1000)).toFixed(1)} msg/s achieved)`,
        `latency p50 ${fmt(percentile(sorted, 50))}  p90 ${fmt(percentile(sorted, 90))}  p99 ${fmt(percentile(sorted, 99))}  max ${fmt(sorted.at(-1) ?? Number.NaN)}`,
        ...[...byKind].map(([kind, values]) => {
          const ordered = values.sort((a, b) => a - b);
          return `  ${kind}: ${ordered.length} messages, p50 ${fmt(percentile(ordered, 50))}  p99 ${fmt(percentile(ordered, 99))}`;
        }),
        `errors: ${unanswered + apiErrors + webhookErrors} (unanswered ${unanswered}, failed Bot API calls ${apiErrors}, webhook non-200 ${webhookErrors})`,
        '',
      ].join('\n'),
    );
  } finally {
    child?.disconnect();
    if (child && child.exitCode === null) await once(child, 'exit');
    await emulator.close();
    const redis = createRedis(redisUrl);
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${queuePrefix}*`, 'COUNT', 1000);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
    redis.disconnect();
    await database.drop();
  }
}

(process.argv.includes('--serve') ? serve() : bench()).catch((err: unknown) => {
  process.stderr.write(`bench:e2e: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
