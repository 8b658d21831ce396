import { z } from 'zod';
import type { Button, Outbound, OutboundMessage } from '../../kernel/messaging.js';
import type { TakenMessageSource } from '../../generated/prisma/enums.js';
import { mailTexts } from '../../i18n/mailbox.js';
import { encodeButton, type CallbackChoice } from '../../kernel/actions.js';
import type { Db, Tx } from '../../infra/db/types.js';
import { ConflictError, NotFoundError, ValidationError, errorMessage } from '../../kernel/errors.js';
import { pushToClient, pushTransactionOptions } from '../delivery/push.js';
import { EARLY_TOLERANCE_MS } from '../delivery/due.js';
import { addBusinessMinutes, type BusinessHours } from '../delivery/business-hours.js';
import { t } from '../../i18n/catalog.js';
import { formatTime } from '../../i18n/format.js';
import { createTicket } from '../tickets/service.js';
import type { Lang } from '../../understanding/contract.js';
import { decideDelivery, statusHolds } from './decide.js';
import type { SegreteriaDeps } from './ports.js';

/**
 * Messages taken for a client (a phone call the office answered): delivered at once when the
 * client is available, held while they are busy or asleep and then delivered as one digest,
 * urgent ones always at once. The client answers each with "I'll call back" or "Please call
 * back", the second becoming a call-back ticket for the desk.
 */

export const takeMessageInputSchema = z.object({
  clientId: z.uuid(),
  callerName: z.string().trim().min(1).max(200),
  callerPhone: z
    .string()
    .trim()
    .max(40)
    .regex(/^[+\d][\d\s./()-]*$/, 'a phone number')
    .optional(),
  body: z.string().trim().min(1).max(2000),
  urgent: z.boolean().default(false),
  /** who took it: a desk assistant (Slack) or a back-office user */
  takenByAssistantId: z.uuid().optional(),
  takenByUserId: z.uuid().optional(),
});
export type TakeMessageInput = z.input<typeof takeMessageInputSchema>;

export type TakeMessageOutcome =
  | { kind: 'delivered' }
  | { kind: 'held'; until: Date; reason: 'busy' | 'dnd' | 'quiet_hours' }
  /** the client has no channel to reach them on, or blocked the bot: it stays held */
  | { kind: 'undeliverable' };

interface Taken {
  id: string;
  callerName: string | null;
  callerPhone: string | null;
  body: string | null;
  urgent: boolean;
  source: TakenMessageSource;
  createdAt: Date;
}

const caller = (m: Pick<Taken, 'callerName' | 'callerPhone'>): string =>
  `${m.callerName ?? '?'}${m.callerPhone ? ` (${m.callerPhone})` : ''}`;

function callbackButtons(m: Taken, lang: Lang, prefix = ''): Button[] {
  return [
    {
      label: `${prefix}${t(lang, 'buttonCallbackMe')}`,
      data: encodeButton({ op: 'callback', choice: 'client', takenMessageId: m.id }),
    },
    {
      label: `${prefix}${t(lang, 'buttonCallbackOffice')}`,
      data: encodeButton({ op: 'callback', choice: 'office', takenMessageId: m.id }),
    },
  ];
}

/** One message on its own: who called and what they want, with the two call-back buttons; an e-mail has none. */
export function takenMessageText(m: Taken, lang: Lang): OutboundMessage {
  if (m.source === 'email') {
    const [subject = '', ...rest] = (m.body ?? '').split('\n');
    return { text: mailTexts[lang].importantMail({ from: m.callerName ?? '?', subject, snippet: rest.join('\n') }) };
  }
  return {
    text: t(lang, 'takenMessage', { caller: caller(m), body: m.body ?? '', urgent: m.urgent }),
    buttons: [callbackButtons(m, lang)],
  };
}

