import { activeStatuses } from '../../../domain/tickets/lifecycle.js';
import { MAX_LOGGED_MINUTES } from '../../../domain/tickets/time-log.js';
import type { TicketStatus } from '../../../generated/prisma/enums.js';
import {
  bookingFormStart,
  bookingInputs,
  DURATION_MAX,
  DURATION_MIN,
  KEEP_OVERLAP,
  NOTE_MAX,
  PLACE_MAX,
  type BookingModalInput,
} from '../../../desk/modals/booking-modal.js';
import { OUTCOME_MAX, QUESTION_MAX } from '../../../desk/modals/ticket-modals.js';
import type { Flash } from '../desk/flash.js';
import { NOTE_TEXT_MAX, REPLY_MAX, type DeskForm, type FormState } from '../desk/forms.js';
import type { AdminLocale } from '../format.js';
import { html, type SafeHtml } from '../html.js';
import type { TicketPageData } from '../queries/tickets.js';

/** What the person looking at a ticket can do with it on the desk, and what their last post did. */
export interface DeskPanel {
  csrfToken: string;
  /** the viewer's desk assistant; null before their first desk act */
  me: string | null;
  /** the client cancelled the ticket's booking: it only waits to be closed */
  awaitsClose: boolean;
  /** the booking forms the viewer may use now, prefilled, and whether they may cancel it */
  booking: { forms: BookingModalInput[]; cancel: boolean };
  /** a fresh key for the reply form: a form sent twice reaches the client once */
  replyKey: string;
  /** the ticket came from the client's mailbox: the reply goes out by e-mail, as the client */
  replyByMail: boolean;
  /** a reply the LLM suggested for the ticket's e-mail: the reply form starts with it */
  suggestedReply: string | null;
  /** the client a message can be taken for; null for an erased or demo client */
  takeMessageFor: string | null;
  /** what changes which forms are shown: the live page swaps them only when it changes */
  stateKey: string;
  /** a post that came back: the form as typed and its errors */
  state?: FormState | undefined;
  /** a post the desk refused: why, in one line */
  refusal?: string | undefined;
  /** what the last post did (once, after its redirect) */
  flash?: Flash | undefined;
}

type Ticket = Pick<TicketPageData, 'number' | 'status' | 'assignee' | 'client'>;

interface FormParts {
  ticket: Ticket;
  panel: DeskPanel;
  locale: AdminLocale;
}

const valueOf = (p: FormParts, form: DeskForm, name: string, start = ''): string =>
  p.panel.state?.form === form ? (p.panel.state.values[name] ?? '') : start;

/** A labelled control with its error under it; ids are unique per form. */
function labelled(p: FormParts, form: DeskForm, name: string, label: string, control: (attrs: SafeHtml) => SafeHtml) {
  const id = `${form}-${name}`;
  const error = p.panel.state?.form === form ? p.panel.state.errors[name] : undefined;
  const attrs = html` id="${id}" name="${name}"${error ? html` aria-invalid="true" aria-describedby="${id}-error"` : ''}`;
  return html`<label for="${id}">${label}</label>${control(attrs)}${error ? html`<span class="field-error" id="${id}-error">${error}</span>` : ''}`;
}

/** A post to one desk act of the ticket; errors not under a field of it show above it. */
function deskForm(p: FormParts, form: DeskForm, path: string, fields: string[], body: SafeHtml, confirm?: string) {
  const stray =
    p.panel.state?.form === form ? Object.entries(p.panel.state.errors).filter(([name]) => !fields.includes(name)) : [];
  return html`<form method="post" action="/admin/tickets/${p.ticket.number}/${path}" class="desk-form ${form}"${confirm ? html` data-confirm="${confirm}"` : ''}>
<input type="hidden" name="_csrf" value="${p.panel.csrfToken}">${stray.map(([, error]) => html`<p class="error" role="alert">${error}</p>`)}${body}</form>`;
}

const button = (label: string, kind = '') =>
  html`<button type="submit"${kind ? html` class="${kind}"` : ''}>${label}</button>`;

