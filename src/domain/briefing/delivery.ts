import { agendaEntries } from '../agenda/day-entries.js';
import type { Outbound } from '../../kernel/messaging.js';
import { isUniqueViolation, withSavepoint, type Db, type PrismaClient } from '../../infra/db/types.js';
import { pushToClient, pushTransactionOptions } from '../delivery/push.js';
import { t } from '../../i18n/catalog.js';
import { formatIsoDay } from '../../i18n/format.js';
import { tooEarly } from '../delivery/due.js';
import { addDays, dateOf, zonedInstant } from '../../kernel/time.js';
import { briefingAt, briefingsAround, type BriefingRef } from './plan.js';

/**
 * The morning briefing: the day's bookings, reminders and tickets due in one message, at the
 * client's briefing time, when the client switched it on. Exactly once a day: the
 * MorningBriefing row (unique per client and day) is inserted in the transaction that sends, so
 * a second job for the same day waits on the first one's insert and then finds the row. An empty
 * day sends nothing and is recorded with `sent` false.
 */

export interface BriefingDeps {
  prisma: PrismaClient;
  outbound: Outbound;
  clock: () => Date;
}

export type BriefingOutcome =
  | { kind: 'sent' }
  | { kind: 'empty' }
  | { kind: 'undeliverable'; reason: 'unreachable' | 'refused' }
  /** off: the setting is off now; stale: the time changed, or the day has passed */
  | { kind: 'skipped'; reason: 'gone' | 'off' | 'stale' | 'already done' }
  | { kind: 'wait'; until: Date };

/**
 * A briefing still goes this long after its time (workers were down at 08:00); later it is
 * skipped, so switching it on in the evening does not send a "good morning" at once.
 */
export const BRIEFING_LATE_LIMIT_MS = 2 * 3600_000;

/** Senders named in the briefing's mail line; more are counted and shown as "…". */
const MAIL_NAMES_SHOWN = 3;
/** Without an earlier briefing, the mail of this long before counts. */
const FIRST_MAIL_WINDOW_MS = 24 * 3600_000;

/**
 * The e-mails counted for the briefing (the triage's `counted`: for information, nobody has to
 * answer) since the client's last briefing: how many, and who from. Null when there are none.
 */
async function mailLine(db: Db, client: { id: string; lang: 'it' | 'en' }, now: Date): Promise<string | null> {
  const last = await db.morningBriefing.findFirst({
    where: { clientId: client.id, sentAt: { lt: now } },
    orderBy: { sentAt: 'desc' },
    select: { sentAt: true },
  });
  const since = last?.sentAt ?? new Date(now.getTime() - FIRST_MAIL_WINDOW_MS);
  const mail = await db.mailMessage.findMany({
    where: { clientId: client.id, triage: 'counted', createdAt: { gt: since, lte: now } },
    orderBy: { createdAt: 'asc' },
    select: { fromName: true, fromAddress: true },
  });
  if (mail.length === 0) return null;
  const names = [...new Set(mail.map((m) => m.fromName ?? m.fromAddress ?? '?'))];
  const shown = names.slice(0, MAIL_NAMES_SHOWN).join(', ') + (names.length > MAIL_NAMES_SHOWN ? ', …' : '');
  return t(client.lang, 'briefingMail', { count: mail.length, names: shown });
}

/** The briefing text of a day, or null when the day holds nothing (no agenda, no new e-mail). */
export async function briefingText(
  db: Db,
  client: { id: string; lang: 'it' | 'en'; tz: string },
  day: string,
  now: Date,
): Promise<string | null> {
  const date = dateOf(day);
  const entries = await agendaEntries(db, {
    clientId: client.id,
    lang: client.lang,
    tz: client.tz,
    from: day,
    to: day,
    start: zonedInstant(date, 0, client.tz),
    end: zonedInstant(addDays(date, 1), 0, client.tz),
  });
  const mail = await mailLine(db, client, now);
  if (entries.length === 0 && mail === null) return null;
  return [
    t(client.lang, 'briefingHeader', { day: formatIsoDay(day, client.lang, now) }),
    ...entries.map((e) => `• ${e.line}`),
    ...(mail ? [`✉️ ${mail}`] : []),
  ].join('\n');
}

