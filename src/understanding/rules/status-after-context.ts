import type { Understanding, UnderstandingContext } from '../contract.js';
import { analyze, type Analysis } from '../analyze.js';
import { readStatus } from './status.js';
import { cues } from './status-cues.js';
import { UNTIL_WORDS } from './status-aside.js';
import { lookupVerb } from './verbs.js';

/**
 * "oggi è un delirio x la festa della mamma, sn in negozio fino alle 9 di sera": what the client says of the day
 * before a comma, then a status with its end, is that status. Read only when the whole message is no status, the
 * words before the comma ask for nothing and the last clause opens like a status.
 */
export function readStatusAfterContext(analysis: Analysis, ctx: UnderstandingContext): Understanding | undefined {
  const { tokens } = analysis;
  const comma = tokens.findLastIndex((t) => t.kind === 'punct' && BREAKS.has(t.norm));
  const opens = tokens[comma + 1]?.norm ?? '';
  if (comma < 1 || !(OPENERS.has(opens) || UNTIL_WORDS.has(opens))) return undefined;
  if (!tokens.slice(comma + 1).some((t) => UNTIL_WORDS.has(t.norm))) return undefined;
  const asks = tokens.slice(0, comma).some((t) => {
    const verb = lookupVerb(t.norm, analysis.lang);
    return verb !== undefined && verb.reported !== true;
  });
  // "nn posso rispondere sto impastando, fino a mezzanotte sn occupato": a status before the comma asks nothing either
  if (asks && !saysStatus(analysis.text.slice(0, tokens[comma]!.start), analysis, ctx)) return undefined;
  return readStatus(analyze(analysis.text.slice(tokens[comma]!.end), { ...ctx, lang: analysis.lang }), ctx);
}

/** the words before the comma state a status themselves ("nn posso rispondere sto impastando") */
function saysStatus(text: string, analysis: Analysis, ctx: UnderstandingContext): boolean {
  const before = analyze(text, { ...ctx, lang: analysis.lang });
  if (readStatus(before, ctx)?.intent === 'status') return true;
  const said = before.tokens.map((t) => t.norm);
  return cues[analysis.lang].statuses.some((status) =>
    status.phrases.some((p) => said.some((_, i) => p.every((word, k) => said[i + k] === word))),
  );
}

const BREAKS: ReadonlySet<string> = new Set([',', '.', ';', '!']);
/** how a status opens: "sono …", "sn …" (folded to "sono"), "sto …", "i'm …" */
const OPENERS: ReadonlySet<string> = new Set(['sono', 'saro', 'sto', 'siamo', 'i', 'im', "i'm", 'we']);
