import { z } from 'zod';
import type { Outbound, OutboundMessage } from '../../kernel/messaging.js';
import { encodeButton } from '../../kernel/actions.js';
import { Prisma } from '../../generated/prisma/client.js';
import type { PrismaClient, Tx } from '../../infra/db/types.js';
import { pushToClient, pushTransactionOptions, type PushRecord } from '../delivery/push.js';
import { tooEarly } from '../delivery/due.js';
import { deferForQuietHours, type QuietHours } from '../delivery/quiet-hours.js';
import { t } from '../../i18n/catalog.js';
import { formatDateTime } from '../../i18n/format.js';
import type { Lang } from '../../understanding/contract.js';
import { moveSeriesOn } from './series.js';

/** Delivered this long after its instant, a reminder says it is late (and is marked so). */
export const LATE_AFTER_MS = 3 * 60_000;

export interface DeliveryDeps {
  prisma: PrismaClient;
  outbound: Outbound;
  clock: () => Date;
}

export type ScheduledOccurrence = { id: string; dueAt: Date };

export type OccurrenceOutcome = (
  | { kind: 'sent'; late: boolean; lateMs: number }
  /** the channel could not reach the client, or refused */
  | { kind: 'undeliverable'; reason: 'unreachable' | 'refused' }
  /** nothing to send: already delivered, cancelled, or gone */
  | { kind: 'skipped'; reason: 'gone' | 'not pending' | 'inactive' }
  /** too early (quiet hours, or the occurrence was moved later): try again at `until` */
  | { kind: 'wait'; until: Date }
) & {
  /** the series' next occurrence, to put on the clock */
  next?: ScheduledOccurrence | null;
};

/**
 * The instant an occurrence may go out. A time the client named (or a snooze it tapped) is kept
 * even inside quiet hours; any other waits for the end of them.
 */
export function fireInstant(
  occurrence: { dueAt: Date; snoozedFromId: string | null },
  reminder: { explicitTime: boolean },
  client: QuietHours,
): Date {
  return reminder.explicitTime || occurrence.snoozedFromId
    ? occurrence.dueAt
    : deferForQuietHours(occurrence.dueAt, client);
}

export function reminderMessage(
  occurrence: { id: string; dueAt: Date },
  text: string,
  client: { lang: Lang; tz: string },
  late: boolean,
  now: Date,
): OutboundMessage {
  const { lang } = client;
  const body = late
    ? t(lang, 'reminderDueLate', { text, when: formatDateTime(occurrence.dueAt, lang, client.tz, now) })
    : t(lang, 'reminderDue', { text });
  const occurrenceId = occurrence.id;
  return {
    text: body,
    buttons: [
      [{ label: t(lang, 'buttonDone'), data: encodeButton({ op: 'occurrence_done', occurrenceId }) }],
      [
        { label: t(lang, 'buttonSnooze10'), data: encodeButton({ op: 'snooze', snooze: '10m', occurrenceId }) },
        { label: t(lang, 'buttonSnooze1h'), data: encodeButton({ op: 'snooze', snooze: '1h', occurrenceId }) },
        { label: t(lang, 'buttonTomorrow'), data: encodeButton({ op: 'snooze', snooze: 'tm', occurrenceId }) },
      ],
    ],
  };
}

const lockedOccurrence = z.object({
  status: z.enum(['pending', 'sent', 'done', 'skipped']),
  dueAt: z.date(),
  sentAt: z.date().nullable(),
  snoozedFromId: z.string().nullable(),
  reminderId: z.string(),
  text: z.string(),
  reminderStatus: z.enum(['active', 'completed', 'cancelled']),
  rrule: z.string().nullable(),
  firstDueAt: z.date(),
  reminderTz: z.string(),
  explicitTime: z.boolean(),
  clientId: z.string(),
  lang: z.enum(['it', 'en']),
  tz: z.string(),
  quietHoursStart: z.string(),
  quietHoursEnd: z.string(),
  erasedAt: z.date().nullable(),
});

