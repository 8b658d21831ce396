import { randomUUID } from 'node:crypto';
import { isUniqueViolation, type PrismaClient } from '../../infra/db/types.js';
import type { Logger } from '../../infra/logger.js';
import { classifyMailError, type MailServers } from '../../infra/mail/connection.js';
import type { OutgoingMail } from '../../infra/mail/send.js';
import type { SecretBox } from '../../infra/mail/secret-box.js';
import { errorMessage } from '../../kernel/errors.js';
import { serversOf } from './settings.js';

/** How a reply leaves: composed once, sent by SMTP, then the same bytes appended to Sent. */
export interface MailSender {
  compose(mail: OutgoingMail): Promise<Buffer>;
  send(servers: MailServers, envelope: { from: string; to: string }, raw: Buffer): Promise<void>;
  saveToSent(servers: MailServers, folder: string, raw: Buffer, date: Date): Promise<void>;
}

export interface ReplyDeps {
  prisma: PrismaClient;
  box: SecretBox;
  sender: MailSender;
  clock: () => Date;
  logger: Logger;
}

export interface MailReplyInput {
  ticketId: string;
  /** the assistant's words, as the client would write them */
  text: string;
  files: { fileName: string; mimeType: string; content: Buffer }[];
  /** the Slack message or back-office form that asked for it: the same reply is never sent twice */
  idempotencyKey: string;
  assistantId: string | null;
}

export type MailReplyOutcome =
  /** the ticket did not come from the client's mailbox: the desk answers the client as usual */
  | { kind: 'not_mail' }
  | { kind: 'duplicate' }
  | { kind: 'sent'; to: string; savedToSent: boolean }
  | { kind: 'failed'; detail: string };

const replySubject = (subject: string | null): string =>
  /^\s*(re|r|aw|sv):/i.test(subject ?? '') ? subject!.trim() : `Re: ${subject ?? ''}`.trim();

/** The e-mail of the ticket, the newest when the sender wrote again, with its mailbox. */
function ticketMail(prisma: PrismaClient, ticketId: string) {
  return prisma.mailMessage.findFirst({
    where: { ticketId, fromAddress: { not: null }, client: { erasedAt: null } },
    orderBy: { createdAt: 'desc' },
    include: { mailbox: true, client: { select: { name: true } } },
  });
}

type TicketMail = NonNullable<Awaited<ReturnType<typeof ticketMail>>>;

function outgoing(source: TicketMail, input: Pick<MailReplyInput, 'text' | 'files'>, now: Date): OutgoingMail {
  const from = (source.mailbox.fromAddress ?? source.mailbox.user).toLowerCase();
  return {
    from: { name: source.client.name, address: from },
    to: source.fromAddress!,
    subject: replySubject(source.subject),
    messageId: `<${randomUUID()}@${from.slice(from.lastIndexOf('@') + 1) || 'delego.invalid'}>`,
    inReplyTo: source.messageId,
    references: (source.references ?? source.messageId).split(/\s+/).filter(Boolean),
    text: input.text,
    date: now,
    attachments: input.files,
  };
}

/** The reply's bytes go by SMTP; a failure gives the claim back so the assistant can try again. */
async function sendClaimed(deps: ReplyDeps, servers: MailServers, mail: OutgoingMail, claimId: string) {
  const raw = await deps.sender.compose(mail);
  try {
    await deps.sender.send(servers, { from: mail.from.address, to: mail.to }, raw);
    return { raw };
  } catch (err) {
    await deps.prisma.mailReply.delete({ where: { id: claimId } });
    const failure = classifyMailError(err, 'smtp');
    return { failed: `${failure.stage}: ${failure.detail}` };
  }
}

async function saveCopy(deps: ReplyDeps, servers: MailServers, folder: string, raw: Buffer, now: Date) {
  try {
    await deps.sender.saveToSent(servers, folder, raw, now);
    return true;
  } catch (err) {
    deps.logger.warn({ err: errorMessage(err) }, 'reply sent but not saved in the Sent folder');
    return false;
  }
}

/** Whether the ticket came from a client's mailbox that is still connected: its answers go by e-mail. */
export async function answersByMail(prisma: PrismaClient, ticketId: string): Promise<boolean> {
  return (await ticketMail(prisma, ticketId)) !== null;
}

