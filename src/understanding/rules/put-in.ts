import type { Token } from '../normalize.js';

const PUT_IN_REACH = 5;

/** "put the solicitor in for thurs at 11", "pencil Jo in at 3": "in" closing the object files it at the time said. */
export function putIn(tokens: readonly Token[], consumed: readonly boolean[], after: number): boolean {
  for (let j = after; j < after + PUT_IN_REACH && j < tokens.length; j++) {
    if (tokens[j]?.norm !== 'in' || consumed[j]) continue;
    // "put in the plumber for fri at 9": the particle first, the object then "for" and its time
    if (j === after) return forTimeAfter(tokens, consumed, j + 1);
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
