import { z } from 'zod';
import { hhmmSchema } from '../kernel/time.js';

/**
 * The understanding contract (../shared/spec/understanding.md) as a zod schema. The rules
 * path produces it, the LLM path's JSON schema is derived from it, the CLI prints it.
 */
export const intents = [
  'reminder',
  'booking',
  'task',
  'agenda',
  'cancel',
  'reschedule',
  'status',
  'free_slots',
  'ticket_status',
  'balance',
  'mail_news',
  'mail_reply',
  'mail_forward',
  'help',
  'other',
] as const;
export type Intent = (typeof intents)[number];

export const taskCategories = [
  'translation',
  'writing',
  'social',
  'admin',
  'email',
  'research',
  'call',
  'booking',
  'other',
] as const;
export type TaskCategory = (typeof taskCategories)[number];

/** The client's own availability ("sono in riunione", "non disturbare", "sono libero"). */
export const availabilityKinds = ['available', 'busy', 'dnd'] as const;
export type AvailabilityKind = (typeof availabilityKinds)[number];

/** What an agenda question asks about: only reminders ("che promemoria ho?"), only bookings ("che appuntamenti ho?"). */
export const agendaItems = ['reminders', 'bookings'] as const;
export type AgendaItems = (typeof agendaItems)[number];

/** Why a time the client named gives no `when`: a date or hour that cannot exist, a day gone, "tra 0 minuti". */
export const timeIssues = ['no_such_date', 'no_such_time', 'past', 'now'] as const;
export type TimeIssue = (typeof timeIssues)[number];

export const languages = ['it', 'en'] as const;
export type Lang = (typeof languages)[number];

/** ISO 8601 instant with offset, e.g. 2026-11-24T15:00:00+01:00 */
const isoInstant = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z)$/);
/** Calendar date YYYY-MM-DD */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** The machine form: one object per message, only the keys that apply. */
export const understandingSchema = z.object({
  intent: z.enum(intents),
  /** first occurrence / start (instant), or a bare date for a booking with no time */
  when: z.union([isoInstant, isoDate]).optional(),
  /** RFC 5545 RRULE without DTSTART and without BYHOUR/BYMINUTE */
  rrule: z.string().optional(),
  /** what to remind / what to do */
  text: z.string().optional(),
  /** deadline date of a task */
  due: isoDate.optional(),
  category: z.enum(taskCategories).optional(),
  durationMin: z.number().int().positive().optional(),
  with: z.string().optional(),
  title: z.string().optional(),
  /** agenda range, dates */
  from: isoDate.optional(),
  to: isoDate.optional(),
  /** agenda: only these items; absent when the client asks what is planned in general */
  items: z.enum(agendaItems).optional(),
  /** free-text description of the item to cancel, reschedule or ask about */
  target: z.string().optional(),
  /** a request number the client names ("richiesta 1011", "#1011", "request 1011") */
  ref: z.number().int().positive().optional(),
  /** reschedule by an amount ("posticipa di un'ora"): minutes to add to the target's time */
  shiftMin: z.number().int().optional(),
  /** a booking the office must arrange with an outside party (restaurant, dentist, hairdresser...) */
  viaOffice: z.boolean().optional(),
  /** how many people a table or a booking is for ("tavolo per 4") */
  partySize: z.number().int().positive().optional(),
  /** status: what the client says they are */
  availability: z.enum(availabilityKinds).optional(),
  /** status: until when (instant); absent when the client named no end */
  until: isoInstant.optional(),
  /** free_slots: the part of the day searched (`from`/`to` are the days) */
  dayPart: z.enum(['morning', 'afternoon', 'evening']).optional(),
  /** free_slots: a local time window searched ("tra le 14 e le 16"), HH:MM */
  timeFrom: hhmmSchema.optional(),
  timeTo: hhmmSchema.optional(),
  /**
   * reminder: the appointment it comes before, when the client said both ("venerdì alle 15 ho la
   * riunione col commercialista, ricordamelo il giorno prima"): it goes on the agenda too
   */
  event: z
    .object({
      when: isoInstant,
      title: z.string().optional(),
      with: z.string().optional(),
      /** the office books it with a third party ("prenotami … e ricordamelo il giorno prima") */
      viaOffice: z.boolean().optional(),
    })
    .optional(),
  /** `when` is missing because the time named cannot be used; `said` is the client's words for it */
  timeIssue: z.object({ reason: z.enum(timeIssues), said: z.string().optional() }).optional(),
});
export type Understanding = z.infer<typeof understandingSchema>;

/** What every understanding is computed against. */
export interface UnderstandingContext {
  /** reference instant */
  now: Date;
  /** IANA time zone of the client */
  tz: string;
  /** the client's language, a hint: the text itself decides when it is clearly the other one */
  lang?: Lang;
}
