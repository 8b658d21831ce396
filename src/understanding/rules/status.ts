import type { AvailabilityKind, Lang, Understanding, UnderstandingContext } from '../contract.js';
import { analyze, resolveFor, safeZone, saidWords, type Analysis } from '../analyze.js';
import { formatInstant, localDateTime, zonedInstant } from '../../kernel/time.js';
import type { TimeMatch } from '../time/spec.js';
import { lookupVerb } from './verbs.js';
import {
  UNTIL_WORDS,
  isAsideWord,
  isMeal,
  isMealMatch,
  namesWorkplace,
  pastDestination,
  pastOrigin,
  pastCompany,
  saysPurpose,
  tillLate,
} from './status-aside.js';
import { bareHeadline } from './status-headline.js';
import { cues, type Phrase, type StatusCues } from './status-cues.js';
import { AWAY, AWAY_LEADS, AWAY_SUBJECTS, NO_BOOKING } from './status-away.js';
import { DOING_REACH, doingLead } from './status-doing.js';
import { pastEndedClause } from './status-ended.js';
import { backAtPlace } from './status-back.js';
import { isRecentSlip, laterSameHour } from './status-hours.js';

/**
 * The client telling the office about themselves: "sono in riunione fino alle 16", "non
 * disturbare fino a domani mattina", "sono libero", "I'm on a call for an hour". Only a message
 * that is nothing but the status and its end counts: "sono in riunione con Rossi domani" is an
 * event, "sono libero domani?" a question about the agenda.
 */

function phraseAt(a: Analysis, i: number, phrase: Phrase): boolean {
  return phrase.every((word, k) => a.tokens[i + k]?.norm === word && (!a.consumed[i + k] || isMeal(a, i + k)));
}

/** The status a message states, or undefined when it says something else. */
export function readStatus(analysis: Analysis, ctx: UnderstandingContext): Understanding | undefined {
  const c = cues[analysis.lang];
  const { tokens } = analysis;
  if (tokens.some((t) => t.norm === '?')) return undefined;
  const skipLead = (from: number): number => {
    let k = from;
    for (;;) {
      if (k < tokens.length && (tokens[k]?.kind === 'punct' || c.lead.has(tokens[k]?.norm ?? ''))) k++;
      else {
        const phrase = c.leadPhrases.find((p) => phraseAt(analysis, k, p));
        const ended = phrase === undefined ? pastEndedClause(tokens, k) : k;
        if (phrase === undefined && ended === k) return k;
        k = phrase === undefined ? ended : k + phrase.length;
      }
    }
  };
  let i = skipLead(0);
  // "domani non ci sono per nessuno fino alle 5": today or tomorrow said first, the end must follow;
  // a later day said first ("lunedì sono dal notaio fino alle 11") only when the message also keeps
  // the agenda closed ("nn fissatemi niente"), otherwise it is a booking
  const day = analysis.matches[0];
  const opensDay = day !== undefined && (isTodayOrTomorrow(day) || (isDay(day) && keepsAgendaClosed(analysis)));
  const dayFirst = day?.first === i && opensDay && !saysUntil(analysis, day) ? day : undefined;
  // "oggi pome sn dal commercialista fino alle…": a part of that day may follow it
  const said = dayFirst === undefined ? [] : [dayFirst];
  for (const m of analysis.matches)
    if (said.length > 0 && m.first === said.at(-1)!.last + 1 && m.component.kind === 'part') said.push(m);
  if (dayFirst !== undefined) i = skipLead(said.at(-1)!.last + 1);
  // "fino alle 18 non ci sono per nessuno": the end said first
  const first = analysis.matches.find((m) => !said.includes(m));
  // "fino a mezzanotte sono…": the until word may stand just before the match
  const opensEnd = first !== undefined && (first.first === i || (first.first === i + 1 && tokens[i]?.norm === 'fino'));
  const endFirst = first !== undefined && opensEnd && saysUntil(analysis, first);
  // "fino a dmn a pranzo sono in treno": the end may take more than one expression
  let endLast = first?.last ?? -1;
  for (const m of analysis.matches) if (endFirst && m.first === endLast + 1) endLast = m.last;
  if (endFirst) i = skipLead(endLast + 1);
  // "on a call until half 1": a lead word may open the status itself
  const at = i > 0 && c.lead.has(tokens[i - 1]!.norm) && statusPhraseAt(analysis, i, c) === undefined ? i - 1 : i;
  let found = statusPhraseAt(analysis, at, c);
  if (found !== undefined) i = at;
  // "sono fuori x le feste fino al 2": the longer reading, a place and its end, wins
  // "on a site visit till 5": the lead word skipped may open the place too
  let away = awayAt(analysis, i, endFirst ? c : undefined);
  if (away === undefined && found === undefined && at !== i) {
    away = awayAt(analysis, at, endFirst ? c : undefined);
    if (away !== undefined) i = at;
  }
  if (away !== undefined && (found === undefined || (found.kind !== 'available' && away.length > found.length)))
    found = away;
  found ??=
    backAtPlace(analysis, i) ?? endBeforePlace(analysis, i) ?? (endFirst ? undefined : bareHeadline(analysis, i));
  if (!found) return undefined;
  const whole = found.kind === 'available' ? undefined : wholePart(analysis, i + found.length);
  const origin = (found.kind === 'available' ? pastOrigin : pastDestination)(analysis, i + found.length);
  const after = pastCompany(analysis, origin, (k) => runsOn(analysis, k, c));
  const clause = statusClauseEnd(analysis, whole?.next ?? after, c);
  if (clause === undefined) return undefined;
  const { end: clauseEnd, back } = clause;
  const backEnd = found.kind === 'available' ? undefined : backClauseEnd(analysis, ctx, { back, from: i, clauseEnd });
  if (backEnd !== undefined) return { intent: 'status', availability: found.kind, ...backEnd };
  // "domani sono fuori tutto il giorno" is about tomorrow, no status from now ("oggi …" is)
  if (whole !== undefined && dayFirst !== undefined && !isToday(dayFirst)) return undefined;
  if (whole !== undefined) return { intent: 'status', availability: found.kind, ...partEnd(whole.endMinute, ctx) };
  // "sono libero domani", "busy on Friday": about another day, not a status from now.
  const inPhrase = (m: TimeMatch) => isMealMatch(m) && m.first >= i && m.last < i + found.length;
  const times = analysis.matches.filter(
    (m) => !said.includes(m) && m.component.kind !== 'invalid' && m.first < clauseEnd && !inPhrase(m),
  );
  const until = times[0] !== undefined && saysUntil(analysis, times[0]);
  // "sono in ufficio fino alle 11": at the office until a time, like at any place, the client is busy till then
  const kind = found.kind === 'available' && until && namesWorkplace(analysis, i, found.length) ? 'busy' : found.kind;
  if (times.length > 0 && (kind === 'available' || !until)) return undefined;
  if (dayFirst !== undefined && (kind === 'available' || times.length === 0)) return undefined;
  if (kind === 'available') return { intent: 'status', availability: 'available' };
  const own = { ...analysis, matches: analysis.matches.filter((m) => m.first < clauseEnd && !inPhrase(m)) };
  return { intent: 'status', availability: kind, ...statusEnd(own, ctx) };
}

