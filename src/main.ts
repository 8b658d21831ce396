import { loadConfig, loadDotEnv, type Config } from './infra/config/index.js';
import { DelegoError, errorMessage } from './kernel/errors.js';
import { createLogger, type Logger } from './infra/logger.js';
import { Lifecycle } from './infra/lifecycle.js';
import { openDatabase } from './infra/db/open.js';

/**
 * Entry point: configuration, then the database, while run.ts (everything else) loads. Then
 * run.ts: Redis and the parts of the chosen role: all (everything in one process, the default),
 * web (HTTP: webhooks, web chat, back-office), bot (Telegram long polling), worker (BullMQ
 * workers). Processes of any role can share one PostgreSQL and one Redis.
 */
async function main(): Promise<void> {
  loadDotEnv();
  const config = loadConfig();
  const logger = createLogger({ level: config.LOG_LEVEL });
  const lifecycle = new Lifecycle(logger);
  lifecycle.handleSignals();
  const startup = start(config, logger, lifecycle);
  lifecycle.starting(startup);
  try {
    await startup;
  } catch (err) {
    await lifecycle.stop().catch(() => undefined);
    throw err;
  }
}

async function start(config: Config, logger: Logger, lifecycle: Lifecycle): Promise<void> {
  logger.info({ role: config.ROLE }, 'starting Delego');
  // The rest of Delego's code loads while the embedded database opens: each is about a second.
  const code = import('./run.js');
  // Whatever LOG_LEVEL: a first start spends seconds here, and the person at the terminal waits.
  const database = await openDatabase(config.DATABASE_URL, config.DATA_DIR, (line) =>
    process.stderr.write(`${line}\n`),
  );
  lifecycle.onStop('embedded database', database.stop);
  if (database.embedded)
    logger.info({ dataDir: config.DATA_DIR }, 'using the embedded database (DATABASE_URL not set)');
  const { run } = await code;
  await run({ config, logger, lifecycle, database });
}

main().catch((err: unknown) => {
  // One line naming what is wrong: configuration and dependency problems are for an operator.
  const line = err instanceof DelegoError ? err.message : `Delego could not start: ${errorMessage(err)}`;
  process.stderr.write(`${line}\n`);
  process.exit(1);
});
