import { z } from 'zod';
import { understandingSchema } from '../contract.js';

type OptionalShape = Record<string, z.ZodOptional<z.ZodType>>;
type NullableShape<S extends OptionalShape> = { [K in keyof S]: z.ZodNullable<ReturnType<S[K]['unwrap']>> };

/** Structured Outputs' strict mode wants every property required, so "absent" becomes null. */
function nullableInsteadOfOptional<S extends OptionalShape>(shape: S): NullableShape<S> {
  return Object.fromEntries(
    Object.entries(shape).map(([key, schema]) => [key, schema.unwrap().nullable()]),
  ) as NullableShape<S>;
}

/** The slots the model fills itself; instants, dates and rrules are never asked of it. */
const modelSlots = understandingSchema.pick({
  text: true,
  category: true,
  durationMin: true,
  with: true,
  title: true,
  target: true,
  availability: true,
  viaOffice: true,
  partySize: true,
  ref: true,
  items: true,
}).shape;

// No length limits: strict mode does not take minLength; blank strings count as null later.
const verbatim = (what: string) =>
  z
    .string()
    .nullable()
    .describe(
      `${what}, copied word for word from the message (never a computed date); null when the message says none`,
    );

/**
 * The appointment a reminder comes before, when the client said both ("venerdì alle 15 ho la
 * riunione col commercialista, ricordamelo il giorno prima"): it goes on the agenda too.
 */
const eventSchema = z
  .strictObject({
    title: z.string().nullable(),
    with: z.string().nullable(),
    timeExpression: verbatim('When the appointment is, e.g. "venerdì alle 15"'),
  })
  .nullable()
  .describe('Reminder only: the appointment the reminder comes before, when the message says both; otherwise null');

/**
 * What the model answers: the contract's intent and free-text slots, plus the time words of
 * the message verbatim. The project's resolver turns those words into `when`/`rrule`/`due`/...,
 * so the LLM path and the rules path share one set of time conventions.
 */
export const llmOutputSchema = z.strictObject({
  intent: understandingSchema.shape.intent,
  ...nullableInsteadOfOptional(modelSlots),
  timeExpression: verbatim(
    'When it happens: the time of a reminder or booking, the new time or the shift of a reschedule ("di un\'ora"), the range of an agenda question, the days and part of day of a free-slot search, the time a task must be done at, the end of a status; for a reminder before a deadline, the deadline and how long before ("entro il 20 qualche giorno prima")',
  ),
  recurrenceExpression: verbatim('How it repeats, e.g. "ogni lunedì", "every weekday"'),
  deadlineExpression: verbatim('The deadline of a task, e.g. "entro venerdì", "by the end of the month"'),
  event: eventSchema,
});
export type LlmOutput = z.infer<typeof llmOutputSchema>;