/** Held messages as one digest, oldest first, each with its pair of numbered buttons. */
export function digestText(messages: Taken[], client: { lang: Lang; tz: string }): OutboundMessage {
  const { lang } = client;
  if (messages.length === 1) return takenMessageText(messages[0]!, lang);
  const lines = messages.map((m, i) => {
    const at = formatTime(m.createdAt, client.tz);
    if (m.source === 'email')
      return mailTexts[lang].importantLine({ n: i + 1, at, from: caller(m), subject: m.body?.split('\n')[0] ?? '' });
    return t(lang, 'takenLine', { n: i + 1, at, caller: caller(m), body: m.body ?? '' });
  });
  return {
    text: t(lang, 'takenDigest', { count: messages.length, lines: lines.join('\n') }),
    buttons: messages.flatMap((m, i) => (m.source === 'email' ? [] : [callbackButtons(m, lang, `${i + 1}. `)])),
  };
}

/** Locks the client row: a delivery and a status change of the same client never interleave. */
export async function lockClient(tx: Tx, clientId: string) {
  await tx.$queryRaw`SELECT id FROM clients WHERE id = ${clientId}::uuid FOR UPDATE`;
  const client = await tx.client.findUnique({ where: { id: clientId } });
  return client && !client.erasedAt ? client : null;
}

export type LockedClient = NonNullable<Awaited<ReturnType<typeof lockClient>>>;

const fieldNames: Record<string, string> = {
  clientId: 'client',
  callerName: "caller's name",
  callerPhone: 'phone number',
  body: 'message',
};

export type TakeMessageIssue = 'missing' | 'too_long' | 'invalid';

/**
 * The input checked, or the one field that is wrong and why: `issue` for the forms to say in
 * their language, `problem` in English for errors and logs ("phone number not valid").
 */
export function checkTakeMessageInput(
  input: TakeMessageInput,
):
  | { ok: true; data: z.output<typeof takeMessageInputSchema> }
  | { ok: false; field: string; issue: TakeMessageIssue; problem: string } {
  const parsed = takeMessageInputSchema.safeParse(input);
  if (parsed.success) return { ok: true, data: parsed.data };
  const first = parsed.error.issues[0];
  const field = String(first?.path[0] ?? 'input');
  const issue: TakeMessageIssue =
    first?.code === 'too_small' ? 'missing' : first?.code === 'too_big' ? 'too_long' : 'invalid';
  const problem = { missing: 'missing', too_long: 'too long', invalid: 'not valid' }[issue];
  return { ok: false, field, issue, problem: `${fieldNames[field] ?? field} ${problem}` };
}

type TakenRecord = Pick<TakeMessageInput, 'callerName' | 'body' | 'takenByAssistantId' | 'takenByUserId'> & {
  callerPhone?: string | undefined;
  urgent: boolean;
  source: TakenMessageSource;
};

/**
 * In the caller's transaction, which holds the client's row lock: records the message, and
 * delivers it now when the client can be disturbed (else it is held, and the caller schedules
 * the release after commit).
 */
export async function recordTakenMessage(
  tx: Tx,
  outbound: Outbound,
  client: LockedClient,
  data: TakenRecord,
  now: Date,
): Promise<{ id: string; outcome: TakeMessageOutcome }> {
  const taken = await tx.takenMessage.create({
    data: {
      clientId: client.id,
      callerName: data.callerName,
      callerPhone: data.callerPhone ?? null,
      body: data.body,
      urgent: data.urgent,
      source: data.source,
      takenByAssistantId: data.takenByAssistantId ?? null,
      takenByUserId: data.takenByUserId ?? null,
      createdAt: now,
    },
  });
  const status = { kind: client.availabilityKind, until: client.availabilityUntil };
  const decision = decideDelivery(status, client, data.urgent, now);
  if (decision.action === 'hold')
    return { id: taken.id, outcome: { kind: 'held', until: decision.until, reason: decision.reason } };
  const pushed = await pushToClient(tx, outbound, client.id, takenMessageText(taken, client.lang), {
    idempotencyKey: `taken-${taken.id}`,
  });
  if (!pushed.delivered) return { id: taken.id, outcome: { kind: 'undeliverable' } };
  await tx.takenMessage.update({ where: { id: taken.id }, data: { status: 'delivered', deliveredAt: now } });
  return { id: taken.id, outcome: { kind: 'delivered' } };
}

