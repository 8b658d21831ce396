import type { Intent, Lang, UnderstandingContext } from './contract.js';
import { isValidTimeZone } from '../kernel/time.js';
import { detectLanguageOfTokens } from './lang.js';
import { normalizeTokens, tokenize, type Token } from './normalize.js';
import { resolveSpec, specFromMatches, type ResolvedTime } from './resolve.js';
import { selectMatches } from './select.js';
import { readTime, type GrammarRule } from './time-grammar.js';
import { englishRules } from './time-en.js';
import { italianRules } from './time-it.js';
import type { TimeIssue, TimeMatch } from './time-spec.js';

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
  text: string;
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
  return { text, lang, tokens, matches, consumed };
}

/** Whether the message names a time of day (or an elapsed amount), and whether it names any time. */
export function timeFlags(matches: readonly TimeMatch[]): { timed: boolean; dated: boolean } {
  let timed = false;
  let dated = false;
  for (const { component: c } of matches) {
    if (c.kind === 'invalid' || c.kind === 'amount' || (c.kind === 'part' && c.weak)) continue;
    dated = true;
    if (
      ['clock', 'range', 'dayPart', 'part', 'recurrence'].includes(c.kind) ||
      (c.kind === 'offset' && c.unit === 'minute')
    )
      timed = true;
  }
  return { timed, dated };
}

const EARLIER = /^(anticip|prima$|earlier$|forward$|sooner$)/;
/** Where a day already gone is a mistake to point out; elsewhere ("mi ha scritto ieri") it is just words. */
const PAST_MATTERS: ReadonlySet<Intent> = new Set<Intent>(['reminder', 'booking', 'reschedule']);

const isPast = (m: TimeMatch): boolean => m.component.kind === 'invalid' && m.component.issue === 'past';

/** The client's words of a time expression, without the preposition that introduced it ("31 febbraio", "25"). */
export function saidWords(analysis: Analysis, m: TimeMatch): string {
  const prepTokens = m.prep === undefined ? 0 : m.prep.split(' ').length;
  const first = analysis.tokens[Math.min(m.first + prepTokens, m.last)];
  const last = analysis.tokens[m.last];
  return first === undefined || last === undefined ? '' : analysis.text.slice(first.start, last.end);
}

/** The match a time issue comes from: the invalid expression, or the named day that does not exist. */
function issueMatch(matches: readonly TimeMatch[], issue: TimeIssue): TimeMatch | undefined {
  const invalid = matches.find((m) => m.component.kind === 'invalid' && m.component.issue === issue);
  return (
    invalid ??
    (issue === 'no_such_date'
      ? matches.find((m) => m.component.kind === 'day' || m.component.kind === 'dayPart')
      : undefined)
  );
}

/**
 * Resolves the time expressions of an analysed message for an intent; returns what it used,
 * and the client's words of a time that gives no `when` (to say why when asking back).
 */
export function resolveFor(
  analysis: Analysis,
  intent: Intent,
  ctx: UnderstandingContext,
): { time: ResolvedTime; consumed: boolean[]; issueWords?: string } {
  const matches = PAST_MATTERS.has(intent) ? analysis.matches : analysis.matches.filter((m) => !isPast(m));
  const selection = selectMatches(matches, intent, analysis.tokens, analysis.lang);
  const spec = specFromMatches(selection.matches);
  if (selection.targetDay !== undefined && spec.day === undefined) spec.day = selection.targetDay;
  const shiftSign = analysis.tokens.some((t) => EARLIER.test(t.norm)) ? -1 : 1;
  const time = resolveSpec(spec, { now: ctx.now, tz: safeZone(ctx.tz) }, intent, shiftSign);
  const consumed = new Array<boolean>(analysis.tokens.length).fill(false);
  for (const m of selection.matches) {
    if (!(m.component.kind === 'part' && m.component.weak)) consumed.fill(true, m.first, m.last + 1);
  }
  const from = time.issue === undefined ? undefined : issueMatch(selection.matches, time.issue);
  return from === undefined ? { time, consumed } : { time, consumed, issueWords: saidWords(analysis, from) };
}
