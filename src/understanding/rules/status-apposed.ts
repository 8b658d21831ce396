import type { Understanding, UnderstandingContext } from '../contract.js';
import { analyze, type Analysis } from '../analyze.js';
import { readStatus } from './status.js';

const UNTIL: ReadonlySet<string> = new Set(['fino', 'finche', 'until', 'till', 'til']);
/** at most this many words name the moment ("alla chiusura", "closing", "the end of the shift") */
const MOMENT_WORDS = 5;

/**
 * "sono in negozio fino alla chiusura, alle 19:30", "on the floor until closing, at 6": the end named by a
 * moment of the day, then its time said after a comma. The status is read with the time as its end.
 */
export function readApposedStatus(analysis: Analysis, ctx: UnderstandingContext): Understanding | undefined {
  const { tokens, consumed, matches } = analysis;
  const until = tokens.findIndex((t, i) => UNTIL.has(t.norm) && !consumed[i]);
  if (until < 0) return undefined;
  let comma = until + 1;
  while (comma < tokens.length && tokens[comma]!.kind === 'word' && !consumed[comma]) comma++;
  const words = comma - until - 1;
  if (words === 0 || words > MOMENT_WORDS || tokens[comma]?.norm !== ',') return undefined;
  const time = matches.find((m) => m.first === comma + 1);
  if (time === undefined || (time.component.kind !== 'clock' && time.component.kind !== 'range')) return undefined;
  const { text } = analysis;
  const joined = `${text.slice(0, tokens[until + 1]!.start)}${text.slice(tokens[comma + 1]!.start)}`;
  const status = readStatus(analyze(joined, { ...ctx, lang: analysis.lang }), ctx);
  return status?.until === undefined ? undefined : status;
}
