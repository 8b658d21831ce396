import { createHash } from 'node:crypto';
import { errorMessage } from '../../kernel/errors.js';
import { watchMailbox, type MailboxWatch, type WatchDeps } from './watcher.js';

export interface MailWatchersDeps extends WatchDeps {
  /** how often the set of mailboxes is read again (added, changed, removed by the back-office or the CLI) */
  syncEveryMs: number;
}

export interface MailWatchers {
  /** reads the set of mailboxes now: starts new ones, restarts changed ones, stops removed ones */
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** What a watcher connects with: when it changes, the watcher starts over with the new settings. */
const fingerprint = (row: Record<string, unknown>): string =>
  createHash('sha256').update(JSON.stringify(row)).digest('hex');

/**
 * One IMAP connection per mailbox of a client not erased, held by the worker role. The set is
 * read at start and every `syncEveryMs`, so a mailbox connected in the back-office is watched
 * within that time without a restart.
 */
export async function startMailWatchers(deps: MailWatchersDeps): Promise<MailWatchers> {
  const { prisma, logger } = deps.intake;
  const running = new Map<string, { watch: MailboxWatch; print: string }>();
  let syncing: Promise<void> = Promise.resolve();

  const syncOnce = async () => {
    const rows = await prisma.mailbox.findMany({
      where: { client: { erasedAt: null } },
      select: { id: true, imapHost: true, imapPort: true, tls: true, user: true, auth: true, secret: true },
    });
    const wanted = new Map(rows.map((row) => [row.id, fingerprint(row)]));
    for (const [id, entry] of running)
      if (wanted.get(id) !== entry.print) {
        running.delete(id);
        await entry.watch.stop();
      }
    for (const [id, print] of wanted) if (!running.has(id)) running.set(id, { watch: watchMailbox(deps, id), print });
  };
  const sync = () => {
    // a failed round does not stop the next ones
    syncing = syncing.catch(() => undefined).then(syncOnce);
    return syncing;
  };

  await sync();
  const timer = setInterval(() => {
    sync().catch((err: unknown) => logger.warn({ err: errorMessage(err) }, 'could not read the mailboxes to watch'));
  }, deps.syncEveryMs);
  timer.unref();
  logger.info({ mailboxes: running.size }, 'mailbox watchers started');
  return {
    sync,
    async close() {
      clearInterval(timer);
      await syncing.catch(() => undefined);
      await Promise.all([...running.values()].map((entry) => entry.watch.stop()));
      running.clear();
    },
  };
}
