import type { MailTriage } from '../../generated/prisma/enums.js';
import type { PrismaClient, Tx } from '../../infra/db/types.js';
import type { Logger } from '../../infra/logger.js';
import type { IncomingMail } from '../../infra/mail/parse.js';
import { errorMessage } from '../../kernel/errors.js';
import type { DomainEvent } from '../../kernel/events.js';
import type { Outbound } from '../../kernel/messaging.js';
import { pushTransactionOptions } from '../delivery/push.js';
import type { FileStore } from '../files/store.js';
import { lockClient, recordTakenMessage, type TakeMessageOutcome } from '../segreteria/messages.js';
import { createMailTicket } from './ticket.js';
import type { Lang } from '../../understanding/contract.js';
import { isFirmVerdict, llmVerdict, type LlmTriage, type TriageClassifier } from './llm-triage.js';
import { triageMail, type TriageProfile } from './triage.js';

export interface IntakeDeps {
  prisma: PrismaClient;
  outbound: Outbound;
  clock: () => Date;
  logger: Logger;
  /** where the e-mail's attachments are kept, and the largest one kept (MAX_ATTACHMENT_MB) */
  files: { store: FileStore; maxBytes: number };
  /** a held notice is looked at again at `at` (the segreteria's release job) */
  releaseAt(clientId: string, at: Date): Promise<void>;
  publish(events: readonly DomainEvent[]): Promise<void>;
  /** DESK_LANG: the language of what the desk reads on the ticket */
  deskLang: Lang;
  /** with an LLM configured: a reply is suggested to the desk for mail that became a ticket, after commit */
  suggest?: ((mailMessageRowId: string) => void) | undefined;
  /** with an LLM configured: mail the rules have no firm verdict on is classified by it, if the client allows */
  classify?: TriageClassifier | undefined;
}

/** One message read from INBOX: where it sits and what it says. */
export interface MailItem {
  uidValidity: bigint;
  uid: bigint;
  mail: IncomingMail;
}

export type IntakeOutcome = { kind: 'already_read' } | { kind: 'duplicate' } | { kind: MailTriage };

interface Intaken {
  outcome: IntakeOutcome;
  events: DomainEvent[];
  held?: { clientId: string; until: Date } | undefined;
  /** the e-mail that became a ticket, for a suggested reply */
  ticketMailId?: string;
}

/** The text of each e-mail kept for the chat's replies and forwards, in characters. */
const MAIL_TEXT_KEPT = 20_000;

/** The Message-ID decides what was seen; a message without one is known by where it sits. */
const messageIdOf = (mailboxId: string, item: MailItem): string =>
  item.mail.messageId ?? `<${item.uidValidity}.${item.uid}@${mailboxId}.delego.invalid>`;

async function lockMailbox(tx: Tx, mailboxId: string) {
  await tx.$queryRaw`SELECT id FROM mailboxes WHERE id = ${mailboxId}::uuid FOR UPDATE`;
  return tx.mailbox.findUnique({ where: { id: mailboxId } });
}

type LockedMailbox = NonNullable<Awaited<ReturnType<typeof lockMailbox>>>;

function profileOf(mailbox: { user: string; fromAddress: string | null; vipSenders: string[] }): TriageProfile {
  const own = [mailbox.user, mailbox.fromAddress].flatMap((a) => (a?.includes('@') ? [a.toLowerCase()] : []));
  return { own, vipSenders: mailbox.vipSenders };
}

/** Rules first; the LLM's category (asked before the transaction) replaces a verdict the rules do not hold firmly. */
function verdictOf(mail: IncomingMail, mailbox: LockedMailbox, llm: LlmTriage | undefined) {
  const rules = triageMail(mail, profileOf(mailbox));
  return llm && !isFirmVerdict(rules) ? llmVerdict(llm) : rules;
}

/**
 * The LLM's category for a message not read yet, asked outside the transaction so no row lock
 * waits on it: only with an LLM configured, the client allowing it and no firm rules' verdict.
 */
async function askLlm(deps: IntakeDeps, mailboxId: string, item: MailItem): Promise<LlmTriage | undefined> {
  if (!deps.classify) return undefined;
  const mailbox = await deps.prisma.mailbox.findUnique({
    where: { id: mailboxId },
    include: { client: { select: { llmEnabled: true, erasedAt: true } } },
  });
  if (!mailbox?.client.llmEnabled || mailbox.client.erasedAt) return undefined;
  if (mailbox.uidValidity !== item.uidValidity || item.uid <= mailbox.lastUid) return undefined;
  if (isFirmVerdict(triageMail(item.mail, profileOf(mailbox)))) return undefined;
  return deps.classify(item.mail);
}

