import { z } from 'zod';
import type { AdminCatalog } from '../../i18n/admin-catalog.js';
import { takeMessageInputSchema, type TakeMessageOutcome } from '../../domain/segreteria/messages.js';
import { checkbox } from './client-settings.js';
import { optionalField } from './params.js';

/**
 * The back-office "Take a message" form: its fields checked with the secretary's own limits,
 * each mistake told under its field in the staff's language, and the outcome carried to the
 * page after the redirect in the query string.
 */
export type TakeMessageField = 'callerName' | 'callerPhone' | 'body' | 'urgent';

export interface TakeMessageFormState {
  /** as typed, shown again next to the errors */
  values: { callerName: string; callerPhone: string; body: string; urgent: boolean };
  errors: Partial<Record<TakeMessageField, string>>;
  /** a line above the form when the message could not go out and was not saved */
  failure?: string | undefined;
}

const { shape } = takeMessageInputSchema;
const formSchema = z.object({
  callerName: shape.callerName,
  callerPhone: optionalField(shape.callerPhone),
  body: shape.body,
  urgent: checkbox,
});
export type TakeMessageForm = z.output<typeof formSchema>;

function problem(field: TakeMessageField, issue: z.core.$ZodIssue, t: AdminCatalog): string {
  const e = t.takeMessage.errors;
  if (issue.code === 'too_big') return e.tooLong({ max: Number(issue.maximum) });
  return { callerName: e.callerMissing, callerPhone: e.phoneInvalid, body: e.bodyMissing, urgent: e.urgentInvalid }[
    field
  ];
}

const asText = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The posted form, or what to show again: the typed values and one error per wrong field. */
export function parseTakeMessageForm(
  body: unknown,
  t: AdminCatalog,
): { ok: true; data: TakeMessageForm } | { ok: false; state: TakeMessageFormState } {
  const parsed = formSchema.safeParse(body);
  if (parsed.success) return { ok: true, data: parsed.data };
  const errors: TakeMessageFormState['errors'] = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as TakeMessageField;
    errors[field] ??= problem(field, issue, t);
  }
  const posted = (body ?? {}) as Record<string, unknown>;
  return {
    ok: false,
    state: {
      values: {
        callerName: asText(posted.callerName),
        callerPhone: asText(posted.callerPhone),
        body: asText(posted.body),
        urgent: posted.urgent === 'on',
      },
      errors,
    },
  };
}

/** The outcome as the redirect's query string (`taken=held&until=...&reason=busy`). */
export function outcomeQuery(outcome: TakeMessageOutcome): string {
  const fields: Record<string, string> =
    outcome.kind === 'held'
      ? { taken: 'held', until: outcome.until.toISOString(), reason: outcome.reason }
      : { taken: outcome.kind };
  return new URLSearchParams(fields).toString();
}

/** The client page's query: the outcome of a message just taken, if any. Other parameters are ignored. */
export const outcomeQuerySchema = (t: AdminCatalog) =>
  z
    .object({
      taken: optionalField(z.enum(['delivered', 'held', 'undeliverable'], { message: t.invalid.takenOutcome })),
      until: optionalField(z.iso.datetime({ message: t.invalid.takenOutcome }).transform((v) => new Date(v))),
      reason: optionalField(z.enum(['busy', 'dnd', 'quiet_hours'], { message: t.invalid.takenOutcome })),
    })
    .refine((q) => q.taken !== 'held' || (q.until && q.reason), t.invalid.takenOutcome)
    .transform((q): TakeMessageOutcome | undefined => {
      if (q.taken === 'held') return { kind: 'held', until: q.until!, reason: q.reason! };
      return q.taken ? { kind: q.taken } : undefined;
    });
