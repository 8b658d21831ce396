import { ticketLabel } from '../../domain/tickets/service.js';
import { logTime, MAX_LOGGED_MINUTES } from '../../domain/tickets/time-log.js';
import { errorMessage } from '../../kernel/errors.js';
import { escapeSlackText } from '../../channels/slack/blocks.js';
import type { DeskContext } from '../context.js';
import type { DeskAssistant } from './assistant.js';
import { hoursNoticeLine, tellClientHours } from './hours-notice.js';

/** The ticket time is logged on, as the thread relay knows it. */
export interface TimeTicket {
  id: string;
  number: number;
  clientId: string;
}

/**
 * An internal note that is only a duration ("// 30 min") logs that time on the ticket: the
 * assistant alone is told (the lines returned), the card shows the new total, and the client
 * hears nothing, unless the hours now spent bring their package to 20% left or zero (the same
 * notice, once per package, as a close).
 */
export async function logTimeFromThread(
  ctx: DeskContext,
  who: DeskAssistant,
  entry: { ticket: TimeTicket; minutes: number; slackTs?: string | undefined },
): Promise<string[]> {
  const { ticket, minutes } = entry;
  if (minutes > MAX_LOGGED_MINUTES) return [ctx.texts.timeNotLogged(ctx.texts.minutesInvalid(MAX_LOGGED_MINUTES))];
  let logged: Awaited<ReturnType<typeof logTime>>;
  try {
    logged = await logTime(ctx.prisma, {
      ticketId: ticket.id,
      assistantId: who.id,
      minutes,
      slackTs: entry.slackTs,
      now: ctx.clock(),
    });
  } catch (err) {
    return [ctx.texts.timeNotLogged(escapeSlackText(errorMessage(err)))];
  }
  if (!logged.logged) return [];
  ctx.logger.info({ ticketId: ticket.id, assistantId: who.id, minutes }, 'time logged from the thread');
  await ctx.cards.refresh(ticket.id);
  await tellClientHours(ctx, ticket, logged);
  const confirmation = ctx.texts.timeLogged(minutes, ticketLabel(ticket.number), logged.totalMinutes);
  const balance = ctx.texts.balanceLine(logged.balanceMinutes, logged.packageMinutes);
  const notice = hoursNoticeLine(ctx, logged);
  return [[`${confirmation} ${balance}`, notice].filter(Boolean).join('\n')];
}