/**
 * "fuori ufficio tutto il giorno, rientro domani": the closing clause says when the status ends, unless an end is
 * said before it ("at a wake till 11, will call you back tomorrow" ends at 11:00, leftovers 19).
 */
function backClauseEnd(
  analysis: Analysis,
  ctx: UnderstandingContext,
  clause: { back: string | undefined; from: number; clauseEnd: number },
): StatusEnd | undefined {
  const { back, from, clauseEnd } = clause;
  if (back === undefined) return undefined;
  const endSaid = analysis.matches.some(
    (m) => m.first >= from && m.first < clauseEnd && m.component.kind !== 'invalid' && saysUntil(analysis, m),
  );
  return endSaid ? undefined : statusEnd(analyze(back, { ...ctx, lang: analysis.lang }), ctx);
}

const isTodayOrTomorrow = (m: TimeMatch): boolean =>
  (m.component.kind === 'day' || m.component.kind === 'dayPart') &&
  m.component.day.kind === 'relative' &&
  m.component.day.days <= 1;

const isToday = (m: TimeMatch): boolean =>
  m.component.kind === 'day' && m.component.day.kind === 'relative' && m.component.day.days === 0;

const isDay = (m: TimeMatch): boolean => m.component.kind === 'day' || m.component.kind === 'dayPart';

/** "nn fissatemi niente", "don't book anything", "nn mi passate nessuno": the message keeps the agenda closed. */
function keepsAgendaClosed(analysis: Analysis): boolean {
  const closed = [
    ...NO_BOOKING[analysis.lang],
    ...(cues[analysis.lang].statuses.find((s) => s.kind === 'dnd')?.phrases ?? []),
  ];
  return analysis.tokens.some((_, j) => closed.some((p) => phraseAt(analysis, j, p)));
}