/**
 * Records a message for a client and delivers it now or holds it (then a job releases it).
 * Bad input is a ValidationError naming the field; an unknown client a NotFoundError.
 */
export async function takeMessage(
  deps: SegreteriaDeps,
  input: TakeMessageInput,
): Promise<{ id: string; outcome: TakeMessageOutcome }> {
  const checked = checkTakeMessageInput(input);
  if (!checked.ok) throw new ValidationError(checked.problem, { field: checked.field });
  const data = checked.data;
  const now = deps.clock();
  const result = await deps.prisma.$transaction(async (tx) => {
    const client = await lockClient(tx, data.clientId);
    if (!client) throw new NotFoundError('client not found', { clientId: data.clientId });
    return recordTakenMessage(tx, deps.outbound, client, { ...data, source: 'call' }, now);
  }, pushTransactionOptions);
  if (result.outcome.kind === 'held') {
    // The row is committed: without Redis now, the reconciler schedules its release later.
    await deps
      .releaseAt(data.clientId, result.outcome.until)
      .catch((err: unknown) =>
        deps.logger.warn(
          { err: errorMessage(err), clientId: data.clientId },
          'release of a held message not scheduled yet',
        ),
      );
  }
  deps.logger.info(
    { clientId: data.clientId, takenMessageId: result.id, urgent: data.urgent, outcome: result.outcome.kind },
    'message taken for a client',
  );
  return result;
}

export type ReleaseOutcome =
  | { kind: 'sent'; count: number; statusEnded: boolean }
  | { kind: 'undeliverable'; statusEnded: boolean }
  /** the client is still busy or in quiet hours: look again at `until` */
  | { kind: 'wait'; until: Date; statusEnded: boolean }
  | { kind: 'skipped'; statusEnded: boolean };

/**
 * The release job: ends a status whose time has come, then delivers what was held as one digest
 * if the client can be disturbed now. The job carries the client id only; the rows decide, so a
 * status extended meanwhile or a second job changes nothing.
 */
export async function releaseHeld(
  deps: Pick<SegreteriaDeps, 'prisma' | 'outbound' | 'clock' | 'statusChanged'>,
  clientId: string,
): Promise<ReleaseOutcome> {
  const now = deps.clock();
  const outcome = await deps.prisma.$transaction(async (tx): Promise<ReleaseOutcome> => {
    const client = await lockClient(tx, clientId);
    if (!client) return { kind: 'skipped', statusEnded: false };
    let status = { kind: client.availabilityKind, until: client.availabilityUntil };
    // A job may run a little before its instant; that still ends the status it was set for.
    const statusEnded =
      status.kind !== 'available' && !statusHolds(status, new Date(now.getTime() + EARLY_TOLERANCE_MS));
    if (statusEnded) {
      await tx.client.update({
        where: { id: clientId },
        data: { availabilityKind: 'available', availabilityUntil: null },
      });
      status = { kind: 'available', until: null };
    }
    const held = await tx.takenMessage.findMany({ where: { clientId, status: 'held' }, orderBy: { createdAt: 'asc' } });
    if (held.length === 0) return { kind: 'skipped', statusEnded };
    const decision = decideDelivery(status, client, false, now);
    if (decision.action === 'hold') return { kind: 'wait', until: decision.until, statusEnded };
    const pushed = await pushToClient(tx, deps.outbound, clientId, digestText(held, client), {
      idempotencyKey: `taken-digest-${held[0]!.id}`,
    });
    if (!pushed.delivered) return { kind: 'undeliverable', statusEnded };
    await tx.takenMessage.updateMany({
      where: { id: { in: held.map((m) => m.id) } },
      data: { status: 'delivered', deliveredAt: now, inDigest: true },
    });
    return { kind: 'sent', count: held.length, statusEnded };
  }, pushTransactionOptions);
  if (outcome.statusEnded) await deps.statusChanged(clientId);
  return outcome;
}

