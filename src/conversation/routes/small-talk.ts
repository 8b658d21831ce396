import { analyze } from '../../understanding/analyze.js';
import { asksTheTime } from '../../understanding/rules/clock-question.js';
import { formatLocal } from '../../kernel/time.js';
import { t } from '../../i18n/catalog.js';
import { smallTalkOf, thanksOnLeaving } from '../small-talk.js';
import { say, type Route } from '../turn.js';

/** "ciao", "ok", "👍", "grazie": a short answer, never the whole help (that is for /help and "cosa sai fare?"). */
export const smallTalkRoute: Route = (msg, turn) => {
  if (msg.attachments.length) return undefined;
  // "che ore sono?", "what time is it?": the client's own clock, never the agenda nor a request for a human
  if (asksTheTime(analyze(msg.text, { now: turn.now, tz: turn.tz, lang: turn.lang })))
    return async (ctx) => ({
      reply: { text: t(ctx.lang, 'clockNow', { time: formatLocal(ctx.now, ctx.tz, 'HH:mm'), zone: ctx.tz }) },
      understood: true,
    });
  const kind = smallTalkOf(msg.text);
  if (thanksOnLeaving(msg.text)) return say('youAreWelcome');
  if (kind === 'greeting') return say('greeting');
  if (kind === 'thanks') return say('youAreWelcome');
  if (kind === 'farewell') return say('farewell');
  return kind ? say('acknowledged') : undefined;
};
