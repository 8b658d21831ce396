import type { Db } from '../../infra/db/types.js';
import { bookingOfTicket, cancelledByClient } from '../../domain/bookings/third-party.js';
import { fileNameOf } from '../../domain/files/names.js';
import type { CardView } from './ticket-card.js';
import type { DeskCatalog } from '../../i18n/desk-catalog.js';

/** Assistants suggested on a card: the active ones whose skills include the ticket's category. */
const SUGGESTED_MAX = 5;

/** Reads what a ticket's card shows; null when the ticket does not exist. */
export async function loadCardView(
  db: Db,
  ticketId: string,
  texts: DeskCatalog,
): Promise<(CardView & { slackChannel: string | null; slackTs: string | null; slackCardHash: string | null }) | null> {
  const ticket = await db.ticket.findUnique({
    where: { id: ticketId },
    include: {
      client: {
        select: {
          name: true,
          tz: true,
          hoursBalanceMinutes: true,
          hoursPackageMinutes: true,
          availabilityKind: true,
          availabilityUntil: true,
          erasedAt: true,
        },
      },
      assignee: { select: { name: true, slackUserId: true } },
      attachments: {
        select: { id: true, kind: true, fileName: true, mimeType: true, storedAt: true },
        orderBy: { createdAt: 'asc' },
      },
      takenMessage: { select: { urgent: true } },
    },
  });
  if (!ticket) return null;
  const [spent, fitting, booking, clientCancelled] = await Promise.all([
    db.timeEntry.aggregate({ where: { ticketId }, _sum: { minutes: true } }),
    db.assistant.findMany({
      // only Slack members can be mentioned on the card
      where: { active: true, skills: { has: ticket.category }, slackUserId: { not: null } },
      select: { slackUserId: true },
      orderBy: { name: 'asc' },
      take: SUGGESTED_MAX,
    }),
    ticket.category === 'booking' ? bookingOfTicket(db, ticketId) : null,
    ticket.category === 'booking' ? cancelledByClient(db, ticketId) : false,
  ]);
  return {
    ticketId: ticket.id,
    number: ticket.number,
    // After a GDPR erasure the card keeps only what the statistics keep.
    clientName: ticket.client.erasedAt ? texts.erasedClient : ticket.client.name,
    clientTz: ticket.client.tz,
    summary: ticket.client.erasedAt ? texts.erasedRequest : ticket.summary,
    details: ticket.details,
    category: ticket.category,
    status: ticket.status,
    createdAt: ticket.createdAt,
    due: ticket.due,
    dueAt: ticket.dueAt,
    doneAt: ticket.doneAt,
    assignee: ticket.assignee,
    minutesSpent: spent._sum.minutes ?? 0,
    balanceMinutes: ticket.client.hoursBalanceMinutes,
    packageMinutes: ticket.client.hoursPackageMinutes,
    attachments: ticket.attachments.map((a) => ({ id: a.id, name: fileNameOf(a), downloaded: a.storedAt !== null })),
    rating: ticket.rating,
    suggested: fitting.flatMap((a) => (a.slackUserId ? [a.slackUserId] : [])),
    clientAvailability: { kind: ticket.client.availabilityKind, until: ticket.client.availabilityUntil },
    booking: booking && { ...booking, cancelledByClient: clientCancelled },
    urgentCallback: ticket.takenMessage?.urgent === true,
    slackChannel: ticket.slackChannel,
    slackTs: ticket.slackTs,
    slackCardHash: ticket.slackCardHash,
  };
}
