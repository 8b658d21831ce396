import type { AvailabilityKind, Lang, Understanding, UnderstandingContext } from '../contract.js';
import { analyze, resolveFor, safeZone, saidWords, type Analysis } from '../analyze.js';
import { formatInstant, localDateTime, zonedInstant } from '../../kernel/time.js';
import type { TimeMatch } from '../time/spec.js';
import { AWAY_LEADS, cues, type Phrase, type StatusCues } from './status-cues.js';

/**
 * The client telling the office about themselves: "sono in riunione fino alle 16", "non
 * disturbare fino a domani mattina", "sono libero", "I'm on a call for an hour". Only a message
 * that is nothing but the status and its end counts: "sono in riunione con Rossi domani" is an
 * event, "sono libero domani?" a question about the agenda.
 */

/** what introduces a status's end: "fino alle 16", "per un'ora", "until 4pm", "for an hour" */
const UNTIL_WORDS = new Set(['fino', 'finche', 'per', 'until', 'till', 'til', 'for']);

function phraseAt(a: Analysis, i: number, phrase: Phrase): boolean {
  return phrase.every((word, k) => a.tokens[i + k]?.norm === word && !a.consumed[i + k]);
}

/** The status a message states, or undefined when it says something else. */
export function readStatus(input: Analysis, ctx: UnderstandingContext): Understanding | undefined {
  const c = cues[input.lang];
  const { tokens } = input;
  if (tokens.some((t) => t.norm === '?')) return undefined;
  const skipLead = (from: number): number => {
    let k = from;
    while (k < tokens.length && (tokens[k]?.kind === 'punct' || c.lead.has(tokens[k]?.norm ?? ''))) k++;
    return k;
  };
  // "fino alle 18 non ci sono per nessuno": the end said first
  const first = input.matches[0];
  const endFirst = first !== undefined && first.first === skipLead(0) && saysUntil(input, first);
  const opening = endFirst
    ? { analysis: input, next: skipLead(first.last + 1), days: [] }
    : openingDays(input, skipLead(0), skipLead);
  const { analysis, days } = opening;
  let i = opening.next;
  // "on vacation until monday": a lead word may open the status itself
  const at = i > 0 && c.lead.has(tokens[i - 1]!.norm) && statusPhraseAt(analysis, i, c) === undefined ? i - 1 : i;
  let found = statusPhraseAt(analysis, at, c);
  if (found !== undefined) i = at;
  found ??= awayAt(analysis, i, endFirst ? c : undefined);
  if (!found) return undefined;
  const whole = found.kind === 'available' ? undefined : wholePart(analysis, i + found.length);
  const after = found.kind === 'available' ? pastOrigin(analysis, i + found.length) : i + found.length;
  const clause = statusClauseEnd(analysis, whole?.next ?? after, c);
  if (clause === undefined) return undefined;
  const { end: clauseEnd, back } = clause;
  if (back !== undefined && found.kind !== 'available')
    return {
      intent: 'status',
      availability: found.kind,
      ...statusEnd(analyze(back, { ...ctx, lang: analysis.lang }), ctx),
    };
  if (whole !== undefined) return { intent: 'status', availability: found.kind, ...partEnd(whole.endMinute, ctx) };
  // "sono libero domani", "busy on Friday": about another day, not a status from now.
  const times = analysis.matches.filter(
    (m) => m.component.kind !== 'invalid' && m.first < clauseEnd && !days.includes(m),
  );
  if (days.length > 0 && times.length === 0) return undefined;
  if (times.length > 0 && (found.kind === 'available' || !saysUntil(analysis, times[0]!))) return undefined;
  if (found.kind === 'available') return { intent: 'status', availability: 'available' };
  return { intent: 'status', availability: found.kind, ...statusEnd(analysis, ctx) };
}

/**
 * "domani sono in volo fino alle 3", "lunedì mattina sono dal notaio…": the day the end falls on, said
 * before the status; "morning! in meetings till 1": a part of the day followed by a stop is a greeting.
 */
