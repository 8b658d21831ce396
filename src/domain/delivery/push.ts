import { z } from 'zod';
import { channels, type Outbound, type OutboundMessage, type OutboundTarget } from '../../kernel/messaging.js';
import { Prisma } from '../../generated/prisma/client.js';
import { uuidv7 } from '../../infra/db/ids.js';
import type { Db, Tx } from '../../infra/db/types.js';
import { ForbiddenError, ValidationError } from '../../kernel/errors.js';

/**
 * Options for the transactions that hold a row lock while a push goes out: a Telegram send may
 * wait on pacing or a 429, far longer than Prisma's 5-second default.
 */
export const pushTransactionOptions = { timeout: 120_000, maxWait: 15_000 } as const;

const targetRow = z.object({ channel: z.enum(channels), chatId: z.string(), conversationId: z.string().nullable() });
export type ClientTarget = OutboundTarget & { conversationId: string | null };

/**
 * Where a client hears from us unprompted: the channel it wrote on last, else its newest identity.
 * A query of its own, or a LATERAL join of a caller's locking read (one round trip less on a
 * delivery); `clientId` is an expression naming the client.
 */
export const clientTargetQuery = (clientId: Prisma.Sql): Prisma.Sql => Prisma.sql`
    SELECT ci.channel::text AS "channel", ci.chat_id AS "chatId", cv.id::text AS "conversationId"
    FROM channel_identities ci
    LEFT JOIN conversations cv ON cv.client_id = ci.client_id AND cv.channel = ci.channel
    WHERE ci.client_id = ${clientId}
    ORDER BY cv.last_inbound_at DESC NULLS LAST, ci.created_at DESC
    LIMIT 1`;

export async function clientTarget(db: Db, clientId: string): Promise<ClientTarget | null> {
  const rows = await db.$queryRaw<unknown[]>(clientTargetQuery(Prisma.sql`${clientId}::uuid`));
  return rows.length ? targetRow.parse(rows[0]) : null;
}

export type PushResult = { delivered: true } | { delivered: false; reason: 'unreachable' | 'refused' };

/**
 * The caller's record of a push (its "sent" mark), run in the statement that logs the message:
 * after the platform accepted it, that one statement and the commit are all that can still fail.
 */
export type PushRecord = (result: PushResult) => Prisma.Sql;

export interface PushLog {
  /** marks the logged message so the same push is recognised later */
  idempotencyKey?: string;
  ticketId?: string;
  record?: PushRecord;
  /** the client's target as the caller's locking read found it (clientTargetQuery); absent, looked up here */
  target?: ClientTarget | null;
}

async function recordOnly(tx: Tx, result: PushResult, record: PushRecord | undefined): Promise<PushResult> {
  if (record) await tx.$executeRaw(record(result));
  return result;
}

/** The outbound message's log line, as a statement the caller's record can join. */
function logLine(
  target: ClientTarget & { conversationId: string },
  clientId: string,
  message: OutboundMessage,
  log: PushLog,
  externalMessageId: string | undefined,
): Prisma.Sql {
  return Prisma.sql`INSERT INTO messages (id, conversation_id, client_id, direction, channel, body, idempotency_key, ticket_id, external_message_id)
    VALUES (${uuidv7()}::uuid, ${target.conversationId}::uuid, ${clientId}::uuid, 'outbound', ${target.channel}::"Channel",
            ${message.text}, ${log.idempotencyKey ?? null}, ${log.ticketId ?? null}::uuid, ${externalMessageId ?? null})`;
}

/**
 * Sends an unprompted message to a client and logs it in its conversation, inside the caller's
 * transaction (which holds the lock on what is being delivered). The lookups happen before the
 * send; after it comes one statement, the log line together with the caller's `record`, then
 * the caller's commit: the only window in which a crash can roll back a message already sent.
 * A refusal (the client blocked the bot) is an answer, not an error: retrying cannot help.
 */
export async function pushToClient(
  tx: Tx,
  outbound: Outbound,
  clientId: string,
  message: OutboundMessage,
  log: PushLog = {},
): Promise<PushResult> {
  const target = log.target === undefined ? await clientTarget(tx, clientId) : log.target;
  if (!target) return recordOnly(tx, { delivered: false, reason: 'unreachable' }, log.record);
  const conversationId =
    target.conversationId ??
    (
      await tx.conversation.upsert({
        where: { clientId_channel: { clientId, channel: target.channel } },
        create: { clientId, channel: target.channel },
        update: {},
        select: { id: true },
      })
    ).id;
  let sent: { externalMessageId?: string };
  try {
    sent = await outbound.send({ channel: target.channel, chatId: target.chatId }, message);
  } catch (err) {
    if (err instanceof ForbiddenError || err instanceof ValidationError)
      return recordOnly(tx, { delivered: false, reason: 'refused' }, log.record);
    throw err;
  }
  const line = logLine({ ...target, conversationId }, clientId, message, log, sent.externalMessageId);
  const record = log.record?.({ delivered: true }) ?? Prisma.sql`SELECT 1`;
  await tx.$executeRaw`WITH logged AS (${line}) ${record}`;
  return { delivered: true };
}

/** Logged pushes among these idempotency keys. Naming every channel lets the (channel, key) index serve. */
export async function pushedKeys(db: Db, idempotencyKeys: string[]): Promise<Set<string>> {
  const rows = await db.message.findMany({
    where: { channel: { in: [...channels] }, idempotencyKey: { in: idempotencyKeys }, direction: 'outbound' },
    select: { idempotencyKey: true },
  });
  return new Set(rows.map((m) => m.idempotencyKey).filter((key): key is string => key !== null));
}
