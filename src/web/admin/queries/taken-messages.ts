import type { PrismaClient } from '../../../infra/db/types.js';
import type { Prisma } from '../../../generated/prisma/client.js';

/** Messages taken listed on a client's page. */
export const TAKEN_MESSAGES_SHOWN = 20;

const takenSelect = {
  id: true,
  createdAt: true,
  callerName: true,
  callerPhone: true,
  body: true,
  urgent: true,
  status: true,
  deliveredAt: true,
  inDigest: true,
  callbackChoice: true,
  callbackTicket: { select: { number: true } },
  takenBy: { select: { name: true } },
  takenByUser: { select: { name: true } },
} as const;
export type TakenMessageRow = Prisma.TakenMessageGetPayload<{ select: typeof takenSelect }>;

/** The client's latest messages taken, newest first. */
export function recentTakenMessages(prisma: PrismaClient, clientId: string): Promise<TakenMessageRow[]> {
  return prisma.takenMessage.findMany({
    where: { clientId },
    select: takenSelect,
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: TAKEN_MESSAGES_SHOWN,
  });
}

/** What decides whether a message can be taken for the client (erased and demo clients cannot get one). */
export function clientForMessage(prisma: PrismaClient, id: string) {
  return prisma.client.findUnique({ where: { id }, select: { id: true, isDemo: true, erasedAt: true } });
}
