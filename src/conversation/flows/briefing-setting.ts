import type { BriefingRefusal, BriefingSwitch } from '../../domain/briefing/switch.js';
import { t } from '../../i18n/catalog.js';
import type { Flow } from '../flow.js';

/** The client's own switch of the morning briefing, put on the clock once committed. */
export const briefingSettingFlow: Flow<BriefingSwitch | BriefingRefusal> = async (ctx, change) => {
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
    events: [{ type: 'briefing_setting_changed', clientId: ctx.clientId }],
    understood: true,
  };
};
