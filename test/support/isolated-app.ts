import { buildDelego, type Delego } from '../../src/app.js';
import { loadConfig } from '../../src/infra/config/index.js';
import { createPrisma } from '../../src/infra/db/client.js';
import type { PrismaClient } from '../../src/infra/db/types.js';
import { createLogger } from '../../src/infra/logger.js';
import { createRedis, redisReady } from '../../src/infra/redis/connection.js';
import { listen, type RunningServer } from '../../src/web/server.js';
import { createScratchDatabase } from './db.js';
import { startFakeOpenAi, type FakeOpenAi } from './fake-openai.js';
import { startFakeSlack, type FakeSlack } from './fake-slack.js';
import { startTelegramEmulator, type TelegramEmulator } from './telegram-emulator.js';
import { fastTuning, testRedisUrl, uniquePrefix } from './workers.js';

export interface IsolatedApp {
  prisma: PrismaClient;
  redis: ReturnType<typeof createRedis>;
  delego: Delego;
  server: RunningServer;
  url: string;
  /** the BullMQ prefix of this app's queues */
  prefix: string;
  stop(): Promise<void>;
}

/**
 * The whole app as main.ts wires it, on a database of its own: for tests whose workers act on
 * every row they see, or whose figures add up every client. `running` also starts the web chat,
 * the bot and the workers.
 */
export async function startIsolatedApp(
  options: { env?: Record<string, string>; clock?: () => Date; poolMax?: number; running?: boolean } = {},
): Promise<IsolatedApp> {
  const database = await createScratchDatabase({ migrated: true });
  const prisma = createPrisma(database.url, { poolMax: options.poolMax ?? 5 });
  const redis = createRedis(testRedisUrl);
  const prefix = uniquePrefix();
  const logger = createLogger({ level: process.env.TEST_LOG_LEVEL ?? 'silent', pretty: false });
  const delego = buildDelego({
    config: loadConfig(options.env ?? {}),
    prisma,
    redis,
    logger,
    ...(options.clock ? { clock: options.clock } : {}),
    queuePrefix: prefix,
    workerTuning: fastTuning,
  });
  await redisReady(redis);
  const server = await listen(delego.web, 0, '127.0.0.1');
  const stops: (() => Promise<void>)[] = [];
  if (options.running) {
    stops.push(...(await delego.startChannels({ web: true, bot: true })));
    stops.push(await delego.startWorkers());
  }
  return {
    prisma,
    redis,
    delego,
    server,
    url: `http://127.0.0.1:${server.port}`,
    prefix,
    async stop() {
      for (const stop of stops.reverse()) await stop();
      await server.close();
      await delego.close();
      redis.disconnect();
      await prisma.$disconnect();
      await database.drop();
    },
  };
}

export interface Emulators {
  slack: FakeSlack;
  telegram: TelegramEmulator;
  openai: FakeOpenAi;
  /** the bot token the app is given, which Slack file downloads must carry */
  slackBotToken: string;
  /** the environment that points Delego at them, with the desk in `deskChannel` */
  env(desk: { signingSecret: string; deskChannel: string }): Record<string, string>;
  close(): Promise<void>;
}

const SLACK_BOT_TOKEN = 'xoxb-isolated';

/** The emulated Telegram Bot API, the fake Slack Web API and the fake OpenAI server. */
export async function startEmulators(): Promise<Emulators> {
  const [slack, telegram, openai] = await Promise.all([startFakeSlack(), startTelegramEmulator(), startFakeOpenAi()]);
  return {
    slack,
    telegram,
    openai,
    slackBotToken: SLACK_BOT_TOKEN,
    env: (desk) => ({
      TELEGRAM_BOT_TOKEN: telegram.token,
      TELEGRAM_API_ROOT: telegram.apiRoot,
      SLACK_BOT_TOKEN,
      SLACK_SIGNING_SECRET: desk.signingSecret,
      SLACK_API_URL: slack.apiUrl,
      SLACK_DESK_CHANNEL: desk.deskChannel,
      OPENAI_API_KEY: 'sk-test',
      OPENAI_BASE_URL: openai.url,
    }),
    close: async () => {
      await Promise.all([slack.close(), telegram.close(), openai.close()]);
    },
  };
}
