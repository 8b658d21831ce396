import { escapeSlackText } from '../../channels/slack/blocks.js';
import type { MailReplyInput, MailReplyOutcome } from '../../domain/mailbox/reply.js';
import { errorMessage } from '../../kernel/errors.js';
import type { DeskContext } from '../context.js';

/** The client's mailbox as the desk sees it: answering an email ticket by e-mail. */
export interface DeskMail {
  /** whether the ticket came from the client's mailbox (its answers go by e-mail) */
  answersByMail(ticketId: string): Promise<boolean>;
  reply(input: MailReplyInput): Promise<MailReplyOutcome>;
  /** the reply an LLM suggested for the ticket's e-mail, if any */
  suggestion?(ticketId: string): Promise<string | null>;
  /** one suggested reply by its e-mail, with its ticket (the Slack desk's buttons carry the e-mail) */
  suggested?(mailMessageId: string): Promise<{ ticketId: string; text: string } | null>;
}

/** The files shared with the answer, fetched from Slack; one that cannot be fetched stops the e-mail. */
async function sharedFiles(ctx: DeskContext, files: { id: string; name: string }[]) {
  const fetched = [];
  for (const shared of files) {
    const file = await ctx.files.download(shared.id, ctx.files.maxBytes);
    fetched.push({ fileName: file.name, mimeType: file.mimeType, content: file.content });
  }
  return fetched;
}

/**
 * An assistant's answer in the thread of a ticket that came from the client's mailbox goes out
 * by e-mail, as the client, instead of to the client's chat. Returns undefined for any other
 * ticket, else whether it went and what to tell the assistant privately.
 */
export async function answerByMail(
  ctx: DeskContext,
  input: Omit<MailReplyInput, 'files'> & { files: { id: string; name: string }[] },
): Promise<{ sent: boolean; notices: string[] } | undefined> {
  if (!ctx.mail || !(await ctx.mail.answersByMail(input.ticketId))) return undefined;
  let files;
  try {
    files = await sharedFiles(ctx, input.files);
  } catch (err) {
    return { sent: false, notices: [ctx.texts.mailNotSent(escapeSlackText(errorMessage(err)))] };
  }
  const outcome = await ctx.mail.reply({ ...input, files });
  if (outcome.kind === 'not_mail') return undefined;
  if (outcome.kind === 'duplicate') return { sent: false, notices: [] };
  if (outcome.kind === 'failed')
    return { sent: false, notices: [ctx.texts.mailNotSent(escapeSlackText(outcome.detail))] };
  ctx.logger.info({ ticketId: input.ticketId, files: files.length }, 'desk answer sent by e-mail');
  return { sent: true, notices: [ctx.texts.mailSent(escapeSlackText(outcome.to), outcome.savedToSent)] };
}