/**
 * The held messages' next release instant per client, for the reconciler (Redis may have lost the
 * jobs). Held messages of a client with no channel to reach count only when a status ends: a
 * release could deliver nothing.
 */
export async function pendingReleases(db: Db, now: Date, horizon: Date): Promise<{ clientId: string; at: Date }[]> {
  const clients = await db.client.findMany({
    where: {
      erasedAt: null,
      OR: [
        { takenMessages: { some: { status: 'held' } }, identities: { some: {} } },
        { availabilityKind: { not: 'available' }, availabilityUntil: { lte: horizon } },
      ],
    },
    select: {
      id: true,
      tz: true,
      quietHoursStart: true,
      quietHoursEnd: true,
      availabilityKind: true,
      availabilityUntil: true,
      takenMessages: { where: { status: 'held' }, orderBy: { createdAt: 'asc' }, take: 1, select: { createdAt: true } },
    },
  });
  return clients.flatMap((c) => {
    const status = { kind: c.availabilityKind, until: c.availabilityUntil };
    const decision = decideDelivery(status, c, false, now);
    // Never `now`: every round of the reconciler must find the same job id for the same state, so
    // a due release is keyed by the status end or, failing that, by the oldest held message.
    const at =
      decision.action === 'hold' ? decision.until : (c.availabilityUntil ?? c.takenMessages[0]?.createdAt ?? now);
    return at.getTime() <= horizon.getTime() ? [{ clientId: c.id, at }] : [];
  });
}

/** An urgent message's call-back is due within this much of the agency's open time. */
export const URGENT_CALLBACK_MIN = 60;

/**
 * "I'll call back" / "Please call back" under a delivered message: only for this client's own
 * message, once. "Please call back" opens a call-back ticket with the caller's details; for an
 * urgent message it is due within the hour of the agency's business hours.
 */
export async function chooseCallback(
  tx: Tx,
  input: {
    clientId: string;
    takenMessageId: string;
    choice: CallbackChoice;
    lang: Lang;
    now: Date;
    sourceMessageId: string;
    /** the agency's open hours, where an urgent call-back's hour is counted */
    agencyHours: BusinessHours;
  },
): Promise<{ caller: string; ticket: { id: string; number: number } | null }> {
  const taken = await tx.takenMessage.findFirst({
    where: { id: input.takenMessageId, clientId: input.clientId, status: 'delivered' },
  });
  if (!taken) throw new NotFoundError('taken message not found', { takenMessageId: input.takenMessageId });
  const { count } = await tx.takenMessage.updateMany({
    where: { id: taken.id, callbackChoice: null },
    data: { callbackChoice: input.choice, callbackAt: input.now },
  });
  if (count === 0) throw new ConflictError('call-back already chosen', { takenMessageId: taken.id });
  if (input.choice === 'client') return { caller: caller(taken), ticket: null };
  const ticket = await createTicket(tx, {
    clientId: input.clientId,
    summary: t(input.lang, 'callbackTicket', { caller: caller(taken) }),
    details: `${caller(taken)}: ${taken.body ?? ''}`,
    category: 'call',
    sourceMessageId: input.sourceMessageId,
    now: input.now,
    ...(taken.urgent ? { dueAt: addBusinessMinutes(input.now, URGENT_CALLBACK_MIN, input.agencyHours) } : {}),
  });
  await tx.takenMessage.update({ where: { id: taken.id }, data: { callbackTicketId: ticket.id } });
  return { caller: caller(taken), ticket };
}
