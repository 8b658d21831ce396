import { formatInstant } from '../../kernel/time.js';
import type { Understanding } from '../../understanding/contract.js';
import { leadBeforeNamedEvent } from '../../understanding/rules/before-named-event.js';
import type { Flow, FlowResult } from '../flow.js';
import { matchTargets } from '../targets.js';
import { candidates } from './manage.js';
import { reminderFlow } from './reminder.js';
import { tieToBooking } from './reminder-event.js';

/**
 * "remind me an hour before the meeting with the engineer to bring the printed plans": the one
 * appointment ahead that the words name gives the time; the reminder is set that long before it
 * and tied to it, so it follows the appointment when that moves. Without one such appointment the
 * reminder asks for its time as any other would.
 */
export const reminderBeforeNamedFlow: Flow<Understanding> = async (ctx, u): Promise<FlowResult> => {
  const lead = leadBeforeNamedEvent(ctx.text, { now: ctx.now, tz: ctx.tz, lang: ctx.lang });
  if (!lead) return reminderFlow(ctx, u);
  const ahead = (await candidates(ctx, ['booking'])).filter((c) => c.at && c.at.getTime() > ctx.now.getTime());
  const found = matchTargets(lead.event, ahead);
  const booking =
    found.length === 1 ? await ctx.db.booking.findFirst({ where: { id: found[0]!.id, clientId: ctx.clientId } }) : null;
  const at = booking?.startsAt ? new Date(booking.startsAt.getTime() - lead.minutes * 60_000) : undefined;
  if (!booking || !at || at.getTime() <= ctx.now.getTime()) return reminderFlow(ctx, u);
  const text = lead.task ?? booking.title;
  const reminded = await reminderFlow(ctx, { ...u, when: formatInstant(at, ctx.tz), text });
  await tieToBooking(ctx, reminded, booking.id);
  return reminded;
};
