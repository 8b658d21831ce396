import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { saveMailbox } from '../../src/domain/mailbox/settings.js';
import { createPrisma } from '../../src/infra/db/client.js';
import type { PrismaClient } from '../../src/infra/db/types.js';
import { checkMailServers } from '../../src/infra/mail/check.js';
import { createSecretBox } from '../../src/infra/mail/secret-box.js';
import { createRedis } from '../../src/infra/redis/connection.js';
import { redisLeases, type Leases } from '../../src/infra/redis/lease.js';
import { startMailWatchers } from '../../src/jobs/mail/watchers.js';
import { createScratchDatabase, createTestClient, uniqueTag } from '../support/db.js';
import { startDovecot, type Dovecot } from '../support/dovecot.js';
import { startSmtp } from '../support/smtp.js';
import { quietIntake } from '../support/mail-intake.js';
import { startTcpProxy } from '../support/tcp-proxy.js';
import { eventually, testRedisUrl, uniquePrefix } from '../support/workers.js';

/**
 * Several worker processes on one PostgreSQL and one Redis: each mailbox has exactly one IMAP
 * session, the mailboxes spread over the workers, and when the holder stops (or is killed) another
 * worker takes its mailboxes over and the mail that came meanwhile becomes one ticket.
 */
const MAILBOX_KEY = randomBytes(32).toString('hex');
const box = createSecretBox(Buffer.from(MAILBOX_KEY, 'hex'));
/** short rounds and leases, so a killed worker's mailboxes are free within a few seconds */
const TIMES = { syncEveryMs: 300, leaseMs: 3000 };
const MAILBOXES = 4;

let dovecot: Dovecot;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let database: { url: string; drop(): Promise<void> };
let db: PrismaClient;
const redis = createRedis(testRedisUrl);
const passwords = new Map<string, string>();

/** A client with a mailbox on the private Dovecot, saved as the back-office saves it (its own database: nothing else to watch). */
async function clientWithMailbox() {
  const name = `studio${uniqueTag()}`;
  const password = `pw-${uniqueTag()}`;
  await dovecot.addUser(name, password);
  passwords.set(name, password);
  const client = await createTestClient(db);
  const servers = { imapHost: '127.0.0.1', imapPort: dovecot.port, smtpHost: '127.0.0.1', smtpPort: smtp.port };
  const saved = await saveMailbox(
    { prisma: db, box, check: checkMailServers },
    { clientId: client.id, ...servers, tls: 'none', user: name, secret: password, vipSenders: [] },
  );
  expect(saved.kind).toBe('saved');
  const mailbox = await db.mailbox.findUniqueOrThrow({ where: { clientId: client.id } });
  return { client, name, password, mailboxId: mailbox.id };
}

/** A worker's mailbox watchers, as the worker role starts them, with leases under `prefix` (on its own Redis client if given). */
async function worker(prefix: string, client = redis): Promise<{ leases: Leases; close(): Promise<void> }> {
  const leases = redisLeases(client, prefix, TIMES.leaseMs);
  const watchers = await startMailWatchers({
    intake: quietIntake(db),
    box,
    backoff: { firstMs: 20, maxMs: 50 },
    syncEveryMs: TIMES.syncEveryMs,
    leases,
  });
  return { leases, close: () => watchers.close() };
}

/** The same watchers in a child process, to be killed with SIGKILL (no shutdown code runs). */
async function killableWorker(prefix: string): Promise<{ kill(): Promise<void> }> {
  const script = fileURLToPath(new URL('../support/mail-worker.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      REDIS_URL: testRedisUrl,
      LEASE_PREFIX: prefix,
      MAILBOX_KEY,
      SYNC_EVERY_MS: String(TIMES.syncEveryMs),
      LEASE_MS: String(TIMES.leaseMs),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', () => resolve());
    void exited.then(() => reject(new Error('the mail worker exited before it was ready')));
  });
  return {
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
  };
}

type Owned = Awaited<ReturnType<typeof clientWithMailbox>>;

/**
 * Waits until every mailbox has exactly one IMAP session on the server and the leases are
 * shared evenly by `workers` workers (a worker joining takes a moment to get its share), or just
 * held when `workers` is not given; returns each mailbox's holder.
 */
const oneSessionEach = (
  owned: Owned[],
  prefix: string,
  workers?: number,
  holding?: (holder: string | null) => boolean,
) =>
  eventually(
    `one IMAP session per mailbox, held by ${workers ?? 'any'} workers`,
    async () => {
      // one `doveadm who` per look: four of them every 50 ms slowed the rounds of a loaded machine
      const counts = await dovecot.sessionCounts();
      const sessions = owned.map((o) => counts.get(o.name) ?? 0);
      const holders = await Promise.all(owned.map((o) => redis.get(`${prefix}:lease:${o.mailboxId}`)));
      const shares = [...new Set(holders)].map((h) => holders.filter((x) => x === h).length);
      const even =
        workers === undefined || (shares.length === workers && shares.every((n) => n === owned.length / workers));
      const some = holding === undefined || holders.some(holding);
      return sessions.every((n) => n === 1) && holders.every((h) => h !== null) && even && some && holders;
    },
    20_000,
  );

const deliverTo = async (owner: Owned, subject: string) => {
  const raw = await new MailComposer({
    from: `Anna Verdi <anna${uniqueTag()}@example.test>`,
    to: `${owner.name}@example.test`,
    subject,
    text: `${subject}: mi richiamate?`,
    messageId: `<${randomUUID()}@example.test>`,
    date: new Date(),
  })
    .compile()
    .build();
  await dovecot.deliver(owner.name, owner.password, raw);
};

