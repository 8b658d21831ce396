import path from 'node:path';
import { loadConfig, loadDotEnv } from '../infra/config/index.js';
import { createMigration, applyMigrations } from '../infra/db/migrate-engine.js';
import { openDatabase } from '../infra/db/open.js';
import { DelegoError, errorMessage, ValidationError } from '../kernel/errors.js';
import { createLogger } from '../infra/logger.js';

/**
 * `npm run db:migrate` applies prisma/migrations to DATABASE_URL, or to the embedded database
 * when DATABASE_URL is unset. `npm run db:migration -- NAME` writes a new migration from the
 * changes in prisma/schema.prisma. Both use Prisma's schema engine (WASM build).
 */
const usage = 'usage: npm run db:migrate | npm run db:migration -- NAME';

async function main(argv: string[]): Promise<string[]> {
  const [command, ...args] = argv;
  if (command !== 'deploy' && command !== 'create')
    throw new ValidationError(command ? `unknown command "${command}"; ${usage}` : usage);
  if (command === 'deploy' && args.length > 0) throw new ValidationError(`deploy takes no arguments; ${usage}`);
  if (command === 'create' && args.length !== 1) throw new ValidationError(`create takes one migration name; ${usage}`);

  loadDotEnv();
  const config = loadConfig();
  // The engine's own log is for debugging; this command prints its result in plain lines.
  const logger =
    config.LOG_LEVEL === 'debug' || config.LOG_LEVEL === 'trace'
      ? createLogger({ level: config.LOG_LEVEL })
      : undefined;

  if (command === 'create') {
    const created = await createMigration(config.DATABASE_URL, args[0] ?? '', { logger });
    if (!created) return ['no changes: prisma/schema.prisma matches the migrations'];
    return [
      `created ${path.relative(process.cwd(), path.join(created.directory, 'migration.sql'))}`,
      ...created.warnings.map((warning) => `warning: ${warning}`),
      'review it (add hand-written SQL such as CHECK constraints there), then run: npm run db:migrate',
    ];
  }

  const database = await openDatabase(config.DATABASE_URL, config.DATA_DIR);
  try {
    const applied = await applyMigrations(database.url, { logger });
    return applied.length > 0 ? applied.map((name) => `applied ${name}`) : ['database schema is up to date'];
  } finally {
    await database.stop();
  }
}

main(process.argv.slice(2)).then(
  (lines) => process.stdout.write(`${lines.join('\n')}\n`),
  (err: unknown) => {
    const message = err instanceof DelegoError ? err.message : errorMessage(err).split('\n')[0];
    process.stderr.write(`migrate: ${message}\n`);
    process.exitCode = 1;
  },
);