function replyForm(p: FormParts): SafeHtml {
  const { desk } = p.locale.t;
  return deskForm(
    p,
    'reply',
    'reply',
    ['text'],
    html`<h3>${desk.reply}</h3><input type="hidden" name="key" value="${p.panel.replyKey}">
${labelled(p, 'reply', 'text', p.panel.replyByMail ? desk.replyByMailHint : desk.replyHint, (a) => html`<textarea${a} rows="${p.panel.suggestedReply ? 10 : 4}" maxlength="${REPLY_MAX}" required>${valueOf(p, 'reply', 'text', p.panel.suggestedReply ?? '')}</textarea>`)}${p.panel.suggestedReply ? html`<p class="hint suggested-reply">${desk.suggestedReplyHint}</p>` : ''}
${button(desk.send)}`,
  );
}

function askForm(p: FormParts): SafeHtml {
  const { desk } = p.locale.t;
  return deskForm(
    p,
    'ask',
    'ask',
    ['question'],
    html`<h3>${desk.ask}</h3>
${labelled(p, 'ask', 'question', desk.askHint, (a) => html`<textarea${a} rows="3" maxlength="${QUESTION_MAX}" required>${valueOf(p, 'ask', 'question')}</textarea>`)}
${button(desk.askSubmit)}`,
  );
}

function doneForm(p: FormParts): SafeHtml {
  const { desk } = p.locale.t;
  return deskForm(
    p,
    'done',
    'done',
    ['minutes', 'outcome'],
    html`<h3>${desk.done}</h3><p class="muted">${desk.doneHint}</p>
${labelled(p, 'done', 'minutes', desk.minutes, (a) => html`<input${a} type="number" min="1" max="${MAX_LOGGED_MINUTES}" step="1" required value="${valueOf(p, 'done', 'minutes')}">`)}
${labelled(p, 'done', 'outcome', desk.outcome, (a) => html`<textarea${a} rows="3" maxlength="${OUTCOME_MAX}" required>${valueOf(p, 'done', 'outcome')}</textarea>`)}
${button(desk.doneSubmit)}`,
  );
}

function noteForm(p: FormParts): SafeHtml {
  const { desk } = p.locale.t;
  return deskForm(
    p,
    'note',
    'note',
    ['text'],
    html`<h3>${desk.note}</h3>
${labelled(p, 'note', 'text', desk.noteHint, (a) => html`<textarea${a} rows="2" maxlength="${NOTE_TEXT_MAX}" required>${valueOf(p, 'note', 'text')}</textarea>`)}
${button(desk.saveNote, 'secondary')}`,
  );
}

/** Confirm, propose or reschedule: the Slack modal's fields, prefilled from the booking, in the client's zone. */
function bookingForm(p: FormParts, input: BookingModalInput): SafeHtml {
  const { desk } = p.locale.t;
  const form = input.kind;
  const start = bookingFormStart(input);
  const value = (name: string, fallback = '') => valueOf(p, form, name, fallback);
  const kept = p.panel.state?.form === form ? value(bookingInputs.overlap) === KEEP_OVERLAP : false;
  const overlap =
    form === 'propose'
      ? ''
      : html`<label class="check"><input type="checkbox" name="${bookingInputs.overlap}" value="${KEEP_OVERLAP}"${kept ? html` checked` : ''}> ${desk.keepOverlap}</label>`;
  const fields = Object.values(bookingInputs);
  return deskForm(
    p,
    form,
    `booking/${form}`,
    fields,
    html`<h3>${desk.bookingTitles[form]}: ${input.title}</h3><p class="muted">${desk.bookingTimesIn({ tz: input.tz })}</p>
${labelled(p, form, bookingInputs.date, desk.date, (a) => html`<input${a} type="date" required value="${value(bookingInputs.date, start.day)}">`)}
${labelled(p, form, bookingInputs.time, desk.time, (a) => html`<input${a} type="time" required value="${value(bookingInputs.time, start.time)}">`)}
${labelled(p, form, bookingInputs.duration, desk.duration, (a) => html`<input${a} type="number" min="${DURATION_MIN}" max="${DURATION_MAX}" step="1" required value="${value(bookingInputs.duration, String(start.minutes))}">`)}
${labelled(p, form, bookingInputs.place, desk.place, (a) => html`<input${a} type="text" maxlength="${PLACE_MAX}" value="${value(bookingInputs.place, input.location ?? '')}">`)}
${labelled(p, form, bookingInputs.note, desk.noteToClient, (a) => html`<textarea${a} rows="2" maxlength="${NOTE_MAX}">${value(bookingInputs.note)}</textarea>`)}
${overlap}${button(desk.bookingSubmits[form])}`,
  );
}

