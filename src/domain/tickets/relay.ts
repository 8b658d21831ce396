import { Prisma } from '../../generated/prisma/client.js';
import type { Db } from '../../infra/db/types.js';
import type { Channel } from '../../generated/prisma/enums.js';
import { activeStatuses, openToClient } from './lifecycle.js';

export interface ClientMessageRef {
  clientId: string;
  conversationId: string;
  /** the platform id of the message this one replies to, if any */
  replyToExternalMessageId?: string | undefined;
}

/**
 * The active ticket a client's message belongs to, or null when it is a new request: the
 * ticket of the message it replies to, else the one ticket waiting on the client's answer
 * (with two or more waiting, a bare message is ambiguous and goes the normal way).
 */
export async function ticketOfClientMessage(
  db: Db,
  ref: ClientMessageRef,
): Promise<{ id: string; number: number } | null> {
  const replied = await ticketOfReply(db, ref);
  if (replied) return replied;
  const waiting = await db.ticket.findMany({
    where: { ...openToClient(ref.clientId), status: 'waiting_client' },
    select: { id: true, number: true },
    take: 2,
  });
  return waiting.length === 1 ? waiting[0]! : null;
}

/** The active ticket of the message a client's message replies to (Telegram's reply gesture), if any. */
export async function ticketOfReply(db: Db, ref: ClientMessageRef): Promise<{ id: string; number: number } | null> {
  if (ref.replyToExternalMessageId) {
    const quoted = await db.message.findFirst({
      where: {
        conversationId: ref.conversationId,
        externalMessageId: ref.replyToExternalMessageId,
        ticketId: { not: null },
      },
      orderBy: { createdAt: 'desc' },
      select: { ticket: { select: { id: true, number: true, status: true, clientId: true } } },
    });
    const ticket = quoted?.ticket;
    if (ticket && ticket.clientId === ref.clientId && (activeStatuses as readonly string[]).includes(ticket.status))
      return { id: ticket.id, number: ticket.number };
  }
  return null;
}

/** How long after an assistant last wrote to the client the conversation is still about that ticket. */
export const CONVERSATION_WINDOW_MS = 4 * 60 * 60_000;

export interface TicketInConversation {
  id: string;
  number: number;
  /** the assistant's first name, as the client reads it under their messages */
  assistant: string | null;
  /** what the ticket is about, in the client's words: a message may name it */
  summary: string;
}

/** What an assistant writes to the client: each keeps its ticket in conversation for the window. */
const CONVERSATION_EVENT_KINDS = ['relayed_to_client', 'asked_client'] as const;

/**
 * SQL: whether any ticket of the client (`clientId`, a column of the outer query) may be in
 * conversation, ticketsInConversation's condition without what only narrows it (a booking the
 * client cancelled). False spares every message that query while no assistant talks with the client.
 */
export function mayBeInConversationSql(clientId: Prisma.Sql, now: Date): Prisma.Sql {
  const since = new Date(now.getTime() - CONVERSATION_WINDOW_MS);
  return Prisma.sql`EXISTS (
    SELECT 1 FROM tickets t WHERE t.client_id = ${clientId} AND (t.status = 'waiting_client' OR (
      t.status IN ('open', 'claimed') AND EXISTS (
        SELECT 1 FROM ticket_events e WHERE e.ticket_id = t.id
          AND e.kind::text IN (${Prisma.join(CONVERSATION_EVENT_KINDS)}) AND e.created_at >= ${since}))))`;
}

/**
 * The active tickets an assistant is talking with the client about: waiting on the client, or
 * with an assistant message or question in the last hours. Most recently active first.
 */
