import type { BriefingRefusal, BriefingSwitch } from '../../domain/briefing/switch.js';
import { t } from '../../i18n/catalog.js';
import type { FlowContext, FlowResult } from '../deps.js';

/** The client's own switch of the morning briefing, put on the clock once committed. */
export async function briefingSettingFlow(
  ctx: FlowContext,
  change: BriefingSwitch | BriefingRefusal,
  briefingChanged?: (clientId: string) => Promise<void>,
): Promise<FlowResult> {
  if ('refused' in change) {
    const why =
      change.refused === 'time'
        ? t(ctx.lang, 'briefingBadTime', { arg: change.arg })
        : t(ctx.lang, 'briefingBadArgument', { arg: change.arg });
    return { reply: { text: `${why} ${t(ctx.lang, 'briefingUsage')}` }, understood: true };
  }
  const client = await ctx.db.client.update({
    where: { id: ctx.clientId },
    data: { morningBriefingEnabled: change.on, ...(change.time ? { morningBriefingTime: change.time } : {}) },
    select: { morningBriefingTime: true },
  });
  return {
    reply: {
      text: change.on ? t(ctx.lang, 'briefingOn', { time: client.morningBriefingTime }) : t(ctx.lang, 'briefingOff'),
    },
    ...(briefingChanged ? { afterCommit: () => briefingChanged(ctx.clientId) } : {}),
    understood: true,
  };
}
