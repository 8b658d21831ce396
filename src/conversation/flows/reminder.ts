import { createReminder } from '../../domain/reminders/service.js';
import { t } from '../../i18n/catalog.js';
import { formatDateTime, formatDay, formatTime, formatWhen } from '../../i18n/format.js';
import { describeRecurrence } from '../../i18n/recurrence.js';
import type { Understanding } from '../../understanding/contract.js';
import { encodeButton } from '../../kernel/actions.js';
import type { Flow, FlowResult } from '../flow.js';
import { timeIssueText } from './when.js';
import { instantOf, localDay } from '../../kernel/time.js';

/** "ricordami di…": a reminder at the time asked, asked back when the time is missing or past. */
export const reminderFlow: Flow<Understanding> = async (ctx, u) => {
  const text = (u.text ?? '').trim() || ctx.text.trim();
  const when = instantOf(u.when, ctx.tz, 9);
  const ask = (reason?: string): FlowResult => {
    const question = t(ctx.lang, 'askReminderWhen', { text: u.text ?? '' });
    const { timeIssue: _explained, ...rest } = u;
    return {
      reply: { text: reason ? `${reason} ${question}` : question },
      pending: { understanding: { ...rest, text, when: undefined }, missing: ['when'] },
      understood: true,
    };
  };
  if (!when) return ask(u.timeIssue && timeIssueText(u.timeIssue, ctx.lang));
  // a one-off reminder in the past would fire at once, which is not what the client asked for
  if (!u.rrule && when.getTime() <= ctx.now.getTime()) {
    if (localDay(when, ctx.tz) !== localDay(ctx.now, ctx.tz))
      return ask(t(ctx.lang, 'reminderPast', { when: formatDateTime(when, ctx.lang, ctx.tz, ctx.now) }));
    const time = formatTime(when, ctx.tz);
    return ask(`${t(ctx.lang, 'reminderPastToday', { time })} ${t(ctx.lang, 'suggestTomorrow', { time })}`);
  }
  const { reminder, occurrence } = await createReminder(ctx.db, {
    clientId: ctx.clientId,
    text,
    firstDueAt: when,
    rrule: u.rrule,
    tz: ctx.tz,
    explicitTime: true,
  });
  const replyText = u.rrule
    ? t(ctx.lang, 'reminderSavedRecurring', {
        recurrence: describeRecurrence(u.rrule, ctx.lang, { instant: when, tz: ctx.tz }),
        first: formatDay(when, ctx.lang, ctx.tz, ctx.now),
        text,
      })
    : t(ctx.lang, 'reminderSaved', { when: formatWhen(when, ctx.lang, ctx.tz, ctx.now), text });
  const item = { kind: 'reminder', id: reminder.id } as const;
  return {
    reply: {
      text: replyText,
      buttons: [
        [
          { label: t(ctx.lang, 'buttonCancel'), data: encodeButton({ op: 'cancel', item }) },
          { label: t(ctx.lang, 'buttonChangeTime'), data: encodeButton({ op: 'change_time', item }) },
        ],
      ],
    },
    events: [{ type: 'reminder_occurrence_planned', occurrenceId: occurrence.id, dueAt: occurrence.dueAt }],
    understood: true,
  };
};