/** The occurrence with its reminder and client, its row locked: one statement on the hot path. */
async function lockOccurrence(tx: Tx, occurrenceId: string) {
  const rows = await tx.$queryRaw<unknown[]>`
    SELECT o.status::text AS "status", o.due_at AS "dueAt", o.sent_at AS "sentAt", o.snoozed_from_id::text AS "snoozedFromId", o.reminder_id::text AS "reminderId",
           r.text, r.status::text AS "reminderStatus", r.rrule, r.first_due_at AS "firstDueAt", r.tz AS "reminderTz", r.explicit_time AS "explicitTime",
           c.id::text AS "clientId", c.lang::text AS "lang", c.tz, c.quiet_hours_start AS "quietHoursStart", c.quiet_hours_end AS "quietHoursEnd", c.erased_at AS "erasedAt"
    FROM reminder_occurrences o
    JOIN reminders r ON r.id = o.reminder_id
    JOIN clients c ON c.id = r.client_id
    WHERE o.id = ${occurrenceId}::uuid
    FOR UPDATE OF o`;
  if (!rows.length) return null;
  const row = lockedOccurrence.parse(rows[0]);
  return {
    occurrence: {
      id: occurrenceId,
      status: row.status,
      dueAt: row.dueAt,
      sentAt: row.sentAt,
      snoozedFromId: row.snoozedFromId,
      reminderId: row.reminderId,
    },
    reminder: {
      id: row.reminderId,
      status: row.reminderStatus,
      text: row.text,
      rrule: row.rrule,
      firstDueAt: row.firstDueAt,
      tz: row.reminderTz,
      explicitTime: row.explicitTime,
    },
    client: {
      id: row.clientId,
      lang: row.lang,
      tz: row.tz,
      quietHoursStart: row.quietHoursStart,
      quietHoursEnd: row.quietHoursEnd,
      erasedAt: row.erasedAt,
    },
  };
}

type Locked = NonNullable<Awaited<ReturnType<typeof lockOccurrence>>>;
/** What the sending transaction decided, and what moves the series on once it committed. */
type Sending = { outcome: OccurrenceOutcome; after?: { occurrence: Locked['occurrence']; now: Date } };

/** The "sent" mark, in the statement that logs the message: nothing else runs between the platform's answer and the commit. */
const sentMark =
  (occurrenceId: string, now: Date, late: boolean): PushRecord =>
  (result) =>
    result.delivered
      ? Prisma.sql`UPDATE reminder_occurrences SET status = 'sent', sent_at = ${now}, delivered_late = ${late} WHERE id = ${occurrenceId}::uuid`
      : Prisma.sql`UPDATE reminder_occurrences SET status = 'skipped' WHERE id = ${occurrenceId}::uuid`;

async function sendLocked(tx: Tx, deps: DeliveryDeps, { occurrence, reminder, client }: Locked): Promise<Sending> {
  const now = deps.clock();
  const fireAt = fireInstant(occurrence, reminder, client);
  if (tooEarly(fireAt, now)) return { outcome: { kind: 'wait', until: fireAt } };
  const lateMs = now.getTime() - fireAt.getTime();
  const late = lateMs > LATE_AFTER_MS;
  const message = reminderMessage(occurrence, reminder.text, { lang: client.lang, tz: reminder.tz }, late, now);
  const pushed = await pushToClient(tx, deps.outbound, client.id, message, {
    record: sentMark(occurrence.id, now, late),
  });
  const outcome: OccurrenceOutcome = pushed.delivered
    ? { kind: 'sent', late, lateMs }
    : { kind: 'undeliverable', reason: pushed.reason };
  return { outcome, after: { occurrence, now } };
}

/**
 * The sending transaction: the occurrence row locked for the whole send, anything but `pending`
 * meaning someone else already dealt with it (after a crash, its series may still have to move
 * on), and the "sent" mark the only statement after the send.
 */
function sendOccurrence(deps: DeliveryDeps, occurrenceId: string): Promise<Sending> {
  return deps.prisma.$transaction(async (tx): Promise<Sending> => {
    const locked = await lockOccurrence(tx, occurrenceId);
    if (!locked) return { outcome: { kind: 'skipped', reason: 'gone' } };
    const { occurrence, reminder, client } = locked;
    if (occurrence.status !== 'pending') {
      const after = { occurrence, now: occurrence.sentAt ?? deps.clock() };
      return { outcome: { kind: 'skipped', reason: 'not pending' }, after };
    }
    if (reminder.status !== 'active' || client.erasedAt) {
      // A series cancelled while its next occurrence was being created leaves that one pending.
      await tx.reminderOccurrence.update({ where: { id: occurrenceId }, data: { status: 'skipped' } });
      return { outcome: { kind: 'skipped', reason: 'inactive' } };
    }
    return sendLocked(tx, deps, locked);
  }, pushTransactionOptions);
}

/**
 * Delivers one occurrence, exactly once from the client's point of view as far as the platform
 * allows: a crash during the send rolls the transaction back, so the retried job sends it then;
 * a crash after the commit leaves it sent, and the retried job only moves the series on. What is
 * left is a crash between the platform's answer and the commit (one statement): sent twice.
 * The series' next occurrence and the reminder's next instant follow in their own transaction;
 * the caller puts the next occurrence on the clock.
 */
export async function deliverOccurrence(deps: DeliveryDeps, occurrenceId: string): Promise<OccurrenceOutcome> {
  const { outcome, after } = await sendOccurrence(deps, occurrenceId);
  if (!after) return outcome;
  return { ...outcome, next: await moveSeriesOn(deps.prisma, after.occurrence, after.now) };
}
