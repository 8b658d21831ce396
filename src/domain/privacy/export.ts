import type { Db, PrismaClient } from '../../infra/db/types.js';
import { NotFoundError } from '../../kernel/errors.js';

export const exportFormat = 'delego-client-export/1';

const byTime = { createdAt: 'asc' } as const;

/**
 * Everything Delego holds about one client (GDPR access and portability), read in one
 * snapshot. Left out: secrets (invite codes, the calendar feed token) and the assistants'
 * identities; internal ids are kept so the parts can be joined.
 */
export async function exportClientData(prisma: PrismaClient, clientId: string, now: Date) {
  return prisma.$transaction(
    async (tx) => ({
      format: exportFormat,
      exportedAt: now,
      client: await clientProfile(tx, clientId),
      ...(await contactParts(tx, clientId)),
      ...(await conversationParts(tx, clientId)),
      ...(await planParts(tx, clientId)),
      ...(await workParts(tx, clientId)),
    }),
    { isolationLevel: 'RepeatableRead' },
  );
}

export type ClientExport = Awaited<ReturnType<typeof exportClientData>>;

/** The client's row, with whether a calendar feed exists instead of its secret token. */
async function clientProfile(db: Db, clientId: string) {
  const row = await db.client.findUnique({ where: { id: clientId } });
  if (!row) throw new NotFoundError(`no client with id ${clientId}`, { clientId });
  const { calendarFeedToken, ...client } = row;
  return { ...client, calendarFeedEnabled: calendarFeedToken !== null };
}

/** How the client reaches Delego: channel identities and invites (without their codes). */
async function contactParts(db: Db, clientId: string) {
  const where = { clientId };
  return {
    identities: await db.channelIdentity.findMany({
      where,
      orderBy: byTime,
      select: { channel: true, externalUserId: true, chatId: true, displayName: true, createdAt: true },
    }),
    invites: await db.invite.findMany({
      where,
      orderBy: byTime,
      select: { createdAt: true, expiresAt: true, usedAt: true },
    }),
  };
}

/** What was said: conversations, messages and the files sent with them. */
async function conversationParts(db: Db, clientId: string) {
  const where = { clientId };
  return {
    conversations: await db.conversation.findMany({
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
    messages: await db.message.findMany({
      where,
      orderBy: [byTime, { id: 'asc' }],
      select: { id: true, channel: true, direction: true, kind: true, body: true, ticketId: true, createdAt: true },
    }),
    attachments: await db.attachment.findMany({
      where,
      orderBy: byTime,
      select: {
        id: true,
        kind: true,
        fileName: true,
        mimeType: true,
        sizeBytes: true,
        sha256: true,
        storedAt: true,
        ticketId: true,
        messageId: true,
        createdAt: true,
      },
    }),
  };
}

/** What is planned: reminders with their occurrences, and bookings. */
async function planParts(db: Db, clientId: string) {
  const where = { clientId };
  return {
    reminders: await db.reminder.findMany({
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
    bookings: await db.booking.findMany({
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
  };
}

/** The office's work for the client: tickets with their history, taken messages, morning briefings. */
async function workParts(db: Db, clientId: string) {
  const where = { clientId };
  return {
    tickets: await db.ticket.findMany({
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
    takenMessages: await db.takenMessage.findMany({
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
    ...(await mailParts(db, clientId)),
    morningBriefings: await db.morningBriefing.findMany({
      where,
      orderBy: { day: 'asc' },
      select: { day: true, sent: true, sentAt: true },
    }),
  };
}

/** The client's mailbox settings (never its credential) and the e-mails read from it, with what became of each. */
async function mailParts(db: Db, clientId: string) {
  const where = { clientId };
  return {
    mailbox: await db.mailbox.findUnique({
      where,
      select: {
        imapHost: true,
        imapPort: true,
        smtpHost: true,
        smtpPort: true,
        tls: true,
        user: true,
        auth: true,
        fromAddress: true,
        vipSenders: true,
        createdAt: true,
      },
    }),
    mailMessages: await db.mailMessage.findMany({
      where,
      orderBy: byTime,
      select: {
        messageId: true,
        fromAddress: true,
        fromName: true,
        subject: true,
        triage: true,
        ticketId: true,
        sentAt: true,
        text: true,
        createdAt: true,
      },
    }),
    mailDrafts: await db.mailDraft.findMany({
      where,
      orderBy: byTime,
      select: { instructions: true, text: true, status: true, createdAt: true, sentAt: true },
    }),
  };
}
