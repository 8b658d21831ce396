import { createReminder } from '../../reminders/service.js';
import type { ReminderScheduler } from '../../reminders/service.js';
import { t } from '../../i18n/catalog.js';
import { formatDateTime } from '../../i18n/format.js';
import { describeRecurrence } from '../../i18n/recurrence.js';
import type { Understanding } from '../../understanding/contract.js';
import { encodeButton } from '../buttons.js';
import type { FlowContext, FlowResult } from '../deps.js';
import { instantOf } from './when.js';

export async function reminderFlow(ctx: FlowContext, u: Understanding, scheduler: ReminderScheduler): Promise<FlowResult> {
  const text = (u.text ?? '').trim() || ctx.text.trim();
  const when = instantOf(u.when, ctx.tz, 9);
  if (!when) {
    return { reply: { text: t(ctx.lang, 'askReminderWhen', { text: u.text ?? '' }) }, pending: { understanding: { ...u, text }, missing: ['when'] }, understood: true };
  }
  const { reminder, occurrence } = await createReminder(ctx.db, { clientId: ctx.clientId, text, firstDueAt: when, rrule: u.rrule, tz: ctx.tz, explicitTime: true });
  const whenText = formatDateTime(when, ctx.lang, ctx.tz, ctx.now);
  const replyText = u.rrule
    ? t(ctx.lang, 'reminderSavedRecurring', { when: whenText, text, recurrence: describeRecurrence(u.rrule, ctx.lang) })
    : t(ctx.lang, 'reminderSaved', { when: whenText, text });
  const item = { kind: 'reminder', id: reminder.id } as const;
  return {
    reply: {
      text: replyText,
      buttons: [[{ label: t(ctx.lang, 'buttonCancel'), data: encodeButton({ op: 'cancel', item }) }, { label: t(ctx.lang, 'buttonChangeTime'), data: encodeButton({ op: 'change_time', item }) }]],
    },
    afterCommit: () => scheduler.schedule(occurrence),
    understood: true,
  };
}
