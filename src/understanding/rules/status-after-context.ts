import type { Understanding, UnderstandingContext } from '../contract.js';
import { analyze, type Analysis } from '../analyze.js';
import { readStatus } from './status.js';
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
  if (asks) return undefined;
  return readStatus(analyze(analysis.text.slice(tokens[comma]!.end), { ...ctx, lang: analysis.lang }), ctx);
}

const BREAKS: ReadonlySet<string> = new Set([',', '.', ';', '!']);
/** how a status opens: "sono …", "sn …" (folded to "sono"), "sto …", "i'm …" */
const OPENERS: ReadonlySet<string> = new Set(['sono', 'saro', 'sto', 'siamo', 'i', 'im', "i'm", 'we']);
