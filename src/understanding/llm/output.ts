import { understandingSchema, type Intent, type Understanding, type UnderstandingContext } from '../contract.js';
import type { LlmOutput } from './schema.js';
import { resolveOfficeWindowWords } from '../rules/booking-window.js';
import { resolveFreeSlotsWords } from '../rules/free-slots.js';
import { statusEndOf } from '../rules/status.js';
import { resolveTimeExpression, type ResolvedTimeExpression } from '../time.js';

/** The slots of each intent (the contract's table): anything else the model says is dropped. */
const slotsByIntent: Record<Intent, readonly (keyof Understanding)[]> = {
  reminder: ['when', 'rrule', 'text', 'due', 'timeIssue', 'event'],
  booking: ['when', 'rrule', 'timeIssue', 'durationMin', 'with', 'title', 'viaOffice', 'partySize'],
  task: ['text', 'due', 'when', 'category'],
  agenda: ['from', 'to', 'items'],
  cancel: ['target', 'ref'],
  reschedule: ['when', 'shiftMin', 'target', 'ref'],
  status: ['availability', 'until'],
  free_slots: ['from', 'to', 'dayPart', 'timeFrom', 'timeTo', 'durationMin', 'title'],
  ticket_status: ['target', 'ref'],
  balance: [],
  mail_news: [],
  mail_reply: ['with', 'text'],
  mail_forward: ['with'],
  help: [],
  other: ['text', 'when'],
};
/** an office booking's window: the days and hours the office looks for a slot in */
const WINDOW_SLOTS: readonly (keyof Understanding)[] = ['from', 'to', 'timeFrom', 'timeTo'];

function present(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** "ogni lunedì" + "alle 18" -> "ogni lunedì alle 18", without repeating words the model put in both. */
function whenWords(output: LlmOutput): string | undefined {
  const time = present(output.timeExpression);
  const recurrence = present(output.recurrenceExpression);
  if (time === undefined || recurrence === undefined) return time ?? recurrence;
  if (time.toLowerCase().includes(recurrence.toLowerCase())) return time;
  if (recurrence.toLowerCase().includes(time.toLowerCase())) return recurrence;
  return `${recurrence} ${time}`;
}

/** Keeps the keys whose value is set, so a slot the model left empty never hides what the resolver found. */
function definedOnly<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<T>;
}

const bare = (words: string) =>
  words
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * The Understanding the rules would give for the model's reading: its time words resolved with
 * the project's conventions, only the slots of its intent. Undefined when that is out of contract.
 */
export function toUnderstanding(output: LlmOutput, text: string, ctx: UnderstandingContext): Understanding | undefined {
  const { intent } = output;
  const words = whenWords(output);
  if (intent === 'status') return statusFrom(output, words, ctx);
  const event = intent === 'reminder' ? eventOf(output, ctx) : undefined;
  // a message that is only a time answers the bot's question; a time beside other words does not
  const timed = intent !== 'other' || (words !== undefined && bare(words) === bare(text));
  const times = timed ? timesOf(intent, words, event, ctx) : {};
  const candidate: Understanding = {
    ...times,
    ...definedOnly({
      text: present(output.text),
      category: output.category ?? undefined,
      durationMin: output.durationMin ?? undefined,
      with: present(output.with),
      title: present(output.title),
      target: present(output.target),
      viaOffice: output.viaOffice === true ? true : undefined,
      partySize: output.partySize ?? undefined,
      ref: output.ref ?? undefined,
      items: output.items ?? undefined,
      due: dueOf(intent, output, times, ctx),
      event: event && beforeEvent(times.when, event.when) ? withoutWords(event) : undefined,
    }),
    intent,
  };
  const office = intent === 'booking' && candidate.viaOffice === true && candidate.rrule === undefined;
  const window = office && words !== undefined ? resolveOfficeWindowWords(words, ctx, candidate.when) : undefined;
  const slots = [...slotsByIntent[intent], ...(window ? WINDOW_SLOTS : [])];
  const kept = Object.fromEntries(
    slots.flatMap((slot) => {
      const value = window?.[slot as keyof typeof window] ?? candidate[slot];
      return value === undefined ? [] : [[slot, value]];
    }),
  );
  const understanding = understandingSchema.safeParse({ intent, ...kept });
  return understanding.success ? understanding.data : undefined;
}

function timesOf(
  intent: Intent,
  words: string | undefined,
  event: ReadEvent | undefined,
  ctx: UnderstandingContext,
): ResolvedTimeExpression {
  if (words === undefined) return {};
  if (intent === 'free_slots') return resolveFreeSlotsWords(words, ctx);
  const own = resolveTimeExpression(words, ctx, intent);
  if (event === undefined || own.when !== undefined) return own;
  // "il giorno prima": a lead, counted back from the appointment's day
  const before = resolveTimeExpression(`${event.words} ${words}`, ctx, intent);
  return before.when === undefined && before.due === undefined ? own : before;
}

/** A task's deadline, or the day of its time; a reminder has a `due` only when it fires before a deadline. */
function dueOf(
  intent: Intent,
  output: LlmOutput,
  times: ResolvedTimeExpression,
  ctx: UnderstandingContext,
): string | undefined {
  if (intent === 'reminder') return times.due;
  const deadline = present(output.deadlineExpression);
  const said = deadline === undefined ? undefined : resolveTimeExpression(deadline, ctx, 'task').due;
  return said ?? times.due ?? times.when?.slice(0, 10);
}

type ReadEvent = NonNullable<Understanding['event']> & { words: string };

/** The appointment a reminder comes before, at a time of day its own words give ("venerdì alle 15"). */
function eventOf(output: LlmOutput, ctx: UnderstandingContext): ReadEvent | undefined {
  const words = present(output.event?.timeExpression);
  if (words === undefined) return undefined;
  const { when } = resolveTimeExpression(words, ctx, 'booking');
  if (when === undefined || !when.includes('T')) return undefined;
  return { when, words, ...definedOnly({ title: present(output.event?.title), with: present(output.event?.with) }) };
}

const withoutWords = ({ words: _words, ...event }: ReadEvent): Understanding['event'] => event;

/** The reminder comes before the appointment, or is still to be asked for: never after it. */
function beforeEvent(reminderWhen: string | undefined, eventWhen: string): boolean {
  return reminderWhen === undefined || Date.parse(reminderWhen) < Date.parse(eventWhen);
}

/** A status: the availability the model read, ended by its time words ("available" has no end). */
function statusFrom(output: LlmOutput, words: string | undefined, ctx: UnderstandingContext): Understanding {
  const availability = output.availability ?? 'busy';
  const end = availability === 'available' || words === undefined ? {} : statusEndOf(words, ctx);
  return { intent: 'status', availability, ...end };
}
