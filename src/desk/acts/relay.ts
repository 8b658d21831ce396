import { escapeSlackText } from '../../channels/slack/blocks.js';
import { activeStatuses } from '../../domain/tickets/lifecycle.js';
import { recordAssistantMessage } from '../../domain/tickets/relay.js';
import { ticketLabel } from '../../domain/tickets/service.js';
import { t } from '../../i18n/catalog.js';
import type { TicketStatus } from '../../generated/prisma/enums.js';
import type { DeskContext } from '../context.js';
import { NOTE_MARKER } from '../texts.js';
import { firstName, type DeskAssistant } from './assistant.js';

/** An assistant's message about a ticket, written where the ticket's card is. */
export interface AssistantMessage {
  ticket: { id: string; number: number; status: TicketStatus; clientId: string };
  /** plain text as typed */
  text: string;
  hasFiles: boolean;
  /** the Slack ts of the message, kept with the ticket's message log */
  slackTs: string;
  /** the same message is never sent to the client twice */
  idempotencyKey: string;
}

/**
 * An assistant's message reaches the client, signed with their first name, unless it starts
 * with the note marker (then it stays on the desk as an internal note). Returns what to tell
 * the assistant privately: a closed ticket, files that were not sent, a failed delivery.
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
  const notices = message.hasFiles ? [ctx.texts.filesNotRelayed] : [];
  if (text === '') return notices;

  const name = firstName(who.name);
  const delivery = await ctx.sendToClient({
    ticketId: ticket.id,
    clientId: ticket.clientId,
    text: (lang) => t(lang, 'assistantMessage', { text, name, number }),
    idempotencyKey: message.idempotencyKey,
  });
  if (!delivery.delivered) {
    if (delivery.reason === 'duplicate') return notices;
    const reason =
      delivery.reason === 'unreachable'
        ? ctx.texts.clientUnreachable
        : ctx.texts.relayFailed(escapeSlackText(delivery.error ?? delivery.reason));
    return [...notices, reason];
  }
  await record('relayed_to_client');
  ctx.logger.info(
    { ticketId: ticket.id, assistantId: who.id, chars: text.length },
    'assistant reply relayed to the client',
  );
  return notices;
}
