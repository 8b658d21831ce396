import type { types } from '@slack/bolt';
import { z } from 'zod';
import { escapeSlackText } from '../../channels/slack/blocks.js';
import { ticketLabel } from '../../domain/tickets/service.js';
import { formatLocal, hhmmSchema, localDay, minutesOfDay, parseDate, zonedInstant } from '../../kernel/time.js';
import type { DeskCatalog } from '../../i18n/desk-catalog.js';

/**
 * The booking modals of the desk: confirm a requested booking at its final time and place,
 * propose another time to the client, or move a confirmed booking. One form for all three
 * (date, time, duration, place, note to the client), prefilled from the booking; times are in
 * the client's zone.
 */
export const bookingModalKinds = ['confirm', 'propose', 'reschedule'] as const;
export type BookingModalKind = (typeof bookingModalKinds)[number];

export const deskBookingViews: Record<BookingModalKind, string> = {
  confirm: 'desk:booking-confirm-modal',
  propose: 'desk:booking-propose-modal',
  reschedule: 'desk:booking-reschedule-modal',
};
export const deskBookingViewPattern = /^desk:booking-(confirm|propose|reschedule)-modal$/;

/** Block ids of the inputs, as they come back in state.values (each input's action_id is `value`). */
export const bookingInputs = {
  date: 'date',
  time: 'time',
  duration: 'duration',
  place: 'place',
  note: 'note',
  /** confirm and move only: keep the time although it overlaps the client's other bookings */
  overlap: 'overlap',
} as const;
export const KEEP_OVERLAP = 'keep';
export const PLACE_MAX = 200;
export const NOTE_MAX = 1000;
export const DURATION_MIN = 5;
export const DURATION_MAX = 24 * 60;
const DEFAULT_DURATION = 60;

export interface BookingModalInput {
  kind: BookingModalKind;
  bookingId: string;
  ticketNumber: number;
  clientName: string;
  title: string;
  /** the client's zone: the inputs are read in it */
  tz: string;
  /** what to prefill: the requested (or current) time, or only a day */
  startsAt: Date | null;
  endsAt: Date | null;
  day: Date | null;
  location: string | null;
}

const plain = (text: string): types.PlainTextElement => ({ type: 'plain_text', text, emoji: true });

/** What a booking form shows first, in the client's zone: its day, its time and its length in minutes. */
export function bookingFormStart(input: BookingModalInput): { day?: string; time?: string; minutes: number } {
  const day = input.startsAt ? localDay(input.startsAt, input.tz) : input.day?.toISOString().slice(0, 10);
  const minutes =
    input.startsAt && input.endsAt
      ? Math.round((input.endsAt.getTime() - input.startsAt.getTime()) / 60_000)
      : DEFAULT_DURATION;
  return {
    ...(day ? { day } : {}),
    ...(input.startsAt ? { time: formatLocal(input.startsAt, input.tz, 'HH:mm') } : {}),
    minutes,
  };
}

export function bookingModal(input: BookingModalInput, texts: DeskCatalog): types.ModalView {
  const { day, time, minutes } = bookingFormStart(input);
  const context = `${ticketLabel(input.ticketNumber)} · ${escapeSlackText(input.clientName)}: *${escapeSlackText(input.title)}*\n${texts.bookingTimesHint(input.tz)}`;
  const optional = (
    blockId: string,
    label: string,
    element: types.PlainTextInput,
    hint?: string,
  ): types.InputBlock => ({
    type: 'input',
    block_id: blockId,
    optional: true,
    label: plain(label),
    ...(hint ? { hint: plain(hint) } : {}),
    element,
  });
  return {
    type: 'modal',
    callback_id: deskBookingViews[input.kind],
    private_metadata: input.bookingId,
    title: plain(texts.bookingModals[input.kind].title),
    submit: plain(texts.bookingModals[input.kind].submit),
    close: plain(texts.cancel),
    blocks: [
      { type: 'context', elements: [{ type: 'mrkdwn', text: context }] },
      {
        type: 'input',
        block_id: bookingInputs.date,
        label: plain(texts.bookingDateLabel),
        element: { type: 'datepicker', action_id: 'value', ...(day ? { initial_date: day } : {}) },
      },
      {
        type: 'input',
        block_id: bookingInputs.time,
        label: plain(texts.bookingTimeLabel),
        element: {
          type: 'timepicker',
          action_id: 'value',
          timezone: input.tz,
          ...(time ? { initial_time: time } : {}),
        },
      },
      {
        type: 'input',
        block_id: bookingInputs.duration,
        label: plain(texts.bookingDurationLabel),
        element: {
          type: 'number_input',
          action_id: 'value',
          is_decimal_allowed: false,
          min_value: String(DURATION_MIN),
          max_value: String(DURATION_MAX),
          initial_value: String(minutes),
        },
      },
      optional(bookingInputs.place, texts.bookingPlaceLabel, {
        type: 'plain_text_input',
        action_id: 'value',
        max_length: PLACE_MAX,
        ...(input.location ? { initial_value: input.location } : {}),
      }),
      optional(
        bookingInputs.note,
        texts.bookingNoteLabel,
        { type: 'plain_text_input', action_id: 'value', multiline: true, max_length: NOTE_MAX },
        texts.outcomeHint,
      ),
      ...(input.kind === 'propose' ? [] : [overlapInput(texts)]),
    ],
  };
}

