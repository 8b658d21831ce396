import type { types } from '@slack/bolt';
import { escapeSlackText } from '../../channels/slack/blocks.js';
import type { DeskContext } from '../context.js';
import { cardNotPosted } from '../cards/client-events.js';
import { firstName, type DeskAssistant } from './assistant.js';
import type { Outcome } from './outcome.js';
import { relayAssistantMessage, relayTicketSelect } from './relay.js';

/** The buttons under a suggested reply; their value is the e-mail the suggestion answers. */
export const suggestionActions = { send: 'desk:suggestion-send', edit: 'desk:suggestion-edit' } as const;
export const suggestionActionPattern = /^desk:suggestion-(send|edit)$/;

/** Slack shows at most 3,000 characters in a section; the whole suggestion is what is sent. */
const SECTION_MAX = 2900;

function suggestionBlocks(ctx: DeskContext, mailMessageId: string, text: string): types.KnownBlock[] {
  const shown = escapeSlackText(text.length > SECTION_MAX ? `${text.slice(0, SECTION_MAX)}…` : text);
  const quoted = shown.replace(/^/gm, '>');
  const button = (label: string, actionId: string, primary: boolean): types.Button => ({
    type: 'button',
    text: { type: 'plain_text', text: label, emoji: true },
    action_id: actionId,
    value: mailMessageId,
    ...(primary ? { style: 'primary' as const } : {}),
  });
  return [
    { type: 'section', text: { type: 'mrkdwn', text: `${ctx.texts.suggestion.intro}\n${quoted}` } },
    {
      type: 'actions',
      elements: [
        button(ctx.texts.suggestion.send, suggestionActions.send, true),
        button(ctx.texts.suggestion.edit, suggestionActions.edit, false),
      ],
    },
  ];
}

/** The desk job: the suggestion in its ticket's thread, with Send and Edit (retried while the card is on its way). */
export async function postSuggestion(ctx: DeskContext, ticketId: string, mailMessageId: string): Promise<void> {
  const suggested = await ctx.mail?.suggested?.(mailMessageId);
  if (!suggested || suggested.ticketId !== ticketId) return;
  const blocks = suggestionBlocks(ctx, mailMessageId, suggested.text);
  const fallback = `${ctx.texts.suggestion.intro}\n${escapeSlackText(suggested.text)}`;
  if (!(await ctx.cards.thread(ticketId, fallback, { blocks }))) throw cardNotPosted(ticketId);
}

/** The suggestion and its ticket, as the relay needs them; a refusal when either is gone. */
export async function suggestionInHand(
  ctx: DeskContext,
  mailMessageId: string,
): Promise<{ refused: string } | { ticket: { id: string }; text: string }> {
  const suggested = await ctx.mail?.suggested?.(mailMessageId);
  if (!suggested) return { refused: ctx.texts.suggestion.gone };
  const ticket = await ctx.prisma.ticket.findUnique({ where: { id: suggested.ticketId }, select: relayTicketSelect });
  if (!ticket) return { refused: ctx.texts.ticketGone };
  return { ticket, text: suggested.text };
}

/**
 * A reply by e-mail from the desk (the suggestion as it is, or as edited in the modal): through
 * the same path as an answer in the thread (refused while someone else holds the ticket or it is
 * closed), sent once per `idempotencyKey`, so a double tap sends one e-mail; the thread says who
 * sent it.
 */
export async function replyFromDesk(
  ctx: DeskContext,
  who: DeskAssistant,
  reply: { ticketId: string; text: string; idempotencyKey: string; edited: boolean },
): Promise<Outcome> {
  const ticket = await ctx.prisma.ticket.findUnique({ where: { id: reply.ticketId }, select: relayTicketSelect });
  if (!ticket) return { refused: ctx.texts.ticketGone };
  // never to the client's chat: a ticket whose mailbox is gone has no e-mail to answer
  if (!(await ctx.mail?.answersByMail(ticket.id))) return { refused: ctx.texts.suggestion.gone };
  const relay = await relayAssistantMessage(ctx, who, { ...reply, ticket, files: [] });
  if (!relay.sent && relay.notices.length > 0) return { refused: relay.notices.join(' ') };
  return {
    followUp: async () => {
      if (!relay.sent) return;
      const name = escapeSlackText(firstName(who.name));
      const line = reply.edited
        ? ctx.texts.suggestion.repliedBy(name, escapeSlackText(reply.text))
        : ctx.texts.suggestion.sentBy(name);
      for (const text of [line, ...relay.notices]) await ctx.cards.thread(ticket.id, text);
    },
  };
}