function statusPhraseAt(analysis: Analysis, i: number, c: StatusCues) {
  let found: { kind: AvailabilityKind; length: number } | undefined;
  for (const status of c.statuses) {
    const phrase = status.phrases.find((p) => phraseAt(analysis, i, p));
    if (phrase && (!found || phrase.length > found.length)) found = { kind: status.kind, length: phrase.length };
  }
  return found;
}

/** A busy or do-not-disturb status said again from token `j` ("… nn scrivetemi") */
const runsOn = (analysis: Analysis, j: number, c: StatusCues): boolean =>
  c.statuses.some((st) => st.kind !== 'available' && st.phrases.some((p) => phraseAt(analysis, j, p)));

/** "fino alle 3 sono in lezione (nn scrivetemi)": the end said first, the place is the one or two words that close the status. */
function placeSaidAfterEnd(analysis: Analysis, i: number, place: number, c: StatusCues) {
  const { tokens, consumed } = analysis;
  const runOn = (j: number) => runsOn(analysis, j, c);
  let j = place;
  const ends = (k: number) => tokens[k]!.kind === 'punct' || consumed[k] || runOn(k) || isAsideWord(tokens[k]!.norm);
  while (j < tokens.length && j < place + AWAY_PLACE_WORDS && !ends(j)) j++;
  if (j > place) j = pastCompany(analysis, j);
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
  const doing = phrase === undefined ? doingLead(analysis, i) : undefined;
  if (phrase === undefined && doing === undefined) return undefined;
  const place = i + (phrase?.length ?? doing!);
  if (endSaid !== undefined) return placeSaidAfterEnd(analysis, i, place, endSaid);
  // "sono in cantiere con il geometra fino alle 18": who with, where or what for may follow the place
  const aside = [1, 2].map((k) => pastCompany(analysis, place + k) - place - k).find((n) => n > 0) ?? 0;
  const reach = (doing === undefined ? AWAY_REACH : DOING_REACH) + aside;
  const end = analysis.matches.find((m) => m.first > place && m.first <= place + reach && saysUntil(analysis, m));
  // "im at the beach all arvo": being there for the rest of a part of the day
  const whole = [1, 2, 3].find((k) => tokens[place + k - 1]?.kind === 'word' && wholePart(analysis, place + k));
  if (end === undefined && whole !== undefined) return { kind: 'busy', length: place + whole - i };
  // "sono in banca, ti richiamo tra 20 minuti": the place closed by a clause saying when the client is back
  const stop = tokens.findIndex((t, j) => j > place && j <= place + AWAY_PLACE_WORDS && CLAUSE_BREAKS.has(t.norm));
  if (end === undefined && stop > 0 && returnClause(analysis, stop + 1) !== undefined)
    return { kind: 'busy', length: stop - i };
  if (end === undefined) return tillLate(analysis, i, place, reach);
  if (tokens.slice(place, end.first).some((t) => t.kind === 'punct')) return undefined;
  const until = UNTIL_WORDS.has(tokens[end.first - 1]?.norm ?? '') ? end.first - 1 : end.first;
  return until > place ? { kind: 'busy', length: until - i } : undefined;
}

const PLACE_REACH = 6;

/** "on a site visit at the Bulimba job till 5": the place and where it is, before the end */
const AWAY_REACH = 6;

/** "I am until Friday on a business trip in Munich", "sono fino alle 5 in riunione": the end between the subject and the place. */
function endBeforePlace(analysis: Analysis, i: number): { kind: AvailabilityKind; length: number } | undefined {
  const { tokens, consumed } = analysis;
  const subject = AWAY_SUBJECTS[analysis.lang].find((p) => phraseAt(analysis, i, p));
  const end = subject && analysis.matches.find((m) => m.first === i + subject.length && saysUntil(analysis, m));
  if (end === undefined || !AWAY[analysis.lang].places.includes(tokens[end.last + 1]?.norm ?? '')) return undefined;
  let j = end.last + 1;
  while (j < tokens.length && j <= end.last + PLACE_REACH && tokens[j]!.kind !== 'punct' && !consumed[j]) j++;
  return j === tokens.length || tokens[j]!.kind === 'punct' ? { kind: 'busy', length: j - i } : undefined;
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
/** "… fino alle 5 xké sono al matrimonio": the reason after a status is no other request */
// "… fino alle 10 devo finire i bilanci": what the client must do is the reason too
const REASONS = new Set(['perche', 'poiche', 'siccome', 'because', 'coz', 'cause', 'cos', 'devo', 'dobbiamo']);

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
    // "sono in studio fino all'1 (,) poi vado a pranzo": what the client does next is no part of the status
    if (THEN.has(token.norm) && untilBefore(analysis, j)) return { end: j };
    if (token.kind === 'punct' && CLAUSE_BREAKS.has(token.norm)) {
      if (THEN.has(tokens[j + 1]?.norm ?? '') && untilBefore(analysis, j)) return { end: j };
      // "…, abbiamo il pranzo di lavoro": a meal named as a noun is no time of another request
      const laterTime = analysis.matches.some(
        (m) => m.first > j && m.component.kind !== 'invalid' && !(m.component.kind === 'part' && m.component.weak),
      );
      if (!laterTime || staysOn(analysis, j + 1)) return { end: j };
      const back = returnClause(analysis, j + 1);
      return back === undefined ? undefined : { end: j, back };
    }
    if (REASONS.has(token.norm) || callsBack(analysis, j) || saysPurpose(analysis, j)) return { end: j };
    if (consumed[j] || token.kind === 'punct' || c.glue.has(token.norm)) continue;
    // "at the garage till 5 getting the snow tires on": what the client is doing there, after the end (batch 21)
    if (analysis.lang === 'en' && /^\p{L}{2,}ing$/u.test(token.norm) && untilBefore(analysis, j)) return { end: j };
    return undefined;
  }
  return { end: tokens.length };
}

