import type { JobsOptions } from 'bullmq';
import { z } from 'zod';
import { followupRules } from '../domain/delivery/ticket-rules.js';

/** Queue names and job payloads. Jobs carry ids only: the database row is the truth. */
export const QUEUE_REMINDERS = 'reminders';
/** Booking reminders and ticket follow-ups. */
export const QUEUE_FOLLOWUPS = 'followups';

export const reminderJobSchema = z.object({ occurrenceId: z.string().uuid() });
export type ReminderJob = z.infer<typeof reminderJobSchema>;

export const followupJobSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('booking_reminder'),
    bookingId: z.uuid(),
    offsetMin: z.number().int().positive(),
    startsAt: z.iso.datetime(),
  }),
  z.object({
    kind: z.literal('ticket_followup'),
    ticketId: z.uuid(),
    rule: z.enum(followupRules),
    key: z.string().min(1).max(100),
  }),
  /** the end of a client's status and the release of messages held for them (src/domain/segreteria) */
  z.object({ kind: z.literal('segreteria_release'), clientId: z.uuid() }),
  /** a client's morning briefing of one local day, due at `at` (src/domain/briefing) */
  z.object({ kind: z.literal('morning_briefing'), clientId: z.uuid(), day: z.iso.date(), at: z.iso.datetime() }),
]);
export type FollowupJob = z.infer<typeof followupJobSchema>;

/**
 * Deterministic job ids: scheduling the same thing twice leaves one job, and the reconciler can
 * tell what is missing. BullMQ ids may not contain ':'.
 */
export const occurrenceJobId = (occurrenceId: string): string => `occ-${occurrenceId}`;
export const bookingReminderJobId = (bookingId: string, offsetMin: number, startsAt: Date): string =>
  `bkr-${bookingId}-${offsetMin}-${startsAt.getTime()}`;
export const ticketFollowupJobId = (ticketId: string, key: string): string =>
  `tfu-${ticketId}-${key.replace(/:/g, '-')}`;
export const segreteriaReleaseJobId = (clientId: string, at: Date): string => `seg-${clientId}-${at.getTime()}`;
export const morningBriefingJobId = (clientId: string, day: string, at: Date): string =>
  `mbr-${clientId}-${day}-${at.getTime()}`;

/**
 * Completed jobs are removed, so a deterministic id can be scheduled again (an occurrence moved
 * back to a time it had); the row decides whether anything is sent. A delivery failing on our
 * side (channel down, database gone) is retried for about 8 minutes (9 attempts, 2 s doubling),
 * then the reconciler retries it on each of its rounds. Telegram's 429s are waited out inside
 * the Telegram sender, not here.
 */
export const deliveryJobOptions = {
  removeOnComplete: true,
  removeOnFail: { age: 7 * 24 * 3600, count: 10_000 },
  attempts: 9,
  backoff: { type: 'exponential', delay: 2000 },
} satisfies JobsOptions;