const oneTicket = (owner: Owned, subject: string) =>
  eventually(
    `the ticket of "${subject}"`,
    async () => {
      const tickets = await db.ticket.findMany({ where: { clientId: owner.client.id } });
      return tickets.some((t) => t.summary.includes(subject)) && tickets;
    },
    20_000,
  );

beforeAll(async () => {
  dovecot = await startDovecot();
  smtp = await startSmtp(dovecot, passwords);
  database = await createScratchDatabase({ migrated: true });
  db = createPrisma(database.url, { poolMax: 5 });
});

/**
 * Each test watches only its own mailboxes: the workers of a test watch every mailbox of the
 * database, so those left by an earlier test would take part of the share (the worker to be killed
 * could hold none of this test's) and move when the count of workers changes.
 */
beforeEach(async () => {
  await db.mailbox.deleteMany({});
});

afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
  await smtp?.close();
  await dovecot?.stop();
  redis.disconnect();
});

describe('mailbox leases across worker processes', { timeout: 120_000 }, () => {
  it('gives each mailbox one IMAP session, spread over two workers, and hands them over when one stops', async () => {
    const owned: Owned[] = [];
    for (let i = 0; i < MAILBOXES; i++) owned.push(await clientWithMailbox());
    const prefix = uniquePrefix();
    const first = await worker(prefix);
    const second = await worker(prefix);
    try {
      const holders = await oneSessionEach(owned, prefix, 2);
      const left = owned.find((_, i) => holders[i] === first.leases.owner)!;
      await first.close();
      await deliverTo(left, 'Arrivata al passaggio');
      expect(new Set(await oneSessionEach(owned, prefix, 1))).toEqual(new Set([second.leases.owner]));
      expect(await oneTicket(left, 'Arrivata al passaggio')).toHaveLength(1);
    } finally {
      await second.close();
      await first.close();
    }
  });

  it('takes over the mailboxes of a worker killed with SIGKILL, and the mail that came meanwhile becomes one ticket', async () => {
    const owned: Owned[] = [];
    for (let i = 0; i < 2; i++) owned.push(await clientWithMailbox());
    const prefix = uniquePrefix();
    const killed = await killableWorker(prefix);
    const survivor = await worker(prefix);
    try {
      // the child process holds one mailbox at least (both, until it sees the survivor)
      const holders = await oneSessionEach(owned, prefix, undefined, (h) => h !== survivor.leases.owner);
      const orphan = owned.find((_, i) => holders[i] !== survivor.leases.owner)!;
      await killed.kill();
      await deliverTo(orphan, 'Arrivata durante il crash');
      expect(new Set(await oneSessionEach(owned, prefix, 1))).toEqual(new Set([survivor.leases.owner]));
      expect(await oneTicket(orphan, 'Arrivata durante il crash')).toHaveLength(1);
    } finally {
      await survivor.close();
      await killed.kill();
    }
  });

  it('closes the IMAP connection of a worker cut off from Redis before its lease lapses, so the mailbox never has two', async () => {
    const [owner] = [await clientWithMailbox()];
    const prefix = uniquePrefix();
    const target = new URL(testRedisUrl);
    const proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 6379) });
    const cutOffRedis = createRedis(proxy.rewrite(testRedisUrl));
    cutOffRedis.on('error', () => undefined);
    const cutOff = await worker(prefix, cutOffRedis);
    const other = await worker(prefix);
    try {
      await oneSessionEach([owner!], prefix, undefined, (h) => h === cutOff.leases.owner);
      proxy.cut();
      // from now on the cut-off worker can neither renew nor release: its lease lapses in Redis
      let most = 0;
      const look = async () => {
        const sessions = (await dovecot.sessionCounts()).get(owner!.name) ?? 0;
        most = Math.max(most, sessions);
        return sessions;
      };
      await eventually(
        'the lease taken over by the other worker',
        async () =>
          (await look()) <= 1 && (await redis.get(`${prefix}:lease:${owner!.mailboxId}`)) === other.leases.owner,
        20_000,
      );
      // the other worker is watching (its ticket comes), and all along the mailbox had one session at most
      await deliverTo(owner!, 'Arrivata con Redis irraggiungibile');
      await eventually(
        'the ticket, while the sessions are counted',
        async () => {
          await look();
          const tickets = await db.ticket.findMany({ where: { clientId: owner!.client.id } });
          return tickets.some((t) => t.summary.includes('Arrivata con Redis irraggiungibile'));
        },
        20_000,
      );
      for (let i = 0; i < 10; i++) await Promise.all([look(), new Promise((r) => setTimeout(r, 100))]);
      expect(most).toBeLessThanOrEqual(1);
      expect(await dovecot.sessions(owner!.name)).toBe(1);

      proxy.restore();
      // back on Redis, the worker finds the mailbox taken and leaves it so
      await new Promise((resolve) => setTimeout(resolve, TIMES.leaseMs));
      expect(await dovecot.sessions(owner!.name)).toBe(1);
      expect(await redis.get(`${prefix}:lease:${owner!.mailboxId}`)).toBe(other.leases.owner);
    } finally {
      proxy.restore();
      await other.close();
      await cutOff.close();
      cutOffRedis.disconnect();
      await proxy.close();
    }
  });
});