/** The verdict's act: a notice for the client, a ticket for the desk, or nothing more than the record. */
async function act(
  tx: Tx,
  deps: IntakeDeps,
  mailbox: LockedMailbox,
  item: MailItem,
  verdict: { triage: MailTriage },
): Promise<{ ticketId?: string; notice?: TakeMessageOutcome }> {
  const { mail } = item;
  if (verdict.triage === 'ticket') return { ticketId: await createMailTicket(tx, deps, mailbox.clientId, mail) };
  if (verdict.triage !== 'notified') return {};
  const client = await lockClient(tx, mailbox.clientId);
  if (!client) return {};
  const from = mail.from?.name ? `${mail.from.name} <${mail.from.address}>` : (mail.from?.address ?? '?');
  const snippet = mail.text.replace(/\s+/g, ' ').slice(0, 300);
  const body = `${mail.subject || '-'}\n${snippet}`;
  const taken = await recordTakenMessage(
    tx,
    deps.outbound,
    client,
    { callerName: from, body, urgent: false, source: 'email' },
    deps.clock(),
  );
  return { notice: taken.outcome };
}

/** In one transaction with the mailbox's row lock: the message is recorded, acted on and the mailbox moves past its UID. */
async function intakeInTransaction(
  tx: Tx,
  deps: IntakeDeps,
  mailboxId: string,
  item: MailItem,
  llm: LlmTriage | undefined,
): Promise<Intaken> {
  const mailbox = await lockMailbox(tx, mailboxId);
  if (!mailbox || mailbox.uidValidity !== item.uidValidity || item.uid <= mailbox.lastUid)
    return { outcome: { kind: 'already_read' }, events: [] };
  const now = deps.clock();
  const messageId = messageIdOf(mailbox.id, item);
  const advance = () => tx.mailbox.update({ where: { id: mailbox.id }, data: { lastUid: item.uid, lastSeenAt: now } });
  const seen = await tx.mailMessage.findUnique({
    where: { mailboxId_messageId: { mailboxId: mailbox.id, messageId } },
  });
  if (seen) {
    await advance();
    return { outcome: { kind: 'duplicate' }, events: [] };
  }
  const verdict = verdictOf(item.mail, mailbox, llm);
  const done = await act(tx, deps, mailbox, item, verdict);
  const row = await tx.mailMessage.create({
    select: { id: true },
    data: {
      mailboxId: mailbox.id,
      clientId: mailbox.clientId,
      messageId,
      uidValidity: item.uidValidity,
      uid: item.uid,
      fromAddress: item.mail.from?.address ?? null,
      fromName: item.mail.from?.name || null,
      subject: item.mail.subject,
      references: [...item.mail.references, messageId].join(' '),
      triage: verdict.triage,
      reason: verdict.reason,
      ticketId: done.ticketId ?? null,
      sentAt: item.mail.date,
      text: item.mail.text.slice(0, MAIL_TEXT_KEPT),
      createdAt: now,
    },
  });
  await advance();
  const events: DomainEvent[] = done.ticketId ? [{ type: 'ticket_created', ticketId: done.ticketId }] : [];
  const held = done.notice?.kind === 'held' ? { clientId: mailbox.clientId, until: done.notice.until } : undefined;
  return { outcome: { kind: verdict.triage }, events, held, ...(done.ticketId ? { ticketMailId: row.id } : {}) };
}

/**
 * Takes in one message read from a client's INBOX, exactly once: a UID at or below the one the
 * mailbox has read, or a Message-ID already recorded, changes nothing; otherwise the triage's
 * verdict is acted on and the mailbox moves past the UID in the same transaction, so a crash
 * before the commit reads the message again and one after it never does.
 */
export async function takeInMail(deps: IntakeDeps, mailboxId: string, item: MailItem): Promise<IntakeOutcome> {
  const llm = await askLlm(deps, mailboxId, item);
  const result = await deps.prisma.$transaction(
    (tx) => intakeInTransaction(tx, deps, mailboxId, item, llm),
    pushTransactionOptions,
  );
  await deps.publish(result.events);
  if (result.ticketMailId) deps.suggest?.(result.ticketMailId);
  if (result.held)
    await deps
      .releaseAt(result.held.clientId, result.held.until)
      .catch((err: unknown) =>
        deps.logger.warn({ err: errorMessage(err), mailboxId }, 'release of a held e-mail notice not scheduled yet'),
      );
  return result.outcome;
}
