import type { PrismaClient, Tx } from '../../infra/db/types.js';
import { NotFoundError, ValidationError } from '../../kernel/errors.js';
import type { HoursNotice } from '../../generated/prisma/enums.js';
import { dueHoursNotice } from './hours.js';

/** Minutes one report may log: a working day is 480; more than a week is a typo. */
export const MAX_LOGGED_MINUTES = 6000;

/** Refuses minutes that are not a whole number from 1 to MAX_LOGGED_MINUTES. */
export function assertLoggableMinutes(minutes: number): void {
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > MAX_LOGGED_MINUTES)
    throw new ValidationError(`minutes must be a whole number from 1 to ${MAX_LOGGED_MINUTES}`, { minutes });
}

export interface TimeSpent {
  ticketId: string;
  clientId: string;
  assistantId: string;
  minutes: number;
  now: Date;
  /** the Slack message that logged it, kept in the history so a redelivery logs nothing twice */
  slackTs?: string | undefined;
}

export interface TimeCharged {
  balanceMinutes: number;
  packageMinutes: number;
  hoursNotice: HoursNotice | null;
}

/**
 * Time spent on a ticket, inside the caller's transaction: a time entry and a `time_logged` line in
 * the ticket's history, the minutes off the client's hours balance (which may go negative), and the
 * hours notice now due (20% of the package left, or used up). Closing a ticket and a note that is
 * only a duration both charge time this way.
 */
export async function chargeTime(tx: Tx, spent: TimeSpent): Promise<TimeCharged> {
  const { ticketId, assistantId, minutes, now } = spent;
  await tx.timeEntry.create({ data: { ticketId, assistantId, minutes, createdAt: now } });
  await tx.ticketEvent.create({
    data: {
      ticketId,
      kind: 'time_logged',
      actor: 'assistant',
      assistantId,
      data: { minutes, ...(spent.slackTs ? { slackTs: spent.slackTs } : {}) },
      createdAt: now,
    },
  });
  const client = await tx.client.update({
    where: { id: spent.clientId },
    data: { hoursBalanceMinutes: { decrement: minutes } },
    select: { id: true, hoursBalanceMinutes: true, hoursPackageMinutes: true },
  });
  const hoursNotice = await dueHoursNotice(tx, client);
  return { balanceMinutes: client.hoursBalanceMinutes, packageMinutes: client.hoursPackageMinutes, hoursNotice };
}

export interface TimeLog {
  ticketId: string;
  assistantId: string;
  minutes: number;
  /** the Slack message that logged it: Slack redelivering it logs nothing twice */
  slackTs?: string | undefined;
  now: Date;
}

export interface TimeLogged extends TimeCharged {
  /** false when the same Slack message had already logged this time */
  logged: boolean;
  /** all the time logged on the ticket, this entry included */
  totalMinutes: number;
}

/**
 * Time an assistant spent on a ticket, logged without closing it (any assistant, whatever the
 * ticket's state: the entry says who), charged as a close charges it, in one transaction.
 */
export async function logTime(prisma: PrismaClient, log: TimeLog): Promise<TimeLogged> {
  assertLoggableMinutes(log.minutes);
  return prisma.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ client_id: string }[]>`
      SELECT client_id FROM tickets WHERE id = ${log.ticketId}::uuid FOR UPDATE`;
    const clientId = rows[0]?.client_id;
    if (!clientId) throw new NotFoundError('no such ticket', { ticketId: log.ticketId });
    const charged = (await alreadyLogged(tx, log))
      ? { ...(await balanceOf(tx, clientId)), hoursNotice: null, logged: false }
      : { ...(await chargeTime(tx, { ...log, clientId })), logged: true };
    const spent = await tx.timeEntry.aggregate({ where: { ticketId: log.ticketId }, _sum: { minutes: true } });
    return { ...charged, totalMinutes: spent._sum.minutes ?? 0 };
  });
}

async function alreadyLogged(tx: Tx, log: TimeLog): Promise<boolean> {
  if (log.slackTs === undefined) return false;
  const where = {
    ticketId: log.ticketId,
    kind: 'time_logged' as const,
    data: { path: ['slackTs'], equals: log.slackTs },
  };
  return (await tx.ticketEvent.count({ where })) > 0;
}

async function balanceOf(tx: Tx, clientId: string): Promise<Omit<TimeCharged, 'hoursNotice'>> {
  const client = await tx.client.findUniqueOrThrow({
    where: { id: clientId },
    select: { hoursBalanceMinutes: true, hoursPackageMinutes: true },
  });
  return { balanceMinutes: client.hoursBalanceMinutes, packageMinutes: client.hoursPackageMinutes };
}
