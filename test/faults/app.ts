import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { inject } from 'vitest';
import { buildDelego, type Delego } from '../../src/app.js';
import { loadConfig } from '../../src/infra/config/index.js';
import type { PrismaClient } from '../../src/infra/db/types.js';
import { createLogger, type Logger } from '../../src/infra/logger.js';
import { createRedis } from '../../src/infra/redis/connection.js';
import { listen } from '../../src/web/server.js';
import { testPrisma } from '../support/db.js';
import { freePort } from '../support/net.js';

export const testRedisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
export const webhookSecret = 'fault-test-webhook-secret';

export interface AppOptions {
  /** configuration on top of the defaults (TELEGRAM_BOT_TOKEN, TELEGRAM_API_ROOT, limits...) */
  env: Record<string, string>;
  /** Telegram in webhook mode: PUBLIC_URL is this server, with webhookSecret */
  webhook?: boolean;
  /** defaults to the run's database */
  prisma?: PrismaClient;
  /** defaults to the test Redis; give a proxy's URL to cut it */
  redisUrl?: string;
  logger?: Logger;
}

export interface RunningApp {
  delego: Delego;
  url: string;
  redis: Redis;
  queuePrefix: string;
  stop(): Promise<void>;
}

/**
 * The application as main.ts wires it (buildDelego), on the real clock, with the database,
 * Redis and logger a fault test chooses (usually through a TcpProxy), served over HTTP.
 */
export async function startApp(options: AppOptions): Promise<RunningApp> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env = {
    ...options.env,
    ...(options.webhook ? { PUBLIC_URL: url, TELEGRAM_WEBHOOK_SECRET: webhookSecret } : {}),
  };
  const redis = createRedis(options.redisUrl ?? testRedisUrl);
  redis.on('error', () => undefined);
  const queuePrefix = `${inject('redisPrefix')}${randomUUID()}`;
  const delego = buildDelego({
    config: loadConfig(env),
    prisma: options.prisma ?? testPrisma(),
    redis,
    logger: options.logger ?? createLogger({ level: process.env.TEST_LOG_LEVEL ?? 'silent', pretty: false }),
    queuePrefix,
  });
  const server = await listen(delego.web, port, '127.0.0.1');
  const stops = await delego.startChannels({ web: true, bot: true });
  return {
    delego,
    url,
    redis,
    queuePrefix,
    async stop() {
      for (const stop of stops) await stop();
      await server.close();
      await delego.close();
      redis.disconnect();
    },
  };
}
