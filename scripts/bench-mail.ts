/**
 * Mailbox benchmark: `npm run bench:mail -- [--messages 10000]` (`--catchup 10000` says the same).
 *
 * Starts a private Dovecot (Debian's dovecot-imapd, as the tests do) and a scratch PostgreSQL
 * database, connects one client's mailbox with `saveMailbox` (the connection test included),
 * then puts N messages into its INBOX as a backlog: needing an answer (a ticket, every fifth with
 * a small attachment), newsletters (ignored) and mail in Cc (counted). Measures:
 * - the triage rules alone on the parsed messages (messages a second, one core);
 * - the catch-up: the watcher's read of the whole backlog by UID (fetch in batches, parse, one
 *   intake transaction per message: the record, the ticket and its files, the mailbox's UID), as
 *   after a worker was down while the mail arrived; its time and messages a second;
 * - a second read, which must take in nothing (exactly once).
 * Prints the machine's load average: on a shared machine the wall clock mostly measures the rest.
 *
 * Needs PostgreSQL (BENCH_DATABASE_ADMIN_URL, else TEST_DATABASE_ADMIN_URL, else
 * postgresql://postgres@127.0.0.1:5432/postgres) and /usr/sbin/dovecot.
 */
import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { z } from 'zod';
import { createOutbound } from '../src/channels/outbound.js';
import { postgresFileStore } from '../src/domain/files/store.js';
import type { IntakeDeps } from '../src/domain/mailbox/intake.js';
import { saveMailbox, serversOf } from '../src/domain/mailbox/settings.js';
import { triageMail } from '../src/domain/mailbox/triage.js';
import { createPrisma } from '../src/infra/db/client.js';
import { applyMigrations } from '../src/infra/db/migrate-engine.js';
import { createScratchDatabase } from '../src/infra/db/scratch.js';
import { createLogger } from '../src/infra/logger.js';
import { checkMailServers } from '../src/infra/mail/check.js';
import { imapClient } from '../src/infra/mail/connection.js';
import { parseMail } from '../src/infra/mail/parse.js';
import { createSecretBox } from '../src/infra/mail/secret-box.js';
import { readNewMail } from '../src/jobs/mail/read-inbox.js';
import { startDovecot, type Dovecot } from '../test/support/dovecot.js';
import { startSmtp } from '../test/support/smtp.js';

const count = (flag: string) =>
  z.coerce
    .number({ message: `${flag} must be a number` })
    .int()
    .min(1)
    .max(100_000)
    .optional();
const argsSchema = z.object({ messages: count('--messages'), catchup: count('--catchup') });

const loadAverage = (): string =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

const say = (line: string): void => void process.stdout.write(`${line}\n`);
const USER = 'studio';
const STUDIO = `${USER}@example.test`;

/** The i-th message of the backlog: mostly mail that needs an answer, with newsletters and mail in Cc. */
function backlogMessage(i: number): Promise<Buffer> {
  const kind = i % 10;
  const fields: Record<string, unknown> = {
    from: `Sender ${i} <sender${i}@example.test>`,
    to: kind === 8 ? 'someone@example.test' : STUDIO,
    ...(kind === 8 ? { cc: STUDIO } : {}),
    subject: `Message ${i}`,
    messageId: `<bench-${i}-${randomBytes(4).toString('hex')}@example.test>`,
    date: new Date(),
    text: `Buongiorno, questo è il messaggio ${i}.\n`.repeat(20),
    ...(kind === 9 ? { headers: { 'List-Unsubscribe': '<mailto:unsubscribe@news.example.test>' } } : {}),
    ...(i % 5 === 0 ? { attachments: [{ filename: `doc-${i}.pdf`, content: randomBytes(20_000) }] } : {}),
  };
  return new MailComposer(fields).compile().build();
}

async function fillInbox(dovecot: Dovecot, user: string, password: string, n: number): Promise<number> {
  const imap = await dovecot.client(user, password);
  const started = performance.now();
  try {
    for (let i = 0; i < n; i++) await imap.append('INBOX', await backlogMessage(i));
  } finally {
    await imap.logout();
  }
  return performance.now() - started;
}

function intakeDeps(prisma: ReturnType<typeof createPrisma>): IntakeDeps {
  return {
    prisma,
    outbound: createOutbound({}),
    clock: () => new Date(),
    logger: createLogger({ level: 'silent', pretty: false }),
    files: { store: postgresFileStore, maxBytes: 10 * 1024 * 1024 },
    releaseAt: async () => undefined,
    publish: async () => undefined,
    deskLang: 'it',
  };
}

