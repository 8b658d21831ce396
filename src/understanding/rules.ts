import type { Lang, Understanding, UnderstandingContext } from './contract.js';
import { analyze, resolveFor, sameAsBefore, timeFlags, type Analysis } from './analyze.js';
import { classifyIntent, type Classification } from './rules/intent.js';
import { extractSlots } from './rules/slots.js';
import { partyOf, seatsPeople } from './rules/party.js';
import { alternativeDays, freeSlotsPurpose, freeSlotsTime } from './rules/free-slots.js';
import { asksForMeetingWith, thirdPartySlots } from './rules/third-party.js';
import { officeWindow } from './rules/booking-window.js';
import { agendaItemsOf } from './rules/agenda-items.js';
import { agendaRange, agendaUntil } from './rules/agenda-range.js';
import { onlyToldOfThePast } from './contrast.js';
import { bookedByDeadline } from './rules/booking-deadline.js';
import { readMailQuestion } from './rules/mail-news.js';
import { readMailRequest } from './rules/mail-act.js';
import { readStatus } from './rules/status.js';
import { readStatusAfterContext } from './rules/status-after-context.js';
import { readOfficeQuestion, refOf } from './rules/ticket-status.js';
import { readSeveralRequests } from './rules/several.js';
import type { ResolvedTime } from './time/resolve.js';
import { eventBeforeReminder } from './rules/reminder-event.js';
import { beforeDelegationCloser } from './rules/delegation-closer.js';
import { withoutReportedQuestions } from './rules/quoted.js';
import { readApposedStatus } from './rules/status-apposed.js';
import { remindsWhatIsFiled } from './rules/file-and-remind.js';
import { asksTheTime } from './rules/clock-question.js';
import { letterBody } from './letter.js';

/**
 * The rule-based understanding of a client's message (Italian or English), the default path
 * of the intent router: no network, a few hundred microseconds a message. Pure: the same
 * text and context give the same answer. It never throws: a message it cannot read is
 * `other`, and a date or time that cannot exist ("31 febbraio", "alle 25") leaves `when`
 * unset so the conversation asks back. A pasted e-mail or a formal letter is read for the request
 * inside it (letter.ts).
 */
export function understandRules(message: string, ctx: UnderstandingContext): Understanding {
  const analysis = analyze(letterBody(message), ctx);
  if (asksTheTime(analysis)) return { intent: 'other' };
  const status =
    handedOver(analysis.text, analysis.lang, ctx) ??
    readSeveralRequests(analysis, ctx) ??
    readStatus(analysis, ctx) ??
    readApposedStatus(analysis, ctx) ??
    readStatusAfterContext(analysis, ctx) ??
    readMailRequest(analysis) ??
    readMailQuestion(analysis) ??
    readOfficeQuestion(analysis);
  if (status) return status;
  const classification = classifyMessage(analysis);
  const { intent } = classification;
  // a party the office books a table for ("prenota x 4 da Gino venerdì alle 9") seats people too
  const party = () =>
    thirdPartySlots({ tokens: analysis.tokens, consumed: analysis.consumed, lang: analysis.lang, classification });
  const seated =
    intent === 'booking' && (seatsPeople(analysis.tokens, analysis.lang) || party().partySize !== undefined);
  const { time, consumed, issueWords } = resolveFor(analysis, intent, ctx, seated, classification.head?.first);
  // only where the bot asks for the missing time does the reason help the client
  const timeIssue =
    time.issue !== undefined && (intent === 'reminder' || intent === 'booking')
      ? { reason: time.issue, ...(issueWords ? { said: issueWords } : {}) }
      : undefined;
  const slots = extractSlots({ ...analysis, consumed, intent, classification, timeWords: analysis.consumed });

  switch (intent) {
    case 'reminder':
      return withEvent({ analysis, ctx, classification }, { ...time, text: slots.text, timeIssue });
    case 'booking':
      return compact({
        intent,
        when: time.when,
        rrule: time.rrule,
        durationMin: time.durationMin,
        with: slots.with,
        title: slots.title,
        timeIssue,
        partySize: partyOf(analysis.tokens, analysis.lang)?.size,
        ...officeSlots(analysis, ctx, { consumed, classification, time }),
      });
    case 'task':
      return compact({ intent, text: slots.text, due: time.due, when: time.when, category: slots.category });
    case 'agenda': {
      // "da giovedì a domenica" spans the days, and so do days said one after another ("thursday and friday")
      const range = agendaRange(analysis, ctx) ?? agendaUntil(analysis, ctx) ?? alternativeDays(analysis, ctx);
      const [from, to] = [range?.from ?? time.from, range?.to ?? time.to];
      return compact({ intent, from, to, items: agendaItemsOf(analysis.tokens, analysis.lang) });
    }
    case 'free_slots':
      return compact({
        intent,
        ...freeSlotsTime(analysis, ctx),
        title: freeSlotsPurpose(analysis.text, analysis.tokens, consumed, analysis.lang),
      });
    case 'cancel':
      return compact({ intent, target: slots.target, ref: refOf(analysis.tokens, analysis.lang) });
    case 'reschedule':
      return compact({
        intent,
        when: time.when,
        shiftMin: time.shiftMin,
        target: slots.target,
        ref: refOf(analysis.tokens, analysis.lang),
      });
    // a status is read before classification (status.ts): the classifier never answers it
    case 'status':
    case 'ticket_status':
    case 'balance':
    case 'mail_news':
    case 'mail_reply':
    case 'mail_forward':
    case 'help':
      return { intent };
    case 'other':
      return otherOf(analysis, consumed, time.when);
  }
}

