import type { PrismaClient } from '../../infra/db/types.js';
import type { Logger } from '../../infra/logger.js';
import { errorMessage } from '../../kernel/errors.js';
import type { DomainEvent } from '../../kernel/events.js';
import type { DraftWriter } from './draft-writer.js';

export interface SuggestDeps {
  prisma: PrismaClient;
  writer: DraftWriter;
  logger: Logger;
  /** the desk hears of each suggestion written (mail_reply_suggested) */
  publish(events: readonly DomainEvent[]): Promise<void>;
}

/**
 * An e-mail that became a desk ticket gets a suggested reply written by the LLM, in the client's
 * language and signed with their name, when the client allows the LLM; the assistant sends it as
 * it is or edits it first. Nothing is suggested when the LLM fails: the desk writes its own.
 */
export async function suggestReply(deps: SuggestDeps, mailMessageRowId: string): Promise<void> {
  const row = await deps.prisma.mailMessage.findUnique({
    where: { id: mailMessageRowId },
    include: { client: { select: { name: true, lang: true, llmEnabled: true, erasedAt: true } } },
  });
  if (!row?.ticketId || !row.client.llmEnabled || row.client.erasedAt) return;
  const from = row.fromName ? `${row.fromName} <${row.fromAddress ?? ''}>` : (row.fromAddress ?? '');
  const reply = await deps.writer({
    lang: row.client.lang === 'en' ? 'en' : 'it',
    signer: row.client.name,
    original: { from, subject: row.subject, text: row.text },
  });
  if (!reply) return;
  await deps.prisma.mailMessage.update({ where: { id: row.id }, data: { suggestedReply: reply } });
  await deps.publish([{ type: 'mail_reply_suggested', ticketId: row.ticketId, mailMessageId: row.id }]);
}

/** One suggestion by its e-mail, with the ticket it answers; null when gone, erased or blanked by retention. */
export async function suggestionOf(
  prisma: PrismaClient,
  mailMessageId: string,
): Promise<{ ticketId: string; text: string } | null> {
  const row = await prisma.mailMessage.findFirst({
    where: { id: mailMessageId, ticketId: { not: null }, suggestedReply: { not: null }, client: { erasedAt: null } },
    select: { ticketId: true, suggestedReply: true },
  });
  return row?.ticketId && row.suggestedReply ? { ticketId: row.ticketId, text: row.suggestedReply } : null;
}

/** The suggestion for a ticket's newest e-mail, if one was written. */
export async function suggestionFor(prisma: PrismaClient, ticketId: string): Promise<string | null> {
  const row = await prisma.mailMessage.findFirst({
    where: { ticketId, suggestedReply: { not: null } },
    orderBy: { createdAt: 'desc' },
    select: { suggestedReply: true },
  });
  return row?.suggestedReply ?? null;
}

/** Starts the suggestion without holding up the mailbox's next message; a failure is only logged. */
export function suggestLater(deps: SuggestDeps, mailMessageRowId: string): void {
  void suggestReply(deps, mailMessageRowId).catch((err: unknown) =>
    deps.logger.warn({ err: errorMessage(err) }, 'suggested reply not written'),
  );
}
