import { parseArgs } from 'node:util';
import { Telegram } from 'telegraf';
import { z } from 'zod';
import { createInvite } from '../access/invites.js';
import { isTimeZone, loadConfig, loadDotEnv, type Config } from '../config/index.js';
import { createPrisma } from '../db/client.js';
import { applyMigrations } from '../db/migrate-engine.js';
import { openDatabase } from '../db/open.js';
import type { PrismaClient } from '../db/types.js';
import { DelegoError, errorMessage, ValidationError } from '../errors.js';

/** Admin commands: `npm run admin -- invite --client "Studio Rossi" [--lang it] [--tz Europe/Rome]`. */
const usage = 'usage: npm run admin -- invite --client "NAME" [--lang it|en] [--tz ZONE]';

const inviteArgs = z.object({
  client: z.string({ message: '--client "NAME" is required' }).trim().min(1, '--client must not be empty').max(200),
  lang: z.enum(['it', 'en'], { message: '--lang must be it or en' }).optional(),
  tz: z.string().refine(isTimeZone, '--tz must be an IANA time zone such as Europe/Rome').optional(),
});

async function botUsername(config: Config): Promise<string | undefined> {
  if (!config.TELEGRAM_BOT_TOKEN) return undefined;
  const telegram = new Telegram(config.TELEGRAM_BOT_TOKEN, config.TELEGRAM_API_ROOT ? { apiRoot: config.TELEGRAM_API_ROOT } : {});
  try {
    return (await telegram.getMe()).username;
  } catch (err) {
    process.stderr.write(`warning: could not ask Telegram for the bot name (${errorMessage(err)})\n`);
    return undefined;
  }
}

async function invite(prisma: PrismaClient, config: Config, argv: string[]): Promise<string> {
  const { values } = parseArgs({ args: argv, options: { client: { type: 'string' }, lang: { type: 'string' }, tz: { type: 'string' } }, strict: true });
  const parsed = inviteArgs.safeParse(values);
  if (!parsed.success) throw new ValidationError(parsed.error.issues.map((i) => i.message).join('; '));
  const { client: name, lang, tz } = parsed.data;

  const existing = await prisma.client.findFirst({ where: { name, erasedAt: null }, orderBy: { createdAt: 'asc' } });
  const client = existing ?? (await prisma.client.create({ data: { name, lang: lang ?? config.DEFAULT_LANG, tz: tz ?? config.DEFAULT_TZ } }));
  const created = await createInvite(prisma, client.id, new Date());
  const bot = await botUsername(config);
  return [
    `Client: ${client.name}${existing ? '' : ' (new)'} [${client.id}]`,
    `Code: ${created.code} (single use, valid until ${created.expiresAt.toISOString().slice(0, 16).replace('T', ' ')} UTC)`,
    bot ? `Telegram: https://t.me/${bot}?start=${created.code}` : 'Telegram: not configured (set TELEGRAM_BOT_TOKEN to get a link); the code works with /start CODE',
    'Slack: the client sends the code to the Delego app in a direct message.',
  ].join('\n');
}

async function main(): Promise<void> {
  loadDotEnv();
  const config = loadConfig();
  const [command, ...rest] = process.argv.slice(2);
  if (command !== 'invite') throw new ValidationError(command ? `unknown command "${command}"; ${usage}` : usage);
  const database = await openDatabase(config.DATABASE_URL, config.DATA_DIR);
  if (database.embedded) await applyMigrations(database.url);
  const prisma = createPrisma(database.url, { poolMax: 2 });
  try {
    process.stdout.write(`${await invite(prisma, config, rest)}\n`);
  } finally {
    await prisma.$disconnect();
    await database.stop();
  }
}

main().catch((err: unknown) => {
  const message = err instanceof DelegoError ? err.message : errorMessage(err);
  process.stderr.write(`admin: ${message}\n`);
  process.exit(1);
});
