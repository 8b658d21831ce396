import { createHash } from 'node:crypto';
import type { Leases } from '../../infra/redis/lease.js';
import { errorMessage } from '../../kernel/errors.js';
import { watchMailbox, type MailboxWatch, type WatchDeps } from './watcher.js';

export interface MailWatchersDeps extends WatchDeps {
  /**
   * How often a round runs: the set of mailboxes is read again (added, changed, removed by the
   * back-office or the CLI), the leases held are renewed and free ones taken. Keep it well under
   * the leases' time to live (a third or less), or a busy holder could lose them.
   */
  syncEveryMs: number;
  /** one lease per mailbox, shared by every worker process on the same Redis */
  leases: Leases;
  /** a monotonic clock in milliseconds, for the leases' durations (performance.now by default) */
  monotonicMs?: () => number;
}

export interface MailWatchers {
  /** runs a round now: reads the set of mailboxes, renews, sheds and takes leases, starts and stops watchers */
  sync(): Promise<void>;
  close(): Promise<void>;
}

interface Running {
  watch: MailboxWatch;
  print: string;
  /** until when (monotonic ms) the lease surely stays this process's: taken or renewed, counted from the asking */
  heldUntil: number;
}

/**
 * Fencing by expiry: a lease that could not be renewed (Redis unreachable, rounds stalled) has its
 * connection closed this long before it lapses, so the process that takes it over next never
 * finds it still open. A healthy holder renews every round, far from this margin.
 */
const fenceMarginMs = (deps: MailWatchersDeps): number => Math.max(deps.syncEveryMs / 2, deps.leases.ttlMs / 6);

/** What a watcher connects with: when it changes, the watcher starts over with the new settings. */
const fingerprint = (row: Record<string, unknown>): string =>
  createHash('sha256').update(JSON.stringify(row)).digest('hex');

const shuffled = <T>(items: T[]): T[] =>
  items
    .map((item) => ({ item, key: Math.random() }))
    .sort((a, b) => a.key - b.key)
    .map(({ item }) => item);

/**
 * One IMAP connection per mailbox of a client not erased, across all the worker processes: a
 * process watches a mailbox only while it holds that mailbox's lease (see infra/redis/lease.ts).
 * Each process takes at most its share (mailboxes ÷ live workers, rounded up), so the mailboxes
 * spread over the workers, and one that holds more than its share (a worker just joined) gives
 * the extra back. A worker killed with SIGKILL stops renewing: its mailboxes are taken over by
 * another within the lease's time to live plus one round (30 s + 10 s by default).
 */
export async function startMailWatchers(deps: MailWatchersDeps): Promise<MailWatchers> {
  const { logger } = deps.intake;
  const running = new Map<string, Running>();
  let syncing: Promise<void> = Promise.resolve();
  let pending = 0;
  const round = roundOf(deps, running);
  const sync = () => {
    pending++;
    // a failed round does not stop the next ones
    syncing = syncing
      .catch(() => undefined)
      .then(round)
      .finally(() => pending--);
    return syncing;
  };

  await sync();
  const timer = setInterval(() => {
    // a round waiting on Redis is not joined by more: one runs when it is back
    if (pending > 0) return;
    sync().catch((err: unknown) => logger.warn({ err: errorMessage(err) }, 'could not read the mailboxes to watch'));
  }, deps.syncEveryMs);
  timer.unref();
  // apart from the rounds, which wait on Redis: a round stuck there must not keep the connections
  const fence = setInterval(() => fenceLapsing(deps, running), Math.max(20, deps.syncEveryMs / 4));
  fence.unref();
  logger.info({ mailboxes: running.size }, 'mailbox watchers started');
  return {
    sync,
    async close() {
      clearInterval(timer);
      clearInterval(fence);
      await syncing.catch(() => undefined);
      await Promise.all([...running.keys()].map((id) => stopAndRelease(deps, running, id)));
      await deps.leases.leave().catch(() => undefined);
    },
  };
}

const monotonic = (deps: MailWatchersDeps): number => (deps.monotonicMs ?? (() => performance.now()))();

/** Closes at once the connections whose lease is about to lapse unrenewed; the next round that reaches Redis takes them again if free. */
function fenceLapsing(deps: MailWatchersDeps, running: Map<string, Running>): void {
  const limit = monotonic(deps) + fenceMarginMs(deps);
  for (const [id, entry] of running) {
    if (entry.heldUntil > limit) continue;
    running.delete(id);
    deps.intake.logger.warn(
      { mailboxId: id },
      'mailbox lease not renewed in time (Redis unreachable?); connection closed',
    );
    void entry.watch.stop({ abrupt: true });
  }
}

/** The connection is closed before the lease is given back, so two connections never overlap. */
async function stopAndRelease(deps: MailWatchersDeps, running: Map<string, Running>, id: string): Promise<void> {
  const entry = running.get(id);
  running.delete(id);
  await entry?.watch.stop();
  await deps.leases.release(id).catch(() => undefined);
}

function roundOf(deps: MailWatchersDeps, running: Map<string, Running>): () => Promise<void> {
  const { prisma, logger } = deps.intake;
  return async () => {
    const workers = await deps.leases.heartbeat();
    await renewHeld(deps, running);
    const rows = await prisma.mailbox.findMany({
      where: { client: { erasedAt: null } },
      select: { id: true, imapHost: true, imapPort: true, tls: true, user: true, auth: true, secret: true },
    });
    const wanted = new Map(rows.map((row) => [row.id, fingerprint(row)]));
    for (const [id, entry] of running) {
      if (!wanted.has(id)) await stopAndRelease(deps, running, id);
      else if (wanted.get(id) !== entry.print) {
        // new settings: the lease is still ours, only the connection starts over
        await entry.watch.stop();
        running.set(id, { ...entry, watch: watchMailbox(deps, id), print: wanted.get(id)! });
      }
    }
    const share = Math.ceil(wanted.size / Math.max(1, workers));
    for (const id of [...running.keys()].slice(share)) await stopAndRelease(deps, running, id);
    for (const id of shuffled([...wanted.keys()].filter((id) => !running.has(id)))) {
      if (running.size >= share) break;
      const asked = monotonic(deps);
      if (!(await deps.leases.acquire(id))) continue;
      const heldUntil = asked + deps.leases.ttlMs;
      running.set(id, { watch: watchMailbox(deps, id), print: wanted.get(id)!, heldUntil });
    }
    if (running.size) logger.debug({ held: [...running.keys()], workers }, 'mailbox leases held');
  };
}

/** A lease lost (this process was stalled past its time to live and another took it) stops the watcher at once. */
async function renewHeld(deps: MailWatchersDeps, running: Map<string, Running>): Promise<void> {
  for (const [id, entry] of running) {
    const asked = monotonic(deps);
    if (await deps.leases.renew(id)) {
      entry.heldUntil = asked + deps.leases.ttlMs;
      continue;
    }
    if (running.get(id) !== entry) continue; // fenced meanwhile
    deps.intake.logger.warn({ mailboxId: id }, 'mailbox lease lost to another worker; closing its connection');
    running.delete(id);
    await entry.watch.stop();
  }
}
