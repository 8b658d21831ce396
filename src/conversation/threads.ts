import { ticketsInConversation, type TicketInConversation } from '../domain/tickets/relay.js';
import type { Db } from '../infra/db/types.js';
import { matchTargets } from './targets.js';
import type { Turn } from './turn.js';

/** The client's tickets in conversation with an assistant; none without a look when the turn knows there are none. */
export async function ticketsTalking(db: Db, turn: Turn): Promise<TicketInConversation[]> {
  if (turn.mayBeInConversation === false) return [];
  return ticketsInConversation(db, turn.clientId, turn.now);
}

/**
 * The thread the client is in: the ticket of the latest message that went through a ticket (the
 * assistant's, or the client's own relayed one), as long as the client has not written to the bot
 * about something else since. Taps on buttons and the bot's own lines ("✓ Girato a Giulia") do
 * not end it, so "il 12" after the assistant's question, then a photo, both reach her.
 */
export async function currentThread(
  db: Db,
  conversationId: string,
  tickets: TicketInConversation[],
): Promise<TicketInConversation | undefined> {
  const latest = await db.message.findFirst({
    where: { conversationId, ticketId: { not: null } },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    select: { ticketId: true, createdAt: true },
  });
  const ticket = tickets.find((tk) => tk.id === latest?.ticketId);
  if (!latest || !ticket) return undefined;
  const toTheBotSince = await db.message.count({
    where: {
      conversationId,
      direction: 'inbound',
      ticketId: null,
      kind: { not: 'button' },
      createdAt: { gt: latest.createdAt },
    },
  });
  return toTheBotSince === 0 ? ticket : undefined;
}

/** The one ticket the client's words name ("la diffida mandala anche all'amministratore"), if exactly one. */
export function namedTicket(tickets: TicketInConversation[], text: string): TicketInConversation | undefined {
  const named = matchTargets(
    text,
    tickets.map((tk) => ({ kind: 'ticket' as const, id: tk.id, label: tk.summary })),
  );
  return named.length === 1 ? tickets.find((tk) => tk.id === named[0]!.id) : undefined;
}