function openingDays(analysis: Analysis, i: number, skipLead: (from: number) => number) {
  const days: TimeMatch[] = [];
  let next = i;
  for (const m of analysis.matches) {
    if (m.first !== next || !['day', 'part'].includes(m.component.kind) || saysUntil(analysis, m)) break;
    days.push(m);
    next = m.last + 1;
  }
  if (days.length === 0) return { analysis, next: i, days };
  const greeting = days.length === 1 && days[0]!.component.kind === 'part' && analysis.tokens[next]?.kind === 'punct';
  if (!greeting) return { analysis, next: skipLead(next), days };
  return {
    analysis: { ...analysis, matches: analysis.matches.filter((m) => m !== days[0]) },
    next: skipLead(next),
    days: [],
  };
}

function statusPhraseAt(analysis: Analysis, i: number, c: StatusCues) {
  let found: { kind: AvailabilityKind; length: number } | undefined;
  for (const status of c.statuses) {
    const phrase = status.phrases.find((p) => phraseAt(analysis, i, p));
    if (phrase && (!found || phrase.length > found.length)) found = { kind: status.kind, length: phrase.length };
  }
  return found;
}

const ORIGIN_WORDS: ReadonlySet<string> = new Set(['from', 'da', 'dal', 'dalla', 'dallo', 'dai', "dall'"]);
const ORIGIN_REACH = 4;

/** "i'm back from the bank, available", "sono tornato dal dentista": where the place come back from ends. */
function pastOrigin(analysis: Analysis, from: number): number {
  const { tokens, consumed } = analysis;
  if (!ORIGIN_WORDS.has(tokens[from]?.norm ?? '') || consumed[from]) return from;
  let j = from + 1;
  while (j < tokens.length && j <= from + ORIGIN_REACH && tokens[j]!.kind !== 'punct' && !consumed[j]) j++;
  return j < tokens.length && tokens[j]!.kind !== 'punct' ? from : j;
}

/** "fino alle 3 sono in lezione (nn scrivetemi)": the end said first, the place is the one or two words that close the status. */
function placeSaidAfterEnd(analysis: Analysis, i: number, place: number, c: StatusCues) {
  const { tokens, consumed } = analysis;
  const runOn = (j: number) =>
    c.statuses.some((st) => st.kind !== 'available' && st.phrases.some((p) => phraseAt(analysis, j, p)));
  let j = place;
  while (j < tokens.length && j < place + AWAY_PLACE_WORDS && tokens[j]!.kind !== 'punct' && !consumed[j] && !runOn(j))
    j++;
  const closes = j === tokens.length || tokens[j]!.kind === 'punct' || runOn(j);
  return j > place && closes ? { kind: 'busy' as const, length: j - i } : undefined;
}
const AWAY_PLACE_WORDS = 2;

/**
 * "sono dal medico fino alle 6", "I'm at the dentist until 4", "I'm on a flight until 6pm": being somewhere, with its end said
 * right after the place (one or two words), is being busy until then.
 */
function awayAt(
  analysis: Analysis,
  i: number,
  endSaid?: StatusCues,
): { kind: AvailabilityKind; length: number } | undefined {
  const { tokens } = analysis;
  const phrase = AWAY_LEADS[analysis.lang].find((p) => phraseAt(analysis, i, p));
  if (phrase === undefined) return undefined;
  const place = i + phrase.length;
  if (endSaid !== undefined) return placeSaidAfterEnd(analysis, i, place, endSaid);
  const end = analysis.matches.find((m) => m.first > place && m.first <= place + 3 && saysUntil(analysis, m));
  // "sono in banca, ti richiamo tra 20 minuti": the place closed by a clause saying when the client is back
  const stop = tokens.findIndex((t, j) => j > place && j <= place + AWAY_PLACE_WORDS && CLAUSE_BREAKS.has(t.norm));
  if (end === undefined && stop > 0 && returnClause(analysis, stop + 1) !== undefined)
    return { kind: 'busy', length: stop - i };
  if (end === undefined || tokens.slice(place, end.first).some((t) => t.kind === 'punct')) return undefined;
  const until = UNTIL_WORDS.has(tokens[end.first - 1]?.norm ?? '') ? end.first - 1 : end.first;
  return until > place ? { kind: 'busy', length: until - i } : undefined;
}

