import { encodeButton } from '../../kernel/actions.js';
import { escapeSlackText } from '../../channels/slack/blocks.js';
import { t } from '../../i18n/catalog.js';
import {
  askClient,
  assertHolder,
  claimTicket,
  closeAfterClientCancel,
  completeTicket,
  releaseTicket,
} from '../../domain/tickets/lifecycle.js';
import { ConflictError } from '../../kernel/errors.js';
import { ticketLabel } from '../../domain/tickets/service.js';
import { firstName, type DeskAssistant } from './assistant.js';
import type { DeskContext } from '../context.js';
import { failedDelivery, type Outcome } from './outcome.js';
import { explainRefusal } from './refusals.js';
import { hoursNoticeLine, tellClientHours } from './hours-notice.js';

const RATINGS = [1, 2, 3, 4, 5] as const;

/** Claim: exactly one of concurrent presses wins; the others learn who has the ticket. */
export async function claim(ctx: DeskContext, who: DeskAssistant, ticketId: string): Promise<Outcome> {
  try {
    await claimTicket(ctx.prisma, { ticketId, assistantId: who.id, now: ctx.clock() });
  } catch (err) {
    return { refused: await explainRefusal(ctx, ticketId, err, who.id, 'claim') };
  }
  ctx.logger.info({ ticketId, assistantId: who.id }, 'ticket claimed');
  return {
    followUp: async () => {
      await ctx.publish([{ type: 'ticket_claimed', ticketId, assistantId: who.id }]);
      await ctx.cards.refresh(ticketId);
    },
  };
}

/** Release: the holder puts the ticket back to open, and the thread says so. */
export async function release(ctx: DeskContext, who: DeskAssistant, ticketId: string): Promise<Outcome> {
  let number: number;
  try {
    number = (await releaseTicket(ctx.prisma, { ticketId, assistantId: who.id, now: ctx.clock() })).number;
  } catch (err) {
    return { refused: await explainRefusal(ctx, ticketId, err, who.id, 'work') };
  }
  ctx.logger.info({ ticketId, assistantId: who.id }, 'ticket released');
  return {
    followUp: async () => {
      await ctx.publish([{ type: 'ticket_state_changed', ticketId }]);
      await ctx.cards.refresh(ticketId);
      await ctx.cards.thread(ticketId, ctx.texts.released(escapeSlackText(firstName(who.name)), ticketLabel(number)));
    },
  };
}

/**
 * Close: a booking ticket whose booking the client cancelled is closed without logging time
 * (after the venue was told); a ticket whose booking stands is closed with Done instead.
 */
export async function closeCancelled(ctx: DeskContext, who: DeskAssistant, ticketId: string): Promise<Outcome> {
  try {
    await closeAfterClientCancel(ctx.prisma, { ticketId, assistantId: who.id, now: ctx.clock() });
  } catch (err) {
    if (err instanceof ConflictError && err.context?.reason === 'booking_stands') {
      const ticket = await ctx.prisma.ticket.findUnique({ where: { id: ticketId }, select: { number: true } });
      if (ticket) return { refused: ctx.texts.notCancelledByClient(ticketLabel(ticket.number)) };
    }
    return { refused: await explainRefusal(ctx, ticketId, err, who.id, 'work') };
  }
  ctx.logger.info({ ticketId, assistantId: who.id }, 'ticket closed after the client cancelled its booking');
  return {
    followUp: async () => {
      await ctx.publish([{ type: 'ticket_state_changed', ticketId }]);
      await ctx.cards.refresh(ticketId);
      await ctx.cards.thread(ticketId, ctx.texts.closedAfterClientCancel(escapeSlackText(firstName(who.name))));
    },
  };
}

/** The ticket its holder is about to close or ask about, as the forms show it. */
export interface TicketInHand {
  ticketId: string;
  number: number;
  clientName: string;
  balanceMinutes: number;
  packageMinutes: number;
}