/**
 * A reminder, with `due` only when the client named a deadline to be reminded before ("il giorno
 * prima"); with such a lead after an appointment ("venerdì alle 15 ho…, ricordamelo il giorno
 * prima") the appointment too, to go on the agenda.
 */
function withEvent(
  said: {
    analysis: Analysis;
    ctx: UnderstandingContext;
    classification: { head?: { first: number }; filed?: boolean };
  },
  r: Pick<Understanding, 'when' | 'rrule' | 'text' | 'due' | 'timeIssue'> & { eventAt?: string },
): Understanding {
  const { analysis, ctx, classification } = said;
  // "oggi colombe finite alle 11, che giornata": no request verb and a time already gone tells of the day
  const gone = r.when !== undefined && Date.parse(r.when) < ctx.now.getTime();
  if (classification.head === undefined && (gone || onlyToldOfThePast(analysis.tokens, analysis.matches)))
    return { intent: 'other' };
  const headFirst = classification.head?.first;
  const { filed } = classification;
  const reminder = { text: analysis.text, tokens: analysis.tokens, headFirst, due: r.due, eventAt: r.eventAt, filed };
  const event = eventBeforeReminder(reminder, { ...ctx, lang: analysis.lang }, understandRules, r.text);
  const { when, rrule, due, timeIssue } = r;
  // what the office books is what the reminder is about: "tavolo da Gino", not the booking's words
  const text = event?.viaOffice === true && filed === true ? (event.title ?? r.text) : r.text;
  return compact({ intent: 'reminder', when, rrule, text, due, timeIssue, event });
}

/**
 * The intent and its head verb; a question someone else asked, quoted, does not make the message one, and
 * "segnamelo in agenda e ricordamelo lunedì" is a reminder before what it files.
 */
function classifyMessage(analysis: Analysis): Classification {
  const { tokens, consumed, lang, matches } = analysis;
  const read = classifyIntent(withoutReportedQuestions(tokens), consumed, lang, timeFlags(matches));
  const filed = remindsWhatIsFiled(tokens, lang, read) ?? read;
  // a booking by a deadline is the office's work to do by then
  return filed.intent === 'booking' && bookedByDeadline(analysis) ? { ...filed, intent: 'task' } : filed;
}

/** "…, ci pensate voi?": the request is what comes before a closing question handing it to the office. */
function handedOver(text: string, lang: Lang, ctx: UnderstandingContext): Understanding | undefined {
  const handed = beforeDelegationCloser(text, lang);
  const inner = handed === undefined ? undefined : understandRules(handed, ctx);
  return inner !== undefined && inner.intent !== 'other' && inner.intent !== 'help' ? inner : undefined;
}

/** A message that is only a time ("domani alle 3") may answer a question the bot asked. */
function otherOf(analysis: Analysis, consumed: readonly boolean[], when: string | undefined): Understanding {
  const onlyTime = analysis.tokens.every((t, i) => consumed[i] === true || t.kind === 'punct');
  return onlyTime ? compact({ intent: 'other', when }) : { intent: 'other' };
}

/** Only the keys that apply: undefined values are dropped. */
function compact(u: Understanding): Understanding {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(u)) if (v !== undefined) out[k] = v;
  return out as Understanding;
}

/**
 * "a sabato stessa ora" said to correct what was just made: the item's own time, not the time it
 * is now (a move read as such keeps it already, see `sameAsBefore`).
 */
export function keepsItsOwnTime(text: string, ctx: UnderstandingContext): boolean {
  const analysis = analyze(text, ctx);
  return sameAsBefore(analysis.matches, analysis.tokens);
}

/**
 * A booking the office must make with an outside party, and the window it looks for a slot in
 * when the client gave days or a part of the day rather than a time ("la prossima sett in tarda
 * mattinata"); a recurring booking has no window.
 */
function officeSlots(
  analysis: ReturnType<typeof analyze>,
  ctx: UnderstandingContext,
  read: { consumed: boolean[]; classification: ReturnType<typeof classifyIntent>; time: ResolvedTime },
): Partial<Understanding> {
  const { consumed, classification, time } = read;
  const timed = time.when?.includes('T') === true;
  const input = { tokens: analysis.tokens, consumed, lang: analysis.lang, classification, timed };
  const office = thirdPartySlots(input);
  if (office.viaOffice && !time.rrule) return { ...office, ...officeWindow(analysis, ctx, time.when) };
  // a meeting with someone within a window: the office agrees the slot with them
  const window = !time.rrule && asksForMeetingWith(input) ? officeWindow(analysis, ctx, time.when) : undefined;
  return window === undefined ? office : { ...office, viaOffice: true, ...window };
}
