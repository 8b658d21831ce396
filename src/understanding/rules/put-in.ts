import type { Token } from '../normalize.js';
import { nextContent, type Scan } from './intent-scan.js';

const PUT_IN_REACH = 5;

/** "block out thurs arvo for the home visits", "blocca venerdì mattina": time held in the calendar */
export const BLOCKS_TIME: ReadonlySet<string> = new Set(['block', 'bloccare']);

/** "put the solicitor in for thurs at 11", "pencil Jo in at 3": "in" closing the object files it at the time said. */
export function putIn(tokens: readonly Token[], consumed: readonly boolean[], after: number): boolean {
  for (let j = after; j < after + PUT_IN_REACH && j < tokens.length; j++) {
    if (tokens[j]?.norm !== 'in' || consumed[j]) continue;
    // "put in the plumber for fri at 9": the particle first, the object then "for" and its time
    if (j === after) return !submits(tokens, j + 1) && forTimeAfter(tokens, consumed, j + 1);
    const next = tokens[j + 1];
    return next === undefined || next.norm === 'for' || consumed[j + 1] === true;
  }
  return false;
}

function forTimeAfter(tokens: readonly Token[], consumed: readonly boolean[], from: number): boolean {
  for (let k = from; k < from + PUT_IN_REACH && k < tokens.length; k++)
    if (tokens[k]?.norm === 'for' && consumed[k + 1] === true) return true;
  return false;
}

/** "put in a complaint for monday at 10", "put in a claim": submitting something, work for the office (leftovers 19) */
const SUBMISSIONS: ReadonlySet<string> = new Set(
  'complaint complaints claim claims request requests application applications order orders offer bid appeal refund report form notice tender'.split(
    ' ',
  ),
);
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the', 'my', 'our', 'another']);

function submits(tokens: readonly Token[], from: number): boolean {
  const noun = ARTICLES.has(tokens[from]?.norm ?? '') ? from + 1 : from;
  return SUBMISSIONS.has(tokens[noun]?.norm ?? '');
}

/** "mi metti giù un promemoria per domani che ho il dentista": what is put is a reminder, whatever the event. */
export function objectIsReminder(s: Scan, after: number, particles: ReadonlySet<string>): boolean {
  let j = nextContent(s, after);
  const skip = (norm: string) => particles.has(norm) || s.cues.determiners.has(norm) || s.cues.objectPronouns.has(norm);
  while (j < s.tokens.length && skip(s.tokens[j]!.norm)) j = nextContent(s, j + 1);
  return s.cues.reminderNouns.has(s.tokens[j]?.norm ?? '');
}