const THEN = new Set(['poi', 'dopo', 'then', 'afterwards']);

/** A time said before token `j`, the status's end, and no request after it ("…poi ricordami di…"). */
function untilBefore(analysis: Analysis, j: number): boolean {
  const request = analysis.tokens.slice(j).some((t) => {
    const verb = lookupVerb(t.norm, analysis.lang);
    return verb !== undefined && verb.reported !== true;
  });
  return !request && analysis.matches.some((m) => m.last < j && m.component.kind !== 'invalid');
}

/**
 * "sono di nuovo in ufficio, fino alle 6 ci sono", "back at the office, here till 6": staying there until a time,
 * the rest of a status (leftovers 19); the words out of the time are only the staying.
 */
function staysOn(analysis: Analysis, from: number): boolean {
  const rest = analysis.tokens.slice(from).filter((t, k) => t.kind !== 'punct' && !analysis.consumed[from + k]);
  return STAYS[analysis.lang].test(rest.map((t) => `${t.norm} `).join(''));
}

const STAYS: Record<Lang, RegExp> = {
  it: /^(?:(?:e|poi) )?(?:ci sono|ci saro|sono qui|saro qui|resto qui|resto in ufficio|rimango qui|rimango) $/,
  en: /^(?:(?:and|then) )?(?:i 'm |i am |i 'll be |i will be |will be )?(?:here|around|in|at my desk|staying) $/,
};

/** "… fino alle 2 richiamo io", "…, ti scrivo io": a closing promise to call back, with no time of its own */
function callsBack(analysis: Analysis, from: number): boolean {
  const rest = analysis.tokens.slice(from).filter((t) => t.kind !== 'punct');
  return rest.length <= 3 && BACK[analysis.lang].test(rest.map((t) => `${t.norm} `).join(''));
}

/** "rientro domani", "torno alle 3", "vi richiamo io tra un'ora", "i'll be back at 4": when the client is back */
const BACK: Record<Lang, RegExp> = {
  it: /^(?:(?:e|ma|poi|quindi) )?(?:(?:rientro|torno|ritorno|sono di ritorno|saro di ritorno|sono di nuovo in ufficio|saro in ufficio|saro di nuovo in ufficio|rientro in ufficio|torno in ufficio|ci sono|ci saro|sono raggiungibile|saro raggiungibile|sono disponibile|saro disponibile|(?:vi |ti )?(?:ri)?chiamo(?: io)?|(?:vi |ti )?scrivo(?: io)?) )$/,
  en: /^(?:(?:and|but|then) )?(?:(?:i 'll be |i will be |i 'm |i am |will be |i 'll |i will |will )?(?:back|back in the office|back in office|back at my desk|back online|online|available|around|reachable|free|call you back|call back|reply after|reply later|get back to you|(?:ring|call|text) (?:you|ye|ya)(?: back)?) )$/,
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
  const evening = readToday === undefined ? undefined : laterSameHour(clock, new Date(readToday), ctx.now, tz);
  if (evening !== undefined) return { until: evening };
  if (readToday !== undefined && readToday !== when && isRecentSlip(new Date(readToday), ctx.now))
    return { timeIssue: { reason: 'past', said: saidWords(analysis, clock) } };
  return { until: when };
}

/** The end of a status from its time words alone (the LLM path copies them verbatim). */
export function statusEndOf(words: string, ctx: UnderstandingContext): StatusEnd {
  return statusEnd(analyze(words, ctx), ctx);
}
