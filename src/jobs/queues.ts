import { z } from 'zod';

/** Queue names and job payloads. Jobs carry ids only: the database row is the truth. */
export const QUEUE_REMINDERS = 'reminders';

export const reminderJobSchema = z.object({ occurrenceId: z.string().uuid() });
export type ReminderJob = z.infer<typeof reminderJobSchema>;

/** Deterministic job ids: scheduling the same occurrence twice leaves one job. */
export const occurrenceJobId = (occurrenceId: string): string => `occ-${occurrenceId}`;