export async function deliverMorningBriefing(deps: BriefingDeps, ref: BriefingRef): Promise<BriefingOutcome> {
  return deps.prisma.$transaction(async (tx): Promise<BriefingOutcome> => {
    const client = await tx.client.findUnique({
      where: { id: ref.clientId },
      select: {
        id: true,
        lang: true,
        tz: true,
        morningBriefingEnabled: true,
        morningBriefingTime: true,
        erasedAt: true,
      },
    });
    if (!client || client.erasedAt) return { kind: 'skipped', reason: 'gone' };
    if (!client.morningBriefingEnabled) return { kind: 'skipped', reason: 'off' };
    if (briefingAt(ref.day, client.tz, client.morningBriefingTime).getTime() !== ref.at.getTime())
      return { kind: 'skipped', reason: 'stale' };
    const now = deps.clock();
    if (tooEarly(ref.at, now)) return { kind: 'wait', until: ref.at };
    if (now.getTime() - ref.at.getTime() > BRIEFING_LATE_LIMIT_MS) return { kind: 'skipped', reason: 'stale' };

    const text = await briefingText(tx, client, ref.day, now);
    try {
      await withSavepoint(tx, () =>
        tx.morningBriefing.create({
          data: { clientId: client.id, day: new Date(`${ref.day}T00:00:00Z`), sent: text !== null, sentAt: now },
        }),
      );
    } catch (err) {
      if (isUniqueViolation(err)) return { kind: 'skipped', reason: 'already done' };
      throw err;
    }
    if (text === null) return { kind: 'empty' };
    const pushed = await pushToClient(tx, deps.outbound, client.id, { text });
    if (pushed.delivered) return { kind: 'sent' };
    await tx.morningBriefing.update({
      where: { clientId_day: { clientId: client.id, day: new Date(`${ref.day}T00:00:00Z`) } },
      data: { sent: false },
    });
    return { kind: 'undeliverable', reason: pushed.reason };
  }, pushTransactionOptions);
}

/**
 * The briefings that should be on the clock: for every client with the briefing on, today's
 * (even if its time has passed, within the late limit) and tomorrow's, when due by `until`, its
 * day not yet done. The reconciler makes sure each has a job.
 */
export async function dueBriefings(db: Db, now: Date, until: Date): Promise<BriefingRef[]> {
  const clients = await db.client.findMany({
    where: { morningBriefingEnabled: true, erasedAt: null },
    select: { id: true, tz: true, morningBriefingTime: true },
  });
  const candidates = clients.flatMap((c) =>
    briefingsAround(now, c.tz, c.morningBriefingTime)
      .filter((b) => b.at <= until && now.getTime() - b.at.getTime() <= BRIEFING_LATE_LIMIT_MS)
      .map((b) => ({ clientId: c.id, ...b })),
  );
  if (candidates.length === 0) return [];
  const done = await db.morningBriefing.findMany({
    where: {
      clientId: { in: [...new Set(candidates.map((c) => c.clientId))] },
      day: { in: [...new Set(candidates.map((c) => new Date(`${c.day}T00:00:00Z`)))] },
    },
    select: { clientId: true, day: true },
  });
  const doneKeys = new Set(done.map((d) => `${d.clientId} ${d.day.toISOString().slice(0, 10)}`));
  return candidates.filter((c) => !doneKeys.has(`${c.clientId} ${c.day}`));
}

/** Puts a client's next briefing on the clock (BullMQ in production). Called after the setting's change commits. */
export interface BriefingScheduler {
  /** from the client's current setting; nothing when it is off */
  scheduleNext(clientId: string): Promise<void>;
}

/** The client's next briefing after `now` whose day is not done yet, or null when it is off. */
export async function nextBriefing(db: Db, clientId: string, now: Date): Promise<BriefingRef | null> {
  const client = await db.client.findUnique({
    where: { id: clientId },
    select: { tz: true, morningBriefingEnabled: true, morningBriefingTime: true, erasedAt: true },
  });
  if (!client || !client.morningBriefingEnabled || client.erasedAt) return null;
  const upcoming = briefingsAround(now, client.tz, client.morningBriefingTime).filter((b) => b.at > now);
  const done = await db.morningBriefing.findMany({
    where: { clientId, day: { in: upcoming.map((b) => new Date(`${b.day}T00:00:00Z`)) } },
    select: { day: true },
  });
  const doneDays = new Set(done.map((d) => d.day.toISOString().slice(0, 10)));
  const next = upcoming.find((b) => !doneDays.has(b.day));
  return next ? { clientId, ...next } : null;
}
