import type { PrismaClient } from '../../../infra/db/types.js';
import type { Prisma } from '../../../generated/prisma/client.js';
import type { TicketStatus } from '../../../generated/prisma/enums.js';

const activeStatuses: TicketStatus[] = ['open', 'claimed', 'waiting_client'];

const listSelect = {
  id: true,
  name: true,
  lang: true,
  tz: true,
  isDemo: true,
  erasedAt: true,
  hoursPackageMinutes: true,
  hoursBalanceMinutes: true,
  availabilityKind: true,
  createdAt: true,
  _count: { select: { identities: true, tickets: { where: { status: { in: activeStatuses } } } } },
} as const;
export type ClientListRow = Prisma.ClientGetPayload<{ select: typeof listSelect }>;

/** Real clients by name; demo clients (one per browser trying the web chat) only when asked for, newest first among those named alike. */
export function listClients(prisma: PrismaClient, includeDemo: boolean): Promise<ClientListRow[]> {
  return prisma.client.findMany({
    where: includeDemo ? {} : { isDemo: false },
    select: listSelect,
    orderBy: [{ erasedAt: { sort: 'desc', nulls: 'first' } }, { name: 'asc' }, { createdAt: 'desc' }],
    take: 1000,
  });
}

const clientSelect = {
  id: true,
  name: true,
  lang: true,
  tz: true,
  quietHoursStart: true,
  quietHoursEnd: true,
  workingHours: true,
  defaultBookingMinutes: true,
  morningBriefingEnabled: true,
  morningBriefingTime: true,
  hoursPackageMinutes: true,
  hoursBalanceMinutes: true,
  llmEnabled: true,
  availabilityKind: true,
  availabilityUntil: true,
  isDemo: true,
  createdAt: true,
  erasedAt: true,
  identities: {
    select: { id: true, channel: true, displayName: true, createdAt: true },
    orderBy: { createdAt: 'asc' },
  },
  invites: {
    select: {
      id: true,
      expiresAt: true,
      usedAt: true,
      createdAt: true,
      usedByIdentity: { select: { channel: true, displayName: true } },
    },
    orderBy: { createdAt: 'desc' },
    take: 50,
  },
} as const;
export type ClientPageData = Prisma.ClientGetPayload<{ select: typeof clientSelect }>;

export function findClient(prisma: PrismaClient, id: string): Promise<ClientPageData | null> {
  return prisma.client.findUnique({ where: { id }, select: clientSelect });
}

/** The client if it exists and can still be changed (not erased). */
export function editableClient(prisma: PrismaClient, id: string): Promise<{ isDemo: boolean } | null> {
  return prisma.client.findFirst({ where: { id, erasedAt: null }, select: { isDemo: true } });
}

export async function createClient(
  prisma: PrismaClient,
  data: { name: string; lang: 'it' | 'en'; tz: string },
): Promise<string> {
  return (await prisma.client.create({ data, select: { id: true } })).id;
}

/** Changes a client's settings; false when there is no such client or it was erased. */
export async function updateClientSettings(
  prisma: PrismaClient,
  id: string,
  data: Prisma.ClientUpdateManyMutationInput,
): Promise<boolean> {
  return (await prisma.client.updateMany({ where: { id, erasedAt: null }, data })).count === 1;
}

/** Just what a page about the client needs in its title. */
export function findClientHeader(prisma: PrismaClient, id: string) {
  return prisma.client.findUnique({ where: { id }, select: { id: true, name: true, tz: true, erasedAt: true } });
}
