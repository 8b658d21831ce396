import { chmod, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { createInvite } from '../domain/access/invites.js';
import { feedUrl, revokeFeedToken, rotateFeedToken } from '../domain/calendar/feed.js';
import { webChatKeyPrefix } from '../channels/web/mailbox.js';
import { isTimeZone, loadConfig, siteUrl, type Config } from '../infra/config/index.js';
import { createPrisma } from '../infra/db/client.js';
import { openDatabase } from '../infra/db/open.js';
import type { PrismaClient } from '../infra/db/types.js';
import { formatLocal, hhmmSchema } from '../kernel/time.js';
import { taskCategories } from '../understanding/contract.js';
import { DelegoError, DependencyError, errorMessage, NotFoundError, ValidationError } from '../kernel/errors.js';
import { eraseClient, findErasureTraces } from '../domain/privacy/erase.js';
import { clearErasureTraces } from '../domain/privacy/erase-traces.js';
import { createRedis, DEFAULT_REDIS_URL, pingRedis } from '../infra/redis/connection.js';
import { exportClientData } from '../domain/privacy/export.js';
import { userCommand, type PasswordSource } from './user-command.js';
import { mailboxCommand } from './mailbox-command.js';
import { linkStaffToSlack, type AssistantLink } from '../web/admin/assistant-link.js';

/** Admin commands: `npm run admin -- invite --client "Studio Rossi" [--lang it] [--tz Europe/Rome]`. */
const usage = [
  'usage: npm run admin -- invite --client "NAME" [--lang it|en] [--tz ZONE]',
  '       npm run admin -- export --client ID [--out FILE]',
  '       npm run admin -- erase --client ID',
  '       npm run admin -- client --id ID [--llm on|off] [--briefing on|off] [--briefing-time HH:MM]',
  '       npm run admin -- calendar --client ID [--revoke]',
  '       npm run admin -- assistant --slack-user U0123ABC --name "NAME" [--skills translation,writing] [--active yes|no] [--staff EMAIL]',
  '       npm run admin -- user add|disable|password|list (back-office accounts; see npm run admin -- user)',
  "       npm run admin -- mailbox --client ID --imap-host HOST ... (a client's mailbox; see npm run admin -- mailbox)",
].join('\n');

const inviteArgs = z.object({
  client: z.string({ message: '--client "NAME" is required' }).trim().min(1, '--client must not be empty').max(200),
  lang: z.enum(['it', 'en'], { message: '--lang must be it or en' }).optional(),
  tz: z.string().refine(isTimeZone, '--tz must be an IANA time zone such as Europe/Rome').optional(),
});

async function botUsername(config: Config, warn: AdminIo['err']): Promise<string | undefined> {
  if (!config.TELEGRAM_BOT_TOKEN) return undefined;
  // Telegraf, BullMQ and the schema engine are loaded by the commands that use them: every command starts faster.
  const { Telegram } = await import('telegraf');
  const telegram = new Telegram(
    config.TELEGRAM_BOT_TOKEN,
    config.TELEGRAM_API_ROOT ? { apiRoot: config.TELEGRAM_API_ROOT } : {},
  );
  try {
    return (await telegram.getMe()).username;
  } catch (err) {
    warn(`warning: could not ask Telegram for the bot name (${errorMessage(err)})\n`);
    return undefined;
  }
}

async function invite(prisma: PrismaClient, config: Config, argv: string[], io: AdminIo): Promise<string> {
  const { values } = parseArgs({
    args: argv,
    options: { client: { type: 'string' }, lang: { type: 'string' }, tz: { type: 'string' } },
    strict: true,
  });
  const parsed = inviteArgs.safeParse(values);
  if (!parsed.success) throw new ValidationError(parsed.error.issues.map((i) => i.message).join('; '));
  const { client: name, lang, tz } = parsed.data;

  const existing = await prisma.client.findFirst({ where: { name, erasedAt: null }, orderBy: { createdAt: 'asc' } });
  const client =
    existing ??
    (await prisma.client.create({ data: { name, lang: lang ?? config.DEFAULT_LANG, tz: tz ?? config.DEFAULT_TZ } }));
  const created = await createInvite(prisma, client.id, new Date());
  const bot = await botUsername(config, io.err);
  return [
    `Client: ${client.name}${existing ? '' : ' (new)'} [${client.id}]`,
    `Code: ${created.code} (single use, valid until ${formatLocal(created.expiresAt, client.tz, 'yyyy-MM-dd HH:mm')} ${client.tz})`,
    `Web chat: ${siteUrl(config)}/?code=${created.code} (opens with the code filled in; or the client types it on ${siteUrl(config)}/)`,
    bot
      ? `Telegram: https://t.me/${bot}?start=${created.code}`
      : 'Telegram: not configured (set TELEGRAM_BOT_TOKEN to get a link); the code works with /start CODE',
    config.SLACK_BOT_TOKEN
      ? 'Slack: the client sends the code to the Delego app in a direct message.'
      : 'Slack: not configured (set SLACK_BOT_TOKEN for clients who write in Slack)',
  ].join('\n');
}

const clientId = (flag: string) =>
  z.uuid({ message: `${flag} must be a client id (a UUID, shown by the invite command)` });

function readArgs<T extends z.ZodType>(schema: T, argv: string[], names: string[]): z.infer<T> {
  const { values } = parseArgs({
    args: argv,
    options: Object.fromEntries(names.map((n) => [n, { type: 'string' as const }])),
    strict: true,
  });
  const parsed = schema.safeParse(values);
  if (!parsed.success) throw new ValidationError(parsed.error.issues.map((i) => i.message).join('; '));
  return parsed.data;
}

/** GDPR access: all data of one client as JSON, on stdout or in a file only the owner can read. */
async function exportCommand(prisma: PrismaClient, _config: Config, argv: string[]): Promise<string> {
  const args = readArgs(
    z.object({ client: clientId('--client'), out: z.string().min(1, '--out needs a file name').optional() }),
    argv,
    ['client', 'out'],
  );
  const data = await exportClientData(prisma, args.client, new Date());
  const json = JSON.stringify(data, null, 2);
  if (!args.out) return json;
  // mode applies only to a new file: an existing one is narrowed before the data goes in.
  await chmod(args.out, 0o600).catch((err: NodeJS.ErrnoException) => {
    if (err.code !== 'ENOENT') throw err;
  });
  await writeFile(args.out, `${json}\n`, { mode: 0o600 });
  return `Wrote the data of client ${args.client} to ${args.out} (${data.messages.length} messages, ${data.tickets.length} tickets).`;
}

/** GDPR erasure: personal data goes, anonymous ticket statistics stay, and so do no copies in Redis or Slack. */
async function eraseCommand(prisma: PrismaClient, config: Config, argv: string[]): Promise<string> {
  const args = readArgs(z.object({ client: clientId('--client') }), argv, ['client']);
  const traces = await findErasureTraces(prisma, args.client);
  const redisUrl = config.REDIS_URL ?? DEFAULT_REDIS_URL;
  const needsRedis = traces.webChats.length + traces.deskCards.length > 0;
  // Checked first: once the identities are gone, the web chat mailboxes could no longer be found.
  if (needsRedis && !(await pingRedis(redisUrl)))
    throw new DependencyError(
      `Redis does not answer at ${redisUrl}: it holds this client's web chat and desk jobs; nothing was erased`,
    );
  const report = await eraseClient(prisma, args.client, new Date());
  const lines = [
    `Erased the personal data of client ${report.clientId}:`,
    `  deleted: ${report.identities} identities, ${report.invites} invites, ${report.conversations} conversations, ${report.messages} messages, ${report.attachments} attachments, ${report.reminders} reminders, ${report.bookings} bookings, ${report.mailboxes} mailbox`,
    `  kept for statistics, texts blanked: ${report.ticketsAnonymised} tickets, ${report.takenMessagesBlanked} taken messages`,
  ];
  if (!needsRedis) return lines.join('\n');
  const { redisTraceCleaners } = await import('./erase-cleaners.js');
  const redis = createRedis(redisUrl);
  const cleaners = redisTraceCleaners({ redis, webKeyPrefix: webChatKeyPrefix() });
  try {
    const cleared = await clearErasureTraces(report.traces, cleaners);
    lines.push(
      `  cleared: ${cleared.webChats} web chat screens; ${cleared.deskCards} desk cards queued for redrawing without the client's data`,
    );
  } finally {
    await cleaners.close();
    redis.disconnect();
  }
  return lines.join('\n');
}

/** Per-client settings: whether an LLM may read the client's messages, the morning briefing and its time. */
const onOff = (flag: string) => z.enum(['on', 'off'], { message: `${flag} must be on or off` }).optional();
const clientArgs = z
  .object({
    id: clientId('--id'),
    llm: onOff('--llm'),
    briefing: onOff('--briefing'),
    'briefing-time': z
      .string()
      .refine((v) => hhmmSchema.safeParse(v).success, '--briefing-time must be a local time HH:MM')
      .optional(),
  })
  .refine((a) => a.llm ?? a.briefing ?? a['briefing-time'], '--llm, --briefing or --briefing-time is required');

async function clientCommand(prisma: PrismaClient, _config: Config, argv: string[]): Promise<string> {
  const args = readArgs(clientArgs, argv, ['id', 'llm', 'briefing', 'briefing-time']);
  const data = {
    ...(args.llm ? { llmEnabled: args.llm === 'on' } : {}),
    ...(args.briefing ? { morningBriefingEnabled: args.briefing === 'on' } : {}),
    ...(args['briefing-time'] ? { morningBriefingTime: args['briefing-time'] } : {}),
  };
  const { count } = await prisma.client.updateMany({ where: { id: args.id }, data });
  if (count === 0) throw new NotFoundError(`no client with id ${args.id}`);
  const lines: string[] = [];
  if (args.llm)
    lines.push(
      args.llm === 'on'
        ? `Client ${args.id}: LLM understanding on.`
        : `Client ${args.id}: LLM understanding off; messages are understood by the rules only.`,
    );
  if (args.briefing || args['briefing-time']) {
    const client = await prisma.client.findUniqueOrThrow({
      where: { id: args.id },
      select: { morningBriefingEnabled: true, morningBriefingTime: true, tz: true },
    });
    // the workers' reconciler puts the next briefing on the clock within a few minutes
    lines.push(
      client.morningBriefingEnabled
        ? `Client ${args.id}: morning briefing on, at ${client.morningBriefingTime} (${client.tz}).`
        : `Client ${args.id}: morning briefing off.`,
    );
  }
  return lines.join('\n');
}

/** The client's private calendar feed: a new secret URL (the old one stops working), or none. */
async function calendarCommand(prisma: PrismaClient, config: Config, argv: string[]): Promise<string> {
  const { values } = parseArgs({
    args: argv,
    options: { client: { type: 'string' }, revoke: { type: 'boolean' } },
    strict: true,
  });
  const parsed = z.object({ client: clientId('--client'), revoke: z.boolean().optional() }).safeParse(values);
  if (!parsed.success) throw new ValidationError(parsed.error.issues.map((i) => i.message).join('; '));
  const { client, revoke } = parsed.data;
  if (revoke) {
    await revokeFeedToken(prisma, client);
    return `Client ${client}: calendar feed revoked; subscribed calendars stop updating.`;
  }
  const token = await rotateFeedToken(prisma, client);
  return [
    `Client ${client}: calendar feed (any previous URL no longer works):`,
    feedUrl(siteUrl(config), token),
    'Subscribe to it by URL in Google Calendar, Apple Calendar or Outlook. Keep it private: anyone with it can read the agenda.',
  ].join('\n');
}

const assistantArgs = z.object({
  'slack-user': z
    .string({ message: '--slack-user is required (the Slack member id, e.g. U0123ABC)' })
    .regex(/^[UW][A-Z0-9]{2,}$/, '--slack-user must be a Slack member id such as U0123ABC'),
  name: z.string().trim().min(1, '--name must not be empty').max(100).optional(),
  skills: z
    .string()
    .transform((v) =>
      v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .pipe(
      z.array(
        z.enum(taskCategories, { message: `--skills takes a comma-separated list of: ${taskCategories.join(', ')}` }),
      ),
    )
    .optional(),
  active: z.enum(['yes', 'no'], { message: '--active must be yes or no' }).optional(),
  staff: z.email({ message: '--staff must be the email of a back-office account' }).optional(),
});

const linkWords: Record<AssistantLink['how'], (who: string) => string> = {
  created: (who) => `is now the new assistant ${who}`,
  named: (who) => `keeps its assistant, which now has the Slack id: ${who}`,
  joined: (who) => `now acts as the Slack assistant ${who}`,
  merged: (who) => `merged its browser assistant (tickets, time, history) into the Slack assistant ${who}`,
  unchanged: (who) => `was already the assistant ${who}`,
};

/**
 * Adds an assistant of the Slack desk, or changes one (found by Slack member id). With --staff,
 * first links that back-office account's assistant (made by its first act in the browser) to
 * the Slack member, so both desks know one person.
 */
async function assistantCommand(prisma: PrismaClient, _config: Config, argv: string[]): Promise<string> {
  const args = readArgs(assistantArgs, argv, ['slack-user', 'name', 'skills', 'active', 'staff']);
  const slackUserId = args['slack-user'];
  const linked = args.staff ? await linkStaffToSlack(prisma, args.staff, slackUserId) : undefined;
  const said =
    linked && `Account ${args.staff!.toLowerCase()} ${linkWords[linked.how](`${linked.name} (${slackUserId})`)}.`;
  const changes = {
    ...(args.name ? { name: args.name } : {}),
    ...(args.skills ? { skills: args.skills } : {}),
    ...(args.active ? { active: args.active === 'yes' } : {}),
  };
  const existing = await prisma.assistant.findUnique({ where: { slackUserId } });
  if (!existing && !args.name) throw new ValidationError('--name is required for a new assistant');
  const saved = existing
    ? await prisma.assistant.update({ where: { slackUserId }, data: changes })
    : await prisma.assistant.create({ data: { slackUserId, name: args.name!, ...changes } });
  const summary = `Assistant ${saved.name} (${saved.slackUserId})${existing ? ' updated' : ' added'}: ${saved.active ? 'active' : 'inactive'}, skills: ${saved.skills.join(', ') || 'none'}.`;
  return said ? `${said}\n${summary}` : summary;
}

type Command = (prisma: PrismaClient, config: Config, argv: string[], io: AdminIo) => Promise<string>;

const commands: Record<string, Command> = {
  invite,
  assistant: assistantCommand,
  export: exportCommand,
  erase: eraseCommand,
  client: clientCommand,
  calendar: calendarCommand,
  user: (prisma, config, argv, io) =>
    userCommand(prisma, argv, { loginUrl: `${siteUrl(config)}/admin/login`, readPassword: io.readSecret }),
  mailbox: (prisma, config, argv, io) => mailboxCommand(prisma, config, argv, io.readSecret),
};

/** What a command reads and writes besides the database: the process's, or a test's. */
export interface AdminIo {
  /** the environment the configuration is read from */
  env: NodeJS.ProcessEnv;
  out: (text: string) => void;
  err: (text: string) => void;
  /** the first line piped in (a password or a mailbox secret), if any */
  readSecret: PasswordSource;
}

async function runCommand(argv: string[], io: AdminIo): Promise<void> {
  const config = loadConfig(io.env);
  const [command, ...rest] = argv;
  const run = command !== undefined && Object.hasOwn(commands, command) ? commands[command] : undefined;
  if (!run) throw new ValidationError(command ? `unknown command "${command}"\n${usage}` : usage);
  const database = await openDatabase(config.DATABASE_URL, config.DATA_DIR);
  if (database.embedded) await (await import('../infra/db/migrate-engine.js')).applyMigrations(database.url);
  const prisma = createPrisma(database.url, { poolMax: 2 });
  try {
    io.out(`${await run(prisma, config, rest, io)}\n`);
  } finally {
    await prisma.$disconnect();
    await database.stop();
  }
}

/** `npm run admin -- ARGV`: prints the command's answer, or one line `admin: …`; resolves the exit code. */
export async function runAdminCli(argv: string[], io: AdminIo): Promise<number> {
  try {
    await runCommand(argv, io);
    return 0;
  } catch (err) {
    io.err(`admin: ${err instanceof DelegoError ? err.message : errorMessage(err)}\n`);
    return 1;
  }
}
