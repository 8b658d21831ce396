import type { Intent, Understanding, UnderstandingContext } from './contract.js';
import { analyze, resolveFor } from './analyze.js';
import type { ResolvedTime } from './time/resolve.js';

/** What a time expression resolves to: the slots of the contract it can fill. */
export type ResolvedTimeExpression = Omit<ResolvedTime, 'durationMin' | 'issue'> & Pick<Understanding, 'timeIssue'>;

/**
 * Resolves just a time expression ("domani alle 3", "every Monday at 6pm", "entro venerdì",
 * "di un'ora") for an intent, with the same conventions as the rules path. The LLM path
 * returns the client's time words verbatim and resolves them here, so both paths agree.
 */
export function resolveTimeExpression(expr: string, ctx: UnderstandingContext, intent: Intent): ResolvedTimeExpression {
  const { time, issueWords } = resolveFor(analyze(expr, ctx), intent, ctx);
  const out: ResolvedTimeExpression = {};
  if (time.when !== undefined) out.when = time.when;
  if (time.rrule !== undefined) out.rrule = time.rrule;
  if (time.due !== undefined) out.due = time.due;
  if (time.from !== undefined) out.from = time.from;
  if (time.to !== undefined) out.to = time.to;
  if (time.shiftMin !== undefined) out.shiftMin = time.shiftMin;
  if (time.issue !== undefined)
    out.timeIssue = issueWords ? { reason: time.issue, said: issueWords } : { reason: time.issue };
  return out;
}
