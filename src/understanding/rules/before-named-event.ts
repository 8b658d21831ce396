import type { UnderstandingContext } from '../contract.js';
import { analyze } from '../analyze.js';

/** What leads into the event after "an hour before": "the", "of the", "della", "dell'". */
const EVENT_LEAD =
  /^(?:(?:of|before|prima|di|del|dello|della|dei|degli|delle|dell'|al|alla|allo)\s*)?(?:(?:the|my|our|il|lo|la|l'|i|gli|le|mio|mia)\s*)?/iu;
/** Where the event's words end and the thing to do begins: "… to bring", "… di portare", "… per". */
const TASK_START = /\s+(?:to|di|per|that|che|so i can)\s+/iu;

/**
 * "remind me an hour before the meeting with the engineer to bring the printed plans": a lead
 * before an event named only by its words, no time said for it. The minutes, the event's words
 * ("meeting with the engineer") and what to do ("bring the printed plans", when said): the
 * conversation finds the event on the agenda. Undefined when any other time is said. Pure.
 */
export function leadBeforeNamedEvent(
  text: string,
  ctx: UnderstandingContext,
): { minutes: number; event: string; task?: string } | undefined {
  const analysis = analyze(text, ctx);
  const [only, ...others] = analysis.matches;
  if (only?.component.kind !== 'before' || others.length > 0) return undefined;
  const after = text
    .slice(analysis.tokens[only.last]!.end)
    .trim()
    .replace(EVENT_LEAD, '')
    .replace(/[.!?]+$/u, '');
  const split = TASK_START.exec(after);
  const event = (split ? after.slice(0, split.index) : after).trim();
  const task = split ? after.slice(split.index + split[0].length).trim() : '';
  if (event === '') return undefined;
  return task === '' ? { minutes: only.component.minutes, event } : { minutes: only.component.minutes, event, task };
}
