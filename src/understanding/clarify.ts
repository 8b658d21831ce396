import type { Intent, Understanding, UnderstandingContext } from './contract.js';
import { understandRules } from './rules.js';
import { resolveTimeExpression } from './time.js';
import { analyze } from './analyze.js';
import { officeWindow } from './rules/booking-window.js';

/** A slot the bot asks the client for before it can act. */
export type Slot = 'when' | 'target' | 'text';

export type PendingOutcome =
  | { kind: 'completed'; understanding: Understanding }
  | { kind: 'dropped' }
  | { kind: 'still_missing'; understanding: Understanding; missing: Slot[] }
  | { kind: 'new_request' };

/** What the bot must ask before acting; a task never misses anything, a human takes it from there. */
export function missingSlots(u: Understanding): Slot[] {
  const missing: Slot[] = [];
  if (((u.intent === 'cancel' && u.ref === undefined) || u.intent === 'reschedule') && !u.target)
    missing.push('target');
  // "ricordamelo dopodomani": what to remind of is asked, never taken from the request's own words
  if (u.intent === 'reminder' && !u.text?.trim()) missing.push('text');
  if ((u.intent === 'reminder' || u.intent === 'booking') && !u.when) missing.push('when');
  if (u.intent === 'reschedule' && !u.when && u.shiftMin === undefined) missing.push('when');
  return missing;
}

const dropPhrases = new Set([
  'lascia stare',
  'lascia perdere',
  'lascia',
  'niente',
  'nulla',
  'non importa',
  'fa niente',
  'annulla',
  'no',
  'never mind',
  'nevermind',
  'forget it',
  'forget about it',
  'cancel',
  'cancel that',
  'cancel it',
]);
const leadingFillers = /^(?:no|ok|okay|ah|oh|allora|anzi|dai|sorry|scusa)\s+/;
const trailingFillers = /\s+(?:grazie|thanks|thank you|dai)$/;

function normalize(answer: string): string {
  return answer
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/[.,;:!?…"«»()]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether an answer drops what the bot waits for ("lascia stare", "annulla", "never mind"). */
export function isDrop(answer: string): boolean {
  let phrase = normalize(answer);
  for (;;) {
    if (dropPhrases.has(phrase)) return true;
    const shorter = phrase.replace(trailingFillers, '').replace(leadingFillers, '');
    if (shorter === phrase) return false;
    phrase = shorter;
  }
}

/** Whether an understanding stands on its own as a request, rather than being a bare time or name. */
function hasOwnContent(u: Understanding): boolean {
  switch (u.intent) {
    case 'reminder':
    case 'task':
      return Boolean(u.text);
    case 'booking':
      return Boolean(u.title ?? u.with);
    case 'cancel':
    case 'reschedule':
      return Boolean(u.target);
    case 'agenda':
    case 'status':
    case 'free_slots':
    case 'ticket_status':
    case 'balance':
    case 'mail_news':
    case 'mail_reply':
    case 'mail_forward':
    case 'help':
      return true;
    case 'other':
      return false;
  }
}

/**
 * Answering "which one?", a description ("la cena di sabato", "il promemoria delle 9") reads
 * like a booking, reminder or task of its own; taking it as one would create what the client
 * wants gone, so only intents that cannot be a description count as a new request there.
 */
const standaloneWhenAskingTarget: ReadonlySet<Intent> = new Set<Intent>([
  'cancel',
  'reschedule',
  'agenda',
  'status',
  'free_slots',
  'ticket_status',
  'balance',
  'mail_news',
  'mail_reply',
  'mail_forward',
  'help',
]);

function isNewRequest(fromRules: Understanding, asksTarget: boolean): boolean {
  if (!hasOwnContent(fromRules)) return false;
  return !asksTarget || standaloneWhenAskingTarget.has(fromRules.intent);
}

/** The time slots of the answer: the resolver on the answer first, the rules' reading of it second. */
function timesFrom(
  answer: string,
  pending: Understanding,
  fromRules: Understanding,
  ctx: UnderstandingContext,
): Partial<Understanding> {
  const resolved = resolveTimeExpression(answer, ctx, pending.intent);
  // "il 31 febbraio" as the answer: no time, but the reason to give when asking again
  if (resolved.timeIssue !== undefined) return { timeIssue: resolved.timeIssue };
  const source = resolved.when !== undefined || resolved.shiftMin !== undefined ? resolved : fromRules;
  if (pending.intent === 'reminder') return { when: source.when, rrule: source.rrule };
  if (pending.intent === 'reschedule') return { when: source.when, shiftMin: source.shiftMin };
  // "prenotami il dermatologo" - "quando?" - "la prossima sett in tarda mattinata": the window, as if said at first
  if (pending.intent === 'booking' && pending.viaOffice === true && source.when !== undefined)
    return { when: source.when, ...officeWindow(analyze(answer, ctx), ctx, source.when) };
  return { when: source.when };
}

function asDescription(answer: string): string | undefined {
  const text = answer
    .trim()
    .replace(/[.!?…]+$/, '')
    .trim();
  return text === '' ? undefined : text;
}

/** What to remind of, from an answer such as "di pagare il bollo" / "to call the bank". */
function asReminderText(answer: string, fromRules: Understanding): string | undefined {
  if (fromRules.text?.trim()) return fromRules.text.trim();
  const text = asDescription(answer.replace(/^\s*(?:di|che|del|della|to|about|of)\s+/i, ''));
  // emoji and symbols say nothing to remind of
  return text !== undefined && /[\p{L}\p{N}]/u.test(text) ? text : undefined;
}

function withoutUndefined(u: Understanding): Understanding {
  return Object.fromEntries(Object.entries(u).filter(([, value]) => value !== undefined)) as Understanding;
}

/**
 * The client's next message while the bot waits for `missing`: it fills the pending request,
 * drops it ("lascia stare", "never mind"), or is a request of its own the caller handles afresh.
 */
export function completePending(
  pending: Understanding,
  missing: Slot[],
  answer: string,
  ctx: UnderstandingContext,
): PendingOutcome {
  if (isDrop(answer)) return { kind: 'dropped' };

  const fromRules = understandRules(answer, ctx);
  const asksTarget = missing.includes('target');
  if (isNewRequest(fromRules, asksTarget)) return { kind: 'new_request' };

  let next: Understanding = { ...pending };
  let foundTime = false;
  if (missing.includes('when')) {
    const times = timesFrom(answer, pending, fromRules, ctx);
    foundTime = times.when !== undefined || times.shiftMin !== undefined;
    if (foundTime || times.timeIssue !== undefined) next = { ...next, ...times };
  }
  if (asksTarget) {
    // With a time in the answer ("la riunione con Rossi domani alle 10"), the description is
    // what the rules read around the time words; a bare time describes nothing.
    const target = foundTime ? (fromRules.title ?? fromRules.text) : asDescription(answer);
    if (target !== undefined) next = { ...next, target };
  }

  if (missing.includes('text')) {
    // a bare time answers "when", not "what"
    const text = foundTime ? fromRules.text?.trim() || undefined : asReminderText(answer, fromRules);
    if (text !== undefined) next = { ...next, text };
  }

  next = withoutUndefined(next);
  const stillMissing = missingSlots(next);
  return stillMissing.length === 0
    ? { kind: 'completed', understanding: next }
    : { kind: 'still_missing', understanding: next, missing: stillMissing };
}

/** A question left unanswered this long is forgotten: the next message is a request of its own. */
export function isPendingExpired(createdAt: Date, now: Date, ttlMin = 30): boolean {
  return now.getTime() - createdAt.getTime() >= ttlMin * 60_000;
}
