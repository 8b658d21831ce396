import type { TimeMatch } from './spec.js';

/** A day already gone ("ieri", "yesterday", "last night"). */
export const isPast = (m: TimeMatch): boolean => m.component.kind === 'invalid' && m.component.issue === 'past';

/**
 * "the clocks went forward last night so remind me at 10": a time said apart from every day gone (more than
 * two words away) is the request's; "yesterday at 10" is one time, still gone.
 */
export function timeApartFromGone(matches: readonly TimeMatch[]): boolean {
  const gone = matches.filter(isPast);
  const apart = (m: TimeMatch) => gone.every((p) => m.first > p.last + 2 || m.last < p.first - 2);
  return matches.some((m) => m.component.kind !== 'invalid' && apart(m));
}