export async function ticketsInConversation(db: Db, clientId: string, now: Date): Promise<TicketInConversation[]> {
  const since = new Date(now.getTime() - CONVERSATION_WINDOW_MS);
  const tickets = await db.ticket.findMany({
    where: {
      ...openToClient(clientId),
      OR: [
        { status: 'waiting_client' },
        { events: { some: { kind: { in: [...CONVERSATION_EVENT_KINDS] }, createdAt: { gte: since } } } },
      ],
    },
    orderBy: { updatedAt: 'desc' },
    take: 4,
    select: { id: true, number: true, summary: true, assigneeId: true },
  });
  const names = await assistantNames(
    db,
    tickets.flatMap((tk) => (tk.assigneeId ? [tk.assigneeId] : [])),
  );
  return tickets.map((tk) => ({
    id: tk.id,
    number: tk.number,
    summary: tk.summary,
    assistant: (tk.assigneeId && names.get(tk.assigneeId)?.split(' ')[0]) ?? null,
  }));
}

/**
 * Looked up only when there are assignees: most messages come with no ticket in conversation,
 * and a selected relation costs a statement of its own even for none.
 */
async function assistantNames(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const assistants = await db.assistant.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  return new Map(assistants.map((a) => [a.id, a.name]));
}

/** A client's message joins the ticket's history; an answer ends the wait on the client. */
export async function recordClientMessage(
  db: Db,
  input: { ticketId: string; messageId: string; now: Date },
): Promise<void> {
  await db.message.update({ where: { id: input.messageId }, data: { ticketId: input.ticketId } });
  // waiting_client always has an assignee (release clears both), so the answer goes back to them.
  await db.ticket.updateMany({
    where: { id: input.ticketId, status: 'waiting_client' },
    data: { status: 'claimed', waitingSince: null },
  });
  await db.ticketEvent.create({
    data: {
      ticketId: input.ticketId,
      kind: 'client_message',
      actor: 'client',
      data: { messageId: input.messageId },
      createdAt: input.now,
    },
  });
}

/**
 * An assistant's message about a ticket: relayed to the client, or an internal note, whose words
 * are kept with the ticket's history (they reach no client, and the back-office shows them).
 */
export async function recordAssistantMessage(
  db: Db,
  input: {
    ticketId: string;
    assistantId: string;
    kind: 'relayed_to_client' | 'internal_note';
    /** the Slack message, when it was written in the card's thread */
    slackTs?: string | undefined;
    /** an internal note's words */
    note?: string | undefined;
    now: Date;
  },
): Promise<void> {
  if (input.kind === 'relayed_to_client') {
    await db.ticket.updateMany({
      where: { id: input.ticketId, firstResponseAt: null },
      data: { firstResponseAt: input.now },
    });
  }
  await db.ticketEvent.create({
    data: {
      ticketId: input.ticketId,
      kind: input.kind,
      actor: 'assistant',
      assistantId: input.assistantId,
      data: {
        ...(input.slackTs ? { slackTs: input.slackTs } : {}),
        ...(input.kind === 'internal_note' && input.note ? { text: input.note } : {}),
      },
      createdAt: input.now,
    },
  });
}

export interface ClientReach {
  channel: Channel;
  chatId: string;
  conversationId: string;
}

/**
 * Where to reach a client about a ticket: the channel they last wrote on about it, else the
 * one the request came from, else the one they last wrote on at all.
 */
export async function clientReach(db: Db, clientId: string, ticketId: string): Promise<ClientReach | null> {
  const aboutTicket = await db.message.findFirst({
    where: { clientId, ticketId, direction: 'inbound' },
    orderBy: { createdAt: 'desc' },
    select: { channel: true },
  });
  const latest =
    aboutTicket ??
    (await db.conversation.findFirst({
      where: { clientId },
      orderBy: { lastInboundAt: { sort: 'desc', nulls: 'last' } },
      select: { channel: true },
    }));
  if (!latest) return null;
  const [identity, conversation] = await Promise.all([
    db.channelIdentity.findFirst({
      where: { clientId, channel: latest.channel },
      orderBy: { createdAt: 'desc' },
      select: { chatId: true },
    }),
    db.conversation.upsert({
      where: { clientId_channel: { clientId, channel: latest.channel } },
      create: { clientId, channel: latest.channel },
      update: {},
      select: { id: true },
    }),
  ]);
  return identity ? { channel: latest.channel, chatId: identity.chatId, conversationId: conversation.id } : null;
}