const NEXT_WORDS: ReadonlySet<string> = new Set(['the', 'next', 'le', 'i', 'prossime', 'prossimi']);

/** "fino alle 16", "fino a mezzogiorno", "until noon": the end, said in the match or just before it. */
function saysUntil(analysis: Analysis, m: TimeMatch): boolean {
  // "for the next 90 minutes", "per le prossime 2 ore": the end said past "the next"
  let k = m.first - 1;
  while (k > 0 && NEXT_WORDS.has(analysis.tokens[k]!.norm)) k--;
  const before = analysis.tokens[k]?.norm ?? '';
  return UNTIL_WORDS.has(m.prep?.split(' ')[0] ?? '') || UNTIL_WORDS.has(before);
}

/** "tutta la mattina", "per il resto della giornata", "all afternoon": busy until that part of today is over. */
const WHOLE_PART: Record<Lang, RegExp> = {
  it: /^(?:(?:per )?tutt[ao] (?:il |la |l' )?|(?:per )?il resto (?:della |del )?)(mattina|mattinata|pomeriggio|giornata|giorno|sera|serata)(?: |$)/,
  en: /^(?:(?:for )?all|(?:for )?the rest of the) (morning|afternoon|day|evening)(?: |$)/,
};
/** the end of each part of the day, as free-time searches read them (morning to 13:00, afternoon to 18:00) */
const WHOLE_PART_END: Record<string, number> = {
  mattina: 13,
  mattinata: 13,
  morning: 13,
  pomeriggio: 18,
  afternoon: 18,
};

function wholePart(analysis: Analysis, from: number): { next: number; endMinute: number } | undefined {
  const rest = analysis.tokens
    .slice(from)
    .map((t) => t.norm)
    .join(' ');
  const found = WHOLE_PART[analysis.lang].exec(rest);
  if (found === null) return undefined;
  const words = found[0].trim().split(' ').length;
  return { next: from + words, endMinute: (WHOLE_PART_END[found[1] ?? ''] ?? 24) * 60 };
}

/** Until a minute of today (24:00 is midnight), or no end when that is already gone. */
function partEnd(endMinute: number, ctx: UnderstandingContext): StatusEnd {
  const tz = safeZone(ctx.tz);
  const until = zonedInstant(localDateTime(ctx.now, tz), endMinute, tz);
  return until.getTime() > ctx.now.getTime() ? { until: formatInstant(until, tz) } : {};
}

const CLAUSE_BREAKS = new Set([',', ';', '.', '!', '-']);

/**
 * Where the status and its end stop: the message's end, or a clause break followed by words
 * about the status ("sono in riunione fino alle 16, non passatemi nessuno") and no other time.
 * Undefined when other words come before a break ("sono in riunione con Rossi domani" is an event).
 */
function statusClauseEnd(analysis: Analysis, from: number, c: StatusCues): { end: number; back?: string } | undefined {
  const { tokens, consumed } = analysis;
  for (let j = from; j < tokens.length; j++) {
    const token = tokens[j]!;
    // "sono in call fino alle 12 nn passatemi nessuno": a run-on second status with no comma says the same
    const again = c.statuses
      .flatMap((st) => (st.kind === 'available' ? [] : st.phrases))
      .find((p) => phraseAt(analysis, j, p));
    if (again !== undefined) {
      j += again.length - 1;
      continue;
    }
    if (token.kind === 'punct' && CLAUSE_BREAKS.has(token.norm)) {
      const laterTime = analysis.matches.some((m) => m.first > j && m.component.kind !== 'invalid');
      if (!laterTime) return { end: j };
      const back = returnClause(analysis, j + 1);
      return back === undefined ? undefined : { end: j, back };
    }
    if (consumed[j] || token.kind === 'punct' || c.glue.has(token.norm)) continue;
    return undefined;
  }
  return { end: tokens.length };
}

/** "rientro domani", "torno alle 3", "vi richiamo io tra un'ora", "i'll be back at 4": when the client is back */
const BACK: Record<Lang, RegExp> = {
  it: /^(?:(?:e|ma|poi|quindi) )?(?:(?:rientro|torno|ritorno|sono di ritorno|saro di ritorno|sono di nuovo in ufficio|saro in ufficio|saro di nuovo in ufficio|rientro in ufficio|torno in ufficio|ci sono|ci saro|sono raggiungibile|saro raggiungibile|sono disponibile|saro disponibile|(?:vi |ti )?richiamo(?: io)?|(?:vi |ti )?scrivo(?: io)?) )$/,
  en: /^(?:(?:and|but|then) )?(?:(?:i 'll be |i will be |i 'm |i am |will be |i 'll |i will )?(?:back|back in the office|back in office|back at my desk|available|around|reachable|free|call you back|call back) )$/,
};

/** The words of a closing clause saying when the client is back, its time included; undefined when it is something else. */
function returnClause(analysis: Analysis, from: number): string | undefined {
  const { tokens } = analysis;
  const time = analysis.matches.find((m) => m.first >= from && m.component.kind !== 'invalid');
  if (time === undefined || time.first > from + 7) return undefined;
  const lead = tokens.slice(from, time.first).map((t) => `${t.norm} `);
  if (!BACK[analysis.lang].test(lead.join(''))) return undefined;
  const last = time.last + 1;
  const closes = last === tokens.length || (tokens[last]!.kind === 'punct' && CLAUSE_BREAKS.has(tokens[last]!.norm));
  if (!closes || analysis.matches.some((m) => m.first > time.last && m.component.kind !== 'invalid')) return undefined;
  return analysis.text.slice(tokens[time.first]!.start, tokens[time.last]!.end);
}

type StatusEnd = Pick<Understanding, 'until' | 'timeIssue'>;

/** The end of a status: an amount from now ("per un'ora"), or a time ("fino alle 16", "until tomorrow morning"). */
function statusEnd(analysis: Analysis, ctx: UnderstandingContext): StatusEnd {
  const tz = safeZone(ctx.tz);
  const amount = analysis.matches.find((m) => m.component.kind === 'amount');
  if (amount && amount.component.kind === 'amount')
    return { until: formatInstant(new Date(ctx.now.getTime() + amount.component.minutes * 60_000), tz) };
  if (!analysis.matches.some((m) => m.component.kind !== 'invalid')) return {};
  // A reminder's conventions: the next such time, 09:00 for a bare day ("fino a domani").
  const { when } = resolveFor(analysis, 'reminder', ctx).time;
  if (when === undefined || when.length <= 10 || new Date(when).getTime() <= ctx.now.getTime()) return {};
  // "fino alle 16" said at 17:30 is almost surely a slip, not a status until tomorrow at 16:00:
  // a bare clock time that, read from the start of today, is already gone.
  const clock = analysis.matches.find((m) => m.component.kind === 'clock' || m.component.kind === 'range');
  if (
    clock === undefined ||
    analysis.matches.some((m) => !['clock', 'range', 'amount', 'invalid'].includes(m.component.kind))
  )
    return { until: when };
  const local = localDateTime(ctx.now, tz);
  const { when: readToday } = resolveFor(analysis, 'reminder', { ...ctx, now: zonedInstant(local, 0, tz) }).time;
  if (readToday !== undefined && readToday !== when && isRecentSlip(new Date(readToday), ctx.now))
    return { timeIssue: { reason: 'past', said: saidWords(analysis, clock) } };
  return { until: when };
}

const SLIP_HOURS = 12;

/**
 * A time gone a little while ago is a slip ("fino alle 16" at 17:30); one gone more than half a day
 * ago is a plan for tomorrow ("sono dal commercialista fino alle 11" written at 23:40).
 */
function isRecentSlip(readToday: Date, now: Date): boolean {
  const gone = now.getTime() - readToday.getTime();
  return gone >= 0 && gone < SLIP_HOURS * 3_600_000;
}

/** The end of a status from its time words alone (the LLM path copies them verbatim). */
export function statusEndOf(words: string, ctx: UnderstandingContext): StatusEnd {
  return statusEnd(analyze(words, ctx), ctx);
}
