import { escapeSlackText } from '../../channels/slack/blocks.js';
import type { SlackFileContent } from '../../channels/slack/files.js';
import { bytesPerMb } from '../../domain/limits/attachments.js';
import { errorMessage, ValidationError } from '../../kernel/errors.js';
import { activeStatuses } from '../../domain/tickets/lifecycle.js';
import { recordAssistantMessage } from '../../domain/tickets/relay.js';
import { ticketLabel } from '../../domain/tickets/service.js';
import { t } from '../../i18n/catalog.js';
import type { TicketStatus } from '../../generated/prisma/enums.js';
import type { DeskContext } from '../context.js';
import { NOTE_MARKER } from '../texts.js';
import type { Delivery } from './client-messenger.js';
import { firstName, type DeskAssistant } from './assistant.js';
import { answerByMail } from './mail-reply.js';

/** An assistant's message about a ticket, written where the ticket's card is. */
export interface AssistantMessage {
  ticket: { id: string; number: number; status: TicketStatus; clientId: string };
  /** plain text as typed */
  text: string;
  /** the files shared with the message (Slack file id and name) */
  files: { id: string; name: string }[];
  /** the Slack ts of the message, kept with the ticket's message log */
  slackTs: string;
  /** the same message is never sent to the client twice */
  idempotencyKey: string;
}

/**
 * An assistant's message reaches the client, signed with their first name, and so does each
 * file shared with it, unless it starts with the note marker (then it stays on the desk as an
 * internal note). Returns what to tell the assistant privately: a closed ticket, a file too
 * large, a failed delivery.
 */
export async function relayAssistantMessage(
  ctx: DeskContext,
  who: DeskAssistant,
  message: AssistantMessage,
): Promise<string[]> {
  const { ticket, text } = message;
  const now = ctx.clock();
  const record = (kind: 'internal_note' | 'relayed_to_client') =>
    recordAssistantMessage(ctx.prisma, {
      ticketId: ticket.id,
      assistantId: who.id,
      kind,
      slackTs: message.slackTs,
      now,
    });
  if (text.startsWith(NOTE_MARKER)) {
    await record('internal_note');
    return [];
  }
  const number = ticketLabel(ticket.number);
  if (!(activeStatuses as readonly string[]).includes(ticket.status))
    return [ctx.texts.threadClosed(number, ctx.texts.statusWords[ticket.status])];
  const byMail = await answerByMail(ctx, {
    ticketId: ticket.id,
    text,
    files: message.files,
    idempotencyKey: message.idempotencyKey,
    assistantId: who.id,
  });
  if (byMail) return byMail;
  const signed = { ...message, name: firstName(who.name), number };
  const results: Relayed[] = [];
  if (text !== '') results.push(await relayText(ctx, signed));
  for (const file of message.files) results.push(await relayFile(ctx, signed, file));
  const notices = results.flatMap((r) => r.notices);
  if (!results.some((r) => r.delivered)) return notices;
  await record('relayed_to_client');
  ctx.logger.info(
    { ticketId: ticket.id, assistantId: who.id, chars: text.length, files: message.files.length },
    'assistant reply relayed to the client',
  );
  return notices;
}

type Signed = AssistantMessage & { name: string; number: string };
type Relayed = { delivered: boolean; notices: string[] };

async function relayText(ctx: DeskContext, message: Signed): Promise<Relayed> {
  const { ticket, text, name, number } = message;
  const outcome = await ctx.sendToClient({
    ticketId: ticket.id,
    clientId: ticket.clientId,
    text: (lang) => t(lang, 'assistantMessage', { text, name, number }),
    idempotencyKey: message.idempotencyKey,
  });
  return { delivered: outcome.delivered, notices: notDelivered(ctx, outcome) };
}

/** What the assistant is told privately when a message did not reach the client (a repeat is no failure). */
function notDelivered(ctx: DeskContext, delivery: Delivery): string[] {
  if (delivery.delivered || delivery.reason === 'duplicate') return [];
  if (delivery.reason === 'unreachable') return [ctx.texts.clientUnreachable];
  return [ctx.texts.relayFailed(escapeSlackText(delivery.error ?? delivery.reason))];
}

/** A file shared in the thread reaches the client on their channel, signed; one over the size limit is not sent. */
async function relayFile(ctx: DeskContext, message: Signed, shared: { id: string; name: string }): Promise<Relayed> {
  const { ticket, name, number } = message;
  const sharedName = escapeSlackText(shared.name);
  let file: SlackFileContent;
  try {
    file = await ctx.files.download(shared.id, ctx.files.maxBytes);
  } catch (err) {
    const tooLarge = err instanceof ValidationError && typeof err.context.sizeBytes === 'number';
    const notice = tooLarge
      ? ctx.texts.files.fileTooLarge(sharedName, Math.floor(ctx.files.maxBytes / bytesPerMb))
      : ctx.texts.files.fileNotSent(sharedName, escapeSlackText(errorMessage(err)));
    return { delivered: false, notices: [notice] };
  }
  const outcome = await ctx.sendToClient({
    ticketId: ticket.id,
    clientId: ticket.clientId,
    text: (lang) => t(lang, 'assistantFile', { name, number }),
    file: { name: file.name, mimeType: file.mimeType, content: file.content },
    idempotencyKey: `${message.idempotencyKey}:${shared.id}`,
  });
  const failed = notDelivered(ctx, outcome);
  const notices = failed.length ? [ctx.texts.files.fileNotSent(sharedName, failed.join(' '))] : [];
  return { delivered: outcome.delivered, notices };
}
