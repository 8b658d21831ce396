import type { PrismaClient, Tx } from '../../infra/db/types.js';
import type { Logger } from '../../infra/logger.js';
import type { MailFailure } from '../../infra/mail/connection.js';
import { formatDateTime } from '../../i18n/format.js';
import { mailFailureText, mailTexts } from '../../i18n/mailbox.js';
import type { DomainEvent } from '../../kernel/events.js';
import type { Outbound } from '../../kernel/messaging.js';
import type { Lang } from '../../understanding/contract.js';
import { pushToClient, pushTransactionOptions } from '../delivery/push.js';
import { createTicket } from '../tickets/service.js';

/** A mailbox failing this long without a success in between is told to the client and the desk. */
export const FAILING_TOLD_AFTER_MS = 3600_000;

export interface MailboxHealthDeps {
  prisma: PrismaClient;
  outbound: Outbound;
  clock: () => Date;
  logger: Logger;
  publish(events: readonly DomainEvent[]): Promise<void>;
  /** DESK_LANG: the language of the desk's ticket */
  deskLang: Lang;
}

export type HealthOutcome = 'recovered' | 'failing' | 'told';

/**
 * The one telling of a failing stretch: the claim on the mailbox row (failureToldAt still empty,
 * failing for an hour) decides, so two watchers or a retried call tell once. The client hears it
 * on their channel in their language, and the desk gets a ticket to fix the settings.
 */
async function tellOnce(tx: Tx, deps: MailboxHealthDeps, mailboxId: string, failure: Omit<MailFailure, 'server'>) {
  const now = deps.clock();
  const claimed = await tx.mailbox.updateMany({
    where: {
      id: mailboxId,
      failureToldAt: null,
      failingSince: { lte: new Date(now.getTime() - FAILING_TOLD_AFTER_MS) },
    },
    data: { failureToldAt: now },
  });
  if (claimed.count === 0) return undefined;
  const box = await tx.mailbox.findUniqueOrThrow({
    where: { id: mailboxId },
    include: { client: { select: { id: true, lang: true, tz: true, erasedAt: true } } },
  });
  if (box.client.erasedAt) return undefined;
  const words = (lang: Lang) => ({
    user: box.user,
    since: formatDateTime(box.failingSince!, lang, box.client.tz, now),
    error: mailFailureText(lang, { ...failure, server: `${box.imapHost}:${box.imapPort}` }, box.user),
  });
  const lang = box.client.lang;
  await pushToClient(tx, deps.outbound, box.clientId, { text: mailTexts[lang].mailboxFailing(words(lang)) });
  const ticket = await createTicket(tx, {
    clientId: box.clientId,
    summary: mailTexts[deps.deskLang].failingTicket({ user: box.user }),
    details: mailTexts[deps.deskLang].failingDetails(words(deps.deskLang)),
    category: 'email',
    now,
  });
  return ticket.id;
}

/**
 * What the watcher learnt of a mailbox: a success clears the failure (and a later failing stretch
 * is told again); a failure is written in words with when the failing began, and once it has
 * lasted an hour the client and the desk are told, once.
 */
export async function recordMailboxHealth(
  deps: MailboxHealthDeps,
  mailboxId: string,
  failure: Omit<MailFailure, 'server'> | null,
): Promise<HealthOutcome> {
  const { prisma } = deps;
  if (failure === null) {
    await prisma.mailbox.updateMany({
      where: { id: mailboxId },
      data: { lastError: null, failingSince: null, failureToldAt: null },
    });
    return 'recovered';
  }
  const now = deps.clock();
  await prisma.mailbox.updateMany({ where: { id: mailboxId, failingSince: null }, data: { failingSince: now } });
  await prisma.mailbox.updateMany({
    where: { id: mailboxId },
    data: { lastError: `${failure.stage}: ${failure.detail}` },
  });
  const ticketId = await prisma.$transaction((tx) => tellOnce(tx, deps, mailboxId, failure), pushTransactionOptions);
  if (!ticketId) return 'failing';
  await deps.publish([{ type: 'ticket_created', ticketId }]);
  deps.logger.warn({ mailboxId, stage: failure.stage }, 'mailbox failing for an hour: client and desk told');
  return 'told';
}