/** The ticket `who` holds, for the done and ask forms; anyone else is told why not. */
export async function ticketInHand(
  ctx: DeskContext,
  who: DeskAssistant,
  ticketId: string,
): Promise<{ refused: string } | { ticket: TicketInHand }> {
  const ticket = await ctx.prisma.ticket.findUnique({
    where: { id: ticketId },
    select: {
      id: true,
      number: true,
      status: true,
      assigneeId: true,
      client: { select: { name: true, hoursBalanceMinutes: true, hoursPackageMinutes: true } },
    },
  });
  try {
    if (!ticket) return { refused: ctx.texts.ticketGone };
    assertHolder(ticket, who.id);
  } catch (err) {
    return { refused: await explainRefusal(ctx, ticketId, err, who.id, 'work') };
  }
  return {
    ticket: {
      ticketId,
      number: ticket.number,
      clientName: ticket.client.name,
      balanceMinutes: ticket.client.hoursBalanceMinutes,
      packageMinutes: ticket.client.hoursPackageMinutes,
    },
  };
}

/** Ask client: the question goes out signed, and the ticket waits on the client's answer. */
export async function ask(ctx: DeskContext, who: DeskAssistant, ticketId: string, question: string): Promise<Outcome> {
  let ticket: { number: number; clientId: string };
  try {
    ticket = await askClient(ctx.prisma, { ticketId, assistantId: who.id, now: ctx.clock() });
  } catch (err) {
    return { refused: await explainRefusal(ctx, ticketId, err, who.id, 'work') };
  }
  const name = firstName(who.name);
  const number = ticketLabel(ticket.number);
  return {
    followUp: async () => {
      await ctx.publish([{ type: 'ticket_state_changed', ticketId }]);
      const delivery = await ctx.sendToClient({
        ticketId,
        clientId: ticket.clientId,
        text: (lang) => t(lang, 'assistantMessage', { text: question, name, number }),
      });
      await ctx.cards.refresh(ticketId);
      if (!(await failedDelivery(ctx, ticketId, delivery)))
        await ctx.cards.thread(ticketId, ctx.texts.asked(escapeSlackText(name), escapeSlackText(question)));
    },
  };
}

/**
 * Done: time entry, balance and status in one transaction; then the outcome goes to the client
 * with the 1-5 rating buttons, the thread gets the summary and the card its final state; when
 * the package just reached 20% left or zero, the thread and the client are told (once).
 */
export async function done(
  ctx: DeskContext,
  who: DeskAssistant,
  ticketId: string,
  report: { minutes: number; outcome: string },
): Promise<Outcome> {
  let closed: Awaited<ReturnType<typeof completeTicket>>;
  try {
    closed = await completeTicket(ctx.prisma, { ticketId, assistantId: who.id, now: ctx.clock(), ...report });
  } catch (err) {
    return { refused: await explainRefusal(ctx, ticketId, err, who.id, 'work') };
  }
  ctx.logger.info({ ticketId, assistantId: who.id, minutes: report.minutes }, 'ticket done');
  const name = firstName(who.name);
  const number = ticketLabel(closed.ticket.number);
  return {
    followUp: async () => {
      await ctx.publish([{ type: 'ticket_state_changed', ticketId }]);
      const delivery = await ctx.sendToClient({
        ticketId,
        clientId: closed.ticket.clientId,
        text: (lang) => t(lang, 'ticketDone', { number, outcome: report.outcome, name }),
        buttons: (lang) => [
          RATINGS.map((rating) => ({
            label: t(lang, 'ratingButton', { rating }),
            data: encodeButton({ op: 'rate', rating, item: { kind: 'ticket', id: ticketId } }),
          })),
        ],
      });
      await ctx.cards.refresh(ticketId);
      await failedDelivery(ctx, ticketId, delivery);
      // the balance line says "no hours package" rather than a negative balance left
      const summary = `${ctx.texts.done(escapeSlackText(name), report.minutes)} ${ctx.texts.balanceLine(closed.balanceMinutes, closed.packageMinutes)}`;
      const notice = hoursNoticeLine(ctx, closed);
      await ctx.cards.thread(ticketId, notice ? `${summary}\n${notice}` : summary);
      await tellClientHours(ctx, { id: ticketId, clientId: closed.ticket.clientId }, closed);
    },
  };
}
