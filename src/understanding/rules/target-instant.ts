import type { UnderstandingContext } from '../contract.js';
import { analyze, resolveFor } from '../analyze.js';

/**
 * The instant a cancel or a move names its item by, when the words say a clock time ("cancel my
 * 3pm", "annulla quello delle 15 di domani", "tomorrow's 3pm meeting"): an ISO instant in the
 * client's zone, today unless a day is said. Undefined when no clock time is said. Pure.
 */
export function instantInTarget(target: string, ctx: UnderstandingContext): string | undefined {
  const analysis = analyze(target, ctx);
  if (!analysis.matches.some((m) => m.component.kind === 'clock')) return undefined;
  const { when } = resolveFor(analysis, 'booking', ctx).time;
  return when?.includes('T') ? when : undefined;
}
