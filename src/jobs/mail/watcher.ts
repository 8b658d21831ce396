import type { ImapFlow } from 'imapflow';
import { recordMailboxHealth } from '../../domain/mailbox/health.js';
import type { IntakeDeps } from '../../domain/mailbox/intake.js';
import { serversOf } from '../../domain/mailbox/settings.js';
import { classifyMailError, imapClient } from '../../infra/mail/connection.js';
import type { SecretBox } from '../../infra/mail/secret-box.js';
import { errorMessage } from '../../kernel/errors.js';
import { readNewMail } from './read-inbox.js';

export interface Backoff {
  firstMs: number;
  maxMs: number;
}

export interface WatchDeps {
  intake: IntakeDeps;
  box: SecretBox;
  backoff: Backoff;
}

/** The wait before reconnection attempt `n` (0-based): doubling from firstMs, at most maxMs, with some jitter. */
export function backoffDelay(backoff: Backoff, attempt: number): number {
  const base = Math.min(backoff.maxMs, backoff.firstMs * 2 ** Math.min(attempt, 20));
  return Math.round(base * (0.75 + Math.random() * 0.25));
}

/** Resolves when the connection closes, for whatever reason. */
const closed = (imap: ImapFlow): Promise<void> =>
  new Promise((resolve) => {
    if (!imap.usable) resolve();
    imap.once('close', () => resolve());
  });

/**
 * One connection's life: log in, open INBOX, catch up by UID, then IDLE (imapflow idles by
 * itself) and read again whenever the server announces new mail, until the connection closes.
 * Reads never overlap; a read that fails closes the connection, and the next one starts over
 * from the last UID taken in.
 */
async function connectAndWatch(
  deps: WatchDeps,
  mailboxId: string,
  track: (imap: ImapFlow) => void,
  stopped: () => boolean,
): Promise<void> {
  const row = await deps.intake.prisma.mailbox.findUnique({ where: { id: mailboxId } });
  if (!row) return;
  const imap = await imapClient(serversOf(deps.box, row));
  imap.on('error', (err: unknown) => deps.intake.logger.debug({ mailboxId, err: errorMessage(err) }, 'imap error'));
  track(imap);
  await imap.connect();
  await imap.mailboxOpen('INBOX');
  // stopped while connecting (stop() only logs out a connection that is up): leave now, not after the next IDLE
  if (stopped()) return void (await imap.logout());
  await recordMailboxHealth(deps.intake, mailboxId, null);
  let reading: Promise<void> = Promise.resolve();
  const read = () => {
    reading = reading
      .then(async () => {
        const outcomes = await readNewMail(imap, deps.intake, mailboxId);
        if (outcomes.length) deps.intake.logger.info({ mailboxId, messages: outcomes.length }, 'new mail taken in');
      })
      .catch((err: unknown) => {
        deps.intake.logger.warn({ mailboxId, err: errorMessage(err) }, 'reading the mailbox failed; reconnecting');
        imap.close();
      });
  };
  imap.on('exists', read);
  read();
  await closed(imap);
  await reading;
}

export interface MailboxWatch {
  /** logs out and stops; `abrupt` closes the connection at once instead (a lease about to lapse) */
  stop(options?: { abrupt?: boolean }): Promise<void>;
}

/**
 * Watches one mailbox until stopped: connects, and after any failure (network, server, login)
 * reconnects with a growing delay; each failure is recorded on the mailbox in words (once per
 * change in the log), and a failing that lasts an hour is told to the client and the desk once.
 */
export function watchMailbox(deps: WatchDeps, mailboxId: string): MailboxWatch {
  const log = deps.intake.logger.child({ mailboxId });
  let stopped = false;
  let current: ImapFlow | undefined;
  let wake: (() => void) | undefined;
  const loop = async () => {
    let attempt = 0;
    let lastFailure = '';
    while (!stopped) {
      try {
        await connectAndWatch(
          deps,
          mailboxId,
          (imap) => (current = imap),
          () => stopped,
        );
        attempt = 0;
      } catch (err) {
        const failure = classifyMailError(err, 'imap');
        const words = `${failure.stage}: ${failure.detail}`;
        if (words !== lastFailure)
          log.warn({ stage: failure.stage, detail: failure.detail }, 'mailbox connection failed');
        lastFailure = words;
        await recordMailboxHealth(deps.intake, mailboxId, failure).catch((err: unknown) =>
          log.warn({ err: errorMessage(err) }, 'mailbox failure not recorded'),
        );
        current?.close();
      }
      if (stopped) break;
      await new Promise<void>((resolve) => {
        wake = resolve;
        setTimeout(resolve, backoffDelay(deps.backoff, attempt++)).unref();
      });
    }
  };
  const running = loop();
  return {
    async stop(options = {}) {
      stopped = true;
      wake?.();
      if (options.abrupt) current?.close();
      else if (current?.usable) await current.logout().catch(() => current?.close());
      await running;
    },
  };
}
