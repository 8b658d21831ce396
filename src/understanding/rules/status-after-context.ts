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
  const comma = tokens.findLastIndex((t, i) => isBreak(t.norm, t.kind) && opensStatus(tokens, i));
  if (comma < 1) return undefined;
  const asks = tokens.slice(0, comma).some((t, i) => {
    if (i > 0 && ARTICLES.has(tokens[i - 1]!.norm)) return false;
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

/** the clause after a break opens like a status and says its end */
function opensStatus(tokens: Analysis['tokens'], at: number): boolean {
  const opens = tokens[at + 1]?.norm ?? '';
  if (!(OPENERS.has(opens) || UNTIL_WORDS.has(opens))) return false;
  return tokens.slice(at + 1).some((t) => UNTIL_WORDS.has(t.norm));
}

/** a verb's word after an article is a noun ("got a call at 10", "ho una visita alle 9") */
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the', 'my', 'un', 'una', 'il', 'la', 'lo']);
const isBreak = (norm: string, kind: string) => (kind === 'punct' ? BREAKS.has(norm) : SO_WORDS.has(norm));
const BREAKS: ReadonlySet<string> = new Set([',', '.', ';', '!']);
/** "ho due tagli alle 10 quindi sono pieno fino all'1", "got a poodle at 10 so im slammed till 1" */
const SO_WORDS: ReadonlySet<string> = new Set(['so', 'quindi', 'percio']);
/** how a status opens: "sono …", "sn …" (folded to "sono"), "sto …", "i'm …" */
const OPENERS: ReadonlySet<string> = new Set(['sono', 'saro', 'sto', 'siamo', 'i', 'im', "i'm", 'we']);
