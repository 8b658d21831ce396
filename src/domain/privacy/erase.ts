import type { Db, PrismaClient } from '../../infra/db/types.js';
import { NotFoundError } from '../../kernel/errors.js';

export interface ErasureReport {
  clientId: string;
  identities: number;
  invites: number;
  conversations: number;
  messages: number;
  attachments: number;
  reminders: number;
  bookings: number;
  /** kept for statistics, with their texts blanked */
  ticketsAnonymised: number;
  /** phone messages taken for the client, kept with caller and text blanked */
  takenMessagesBlanked: number;
  /** the client's mailbox (its sealed credential) and the e-mails read from it */
  mailboxes: number;
  /** what lives outside PostgreSQL and still has to go (see erase-traces.ts) */
  traces: ErasureTraces;
}

export interface ErasureTraces {
  /** chat ids of the client's web chat sessions, whose mailboxes are in Redis */
  webChats: string[];
  /** tickets whose desk card in Slack still shows the client's name and request */
  deskCards: string[];
}

/** The client's data outside PostgreSQL: web chat mailboxes (Redis) and desk cards (Slack). */
export async function findErasureTraces(db: Db, clientId: string): Promise<ErasureTraces> {
  const [webChats, deskCards] = await Promise.all([
    db.channelIdentity.findMany({ where: { clientId, channel: 'web' }, select: { chatId: true } }),
    db.ticket.findMany({ where: { clientId, slackTs: { not: null } }, select: { id: true } }),
  ]);
  return { webChats: webChats.map((w) => w.chatId), deskCards: deskCards.map((t) => t.id) };
}

/**
 * GDPR erasure, in one transaction: identities, invites, conversations, messages,
 * attachments with the bytes of their files, reminders, bookings and the mailbox (its credential
 * and the e-mails read) are deleted; tickets stay for statistics (number,
 * category, status, timestamps, rating, time entries) with every text blanked, as do taken
 * phone messages; the client row stays, marked erased and without its name. Running it again
 * is harmless. The report names what lies outside the database (web chat screens in Redis,
 * desk cards in Slack) for clearErasureTraces.
 */
export async function eraseClient(prisma: PrismaClient, clientId: string, now: Date): Promise<ErasureReport> {
  return prisma.$transaction(async (tx) => {
    const client = await tx.client.findUnique({ where: { id: clientId }, select: { id: true, erasedAt: true } });
    if (!client) throw new NotFoundError(`no client with id ${clientId}`, { clientId });
    const where = { clientId };
    const traces = await findErasureTraces(tx, clientId);
    // Attachments (their kept bytes go with them) and messages first: tickets and other rows point to them.
    const attachments = await tx.attachment.deleteMany({ where });
    // the mailbox and its credential; the e-mails read, the drafts and the replies sent go with it
    await tx.mailDraft.deleteMany({ where });
    await tx.mailMessage.deleteMany({ where });
    const mailboxes = await tx.mailbox.deleteMany({ where });
    const messages = await tx.message.deleteMany({ where });
    const conversations = await tx.conversation.deleteMany({ where });
    const invites = await tx.invite.deleteMany({ where });
    const identities = await tx.channelIdentity.deleteMany({ where });
    const reminders = await tx.reminder.deleteMany({ where });
    const bookings = await tx.booking.deleteMany({ where });
    // what slot buttons offered (titles the client typed)
    await tx.slotOffer.deleteMany({ where });
    const tickets = await tx.ticket.updateMany({ where, data: { summary: '', details: '', outcomeNote: null } });
    await tx.ticketEvent.updateMany({ where: { ticket: where }, data: { data: {} } });
    await tx.timeEntry.updateMany({ where: { ticket: where }, data: { note: null } });
    const takenMessages = await tx.takenMessage.updateMany({
      where,
      data: { callerName: null, callerPhone: null, body: null },
    });
    await tx.client.update({
      where: { id: clientId },
      data: { name: '', calendarFeedToken: null, availabilityNote: null, erasedAt: client.erasedAt ?? now },
    });
    return {
      clientId,
      identities: identities.count,
      invites: invites.count,
      conversations: conversations.count,
      messages: messages.count,
      attachments: attachments.count,
      reminders: reminders.count,
      bookings: bookings.count,
      ticketsAnonymised: tickets.count,
      takenMessagesBlanked: takenMessages.count,
      mailboxes: mailboxes.count,
      traces,
    };
  });
}
