import type { PrismaClient } from '../db/types.js';
import { NotFoundError } from '../errors.js';

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
}

/**
 * GDPR erasure, in one transaction: identities, invites, conversations, messages,
 * attachments, reminders and bookings are deleted; tickets stay for statistics (number,
 * category, status, timestamps, rating, time entries) with every text blanked; the client row
 * stays, marked erased and without its name. Running it again is harmless.
 */
export async function eraseClient(prisma: PrismaClient, clientId: string, now: Date): Promise<ErasureReport> {
  return prisma.$transaction(async (tx) => {
    const client = await tx.client.findUnique({ where: { id: clientId }, select: { id: true, erasedAt: true } });
    if (!client) throw new NotFoundError(`no client with id ${clientId}`, { clientId });
    const where = { clientId };
    // Attachments and messages first: tickets and other rows point to them.
    const attachments = await tx.attachment.deleteMany({ where });
    const messages = await tx.message.deleteMany({ where });
    const conversations = await tx.conversation.deleteMany({ where });
    const invites = await tx.invite.deleteMany({ where });
    const identities = await tx.channelIdentity.deleteMany({ where });
    const reminders = await tx.reminder.deleteMany({ where });
    const bookings = await tx.booking.deleteMany({ where });
    const tickets = await tx.ticket.updateMany({ where, data: { summary: '', details: '', outcomeNote: null } });
    await tx.ticketEvent.updateMany({ where: { ticket: where }, data: { data: {} } });
    await tx.timeEntry.updateMany({ where: { ticket: where }, data: { note: null } });
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
    };
  });
}