/** The one way past a clash with the client's own agenda: ticked by the assistant, recorded on the booking. */
function overlapInput(texts: DeskCatalog): types.InputBlock {
  const option = { text: plain(texts.bookingKeepOverlap), value: KEEP_OVERLAP };
  return {
    type: 'input',
    block_id: bookingInputs.overlap,
    optional: true,
    label: plain(texts.bookingOverlapLabel),
    element: { type: 'checkboxes', action_id: 'value', options: [option] },
  };
}

const elementState = z.object({
  value: z.object({
    value: z.string().nullish(),
    selected_date: z.string().nullish(),
    selected_time: z.string().nullish(),
    selected_options: z.array(z.object({ value: z.string() })).nullish(),
  }),
});

const submissionSchema = z.object({
  type: z.literal('view_submission'),
  user: z.object({ id: z.string().min(1) }),
  view: z.object({
    callback_id: z.string().regex(deskBookingViewPattern),
    private_metadata: z.uuid(),
    state: z.object({ values: z.record(z.string(), z.unknown()) }),
  }),
});

export interface BookingForm {
  startsAt: Date;
  endsAt: Date;
  location: string | undefined;
  note: string | undefined;
  keepOverlap: boolean;
}

/** What a booking form sent, before it is checked against the booking's zone and the clock. */
export interface BookingFormInput {
  kind: BookingModalKind;
  bookingId: string;
  day: string;
  time: string;
  duration: string;
  place: string | undefined;
  note: string | undefined;
  /** "Tieni anche se si sovrappone" ticked */
  keepOverlap: boolean;
}

/** A booking modal's submission: the form, and the Slack user who sent it. */
export interface BookingSubmission extends BookingFormInput {
  userId: string;
}

export type BookingFormCheck = { ok: true; value: BookingForm } | { ok: false; errors: Record<string, string> };

function read(values: Record<string, unknown>, blockId: string) {
  const parsed = elementState.safeParse(values[blockId]);
  return parsed.success ? parsed.data.value : {};
}

const text = (value: string | null | undefined): string | undefined => value?.trim() || undefined;

/** The local date and time in `tz` as an instant; undefined when they name no real time. */
export function localInstant(day: string, time: string, tz: string): Date | undefined {
  const date = parseDate(day);
  return date && hhmmSchema.safeParse(time).success ? zonedInstant(date, minutesOfDay(time), tz) : undefined;
}

/** A booking modal's submission, or null when the payload is not one of them (foreign or tampered). */
export function readBookingSubmission(body: unknown): BookingSubmission | null {
  const parsed = submissionSchema.safeParse(body);
  if (!parsed.success) return null;
  const { state, callback_id: callbackId, private_metadata: bookingId } = parsed.data.view;
  const { values } = state;
  return {
    kind: deskBookingViewPattern.exec(callbackId)![1] as BookingModalKind,
    userId: parsed.data.user.id,
    bookingId,
    day: read(values, bookingInputs.date).selected_date ?? '',
    time: read(values, bookingInputs.time).selected_time ?? '',
    duration: (read(values, bookingInputs.duration).value ?? '').trim(),
    place: text(read(values, bookingInputs.place).value)?.slice(0, PLACE_MAX),
    note: text(read(values, bookingInputs.note).value)?.slice(0, NOTE_MAX),
    keepOverlap: (read(values, bookingInputs.overlap).selected_options ?? []).some((o) => o.value === KEEP_OVERLAP),
  };
}

/** The form's time in the client's zone `tz`, or the errors Slack shows under the inputs; a time already past is refused. */
export function checkBookingForm(form: BookingFormInput, tz: string, now: Date, texts: DeskCatalog): BookingFormCheck {
  const duration = /^\d+$/.test(form.duration) ? Number(form.duration) : NaN;
  const startsAt = localInstant(form.day, form.time, tz);
  const errors: Record<string, string> = {};
  if (!/^\d{4}-\d{2}-\d{2}$/.test(form.day)) errors[bookingInputs.date] = texts.bookingDateMissing;
  else if (!startsAt) errors[bookingInputs.time] = texts.bookingTimeMissing;
  else if (startsAt <= now) errors[bookingInputs.time] = texts.bookingTimePast;
  if (!(duration >= DURATION_MIN && duration <= DURATION_MAX))
    errors[bookingInputs.duration] = texts.bookingDurationInvalid(DURATION_MIN, DURATION_MAX);
  if (Object.keys(errors).length > 0 || !startsAt) return { ok: false, errors };
  return {
    ok: true,
    value: {
      startsAt,
      endsAt: new Date(startsAt.getTime() + duration * 60_000),
      location: form.place,
      note: form.note,
      keepOverlap: form.keepOverlap,
    },
  };
}