/** Who holds the ticket, and Claim or Release when the viewer can. */
function holding(p: FormParts): SafeHtml {
  const { ticket, panel, locale } = p;
  const { desk } = locale.t;
  const active = (activeStatuses as readonly TicketStatus[]).includes(ticket.status);
  if (!active) return html`<p class="muted">${desk.closed}</p>`;
  if (!ticket.assignee) {
    if (panel.awaitsClose) return html``;
    return html`<p>${desk.nobodyHolds}</p>${deskForm(p, 'claim', 'claim', [], button(desk.claim))}`;
  }
  if (ticket.assignee.id !== panel.me) return html`<p>${desk.heldBy({ name: ticket.assignee.name })}</p>`;
  return html`<p>${desk.youHold}</p>${deskForm(p, 'release', 'release', [], button(desk.release, 'secondary'))}`;
}

/** A ticket whose booking the client cancelled: what to do, and the Close button. */
function closeForm(p: FormParts): SafeHtml {
  const { t } = p.locale;
  return html`<p class="notice breached">${t.ticket.bookingCancelledByClient}</p>${deskForm(p, 'close', 'close', [], button(t.ticket.close))}`;
}

/** The forms the viewer may use on the ticket as it stands now. */
function forms(p: FormParts): SafeHtml[] {
  const { ticket, panel, locale } = p;
  const active = (activeStatuses as readonly TicketStatus[]).includes(ticket.status);
  const mine = active && ticket.assignee !== null && ticket.assignee.id === panel.me;
  const canReply = active && !panel.awaitsClose && (ticket.assignee === null || mine);
  return [
    ...(panel.awaitsClose ? [closeForm(p)] : []),
    ...(canReply ? [replyForm(p)] : []),
    ...(mine && !panel.awaitsClose ? [askForm(p), doneForm(p)] : []),
    ...panel.booking.forms.map((input) => bookingForm(p, input)),
    ...(panel.booking.cancel
      ? [
          deskForm(
            p,
            'cancelBooking',
            'booking/cancel',
            [],
            button(locale.t.desk.cancelBooking, 'secondary'),
            locale.t.desk.cancelBookingAsk,
          ),
        ]
      : []),
    noteForm(p),
  ];
}

/** The desk on the ticket page: who holds it, and the forms of the Slack card's buttons. */
export function renderDeskPanel(ticket: Ticket, panel: DeskPanel, locale: AdminLocale): SafeHtml {
  const p = { ticket, panel, locale };
  const { desk } = locale.t;
  const takeMessage = panel.takeMessageFor
    ? html`<p><a href="/admin/clients/${panel.takeMessageFor}#take-message">${desk.takeMessage}</a></p>`
    : '';
  return html`${holding(p)}${forms(p)}${takeMessage}`;
}

/** What the last post did, or why the desk refused it: one line at the top of the desk. */
export function renderDeskOutcome(panel: DeskPanel, locale: AdminLocale): SafeHtml {
  const { desk } = locale.t;
  if (panel.refusal) return html`<p class="error" role="alert">${desk.refused} ${panel.refusal}</p>`;
  if (!panel.flash) return html``;
  const lines = panel.flash.lines.map((line) => html`<br>${line}`);
  return html`<p class="notice" role="status">${desk.saved[panel.flash.act]}${lines}</p>`;
}
