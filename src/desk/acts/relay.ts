import { escapeSlackText } from '../../channels/slack/blocks.js';
import type { SlackFileContent } from '../../channels/slack/files.js';
import { bytesPerMb } from '../../domain/limits/attachments.js';
import { errorMessage, ForbiddenError, ValidationError } from '../../kernel/errors.js';
import { activeStatuses } from '../../domain/tickets/lifecycle.js';
import { recordAssistantMessage } from '../../domain/tickets/relay.js';
import { ticketLabel } from '../../domain/tickets/service.js';
import { t } from '../../i18n/catalog.js';
import type { TicketStatus } from '../../generated/prisma/enums.js';
import type { DeskContext } from '../context.js';
import { loggedMinutes, NOTE_MARKER } from '../texts.js';
import type { Delivery } from './client-messenger.js';
import { firstName, type DeskAssistant } from './assistant.js';
import { answerByMail } from './mail-reply.js';
import { logTimeFromThread } from './time-log.js';
import type { Outcome } from './outcome.js';
import { explainRefusal } from './refusals.js';

/** The ticket an assistant writes about, as the relay needs it. */
export const relayTicketSelect = { id: true, number: true, status: true, clientId: true, assigneeId: true } as const;

/** An assistant's message about a ticket, written where the ticket's card is. */
export interface AssistantMessage {
  ticket: { id: string; number: number; status: TicketStatus; clientId: string; assigneeId: string | null };
  /** plain text as typed */
  text: string;
  /** the files shared with the message (Slack file id and name) */
  files: { id: string; name: string }[];
  /** the Slack ts of the message, kept with the ticket's history, when it was written in Slack */
  slackTs?: string | undefined;
  /** the same message is never sent to the client twice */
  idempotencyKey: string;
}

/** What came of a message: whether anything reached the client, and what to tell the assistant. */
export interface Relay {
  sent: boolean;
  notices: string[];
}

/**
 * An assistant's message reaches the client, signed with their first name, and so does each
 * file shared with it, unless it starts with the note marker (then it stays on the desk as an
 * internal note, or logs time when it is only a duration: "// 30 min"). While someone else holds the ticket only they write to its client. The
 * notices say what to tell the assistant privately: a ticket held by someone else or closed, a
 * file too large, a failed delivery.
 */
export async function relayAssistantMessage(
  ctx: DeskContext,
  who: DeskAssistant,
  message: AssistantMessage,
): Promise<Relay> {
  const { ticket, text } = message;
  if (text.startsWith(NOTE_MARKER)) {
    const note = text.slice(NOTE_MARKER.length).trim();
    const minutes = loggedMinutes(note);
    if (minutes !== null)
      return { sent: false, notices: await logTimeFromThread(ctx, who, { ticket, minutes, slackTs: message.slackTs }) };
    await recordNote(ctx, who, { ticketId: ticket.id, text: note, slackTs: message.slackTs });
    return { sent: false, notices: [] };
  }
  const refused = await relayRefusal(ctx, who, ticket);
  if (refused) return { sent: false, notices: [refused] };
  const byMail = await answerByMail(ctx, {
    ticketId: ticket.id,
    text,
    files: message.files,
    idempotencyKey: message.idempotencyKey,
    assistantId: who.id,
  });
  if (byMail) return byMail;
  const signed = { ...message, name: firstName(who.name), number: ticketLabel(ticket.number) };
  const results: Relayed[] = [];
  if (text !== '') results.push(await relayText(ctx, signed));
  for (const file of message.files) results.push(await relayFile(ctx, signed, file));
  const notices = results.flatMap((r) => r.notices);
  if (!results.some((r) => r.delivered)) return { sent: false, notices };
  await recordAssistantMessage(ctx.prisma, {
    ticketId: ticket.id,
    assistantId: who.id,
    kind: 'relayed_to_client',
    slackTs: message.slackTs,
    now: ctx.clock(),
  });
  ctx.logger.info(
    { ticketId: ticket.id, assistantId: who.id, chars: text.length, files: message.files.length },
    'assistant reply relayed to the client',
  );
  return { sent: true, notices };
}

/** Why the message may not go to the client: the ticket is closed, or someone else holds it. */
async function relayRefusal(
  ctx: DeskContext,
  who: DeskAssistant,
  ticket: AssistantMessage['ticket'],
): Promise<string | undefined> {
  if (!(activeStatuses as readonly string[]).includes(ticket.status))
    return ctx.texts.threadClosed(ticketLabel(ticket.number), ctx.texts.statusWords[ticket.status]);
  if (ticket.assigneeId === null || ticket.assigneeId === who.id) return undefined;
  const held = new ForbiddenError('ticket held by someone else', { ticketId: ticket.id });
  return explainRefusal(ctx, ticket.id, held, who.id, 'work');
}

/** An internal note joins the ticket's history with its words; it never reaches the client. */
async function recordNote(
  ctx: DeskContext,
  who: DeskAssistant,
  note: { ticketId: string; text: string; slackTs?: string | undefined },
): Promise<void> {
  await recordAssistantMessage(ctx.prisma, {
    ticketId: note.ticketId,
    assistantId: who.id,
    kind: 'internal_note',
    slackTs: note.slackTs,
    note: note.text,
    now: ctx.clock(),
  });
}

/**
 * A reply written outside Slack (the back-office): relayed like a thread reply, refused with the
 * same lines, and shown in the card's thread so the Slack desk sees it too.
 */
export async function replyToClient(
  ctx: DeskContext,
  who: DeskAssistant,
  reply: { ticketId: string; text: string; idempotencyKey: string },
): Promise<Outcome> {
  const ticket = await ctx.prisma.ticket.findUnique({ where: { id: reply.ticketId }, select: relayTicketSelect });
  if (!ticket) return { refused: ctx.texts.ticketGone };
  const relay = await relayAssistantMessage(ctx, who, { ...reply, ticket, files: [] });
  if (!relay.sent && relay.notices.length > 0) return { refused: relay.notices.join(' ') };
  return {
    followUp: async () => {
      // a form sent twice reaches the client once, and the thread hears of it once
      if (!relay.sent) return;
      const line = ctx.texts.repliedOutsideSlack(escapeSlackText(firstName(who.name)), escapeSlackText(reply.text));
      // what the assistant should know of a sent reply (by e-mail, to whom) goes with it
      for (const text of [line, ...relay.notices]) await ctx.cards.thread(ticket.id, text);
    },
  };
}

/** An internal note written outside Slack: kept with the ticket, and shown in the card's thread. */
export async function writeNote(
  ctx: DeskContext,
  who: DeskAssistant,
  note: { ticketId: string; text: string },
): Promise<Outcome> {
  const ticket = await ctx.prisma.ticket.findUnique({ where: { id: note.ticketId }, select: { id: true } });
  if (!ticket) return { refused: ctx.texts.ticketGone };
  await recordNote(ctx, who, note);
  return {
    followUp: async () => {
      const line = ctx.texts.noteOutsideSlack(escapeSlackText(firstName(who.name)), escapeSlackText(note.text));
      await ctx.cards.thread(ticket.id, line);
    },
  };
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
