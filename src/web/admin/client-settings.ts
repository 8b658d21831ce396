import { z } from 'zod';
import { isTimeZone } from '../../infra/config/index.js';
import type { WeekHours } from '../../domain/delivery/business-hours.js';
import { hhmmSchema } from '../../kernel/time.js';
import type { Prisma } from '../../generated/prisma/client.js';
import type { AdminCatalog } from '../../i18n/admin-catalog.js';
import type { ClientPageData } from './queries/clients.js';
import { readWeekHours } from '../../domain/bookings/working-hours.js';
import { hoursLevel } from '../../domain/tickets/hours.js';
import { dayTextSchema, dayToText, weekdays } from './working-hours.js';

/** Fields of the client forms, as posted (application/x-www-form-urlencoded); mistakes are told in `t`'s language. */
const fields = (t: AdminCatalog) => {
  const v = t.invalid;
  const timeField = (what: string) =>
    z
      .string()
      .trim()
      .refine((value) => hhmmSchema.safeParse(value).success, v.time({ what }));
  const intField = (what: string, min: number, max: number) =>
    z.coerce
      .number({ message: v.wholeNumber({ what }) })
      .int(v.wholeNumber({ what }))
      .min(min, v.atLeast({ what, min }))
      .max(max, v.atMost({ what, max }));
  return {
    name: z
      .string()
      .trim()
      .min(1, v.nameEmpty)
      .max(200, v.nameTooLong({ max: 200 })),
    lang: z.enum(['it', 'en'], { message: v.language }),
    tz: z.string().trim().refine(isTimeZone, v.timeZone),
    timeField,
    intField,
  };
};
/** An unchecked checkbox is simply absent from the form. */
export const checkbox = z
  .literal('on')
  .optional()
  .transform((v) => v === 'on');

export const newClientSchema = (t: AdminCatalog) => {
  const { name, lang, tz } = fields(t);
  return z.object({ name, lang, tz });
};

export const clientSettingsSchema = (t: AdminCatalog) => {
  const { name, lang, tz, timeField, intField } = fields(t);
  return z
    .object({
      name,
      lang,
      tz,
      quietHoursStart: timeField(t.invalid.quietStart),
      quietHoursEnd: timeField(t.invalid.quietEnd),
      defaultBookingMinutes: intField(t.invalid.bookingLength, 5, 1440),
      morningBriefingEnabled: checkbox,
      morningBriefingTime: timeField(t.invalid.briefingTime),
      llmEnabled: checkbox,
      hoursPackageMinutes: intField(t.invalid.hoursPackage, 0, 1_000_000),
      hoursBalanceMinutes: intField(t.invalid.hoursBalance, -1_000_000, 1_000_000),
      ...Object.fromEntries(weekdays.map((d) => [`hours_${d}`, dayTextSchema(d, t)])),
    })
    .transform((form): Prisma.ClientUpdateManyMutationInput => {
      const days = form as unknown as Record<string, WeekHours['mon']>;
      const workingHours = Object.fromEntries(weekdays.map((d) => [d, days[`hours_${d}`]!])) as WeekHours;
      return {
        name: form.name,
        lang: form.lang,
        tz: form.tz,
        quietHoursStart: form.quietHoursStart,
        quietHoursEnd: form.quietHoursEnd,
        workingHours,
        defaultBookingMinutes: form.defaultBookingMinutes,
        morningBriefingEnabled: form.morningBriefingEnabled,
        morningBriefingTime: form.morningBriefingTime,
        llmEnabled: form.llmEnabled,
        hoursPackageMinutes: form.hoursPackageMinutes,
        hoursBalanceMinutes: form.hoursBalanceMinutes,
        // a package topped up starts a new round of notices; one already past a threshold counts as told
        hoursNotice: hoursLevel(form.hoursBalanceMinutes, form.hoursPackageMinutes),
      };
    });
};

const textFields = [
  'name',
  'lang',
  'tz',
  'quietHoursStart',
  'quietHoursEnd',
  ...weekdays.map((d) => `hours_${d}` as const),
  'defaultBookingMinutes',
  'morningBriefingTime',
  'hoursPackageMinutes',
  'hoursBalanceMinutes',
] as const;
export type SettingsTextField = (typeof textFields)[number];
export type SettingsField = SettingsTextField | 'morningBriefingEnabled' | 'llmEnabled';

/** The settings form's fields as shown: typed text and ticked boxes. */
export type SettingsValues = Record<SettingsTextField, string> & {
  morningBriefingEnabled: boolean;
  llmEnabled: boolean;
};

export interface SettingsFormState {
  /** as typed, shown again next to the errors */
  values: SettingsValues;
  errors: Partial<Record<SettingsField, string>>;
}

/** The form filled in with what is stored. */
export function storedSettings(c: ClientPageData): SettingsValues {
  const { week } = readWeekHours(c.workingHours);
  return {
    name: c.name,
    lang: c.lang,
    tz: c.tz,
    quietHoursStart: c.quietHoursStart,
    quietHoursEnd: c.quietHoursEnd,
    ...(Object.fromEntries(weekdays.map((d) => [`hours_${d}`, dayToText(week[d])])) as Record<
      `hours_${(typeof weekdays)[number]}`,
      string
    >),
    defaultBookingMinutes: String(c.defaultBookingMinutes),
    morningBriefingEnabled: c.morningBriefingEnabled,
    morningBriefingTime: c.morningBriefingTime,
    llmEnabled: c.llmEnabled,
    hoursPackageMinutes: String(c.hoursPackageMinutes),
    hoursBalanceMinutes: String(c.hoursBalanceMinutes),
  };
}

/** The posted settings, or what to show again: the typed values and one error per wrong field, in `t`'s language. */
export function parseSettingsForm(
  body: unknown,
  t: AdminCatalog,
): { ok: true; data: Prisma.ClientUpdateManyMutationInput } | { ok: false; state: SettingsFormState } {
  const parsed = clientSettingsSchema(t).safeParse(body);
  if (parsed.success) return { ok: true, data: parsed.data };
  const posted = (body ?? {}) as Record<string, unknown>;
  const errors: SettingsFormState['errors'] = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as SettingsField;
    // A missing field or a box with another value only comes from a forged post: zod's own words would not fit the page.
    if (field === 'morningBriefingEnabled' || field === 'llmEnabled') errors[field] ??= t.invalid.checkbox;
    else errors[field] ??= typeof posted[field] === 'string' ? issue.message : t.invalid.fieldMissing;
  }
  const text = (name: SettingsTextField) => (typeof posted[name] === 'string' ? posted[name] : '');
  const values = {
    ...(Object.fromEntries(textFields.map((name) => [name, text(name)])) as Record<SettingsTextField, string>),
    morningBriefingEnabled: posted.morningBriefingEnabled === 'on',
    llmEnabled: posted.llmEnabled === 'on',
  };
  return { ok: false, state: { values, errors } };
}
