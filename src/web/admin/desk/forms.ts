import { z } from 'zod';
import { MAX_LOGGED_MINUTES } from '../../../domain/tickets/time-log.js';
import type { DeskCatalog } from '../../../i18n/desk-catalog.js';
import {
  bookingInputs,
  KEEP_OVERLAP,
  NOTE_MAX,
  PLACE_MAX,
  type BookingFormInput,
  type BookingModalKind,
} from '../../../desk/modals/booking-modal.js';
import { OUTCOME_MAX, QUESTION_MAX } from '../../../desk/modals/ticket-modals.js';

/**
 * The desk's forms on the ticket page: the same fields as the Slack card's buttons and modals,
 * checked with the same words. Each post names its form; a mistake comes back under the field.
 */
export const deskForms = [
  'claim',
  'release',
  'close',
  'reply',
  'note',
  'ask',
  'done',
  'confirm',
  'propose',
  'reschedule',
  'cancelBooking',
] as const;
export type DeskForm = (typeof deskForms)[number];

/** A message to the client fits one Telegram message with its signature. */
export const REPLY_MAX = 4000;
export const NOTE_TEXT_MAX = 4000;

/** What was typed, and what is wrong with it, by field name. */
export interface FormState {
  form: DeskForm;
  values: Record<string, string>;
  errors: Record<string, string>;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; errors: Record<string, string> };

const body = z.record(z.string(), z.unknown());
const text = (texts: DeskCatalog, empty: string, max: number) =>
  z.string({ message: empty }).trim().min(1, empty).max(max, texts.textTooLong(max));

/** Each form's fields; the fields of the forms without any are only the CSRF token. */
const schemas = (texts: DeskCatalog) => ({
  reply: z.object({ text: text(texts, texts.messageEmpty, REPLY_MAX), key: z.uuid(texts.somethingFailed) }),
  note: z.object({ text: text(texts, texts.messageEmpty, NOTE_TEXT_MAX) }),
  ask: z.object({ question: text(texts, texts.questionEmpty, QUESTION_MAX) }),
  done: z.object({
    minutes: z
      .string({ message: texts.minutesInvalid(MAX_LOGGED_MINUTES) })
      .trim()
      .regex(/^\d+$/, texts.minutesInvalid(MAX_LOGGED_MINUTES))
      .transform(Number)
      .pipe(z.number().min(1, texts.minutesInvalid(MAX_LOGGED_MINUTES)).max(MAX_LOGGED_MINUTES)),
    outcome: text(texts, texts.outcomeEmpty, OUTCOME_MAX),
  }),
});
type Schemas = ReturnType<typeof schemas>;
export type FormValue<F extends keyof Schemas> = z.infer<Schemas[F]>;

/** The typed strings of a post, to show the form again as it was. */
export function typedValues(input: unknown): Record<string, string> {
  const fields = body.safeParse(input).data ?? {};
  return Object.fromEntries(
    Object.entries(fields).filter((e): e is [string, string] => typeof e[1] === 'string' && e[0] !== '_csrf'),
  );
}

/** A post of form `form`, checked; the errors are keyed by field and said in the desk's words. */
export function checkForm<F extends keyof Schemas>(form: F, input: unknown, texts: DeskCatalog): Checked<FormValue<F>> {
  const parsed = schemas(texts)[form].safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data as FormValue<F> };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) errors[String(issue.path[0] ?? '')] ??= issue.message;
  return { ok: false, errors };
}

const optional = (value: unknown, max: number): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim().slice(0, max) : undefined;
const field = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/**
 * A booking form's post as the Slack modal's submission reads it (date, time, duration, place,
 * note, "keep it even if it overlaps"); submitBookingForm checks it against the booking.
 */
export function bookingFormInput(kind: BookingModalKind, input: unknown): BookingFormInput | undefined {
  const fields = body.safeParse(input).data ?? {};
  const bookingId = z.uuid().safeParse(fields.bookingId);
  if (!bookingId.success) return undefined;
  return {
    kind,
    bookingId: bookingId.data,
    day: field(fields[bookingInputs.date]),
    time: field(fields[bookingInputs.time]),
    duration: field(fields[bookingInputs.duration]),
    place: optional(fields[bookingInputs.place], PLACE_MAX),
    note: optional(fields[bookingInputs.note], NOTE_MAX),
    keepOverlap: kind !== 'propose' && fields[bookingInputs.overlap] === KEEP_OVERLAP,
  };
}
