import { z } from 'zod';
import type { PrismaClient } from '../../../infra/db/types.js';
import type {
  AttachmentKind,
  BookingStatus,
  MessageKind,
  ReminderStatus,
  TaskCategory,
  TicketStatus,
} from '../../../generated/prisma/enums.js';
import type { AdminCatalog } from '../../../i18n/admin-catalog.js';
import { optionalField } from '../params.js';

/** Entries per page of a client's timeline. */
export const TIMELINE_PAGE = 100;

/**
 * Position in the timeline: "<epoch ms>.<row id>" of the last entry shown. Entries are ordered
 * by (createdAt, id) newest first across the four tables (all ids are UUIDv7 strings), so a page
 * boundary inside one millisecond loses nothing.
 */
export const timelineQuerySchema = (t: AdminCatalog) =>
  z
    .object({
      before: optionalField(
        z
          .string()
          .regex(/^\d{1,15}\.[0-9a-f-]{36}$/, t.invalid.timelineBefore)
          .transform((v) => {
            const dot = v.indexOf('.');
            return { at: new Date(Number(v.slice(0, dot))), id: v.slice(dot + 1) };
          }),
      ),
    })
    .strict();
export type TimelineCursor = NonNullable<z.infer<ReturnType<typeof timelineQuerySchema>>['before']>;

export const cursorOf = (entry: { at: Date; id: string }): string => `${entry.at.getTime()}.${entry.id}`;

export type TimelineEntry =
  | {
      kind: 'message';
      at: Date;
      id: string;
      direction: 'inbound' | 'outbound';
      channel: string;
      body: string | null;
      messageKind: MessageKind;
      files: { kind: AttachmentKind; fileName: string | null }[];
      ticketNumber: number | null;
    }
  | {
      kind: 'reminder';
      at: Date;
      id: string;
      text: string;
      firstDueAt: Date;
      rrule: string | null;
      status: ReminderStatus;
    }
  | {
      kind: 'booking';
      at: Date;
      id: string;
      title: string;
      startsAt: Date | null;
      day: Date | null;
      status: BookingStatus;
      withWhom: string | null;
    }
  | {
      kind: 'ticket';
      at: Date;
      id: string;
      number: number;
      summary: string;
      status: TicketStatus;
      category: TaskCategory;
    };

/** Newest first by (at, id). */
export function newestFirst(a: { at: Date; id: string }, b: { at: Date; id: string }): number {
  return b.at.getTime() - a.at.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

/** One page of the client's messages, reminders, bookings and tickets, newest first, and the cursor of the next. */
export async function clientTimeline(
  prisma: PrismaClient,
  clientId: string,
  before: TimelineCursor | undefined,
): Promise<{ entries: TimelineEntry[]; older: string | undefined }> {
  const where = pageWhere(clientId, before);
  const parts = await Promise.all([
    messageEntries(prisma, where),
    reminderEntries(prisma, where),
    bookingEntries(prisma, where),
    ticketEntries(prisma, where),
  ]);
  const all = parts.flat().sort(newestFirst);
  const entries = all.slice(0, TIMELINE_PAGE);
  return { entries, older: all.length > TIMELINE_PAGE ? cursorOf(entries.at(-1)!) : undefined };
}

type PageWhere = ReturnType<typeof pageWhere>;

/** The client's rows older than the cursor (all of them without one). */
function pageWhere(clientId: string, before: TimelineCursor | undefined) {
  return {
    clientId,
    ...(before ? { OR: [{ createdAt: { lt: before.at } }, { createdAt: before.at, id: { lt: before.id } }] } : {}),
  };
}

/** Newest first, one more than a page: the extra one tells whether there is an older page. */
const page = { orderBy: [{ createdAt: 'desc' as const }, { id: 'desc' as const }], take: TIMELINE_PAGE + 1 };

async function messageEntries(prisma: PrismaClient, where: PageWhere): Promise<TimelineEntry[]> {
  const messages = await prisma.message.findMany({
    where,
    ...page,
    select: {
      id: true,
      createdAt: true,
      direction: true,
      channel: true,
      body: true,
      kind: true,
      ticket: { select: { number: true } },
      attachments: { select: { kind: true, fileName: true }, orderBy: { createdAt: 'asc' } },
    },
  });
  return messages.map((m) => ({
    kind: 'message' as const,
    at: m.createdAt,
    id: m.id,
    direction: m.direction,
    channel: m.channel,
    body: m.body,
    messageKind: m.kind,
    files: m.attachments,
    ticketNumber: m.ticket?.number ?? null,
  }));
}

async function reminderEntries(prisma: PrismaClient, where: PageWhere): Promise<TimelineEntry[]> {
  const reminders = await prisma.reminder.findMany({
    where,
    ...page,
    select: { id: true, createdAt: true, text: true, firstDueAt: true, rrule: true, status: true },
  });
  return reminders.map((r) => ({
    kind: 'reminder' as const,
    at: r.createdAt,
    id: r.id,
    text: r.text,
    firstDueAt: r.firstDueAt,
    rrule: r.rrule,
    status: r.status,
  }));
}

async function bookingEntries(prisma: PrismaClient, where: PageWhere): Promise<TimelineEntry[]> {
  const bookings = await prisma.booking.findMany({
    where,
    ...page,
    select: { id: true, createdAt: true, title: true, startsAt: true, day: true, status: true, withWhom: true },
  });
  return bookings.map((b) => ({
    kind: 'booking' as const,
    at: b.createdAt,
    id: b.id,
    title: b.title,
    startsAt: b.startsAt,
    day: b.day,
    status: b.status,
    withWhom: b.withWhom,
  }));
}

async function ticketEntries(prisma: PrismaClient, where: PageWhere): Promise<TimelineEntry[]> {
  const tickets = await prisma.ticket.findMany({
    where,
    ...page,
    select: { id: true, createdAt: true, number: true, summary: true, status: true, category: true },
  });
  return tickets.map((t) => ({
    kind: 'ticket' as const,
    at: t.createdAt,
    id: t.id,
    number: t.number,
    summary: t.summary,
    status: t.status,
    category: t.category,
  }));
}
