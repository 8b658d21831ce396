import type { Intent, Lang, UnderstandingContext } from './contract.js';
import { isValidTimeZone } from './calendar.js';
import { detectLanguageOfTokens } from './lang.js';
import { normalizeTokens, tokenize, type Token } from './normalize.js';
import { resolveSpec, specFromMatches, type ResolvedTime } from './resolve.js';
import { selectMatches } from './select.js';
import { readTime, type GrammarRule } from './time-grammar.js';
import { englishRules } from './time-en.js';
import { italianRules } from './time-it.js';
import type { TimeMatch } from './time-spec.js';

/** The steps shared by the full understanding and by `resolveTimeExpression`. */

const GRAMMARS: Record<Lang, readonly GrammarRule[]> = { it: italianRules, en: englishRules };
export const DEFAULT_TZ = 'Europe/Rome';
const validZones = new Set<string>();

/** An unknown zone falls back to the product's default rather than failing a message. */
export function safeZone(tz: string): string {
  if (validZones.has(tz)) return tz;
  if (!isValidTimeZone(tz)) return DEFAULT_TZ;
  validZones.add(tz);
  return tz;
}

export interface Analysis {
  lang: Lang;
  tokens: Token[];
  matches: TimeMatch[];
  consumed: boolean[];
}

export function analyze(text: string, ctx: UnderstandingContext): Analysis {
  const raw = tokenize(text);
  const lang = detectLanguageOfTokens(raw, ctx.lang ?? 'it');
  const tokens = normalizeTokens(raw, lang);
  const { matches, consumed } = readTime(tokens, GRAMMARS[lang]);
  return { lang, tokens, matches, consumed };
}

/** Whether the message names a time of day (or an elapsed amount), and whether it names any time. */
export function timeFlags(matches: readonly TimeMatch[]): { timed: boolean; dated: boolean } {
  let timed = false;
  let dated = false;
  for (const { component: c } of matches) {
    if (c.kind === 'invalid' || c.kind === 'amount' || (c.kind === 'part' && c.weak)) continue;
    dated = true;
    if (['clock', 'range', 'dayPart', 'part', 'recurrence'].includes(c.kind) || (c.kind === 'offset' && c.unit === 'minute')) timed = true;
  }
  return { timed, dated };
}

const EARLIER = /^(anticip|prima$|earlier$|forward$|sooner$)/;

/** Resolves the time expressions of an analysed message for an intent; returns what it used. */
export function resolveFor(
  analysis: Analysis,
  intent: Intent,
  ctx: UnderstandingContext,
): { time: ResolvedTime; consumed: boolean[] } {
  const selection = selectMatches(analysis.matches, intent, analysis.tokens, analysis.lang);
  const spec = specFromMatches(selection.matches);
  if (selection.targetDay !== undefined && spec.day === undefined) spec.day = selection.targetDay;
  const shiftSign = analysis.tokens.some((t) => EARLIER.test(t.norm)) ? -1 : 1;
  const time = resolveSpec(spec, { now: ctx.now, tz: safeZone(ctx.tz) }, intent, shiftSign);
  const consumed = new Array<boolean>(analysis.tokens.length).fill(false);
  for (const m of selection.matches) {
    if (!(m.component.kind === 'part' && m.component.weak)) consumed.fill(true, m.first, m.last + 1);
  }
  return { time, consumed };
}
