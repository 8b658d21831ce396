import { z } from 'zod';
import type { PrismaClient } from '../../../infra/db/types.js';
import { TicketStatus } from '../../../generated/prisma/enums.js';
import type { Prisma } from '../../../generated/prisma/client.js';
import type { AdminCatalog } from '../../../i18n/admin-catalog.js';
import { taskCategories } from '../../../understanding/contract.js';
import { optionalField } from '../params.js';

export const ticketStatuses = Object.values(TicketStatus);

/** Board filters from the query string (empty fields of the GET form mean "all"); mistakes are told in `t`'s language. */
export const boardFilterSchema = (t: AdminCatalog) =>
  z
    .object({
      client: optionalField(z.uuid({ message: t.invalid.boardClient })),
      assignee: optionalField(z.union([z.uuid(), z.literal('none')], { message: t.invalid.boardAssignee })),
      category: optionalField(
        z.enum(taskCategories, { message: t.invalid.boardCategory({ values: taskCategories.join(', ') }) }),
      ),
      status: optionalField(
        z.enum(ticketStatuses, { message: t.invalid.boardStatus({ values: ticketStatuses.join(', ') }) }),
      ),
    })
    .strict();
export type BoardFilter = z.infer<ReturnType<typeof boardFilterSchema>>;

/** Done tickets stay on the board this long. */
export const DONE_SHOWN_MS = 7 * 86_400_000;
/** At most this many cards per status, oldest first. */
const PER_STATUS = 200;

const cardSelect = {
  id: true,
  number: true,
  summary: true,
  category: true,
  status: true,
  createdAt: true,
  claimedAt: true,
  waitingSince: true,
  due: true,
  dueAt: true,
  doneAt: true,
  cancelledAt: true,
  client: { select: { id: true, name: true, tz: true, isDemo: true } },
  assignee: { select: { id: true, name: true } },
} as const;
export type BoardTicket = Prisma.TicketGetPayload<{ select: typeof cardSelect }>;

export async function listBoardTickets(prisma: PrismaClient, filter: BoardFilter, now: Date): Promise<BoardTicket[]> {
  const common: Prisma.TicketWhereInput = {
    ...(filter.client ? { clientId: filter.client } : {}),
    ...(filter.assignee ? { assigneeId: filter.assignee === 'none' ? null : filter.assignee } : {}),
    ...(filter.category ? { category: filter.category } : {}),
  };
  const statuses = filter.status ? [filter.status] : (['open', 'claimed', 'waiting_client', 'done'] as const);
  const lists = await Promise.all(
    statuses.map((status) =>
      prisma.ticket.findMany({
        where: {
          ...common,
          status,
          ...(status === 'done' && !filter.status ? { doneAt: { gte: new Date(now.getTime() - DONE_SHOWN_MS) } } : {}),
        },
        select: cardSelect,
        orderBy: status === 'done' || status === 'cancelled' ? { number: 'desc' } : { number: 'asc' },
        take: PER_STATUS,
      }),
    ),
  );
  return lists.flat();
}

/** What the filter form offers. */
export async function boardFilterOptions(prisma: PrismaClient) {
  const [clients, assistants] = await Promise.all([
    prisma.client.findMany({
      where: { erasedAt: null, isDemo: false },
      select: { id: true, name: true },
      orderBy: { name: 'asc' },
    }),
    prisma.assistant.findMany({ select: { id: true, name: true, active: true }, orderBy: { name: 'asc' } }),
  ]);
  return { clients, assistants };
}
export type BoardFilterOptions = Awaited<ReturnType<typeof boardFilterOptions>>;

const ticketPageSelect = {
  ...cardSelect,
  details: true,
  outcomeNote: true,
  rating: true,
  ratedAt: true,
  firstResponseAt: true,
  bookings: {
    select: {
      id: true,
      title: true,
      status: true,
      startsAt: true,
      endsAt: true,
      day: true,
      withWhom: true,
      location: true,
    },
    orderBy: { createdAt: 'asc' },
  },
  attachments: {
    select: {
      id: true,
      kind: true,
      fileName: true,
      mimeType: true,
      sizeBytes: true,
      sha256: true,
      storedAt: true,
      createdAt: true,
    },
    orderBy: { createdAt: 'asc' },
  },
  timeEntries: {
    select: { id: true, minutes: true, note: true, createdAt: true, assistant: { select: { name: true } } },
    orderBy: { createdAt: 'asc' },
  },
  events: {
    select: { id: true, kind: true, actor: true, data: true, createdAt: true, assistant: { select: { name: true } } },
    orderBy: { createdAt: 'asc' },
  },
  messages: {
    select: {
      id: true,
      direction: true,
      channel: true,
      kind: true,
      body: true,
      createdAt: true,
      attachments: { select: { kind: true, fileName: true }, orderBy: { createdAt: 'asc' } },
    },
    orderBy: { createdAt: 'asc' },
  },
} as const;
export type TicketPageData = Prisma.TicketGetPayload<{ select: typeof ticketPageSelect }>;

export function findTicketByNumber(prisma: PrismaClient, number: number): Promise<TicketPageData | null> {
  return prisma.ticket.findUnique({ where: { number }, select: ticketPageSelect });
}
