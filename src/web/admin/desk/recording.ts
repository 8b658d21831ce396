import { slackTextToPlain } from '../../../channels/slack/map-event.js';
import { errorMessage } from '../../../kernel/errors.js';
import type { DeskContext } from '../../../desk/context.js';

/**
 * The desk context of one back-office act: the same acts and cards, with what the act writes in
 * the card's thread also kept for the page to show. A thread Slack refuses is logged and does not
 * fail the act (it is done; the back-office person need not know Slack is away).
 */
export function recordingDesk(ctx: DeskContext, lines: string[]): DeskContext {
  const cards = ctx.cards;
  return {
    ...ctx,
    cards: {
      ...cards,
      thread: async (ticketId, text, options) => {
        lines.push(plainDeskLine(text));
        return cards.thread(ticketId, text, options).catch((err: unknown) => {
          ctx.logger.warn({ err: errorMessage(err), ticketId }, 'back-office act not shown in the card thread');
          return false;
        });
      },
    },
  };
}

/** A desk line written for Slack, as plain text: no leading emoji code, no bold marks, no escapes. */
export function plainDeskLine(text: string): string {
  return slackTextToPlain(text.replace(/^:[a-z0-9_+-]+:\s*/, '').replace(/\*([^*\n]+)\*/g, '$1')).trim();
}
