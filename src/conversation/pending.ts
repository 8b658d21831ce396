import { z } from 'zod';
import type { Prisma } from '../generated/prisma/client.js';
import { understandingSchema } from '../understanding/contract.js';

/** A question the bot asked, kept on the conversation until answered, dropped or expired. */
export const pendingSchema = z.object({
  understanding: understandingSchema,
  missing: z.array(z.enum(['when', 'target'])),
  itemRef: z.object({ kind: z.enum(['reminder', 'booking', 'ticket']), id: z.string() }).optional(),
  /** the day asked about (YYYY-MM-DD): an answer with a time only ("alle 15") stays on it */
  baseDay: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  /** a question the client may leave unanswered: an answer with no time ends it */
  optional: z.literal(true).optional(),
  /** the client's words so far: a ticket opened once the question is answered keeps the whole request */
  requestText: z.string().optional(),
});
export type Pending = z.infer<typeof pendingSchema>;

/** Reads the stored JSON defensively: anything malformed counts as no pending question. */
export function readPending(json: unknown, expiresAt: Date | null, now: Date): Pending | null {
  if (json === null || json === undefined || !expiresAt || expiresAt <= now) return null;
  const parsed = pendingSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}

/** The JSON stored on the conversation (undefined keys dropped, as JSON does). */
export function pendingJson(pending: Pending): Prisma.InputJsonObject {
  return JSON.parse(JSON.stringify(pending)) as Prisma.InputJsonObject;
}
