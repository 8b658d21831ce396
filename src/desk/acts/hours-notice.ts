import { t } from '../../i18n/catalog.js';
import { formatMinutes } from '../../i18n/format.js';
import type { HoursNotice } from '../../generated/prisma/enums.js';
import type { DeskContext } from '../context.js';
import { failedDelivery } from './outcome.js';

/** A closed ticket's effect on the client's hours package, as completeTicket reports it. */
export interface HoursAfterDone {
  balanceMinutes: number;
  packageMinutes: number;
  /** the notice due now, recorded once per package; null when none is */
  hoursNotice: HoursNotice | null;
}

/** The desk's line for the notice due, under the Done summary; nothing when none is due. */
export function hoursNoticeLine(ctx: DeskContext, hours: HoursAfterDone): string | null {
  if (hours.hoursNotice === 'used_up') return ctx.texts.balanceNegative;
  if (hours.hoursNotice === 'low') return ctx.texts.balanceLow(hours.balanceMinutes, hours.packageMinutes);
  return null;
}

/** Tells the client, once per package, that it has 20% left or is used up. */
export async function tellClientHours(
  ctx: DeskContext,
  ticket: { id: string; clientId: string },
  hours: HoursAfterDone,
): Promise<void> {
  const notice = hours.hoursNotice;
  if (!notice) return;
  const size = formatMinutes(hours.packageMinutes);
  const left = formatMinutes(hours.balanceMinutes);
  const delivery = await ctx.sendToClient({
    ticketId: ticket.id,
    clientId: ticket.clientId,
    text: (lang) => (notice === 'low' ? t(lang, 'hoursLow', { size, left }) : t(lang, 'hoursUsedUp', { size })),
  });
  await failedDelivery(ctx, ticket.id, delivery);
}
