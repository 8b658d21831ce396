import type { TakeMessageOutcome } from '../../../domain/segreteria/messages.js';
import type { AdminLocale } from '../format.js';
import { html, type SafeHtml } from '../html.js';
import { TAKEN_MESSAGES_SHOWN, type TakenMessageRow } from '../queries/taken-messages.js';
import type { TakeMessageFormState } from '../take-message-form.js';

type HoldReason = 'busy' | 'dnd' | 'quiet_hours';

export interface TakenMessagesInput {
  clientId: string;
  /** the client's zone: the times a caller and the client speak of */
  tz: string;
  messages: TakenMessageRow[];
  /** when a message that is not urgent would go out if taken now; null: at once */
  release: { until: Date; reason: HoldReason } | null;
  /** set when this page may take a message: the form, with what was typed after a mistake */
  form?: { csrfToken: string; state?: TakeMessageFormState | undefined } | undefined;
  /** why no message can be taken for this client */
  refusal?: string | undefined;
  /** what happened to the message just taken (after the redirect) */
  outcome?: TakeMessageOutcome | undefined;
}

const emptyForm: TakeMessageFormState = {
  values: { callerName: '', callerPhone: '', body: '', urgent: false },
  errors: {},
};

/** "16:00" for an instant later today in the client's zone, the full stamp for another day. */
function untilText(at: Date, tz: string, now: Date, locale: AdminLocale): string {
  const [day, time] = locale.stamp(at, tz).split(' ') as [string, string];
  const today = locale.stamp(now, tz).split(' ')[0];
  return day === today
    ? locale.t.takeMessage.untilToday({ time })
    : locale.t.takeMessage.untilLater({ stamp: `${day} ${time}` });
}

/** The line at the top of the client page after a message was taken. */
export function renderTakenOutcome(
  input: Pick<TakenMessagesInput, 'outcome' | 'tz'>,
  now: Date,
  locale: AdminLocale,
): SafeHtml {
  const { t } = locale;
  const outcome = input.outcome;
  if (!outcome) return html``;
  if (outcome.kind === 'undeliverable') return html`<p class="error" role="status">${t.takeMessage.undeliverable}</p>`;
  const text =
    outcome.kind === 'delivered'
      ? t.takeMessage.delivered
      : t.takeMessage.held({
          until: untilText(outcome.until, input.tz, now, locale),
          reason: t.takeMessage.reasons[outcome.reason],
        });
  return html`<p class="notice" role="status">${text}</p>`;
}

function takeMessageForm(
  input: TakenMessagesInput & { form: NonNullable<TakenMessagesInput['form']> },
  now: Date,
  locale: AdminLocale,
): SafeHtml {
  const tm = locale.t.takeMessage;
  const { values, errors, failure } = input.form.state ?? emptyForm;
  // Each field names its error, so a screen reader reads it with the field.
  const invalid = (name: keyof typeof errors) =>
    errors[name] ? html` aria-invalid="true" aria-describedby="${name}-error"` : '';
  const error = (name: keyof typeof errors) =>
    errors[name] ? html`<span class="field-error" id="${name}-error">${errors[name]}</span>` : '';
  return html`${failure ? html`<p class="error" role="alert">${failure}</p>` : ''}
${input.release ? html`<p class="muted">${tm.wouldHold({ until: untilText(input.release.until, input.tz, now, locale), reason: tm.reasons[input.release.reason] })}</p>` : ''}
<form method="post" action="/admin/clients/${input.clientId}/messages" class="settings take-message">
  <input type="hidden" name="_csrf" value="${input.form.csrfToken}">
  <label>${tm.callerName} <input type="text" name="callerName" value="${values.callerName}" required maxlength="200"${invalid('callerName')}></label>${error('callerName')}
  <label>${tm.callerPhone} <input type="tel" name="callerPhone" value="${values.callerPhone}" maxlength="40"${invalid('callerPhone')}></label>${error('callerPhone')}
  <label>${tm.body} <textarea name="body" rows="3" required maxlength="2000"${invalid('body')}>${values.body}</textarea></label>${error('body')}
  <label><input type="checkbox" name="urgent"${values.urgent ? html` checked` : ''}${invalid('urgent')}> ${tm.urgent}</label>${error('urgent')}
  <button type="submit">${tm.submit}</button>
</form>`;
}

function statusText(m: TakenMessageRow, input: TakenMessagesInput, now: Date, locale: AdminLocale): string {
  const tm = locale.t.takeMessage;
  if (m.status === 'delivered')
    return `${tm.deliveredAt({ at: m.deliveredAt ? locale.stamp(m.deliveredAt, input.tz) : '' })}${m.inDigest ? tm.inDigest : ''}`;
  return input.release ? tm.heldUntil({ at: untilText(input.release.until, input.tz, now, locale) }) : tm.heldWaiting;
}

function choiceCell(m: TakenMessageRow, locale: AdminLocale): SafeHtml {
  const tm = locale.t.takeMessage;
  if (m.callbackChoice === 'client') return html`${tm.choiceClient}`;
  if (m.callbackChoice !== 'office') return html``;
  return html`${tm.choiceOffice}${m.callbackTicket ? html`: <a href="/admin/tickets/${m.callbackTicket.number}">${tm.ticket({ number: m.callbackTicket.number })}</a>` : ''}`;
}

/** An erased caller or text shows as such. */
const kept = (value: string | null, locale: AdminLocale): SafeHtml =>
  value === null ? html`<span class="erased">${locale.t.common.erased}</span>` : html`${value}`;

/** "Take a message" (form, or why not) and the client's latest messages taken. */
export function renderTakenMessages(input: TakenMessagesInput, now: Date, locale: AdminLocale): SafeHtml {
  const { t } = locale;
  const tm = t.takeMessage;
  const form = input.form;
  const rows = input.messages.map(
    (m) =>
      html`<tr data-taken="${m.id}"><td>${locale.stamp(m.createdAt, input.tz)}</td><td>${kept(m.callerName, locale)}</td><td>${m.callerPhone ?? ''}</td><td class="body">${kept(m.body, locale)}</td><td>${m.urgent ? html`<span class="warning">${tm.urgentMark}</span>` : ''}</td><td>${statusText(m, input, now, locale)}</td><td>${choiceCell(m, locale)}</td><td>${m.takenByUser?.name ?? m.takenBy?.name ?? ''}</td></tr>`,
  );
  const taking = form
    ? takeMessageForm({ ...input, form }, now, locale)
    : input.refusal
      ? html`<p class="muted">${input.refusal}</p>`
      : undefined;
  return html`${
    taking
      ? html`<h2 id="take-message">${tm.title}</h2>
${taking}`
      : ''
  }
<h2>${tm.listTitle}</h2>
${
  input.messages.length === 0
    ? html`<p class="muted">${tm.noMessages}</p>`
    : html`${input.messages.length >= TAKEN_MESSAGES_SHOWN ? html`<p class="muted">${tm.latest({ count: TAKEN_MESSAGES_SHOWN })}</p>` : ''}
<table class="taken-messages"><tr><th>${t.common.when}</th><th>${tm.caller}</th><th>${tm.phone}</th><th>${t.common.what}</th><th>${tm.urgentColumn}</th><th>${t.common.status}</th><th>${tm.choice}</th><th>${tm.takenBy}</th></tr>${rows}</table>`
}`;
}
