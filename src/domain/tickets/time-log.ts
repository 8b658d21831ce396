import type { PrismaClient, Tx } from '../../infra/db/types.js';
import { NotFoundError, ValidationError } from '../../kernel/errors.js';
import type { HoursNotice } from '../../generated/prisma/enums.js';
import { dueHoursNotice } from './hours.js';
import { MAX_LOGGED_MINUTES } from './lifecycle.js';

export interface TimeLog {
  ticketId: string;
  assistantId: string;
  minutes: number;
  /** the Slack message that logged it: Slack redelivering it logs nothing twice */
  slackTs?: string | undefined;
  now: Date;
}

export interface TimeLogged {
  /** false when the same Slack message had already logged this time */
  logged: boolean;
  /** all the time logged on the ticket, this entry included */
  totalMinutes: number;
  balanceMinutes: number;
  packageMinutes: number;
  hoursNotice: HoursNotice | null;
}

/**
 * Time an assistant spent on a ticket, logged without closing it (any assistant, whatever the
 * ticket's state: the entry says who): a time entry and the ticket's history, and the minutes
 * come off the client's hours balance, with the hours notice now due, in one transaction.
 */
export async function logTime(prisma: PrismaClient, log: TimeLog): Promise<TimeLogged> {
  if (!Number.isInteger(log.minutes) || log.minutes < 1 || log.minutes > MAX_LOGGED_MINUTES)
    throw new ValidationError(`minutes must be a whole number from 1 to ${MAX_LOGGED_MINUTES}`, {
      minutes: log.minutes,
    });
  return prisma.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ client_id: string }[]>`
      SELECT client_id FROM tickets WHERE id = ${log.ticketId}::uuid FOR UPDATE`;
    const clientId = rows[0]?.client_id;
    if (!clientId) throw new NotFoundError('no such ticket', { ticketId: log.ticketId });
    const repeated =
      log.slackTs !== undefined &&
      (await tx.ticketEvent.count({
        where: { ticketId: log.ticketId, kind: 'time_logged', data: { path: ['slackTs'], equals: log.slackTs } },
      })) > 0;
    if (!repeated) await recordTime(tx, log);
    const select = { id: true, hoursBalanceMinutes: true, hoursPackageMinutes: true } as const;
    const client = repeated
      ? await tx.client.findUniqueOrThrow({ where: { id: clientId }, select })
      : await tx.client.update({
          where: { id: clientId },
          data: { hoursBalanceMinutes: { decrement: log.minutes } },
          select,
        });
    const hoursNotice = repeated ? null : await dueHoursNotice(tx, client);
    const spent = await tx.timeEntry.aggregate({ where: { ticketId: log.ticketId }, _sum: { minutes: true } });
    return {
      logged: !repeated,
      totalMinutes: spent._sum.minutes ?? 0,
      balanceMinutes: client.hoursBalanceMinutes,
      packageMinutes: client.hoursPackageMinutes,
      hoursNotice,
    };
  });
}

async function recordTime(tx: Tx, log: TimeLog): Promise<void> {
  await tx.timeEntry.create({
    data: { ticketId: log.ticketId, assistantId: log.assistantId, minutes: log.minutes, createdAt: log.now },
  });
  await tx.ticketEvent.create({
    data: {
      ticketId: log.ticketId,
      kind: 'time_logged',
      actor: 'assistant',
      assistantId: log.assistantId,
      data: { minutes: log.minutes, ...(log.slackTs ? { slackTs: log.slackTs } : {}) },
      createdAt: log.now,
    },
  });
}
