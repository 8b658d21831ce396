import { z } from 'zod';
import { channels, type Outbound, type OutboundMessage } from '../../kernel/messaging.js';
import { encodeButton } from '../../kernel/actions.js';
import { Prisma } from '../../generated/prisma/client.js';
import type { PrismaClient, Tx } from '../../infra/db/types.js';
import {
  clientTargetQuery,
  pushToClient,
  pushTransactionOptions,
  type ClientTarget,
  type PushRecord,
} from '../delivery/push.js';
import { tooEarly } from '../delivery/due.js';
import { deferForQuietHours, type QuietHours } from '../delivery/quiet-hours.js';
import { t } from '../../i18n/catalog.js';
import { formatDateTime } from '../../i18n/format.js';
import type { Lang } from '../../understanding/contract.js';
import { continueSeries, refreshReminder } from './series.js';

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
  targetChannel: z.enum(channels).nullable(),
  targetChatId: z.string().nullable(),
  targetConversationId: z.string().nullable(),
});

const targetOf = (row: z.infer<typeof lockedOccurrence>): ClientTarget | null =>
  row.targetChannel && row.targetChatId
    ? { channel: row.targetChannel, chatId: row.targetChatId, conversationId: row.targetConversationId }
    : null;

/**
 * The occurrence with its reminder, its client and where the client hears from us, the
 * occurrence's and the reminder's rows locked: one statement on the hot path. Everything else
 * takes an occurrence's row before its reminder's (cancelling, rescheduling, snoozing), so
 * waiting here for both keeps that order.
 */
async function lockOccurrence(tx: Tx, occurrenceId: string) {
  const rows = await tx.$queryRaw<unknown[]>`
    SELECT o.status::text AS "status", o.due_at AS "dueAt", o.sent_at AS "sentAt", o.snoozed_from_id::text AS "snoozedFromId", o.reminder_id::text AS "reminderId",
           r.text, r.status::text AS "reminderStatus", r.rrule, r.first_due_at AS "firstDueAt", r.tz AS "reminderTz", r.explicit_time AS "explicitTime",
           c.id::text AS "clientId", c.lang::text AS "lang", c.tz, c.quiet_hours_start AS "quietHoursStart", c.quiet_hours_end AS "quietHoursEnd", c.erased_at AS "erasedAt",
           t."channel" AS "targetChannel", t."chatId" AS "targetChatId", t."conversationId" AS "targetConversationId"
    FROM reminder_occurrences o
    JOIN reminders r ON r.id = o.reminder_id
    JOIN clients c ON c.id = r.client_id
    LEFT JOIN LATERAL (${clientTargetQuery(Prisma.sql`c.id`)}) t ON true
    WHERE o.id = ${occurrenceId}::uuid
    FOR UPDATE OF o, r`;
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
    target: targetOf(row),
  };
}

type Locked = NonNullable<Awaited<ReturnType<typeof lockOccurrence>>>;

/**
 * What follows the occurrence leaving `pending` (`leaving`, not counted as pending any more): the
 * series' next occurrence made and the reminder's next instant. It runs in the sending
 * transaction before the send, on the rows lockOccurrence locked, so a failed send rolls it back
 * with the rest and the "sent" mark stays the only statement after the send. Running it again
 * changes nothing. Returns the next occurrence to put on the clock.
 */
async function moveSeriesOn(
  tx: Tx,
  { occurrence, reminder }: Locked,
  now: Date,
  leaving?: string,
): Promise<ScheduledOccurrence | null> {
  if (reminder.status !== 'active') return null;
  const next = await continueSeries(tx, occurrence, reminder, now);
  await refreshReminder(tx, reminder.id, leaving);
  return next;
}

/** The "sent" mark, in the statement that logs the message: nothing else runs between the platform's answer and the commit. */
const sentMark =
  (occurrenceId: string, now: Date, late: boolean): PushRecord =>
  (result) =>
    result.delivered
      ? Prisma.sql`UPDATE reminder_occurrences SET status = 'sent', sent_at = ${now}, delivered_late = ${late} WHERE id = ${occurrenceId}::uuid`
      : Prisma.sql`UPDATE reminder_occurrences SET status = 'skipped' WHERE id = ${occurrenceId}::uuid`;

async function sendLocked(tx: Tx, deps: DeliveryDeps, locked: Locked): Promise<OccurrenceOutcome> {
  const { occurrence, reminder, client, target } = locked;
  const now = deps.clock();
  const fireAt = fireInstant(occurrence, reminder, client);
  if (tooEarly(fireAt, now)) return { kind: 'wait', until: fireAt };
  const lateMs = now.getTime() - fireAt.getTime();
  const late = lateMs > LATE_AFTER_MS;
  const message = reminderMessage(occurrence, reminder.text, { lang: client.lang, tz: reminder.tz }, late, now);
  const next = await moveSeriesOn(tx, locked, now, occurrence.id);
  const pushed = await pushToClient(tx, deps.outbound, client.id, message, {
    record: sentMark(occurrence.id, now, late),
    target,
  });
  return pushed.delivered
    ? { kind: 'sent', late, lateMs, next }
    : { kind: 'undeliverable', reason: pushed.reason, next };
}

/**
 * Delivers one occurrence, exactly once from the client's point of view as far as the platform
 * allows, in one transaction: the occurrence row locked for the whole send, anything but
 * `pending` meaning someone else already dealt with it (its series is still moved on, which
 * changes nothing when that was done already). A crash during the send rolls everything
 * back, so the retried job sends it then; a crash after the commit leaves it sent, and the
 * retried job finds it so. What is left is a crash between the platform's answer and the commit
 * (one statement): sent twice. The caller puts the series' next occurrence on the clock.
 */
export function deliverOccurrence(deps: DeliveryDeps, occurrenceId: string): Promise<OccurrenceOutcome> {
  return deps.prisma.$transaction(async (tx): Promise<OccurrenceOutcome> => {
    const locked = await lockOccurrence(tx, occurrenceId);
    if (!locked) return { kind: 'skipped', reason: 'gone' };
    const { occurrence, reminder, client } = locked;
    if (occurrence.status !== 'pending') {
      const next = await moveSeriesOn(tx, locked, occurrence.sentAt ?? deps.clock());
      return { kind: 'skipped', reason: 'not pending', next };
    }
    if (reminder.status !== 'active' || client.erasedAt) {
      // A series cancelled while its next occurrence was being created leaves that one pending.
      await tx.reminderOccurrence.update({ where: { id: occurrenceId }, data: { status: 'skipped' } });
      return { kind: 'skipped', reason: 'inactive' };
    }
    return sendLocked(tx, deps, locked);
  }, pushTransactionOptions);
}
