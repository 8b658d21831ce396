/**
 * What anonymous visitors of the web chat leave in Redis: `npm run bench:anonymous -- [--requests 10000] [--concurrency 20]`.
 *
 * Starts Delego in this process (buildDelego, as main.ts wires it, web chat only) on a scratch
 * PostgreSQL database and a fresh Redis key prefix, behind a pretend proxy (TRUST_PROXY=1).
 * Each request is what an attacker would script: GET / for a cookie the server mints, then
 * POST /access with that cookie, its CSRF token and a well-formed wrong invite code. Two runs:
 * every request from one address, and every request from an address of its own
 * (X-Forwarded-For). Prints the answers, the rate, and the keys, bytes and expiries left under
 * the run's prefix, with the bytes still there 5 minutes later (keys without an expiry, or
 * with more than 5 minutes left). The bookkeeping keys the job queues create once are listed
 * apart.
 *
 * Needs PostgreSQL (BENCH_DATABASE_ADMIN_URL, else TEST_DATABASE_ADMIN_URL, else
 * postgresql://postgres@127.0.0.1:5432/postgres) and Redis (REDIS_URL, else 127.0.0.1:6379).
 */
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import { buildDelego } from '../src/app.js';
import { loadConfig } from '../src/infra/config/index.js';
import { createPrisma } from '../src/infra/db/client.js';
import { applyMigrations } from '../src/infra/db/migrate-engine.js';
import { createScratchDatabase } from '../src/infra/db/scratch.js';
import { createLogger } from '../src/infra/logger.js';
import { createRedis } from '../src/infra/redis/connection.js';
import { listen } from '../src/web/server.js';

const argsSchema = z.object({
  requests: z.coerce.number({ message: '--requests must be a number' }).int().min(1).max(1_000_000).default(10_000),
  concurrency: z.coerce.number({ message: '--concurrency must be a number' }).int().min(1).max(500).default(20),
});
type Args = z.infer<typeof argsSchema>;

const FIVE_MINUTES_MS = 5 * 60_000;
const WRONG_CODE = 'AAAA-BBBB-CCCC-DDDD';
const QUEUE_KEY = /:(reminders|followups|desk):/;

interface Server {
  url: string;
  queuePrefix: string;
  stop(): Promise<void>;
}

async function startServer(databaseUrl: string, redis: Redis): Promise<Server> {
  const prisma = createPrisma(databaseUrl, { poolMax: 10 });
  const queuePrefix = `delego-bench-${randomBytes(4).toString('hex')}`;
  const delego = buildDelego({
    config: loadConfig({ TRUST_PROXY: '1' }),
    prisma,
    redis,
    logger: createLogger({ level: process.env.LOG_LEVEL ?? 'warn', pretty: false }),
    queuePrefix,
  });
  const server = await listen(delego.web, 0, '127.0.0.1');
  return {
    url: `http://127.0.0.1:${server.port}`,
    queuePrefix,
    async stop() {
      await server.close();
      await delego.close();
      await prisma.$disconnect();
    },
  };
}

/** One anonymous visitor: a minted cookie, then a wrong code with it. Returns the answer's status. */
async function visit(url: string, address: string): Promise<number> {
  const headers = { 'x-forwarded-for': address, 'accept-language': 'it' };
  const page = await fetch(`${url}/`, { headers });
  const cookie = page.headers.getSetCookie()[0]?.split(';')[0] ?? '';
  const csrf = /<meta name="csrf-token" content="([^"]+)">/.exec(await page.text())?.[1] ?? '';
  const res = await fetch(`${url}/access`, {
    method: 'POST',
    redirect: 'manual',
    headers: { ...headers, cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: csrf, code: WRONG_CODE }).toString(),
  });
  await res.arrayBuffer();
  return res.status;
}

async function hammer(url: string, args: Args, addressOf: (i: number) => string) {
  const statuses = new Map<number, number>();
  let next = 0;
  const started = Date.now();
  const worker = async () => {
    for (let i = next++; i < args.requests; i = next++) {
      const status = await visit(url, addressOf(i));
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
  };
  await Promise.all(Array.from({ length: args.concurrency }, worker));
  return { statuses, seconds: (Date.now() - started) / 1000 };
}

async function footprint(redis: Redis, prefix: string) {
  const keys = await redis.keys(`${prefix}*`);
  const rows = await Promise.all(
    keys.map(async (key) => ({ key, bytes: (await redis.memory('USAGE', key)) ?? 0, ttlMs: await redis.pttl(key) })),
  );
  const visitors = rows.filter((r) => !QUEUE_KEY.test(r.key));
  const outliving = visitors.filter((r) => r.ttlMs < 0 || r.ttlMs > FIVE_MINUTES_MS);
  const sum = (list: typeof rows) => list.reduce((total, r) => total + r.bytes, 0);
  return {
    keys: visitors.length,
    bytes: sum(visitors),
    bytesAfterFiveMinutes: sum(outliving),
    longestTtlS: Math.max(0, ...visitors.map((r) => r.ttlMs)) / 1000,
    queueBookkeeping: sum(rows.filter((r) => QUEUE_KEY.test(r.key))),
  };
}

async function scenario(name: string, databaseUrl: string, redis: Redis, args: Args, addressOf: (i: number) => string) {
  const server = await startServer(databaseUrl, redis);
  try {
    const { statuses, seconds } = await hammer(server.url, args, addressOf);
    const left = await footprint(redis, `${server.queuePrefix}:`);
    const answers = [...statuses].map(([status, count]) => `${status}: ${count}`).join(', ');
    process.stdout.write(
      [
        `${name}: ${args.requests} anonymous /access requests in ${seconds.toFixed(1)} s (${(args.requests / seconds).toFixed(0)}/s); answers ${answers}`,
        `  Redis: ${left.keys} keys, ${left.bytes} bytes, the longest gone in ${left.longestTtlS.toFixed(0)} s; still there after 5 minutes: ${left.bytesAfterFiveMinutes} bytes`,
        `  (job queues' own bookkeeping, created once: ${left.queueBookkeeping} bytes)`,
        '',
      ].join('\n'),
    );
  } finally {
    await cleanUp(redis, `${server.queuePrefix}:`);
    await server.stop();
  }
}

async function cleanUp(redis: Redis, prefix: string): Promise<void> {
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length) await redis.del(...keys);
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { requests: { type: 'string' }, concurrency: { type: 'string' } } });
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join('; '));
  const adminUrl =
    process.env.BENCH_DATABASE_ADMIN_URL ??
    process.env.TEST_DATABASE_ADMIN_URL ??
    'postgresql://postgres@127.0.0.1:5432/postgres';
  const database = await createScratchDatabase(adminUrl, 'delego_bench');
  const redis = createRedis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  try {
    await applyMigrations(database.url);
    await scenario('one address', database.url, redis, parsed.data, () => '198.51.100.1');
    await scenario(
      'an address each',
      database.url,
      redis,
      parsed.data,
      (i) => `10.${i >> 16}.${(i >> 8) & 255}.${i & 255}`,
    );
  } finally {
    redis.disconnect();
    await database.drop();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`bench:anonymous: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