/** The triage rules alone, on messages already parsed: what one core decides a second. */
async function triageRate(n: number): Promise<number> {
  const parsed = await Promise.all(
    Array.from({ length: Math.min(n, 2000) }, async (_, i) => parseMail(await backlogMessage(i))),
  );
  const profile = { own: [STUDIO], vipSenders: ['@vip.example.test'] };
  const rounds = Math.max(1, Math.ceil(50_000 / parsed.length));
  const started = performance.now();
  for (let r = 0; r < rounds; r++) for (const mail of parsed) triageMail(mail, profile);
  return (rounds * parsed.length) / ((performance.now() - started) / 1000);
}

async function bench(): Promise<void> {
  const { values } = parseArgs({
    options: { messages: { type: 'string' }, catchup: { type: 'string' } },
    strict: true,
  });
  const parsedArgs = argsSchema.safeParse(values);
  if (!parsedArgs.success) throw new Error(parsedArgs.error.issues.map((i) => i.message).join('; '));
  const n = parsedArgs.data.catchup ?? parsedArgs.data.messages ?? 10_000;
  say(`load average at the start: ${loadAverage()}`);
  const database = await createScratchDatabase(
    process.env.BENCH_DATABASE_ADMIN_URL ??
      process.env.TEST_DATABASE_ADMIN_URL ??
      'postgresql://postgres@127.0.0.1:5432/postgres',
    'delego_bench_mail',
  );
  const dovecot = await startDovecot();
  const passwords = new Map<string, string>();
  const smtp = await startSmtp(dovecot, passwords);
  const prisma = createPrisma(database.url, { poolMax: 4 });
  try {
    await applyMigrations(database.url);
    const password = randomBytes(8).toString('hex');
    passwords.set(USER, password);
    await dovecot.addUser(USER, password);
    const client = await prisma.client.create({ data: { name: 'Bench studio', lang: 'it', tz: 'Europe/Rome' } });
    const box = createSecretBox(randomBytes(32));
    const saved = await saveMailbox(
      { prisma, box, check: checkMailServers },
      {
        ...{ clientId: client.id, imapHost: '127.0.0.1', imapPort: dovecot.port, smtpHost: '127.0.0.1' },
        ...{ smtpPort: smtp.port, tls: 'none', user: USER, secret: password, fromAddress: STUDIO },
      },
    ).catch((err: unknown) => ({ kind: 'failed' as const, failure: String(err) }));
    const mailbox = await prisma.mailbox.findUnique({ where: { clientId: client.id } });
    if (!mailbox) throw new Error(`the mailbox was not connected: ${JSON.stringify(saved)}`);

    say(`triage rules: ${Math.round(await triageRate(n)).toLocaleString('en')} messages a second (one core)`);
    const fillMs = await fillInbox(dovecot, USER, password, n);
    say(`backlog: ${n} messages appended to INBOX in ${(fillMs / 1000).toFixed(1)} s`);

    const imap = await imapClient(serversOf(box, mailbox));
    await imap.connect();
    await imap.mailboxOpen('INBOX');
    const deps = intakeDeps(prisma);
    say(`load average before the catch-up: ${loadAverage()}`);
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    const outcomes = await readNewMail(imap, deps, mailbox.id);
    const catchUpMs = performance.now() - started;
    const cpu = process.cpuUsage(cpuBefore);
    const again = await readNewMail(imap, deps, mailbox.id);
    await imap.logout();

    const counts = new Map<string, number>();
    for (const o of outcomes) counts.set(o.kind, (counts.get(o.kind) ?? 0) + 1);
    const tickets = await prisma.ticket.count({ where: { clientId: client.id } });
    const files = await prisma.attachment.count({ where: { clientId: client.id } });
    say(
      `catch-up of ${n} messages: ${(catchUpMs / 1000).toFixed(1)} s, ${(n / (catchUpMs / 1000)).toFixed(1)} messages a second`,
    );
    say(
      `  outcomes: ${[...counts].map(([k, v]) => `${k} ${v}`).join(', ')}; tickets ${tickets}, attachments kept ${files}`,
    );
    say(`  read again: ${again.length} taken in (must be 0)`);
    say(`  the benchmark process's CPU during the catch-up: ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s`);
    say(`load average at the end: ${loadAverage()}`);
  } finally {
    await prisma.$disconnect();
    await smtp.close();
    await dovecot.stop();
    await database.drop();
  }
}

bench().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
