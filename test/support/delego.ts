import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { buildDelego, type Delego } from '../../src/app.js';
import { loadConfig } from '../../src/infra/config/index.js';
import { createInvite } from '../../src/domain/access/invites.js';
import { createLogger } from '../../src/infra/logger.js';
import { createRedis, redisReady } from '../../src/infra/redis/connection.js';
import { listen, type RunningServer } from '../../src/web/server.js';
import { testPrisma } from './db.js';
import { startTelegramEmulator } from './telegram-emulator.js';

/**
 * The whole application as main.ts wires it (buildDelego), on the run's database and Redis,
 * with the given environment (emulated Telegram, fake Slack) and a fixed clock, served over
 * HTTP on a free port.
 */
export async function startDelego(
  env: Record<string, string>,
  /** a fixed instant, or a clock the test moves */
  now: Date | (() => Date),
): Promise<{ delego: Delego; server: RunningServer; url: string; queuePrefix: string; stop(): Promise<void> }> {
  const prisma = testPrisma();
  const redis = createRedis(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379');
  const logger = createLogger({ level: process.env.TEST_LOG_LEVEL ?? 'silent', pretty: false });
  const queuePrefix = `${inject('redisPrefix')}${randomUUID()}`;
  const delego = buildDelego({
    config: loadConfig(env),
    prisma,
    redis,
    logger,
    clock: typeof now === 'function' ? now : () => now,
    queuePrefix,
  });
  await redisReady(redis);
  const server = await listen(delego.web, 0, '127.0.0.1');
  const stops = await delego.startChannels({ web: true, bot: true });
  return {
    delego,
    server,
    url: `http://127.0.0.1:${server.port}`,
    /** the BullMQ prefix of this app's queues, to look at its jobs */
    queuePrefix,
    async stop() {
      for (const stop of stops) await stop();
      await server.close();
      await delego.close();
      redis.disconnect();
    },
  };
}

/** A new client with an invite code, as `npm run admin -- invite` makes them. */
export async function invitedClient(lang: 'it' | 'en', now: Date) {
  const prisma = testPrisma();
  const client = await prisma.client.create({
    data: { name: `Studio ${randomUUID().slice(0, 8)}`, lang, tz: 'Europe/Rome' },
  });
  const invite = await createInvite(prisma, client.id, now);
  return { client, code: invite.code };
}

/**
 * Delego with the emulated Telegram Bot API as its Telegram: long polling, or a webhook when
 * `env` gives PUBLIC_URL and TELEGRAM_WEBHOOK_SECRET. stop() ends both.
 */
export async function startTelegramDelego(env: Record<string, string>, now: Date) {
  const emulator = await startTelegramEmulator();
  try {
    const app = await startDelego(
      { TELEGRAM_BOT_TOKEN: emulator.token, TELEGRAM_API_ROOT: emulator.apiRoot, ...env },
      now,
    );
    return {
      app,
      emulator,
      async stop() {
        await app.stop();
        await emulator.close();
      },
    };
  } catch (err) {
    await emulator.close();
    throw err;
  }
}