/** A chosen e-mail of the client's (a draft approved in chat), with its mailbox; null when gone or erased. */
function chatMail(prisma: PrismaClient, clientId: string, mailMessageId: string) {
  return prisma.mailMessage.findFirst({
    where: { id: mailMessageId, clientId, fromAddress: { not: null }, client: { erasedAt: null } },
    include: { mailbox: true, client: { select: { name: true } } },
  });
}

/** Claims the idempotency key: null when this reply was already claimed (sent or being sent). */
async function claimReply(
  deps: ReplyDeps,
  source: TicketMail,
  mail: OutgoingMail,
  key: string,
  ticketId: string | null,
) {
  try {
    const claim = await deps.prisma.mailReply.create({
      data: {
        mailboxId: source.mailboxId,
        ticketId,
        idempotencyKey: key,
        messageId: mail.messageId,
        toAddress: mail.to,
        createdAt: mail.date,
      },
    });
    return claim.id;
  } catch (err) {
    if (isUniqueViolation(err)) return null;
    throw err;
  }
}

/** The desk's ticket hears that its e-mail was answered (and when first). */
function ticketSent(deps: ReplyDeps, input: MailReplyInput, mail: OutgoingMail, saved: boolean) {
  return [
    deps.prisma.ticketEvent.create({
      data: {
        ticketId: input.ticketId,
        kind: 'mail_sent',
        actor: 'assistant',
        assistantId: input.assistantId,
        data: { to: mail.to, savedToSent: saved },
        createdAt: mail.date,
      },
    }),
    deps.prisma.ticket.updateMany({
      where: { id: input.ticketId, firstResponseAt: null },
      data: { firstResponseAt: mail.date },
    }),
  ];
}

/**
 * A reply to `source` goes out from the client's mailbox, as the client: to the sender, "Re:"
 * the subject, threaded (In-Reply-To, References), with the files; then the same message is
 * appended to the mailbox's Sent folder. The idempotency key is claimed first, so a redelivered
 * event, a form sent twice or a double tap sends one e-mail.
 */
async function sendReply(
  deps: ReplyDeps,
  source: TicketMail,
  input: Omit<MailReplyInput, 'ticketId'> & { ticketId: string | null },
): Promise<MailReplyOutcome> {
  const now = deps.clock();
  const mail = outgoing(source, input, now);
  const claimId = await claimReply(deps, source, mail, input.idempotencyKey, input.ticketId);
  if (claimId === null) return { kind: 'duplicate' };
  const servers = serversOf(deps.box, source.mailbox);
  const sent = await sendClaimed(deps, servers, mail, claimId);
  if (!sent.raw) return { kind: 'failed', detail: sent.failed };
  const saved = await saveCopy(deps, servers, source.mailbox.sentFolder ?? 'Sent', sent.raw, now);
  const ticketId = input.ticketId;
  await deps.prisma.$transaction([
    deps.prisma.mailReply.update({ where: { id: claimId }, data: { sentAt: now, savedAt: saved ? now : null } }),
    ...(ticketId ? ticketSent(deps, { ...input, ticketId }, mail, saved) : []),
  ]);
  return { kind: 'sent', to: mail.to, savedToSent: saved };
}

/** The desk's answer to an email ticket, by e-mail as the client (sendReply); not_mail for any other ticket. */
export async function replyByMail(deps: ReplyDeps, input: MailReplyInput): Promise<MailReplyOutcome> {
  const source = await ticketMail(deps.prisma, input.ticketId);
  if (!source) return { kind: 'not_mail' };
  return sendReply(deps, source, input);
}

/** A reply the client approved in chat, to one of their e-mails (sendReply); not_mail when that e-mail is gone. */
export async function replyFromChat(
  deps: ReplyDeps,
  input: { clientId: string; mailMessageId: string; text: string; idempotencyKey: string },
): Promise<MailReplyOutcome> {
  const source = await chatMail(deps.prisma, input.clientId, input.mailMessageId);
  if (!source) return { kind: 'not_mail' };
  return sendReply(deps, source, { ...input, ticketId: null, files: [], assistantId: null });
}
