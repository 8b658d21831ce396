import { t } from '../../i18n/catalog.js';
import { formatMinutes } from '../../i18n/format.js';
import { localDateTime, zonedInstant } from '../../kernel/time.js';
import type { Flow, FlowContext } from '../flow.js';

/** Minutes the assistants logged for the client since the start of this month in their zone. */
async function usedThisMonth(ctx: FlowContext): Promise<number> {
  const local = localDateTime(ctx.now, ctx.tz);
  const monthStart = zonedInstant({ year: local.year, month: local.month, day: 1 }, 0, ctx.tz);
  const used = await ctx.db.timeEntry.aggregate({
    where: { ticket: { clientId: ctx.clientId }, createdAt: { gte: monthStart } },
    _sum: { minutes: true },
  });
  return used._sum.minutes ?? 0;
}

/** "Quante ore mi restano?": the package, the hours used this month and what is left (or how far over it). */
export const balanceFlow: Flow<unknown> = async (ctx) => {
  const client = await ctx.db.client.findUniqueOrThrow({
    where: { id: ctx.clientId },
    select: { hoursPackageMinutes: true, hoursBalanceMinutes: true },
  });
  const used = formatMinutes(await usedThisMonth(ctx));
  // a client without a package is never told they used it up
  if (client.hoursPackageMinutes <= 0)
    return { reply: { text: t(ctx.lang, 'balanceNoPackage', { used }) }, understood: true };
  const size = formatMinutes(client.hoursPackageMinutes);
  const text =
    client.hoursBalanceMinutes >= 0
      ? t(ctx.lang, 'balanceLeft', { size, used, left: formatMinutes(client.hoursBalanceMinutes) })
      : t(ctx.lang, 'balanceOver', { size, used, over: formatMinutes(-client.hoursBalanceMinutes) });
  return { reply: { text }, understood: true };
};
