import type { Token } from '../normalize.js';

const PUT_IN_REACH = 5;

/** "put the solicitor in for thurs at 11", "pencil Jo in at 3": "in" closing the object files it at the time said. */
export function putIn(tokens: readonly Token[], consumed: readonly boolean[], after: number): boolean {
  for (let j = after; j < after + PUT_IN_REACH && j < tokens.length; j++) {
    if (tokens[j]?.norm !== 'in' || consumed[j]) continue;
    const next = tokens[j + 1];
    return next === undefined || next.norm === 'for' || consumed[j + 1] === true;
  }
  return false;
}
