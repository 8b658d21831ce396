import { Prisma, type PrismaClient } from '../generated/prisma/client.js';
import { mayBeInConversationSql } from '../domain/tickets/relay.js';
import { isUniqueViolation } from '../infra/db/types.js';
import type { InboundMessage } from '../kernel/messaging.js';
import type { Lang } from '../understanding/contract.js';

export type Client = { id: string; lang: Lang; tz: string; llmEnabled: boolean; defaultBookingMinutes: number };

/** What a turn reads of the client's conversation on a channel. */
export type ConversationState = {
  id: string;
  consecutiveMisses: number;
  pendingClarification: unknown;
  pendingExpiresAt: Date | null;
};

/** What every message needs before anything else is done with it. */
export interface Arrival {
  client: Client;
  /** an update with this idempotency key was logged already (a channel delivering it again) */
  handled: boolean;
  /** null before the client's first message on the channel */
  conversation: ConversationState | null;
  /** a mail draft of the client waits for new words (Modifica): only then does the edit route look */
  draftEditing: boolean;
  /** a ticket of the client may be in conversation with an assistant: only then do routes look for them */
  mayBeInConversation: boolean;
}

type ArrivalRow = Client & {
  handled: boolean;
  draftEditing: boolean;
  mayBeInConversation: boolean;
  conversationId: string | null;
  consecutiveMisses: number | null;
  pendingClarification: unknown;
  pendingExpiresAt: Date | null;
};

/**
 * The sender's client (not erased), whether the update was handled already, their conversation
 * on the channel, whether a mail draft waits for their words and whether an assistant may be
 * talking with them, in one statement: every message asks all of them, and a statement each
 * cost most of the work of a message that needs no other.
 */
export async function arrivalOf(prisma: PrismaClient, msg: InboundMessage, now: Date): Promise<Arrival | undefined> {
  const [row] = await prisma.$queryRaw<ArrivalRow[]>`
    SELECT c.id, c.lang::text AS lang, c.tz, c.llm_enabled AS "llmEnabled",
      c.default_booking_minutes AS "defaultBookingMinutes",
      EXISTS (SELECT 1 FROM messages m WHERE m.channel = i.channel AND m.idempotency_key = ${msg.idempotencyKey})
        AS handled,
      EXISTS (SELECT 1 FROM mail_drafts d WHERE d.client_id = c.id AND d.status = 'editing') AS "draftEditing",
      ${mayBeInConversationSql(Prisma.raw('c.id'), now)} AS "mayBeInConversation",
      v.id AS "conversationId", v.consecutive_misses AS "consecutiveMisses",
      v.pending_clarification AS "pendingClarification", v.pending_expires_at AS "pendingExpiresAt"
    FROM channel_identities i
    JOIN clients c ON c.id = i.client_id AND c.erased_at IS NULL
    LEFT JOIN conversations v ON v.client_id = c.id AND v.channel = i.channel
    WHERE i.channel = CAST(${msg.channel} AS "Channel") AND i.external_user_id = ${msg.externalUserId}`;
  return row && arrivalFrom(row);
}

function arrivalFrom(row: ArrivalRow): Arrival {
  const { handled, draftEditing, mayBeInConversation, conversationId, ...rest } = row;
  const { consecutiveMisses, pendingClarification, pendingExpiresAt, ...client } = rest;
  const conversation =
    conversationId === null
      ? null
      : { id: conversationId, consecutiveMisses: consecutiveMisses ?? 0, pendingClarification, pendingExpiresAt };
  return { client, handled, conversation, draftEditing, mayBeInConversation };
}

/** The client's first conversation on a channel; two first messages arriving together share one. */
export async function openConversation(
  prisma: PrismaClient,
  clientId: string,
  channel: InboundMessage['channel'],
): Promise<ConversationState> {
  try {
    return await prisma.conversation.create({ data: { clientId, channel } });
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    return prisma.conversation.findUniqueOrThrow({ where: { clientId_channel: { clientId, channel } } });
  }
}
