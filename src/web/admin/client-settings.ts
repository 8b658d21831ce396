import { z } from 'zod';
import { isTimeZone } from '../../config/index.js';
import type { WeekHours } from '../../followups/business-hours.js';
import { hhmmSchema } from '../../followups/local-time.js';
import type { Prisma } from '../../generated/prisma/client.js';
import type { AdminCatalog } from '../../i18n/admin-catalog.js';
import { dayTextSchema, weekdays } from './working-hours.js';

/** Fields of the client forms, as posted (application/x-www-form-urlencoded); mistakes are told in `t`'s language. */
const fields = (t: AdminCatalog) => {
  const v = t.invalid;
  const timeField = (what: string) => z.string().trim().refine((value) => hhmmSchema.safeParse(value).success, v.time({ what }));
  const intField = (what: string, min: number, max: number) =>
    z.coerce.number({ message: v.wholeNumber({ what }) }).int(v.wholeNumber({ what })).min(min, v.atLeast({ what, min })).max(max, v.atMost({ what, max }));
  return {
    name: z.string().trim().min(1, v.nameEmpty).max(200, v.nameTooLong({ max: 200 })),
    lang: z.enum(['it', 'en'], { message: v.language }),
    tz: z.string().trim().refine(isTimeZone, v.timeZone),
    timeField,
    intField,
  };
};
/** An unchecked checkbox is simply absent from the form. */
export const checkbox = z.literal('on').optional().transform((v) => v === 'on');

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
      };
    });
};
