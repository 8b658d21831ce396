import type { PrismaClient } from '../../infra/db/types.js';
import { NotFoundError } from '../../kernel/errors.js';

export const exportFormat = 'delego-client-export/1';

/**
 * Everything Delego holds about one client (GDPR access and portability), read in one
 * snapshot. Left out: secrets (invite codes, the calendar feed token) and the assistants'
 * identities; internal ids are kept so the parts can be joined.
 */
export async function exportClientData(prisma: PrismaClient, clientId: string, now: Date) {
  return prisma.$transaction(
    async (tx) => {
      const row = await tx.client.findUnique({ where: { id: clientId } });
      if (!row) throw new NotFoundError(`no client with id ${clientId}`, { clientId });
      const { calendarFeedToken, ...client } = row;
      const where = { clientId };
      const byTime = { createdAt: 'asc' } as const;
      return {
        format: exportFormat,
        exportedAt: now,
        client: { ...client, calendarFeedEnabled: calendarFeedToken !== null },
        identities: await tx.channelIdentity.findMany({
          where,
          orderBy: byTime,
          select: { channel: true, externalUserId: true, chatId: true, displayName: true, createdAt: true },
        }),
        invites: await tx.invite.findMany({
          where,
          orderBy: byTime,
          select: { createdAt: true, expiresAt: true, usedAt: true },
        }),
        conversations: await tx.conversation.findMany({
          where,
          orderBy: byTime,
          select: {
            channel: true,
            pendingClarification: true,
            pendingExpiresAt: true,
            lastInboundAt: true,
            createdAt: true,
          },
        }),
        messages: await tx.message.findMany({
          where,
          orderBy: [byTime, { id: 'asc' }],
          select: { id: true, channel: true, direction: true, kind: true, body: true, ticketId: true, createdAt: true },
        }),
        attachments: await tx.attachment.findMany({
          where,
          orderBy: byTime,
          select: {
            id: true,
            kind: true,
            fileName: true,
            mimeType: true,
            sizeBytes: true,
            ticketId: true,
            messageId: true,
            createdAt: true,
          },
        }),
        reminders: await tx.reminder.findMany({
          where,
          orderBy: byTime,
          select: {
            id: true,
            text: true,
            firstDueAt: true,
            rrule: true,
            tz: true,
            status: true,
            nextOccurrenceAt: true,
            explicitTime: true,
            createdAt: true,
            occurrences: { orderBy: { dueAt: 'asc' }, select: { dueAt: true, status: true, sentAt: true } },
          },
        }),
        bookings: await tx.booking.findMany({
          where,
          orderBy: byTime,
          select: {
            id: true,
            title: true,
            withWhom: true,
            location: true,
            startsAt: true,
            endsAt: true,
            day: true,
            status: true,
            ticketId: true,
            createdAt: true,
          },
        }),
        tickets: await tx.ticket.findMany({
          where,
          orderBy: { number: 'asc' },
          select: {
            id: true,
            number: true,
            summary: true,
            details: true,
            category: true,
            due: true,
            dueAt: true,
            status: true,
            createdAt: true,
            doneAt: true,
            cancelledAt: true,
            outcomeNote: true,
            rating: true,
            ratedAt: true,
            events: { orderBy: byTime, select: { kind: true, actor: true, data: true, createdAt: true } },
            timeEntries: { orderBy: byTime, select: { minutes: true, note: true, createdAt: true } },
          },
        }),
        takenMessages: await tx.takenMessage.findMany({
          where,
          orderBy: byTime,
          select: {
            id: true,
            callerName: true,
            callerPhone: true,
            body: true,
            urgent: true,
            status: true,
            deliveredAt: true,
            inDigest: true,
            callbackChoice: true,
            callbackAt: true,
            callbackTicketId: true,
            createdAt: true,
          },
        }),
        morningBriefings: await tx.morningBriefing.findMany({
          where,
          orderBy: { day: 'asc' },
          select: { day: true, sent: true, sentAt: true },
        }),
      };
    },
    { isolationLevel: 'RepeatableRead' },
  );
}

export type ClientExport = Awaited<ReturnType<typeof exportClientData>>;
