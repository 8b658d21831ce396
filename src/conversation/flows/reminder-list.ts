import { t } from '../../i18n/catalog.js';
import { formatDay, formatWhen } from '../../i18n/format.js';
import { describeRecurrence } from '../../i18n/recurrence.js';
import type { Flow, FlowContext } from '../flow.js';

/** Reminders listed in one answer; the rest are counted ("…e altri 3 promemoria."). */
const LISTED = 10;

type ListedReminder = { text: string; rrule: string | null; nextOccurrenceAt: Date | null };

/** One line: a one-off reminder by its time, a recurring one once, by its rule and its next time. */
function line(ctx: FlowContext, r: ListedReminder): string {
  const next = r.nextOccurrenceAt;
  if (!next) return `• ${r.text}`;
  if (!r.rrule)
    return `• ${t(ctx.lang, 'remindersAllLine', { when: formatWhen(next, ctx.lang, ctx.tz, ctx.now), text: r.text })}`;
  const recurrence = describeRecurrence(r.rrule, ctx.lang, { instant: next, tz: ctx.tz });
  const day = formatDay(next, ctx.lang, ctx.tz, ctx.now);
  return `• ${t(ctx.lang, 'remindersAllRecurring', { recurrence, text: r.text, next: day })}`;
}

/**
 * "che promemoria ho?", "what reminders do I have?" with no period named: every active
 * reminder, a recurring one once, the next to fire first; a period asked keeps the agenda.
 */
export const reminderListFlow: Flow<void> = async (ctx) => {
  const where = { clientId: ctx.clientId, status: 'active' as const };
  const [reminders, count] = await Promise.all([
    ctx.db.reminder.findMany({
      where,
      orderBy: [{ nextOccurrenceAt: { sort: 'asc', nulls: 'last' } }, { createdAt: 'asc' }],
      take: LISTED,
      select: { text: true, rrule: true, nextOccurrenceAt: true },
    }),
    ctx.db.reminder.count({ where }),
  ]);
  if (reminders.length === 0) return { reply: { text: t(ctx.lang, 'remindersAllEmpty') }, understood: true };
  const lines = [t(ctx.lang, 'remindersAllHeader'), ...reminders.map((r) => line(ctx, r))];
  if (count > reminders.length) lines.push(t(ctx.lang, 'remindersAllMore', { count: count - reminders.length }));
  return { reply: { text: lines.join('\n') }, understood: true };
};
