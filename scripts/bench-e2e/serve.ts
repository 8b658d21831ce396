/**
 * One Delego process of `npm run bench:e2e`, run as a child with `ROLE=web` or `ROLE=worker`
 * (what main.ts starts for that role: buildDelego, the channels, the workers) on the benchmark's
 * scratch database and Redis key prefix. It answers the parent's `stats` message with its CPU
 * time and how many PostgreSQL statements and Redis commands it sent: counted here, in the
 * benchmark only, by wrapping the `pg` and `ioredis` clients every part of the app goes through.
 */
import { once } from 'node:events';
import { Redis } from 'ioredis';
import pg from 'pg';
import { z } from 'zod';
import { buildDelego } from '../../src/app.js';
import { telegramPacing, type PacingOptions } from '../../src/channels/telegram/pacer.js';
import { loadConfig } from '../../src/infra/config/index.js';
import { createPrisma } from '../../src/infra/db/client.js';
import { createLogger } from '../../src/infra/logger.js';
import { createRedis } from '../../src/infra/redis/connection.js';
import { listen } from '../../src/web/server.js';

export const pacings = {
  chat: { perChatIntervalMs: telegramPacing.perChatIntervalMs, globalIntervalMs: 0 },
  telegram: telegramPacing,
  off: { perChatIntervalMs: 0, globalIntervalMs: 0 },
} satisfies Record<string, PacingOptions>;

/** What a process reports: cumulative since it started. */
export interface ProcessStats {
  cpuMs: number;
  pgStatements: number;
  redisCommands: number;
  /** statements by their text (whitespace collapsed, their start and their WHERE clause) */
  statements: Record<string, number>;
}

const counted = { pg: 0, redis: 0, statements: new Map<string, number>() };

/** Labels by the statement's text: Prisma sends the same texts again, and labelling each anew cost the web process 1-2% of its CPU. */
const labels = new Map<string, string>();

function statementText(args: unknown[]): string {
  const first = args[0];
  const text = String(typeof first === 'string' ? first : ((first as { text?: unknown } | undefined)?.text ?? '?'));
  const known = labels.get(text);
  if (known !== undefined) return known;
  const flat = text.replace(/\s+/g, ' ').trim();
  // The table and what the statement looks for tell statements apart; Prisma's column lists do not.
  const where = flat.indexOf(' WHERE ');
  const label = where < 0 ? flat.slice(0, 160) : `${flat.slice(0, 60)} …${flat.slice(where, where + 120)}`;
  if (labels.size < 10_000) labels.set(text, label);
  return label;
}

/** Every statement the pool runs, transactions' BEGIN and COMMIT included, goes through Client#query. */
export function countStatements(): void {
  const query = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  (pg.Client.prototype as unknown as { query: typeof query }).query = function (this: unknown, ...args: unknown[]) {
    counted.pg += 1;
    const text = statementText(args);
    counted.statements.set(text, (counted.statements.get(text) ?? 0) + 1);
    return query.apply(this, args);
  };
  // Pipelined and MULTI commands go through sendCommand one by one too.
  const send = Redis.prototype.sendCommand as (...args: unknown[]) => unknown;
  (Redis.prototype as unknown as { sendCommand: typeof send }).sendCommand = function (
    this: unknown,
    ...args: unknown[]
  ) {
    counted.redis += 1;
    return send.apply(this, args);
  };
}

export function stats(): ProcessStats {
  const cpu = process.cpuUsage();
  return {
    cpuMs: (cpu.user + cpu.system) / 1000,
    pgStatements: counted.pg,
    redisCommands: counted.redis,
    statements: Object.fromEntries(counted.statements),
  };
}

async function serve(): Promise<void> {
  countStatements();
  const env = z
    .object({
      ROLE: z.enum(['web', 'worker']),
      BENCH_DATABASE_URL: z.string(),
      BENCH_QUEUE_PREFIX: z.string(),
      BENCH_PACING: z.enum(['chat', 'telegram', 'off']),
      PORT: z.coerce.number().int(),
    })
    .parse(process.env);
  const config = loadConfig(process.env);
  const prisma = createPrisma(env.BENCH_DATABASE_URL, { poolMax: 10 });
  const redis = createRedis(config.REDIS_URL ?? 'redis://127.0.0.1:6379');
  const delego = buildDelego({
    config,
    prisma,
    redis,
    logger: createLogger({ level: 'error', pretty: false }),
    queuePrefix: env.BENCH_QUEUE_PREFIX,
    telegramPacing: pacings[env.BENCH_PACING],
    // A killed worker's job is taken up again once its lock expires: 10 s here instead of 30 s,
    // so a short run sees it.
    workerTuning: { lockDurationMs: 10_000, stalledIntervalMs: 5_000 },
  });
  const web = env.ROLE === 'web';
  const server = web ? await listen(delego.web, env.PORT, '127.0.0.1') : undefined;
  const stops = await delego.startChannels({ web, bot: false });
  const stopWorkers = web ? undefined : await delego.startWorkers();
  process.on('message', (message) => {
    if (message === 'stats') process.send?.({ type: 'stats', stats: stats() });
  });
  process.send?.({ type: 'ready' });
  await once(process, 'disconnect');
  await stopWorkers?.();
  for (const stop of stops) await stop();
  await server?.close();
  await delego.close();
  redis.disconnect();
  await prisma.$disconnect();
}

if (process.env.BENCH_CHILD === '1')
  serve().catch((err: unknown) => {
    process.stderr.write(
      `bench:e2e ${process.env.ROLE ?? ''} process: ${err instanceof Error ? err.stack : String(err)}\n`,
    );
    process.exit(1);
  });
