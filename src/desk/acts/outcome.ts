import { escapeSlackText } from '../../channels/slack/blocks.js';
import type { DeskContext } from '../context.js';
import type { Delivery } from './client-messenger.js';

/** An act refused with a reason for the assistant, or accepted with the work that follows it. */
export type Outcome = { refused: string } | { refused?: undefined; followUp: () => Promise<void> };

/** Says in the thread when a message did not reach the client; true when it did not. */
export async function failedDelivery(ctx: DeskContext, ticketId: string, delivery: Delivery): Promise<boolean> {
  if (delivery.delivered) return false;
  const text =
    delivery.reason === 'unreachable'
      ? ctx.texts.clientUnreachable
      : ctx.texts.relayFailed(escapeSlackText(delivery.error ?? delivery.reason));
  await ctx.cards.thread(ticketId, text);
  return true;
}
