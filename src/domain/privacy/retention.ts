import type { Db } from '../../infra/db/types.js';
import { errorMessage } from '../../kernel/errors.js';
import type { Logger } from '../../infra/logger.js';

const dayMs = 24 * 60 * 60 * 1000;

/** Messages created before this instant lose their text. */
export function retentionCutoff(now: Date, retentionDays: number): Date {
  return new Date(now.getTime() - retentionDays * dayMs);
}

/**
 * Blanks the text of every message older than the cutoff, both directions. The rows stay:
 * tickets point to them and the counts feed statistics. Returns how many were blanked.
 */
export async function purgeMessageBodies(db: Db, cutoff: Date): Promise<number> {
  const { count } = await db.message.updateMany({
    where: { createdAt: { lt: cutoff }, body: { not: null } },
    data: { body: null },
  });
  return count;
}

/**
 * The words of e-mails older than the cutoff go like the chat's: the kept text and the suggested
 * reply of each e-mail read, and the words of drafts asked in chat. Returns how many rows lost them.
 */
export async function purgeMailTexts(db: Db, cutoff: Date): Promise<number> {
  const old = { createdAt: { lt: cutoff } };
  const mails = await db.mailMessage.updateMany({
    where: { ...old, OR: [{ text: { not: null } }, { suggestedReply: { not: null } }] },
    data: { text: null, suggestedReply: null },
  });
  const drafts = await db.mailDraft.updateMany({
    where: { ...old, OR: [{ text: { not: '' } }, { instructions: { not: '' } }] },
    data: { text: '', instructions: '' },
  });
  return mails.count + drafts.count;
}

/** Slot offers a week past their expiry are dropped: a tap on one reads as expired either way. */
export async function purgeExpiredOffers(db: Db, now: Date): Promise<number> {
  const { count } = await db.slotOffer.deleteMany({
    where: { expiresAt: { lt: new Date(now.getTime() - 7 * dayMs) } },
  });
  return count;
}

export interface RetentionDeps {
  db: Db;
  logger: Logger;
  retentionDays: number;
  clock?: () => Date;
  /** how often the purge runs; it also runs once at start */
  everyMs?: number;
}

export interface RetentionTimer {
  /** the purge in progress, if any, finishes first */
  stop(): Promise<void>;
}

/**
 * The retention job of the worker role: a daily timer rather than a queue job, so it works
 * while Redis is down. Several workers may run it at once; the purge is idempotent.
 */
export function startMessageRetention(deps: RetentionDeps): RetentionTimer {
  const clock = deps.clock ?? (() => new Date());
  let running: Promise<void> = Promise.resolve();

  const run = () => {
    running = running.then(async () => {
      const cutoff = retentionCutoff(clock(), deps.retentionDays);
      try {
        const purged = await purgeMessageBodies(deps.db, cutoff);
        const mails = await purgeMailTexts(deps.db, cutoff);
        const offers = await purgeExpiredOffers(deps.db, clock());
        deps.logger.info(
          { purged, mails, offers, cutoff: cutoff.toISOString(), retentionDays: deps.retentionDays },
          'message retention: old message texts removed',
        );
      } catch (err) {
        deps.logger.warn({ err: errorMessage(err) }, 'message retention failed; it runs again at the next interval');
      }
    });
  };

  run();
  const timer = setInterval(run, deps.everyMs ?? dayMs);
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
