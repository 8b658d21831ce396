import { Router, type Request, type Response } from 'express';
import type { DeskAssistant } from '../../../desk/acts/assistant.js';
import { cancelBooking } from '../../../desk/acts/booking-cancel.js';
import { submitBookingForm } from '../../../desk/acts/booking-form.js';
import { replyToClient, writeNote } from '../../../desk/acts/relay.js';
import { ask, claim, closeCancelled, done, release } from '../../../desk/acts/ticket-acts.js';
import type { DeskContext } from '../../../desk/context.js';
import { bookingInputs, bookingModalKinds, type BookingModalKind } from '../../../desk/modals/booking-modal.js';
import { bookingOfTicket } from '../../../domain/bookings/third-party.js';
import { deskTexts } from '../../../i18n/desk-catalog.js';
import type { Logger } from '../../../infra/logger.js';
import { errorMessage, NotFoundError } from '../../../kernel/errors.js';
import { verifyCsrf } from '../auth.js';
import { setFlash } from '../desk/flash.js';
import { bookingFormInput, checkForm, typedValues, type DeskForm } from '../desk/forms.js';
import { staffAssistant } from '../desk/identity.js';
import { recordingDesk } from '../desk/recording.js';
import { sendTicketPage, ticketNumberOf, type TicketViewDeps } from '../desk/ticket-view.js';
import { localeOf } from '../lang.js';
import { currentStaff } from '../locals.js';

export interface TicketDeskDeps extends TicketViewDeps {
  logger: Logger;
  publicUrl?: string | undefined;
}

/** One desk act on one ticket, by the logged-in person's desk assistant, with what they posted. */
interface DeskAct {
  ctx: DeskContext;
  who: DeskAssistant;
  ticketId: string;
  body: unknown;
}

/** Refused with one line, refused with errors under the fields, or done with its work to follow. */
type ActResult =
  | { refused: string; errors?: undefined }
  | { errors: Record<string, string>; refused?: undefined }
  | { refused?: undefined; errors?: undefined; followUp: () => Promise<void> };

type Run = (act: DeskAct) => Promise<ActResult>;

/** The ticket's booking form, read like the Slack modal and checked by the same act. */
function bookingRun(kind: BookingModalKind): Run {
  return async ({ ctx, who, ticketId, body }) => {
    const booking = await bookingOfTicket(ctx.prisma, ticketId);
    const form = booking && bookingFormInput(kind, { ...(body as object), bookingId: booking.id });
    if (!form) return { errors: { [bookingInputs.date]: ctx.texts.bookingNone } };
    return submitBookingForm(ctx, who, form);
  };
}

/** What each desk form does: the Slack desk's own acts, after the form's fields are checked. */
const runs: Record<DeskForm, Run> = {
  claim: ({ ctx, who, ticketId }) => claim(ctx, who, ticketId),
  release: ({ ctx, who, ticketId }) => release(ctx, who, ticketId),
  close: ({ ctx, who, ticketId }) => closeCancelled(ctx, who, ticketId),
  cancelBooking: ({ ctx, who, ticketId }) => cancelBooking(ctx, who, ticketId),
  reply: async ({ ctx, who, ticketId, body }) => {
    const form = checkForm('reply', body, ctx.texts);
    if (!form.ok) return form;
    const { text, key } = form.value;
    return replyToClient(ctx, who, { ticketId, text, idempotencyKey: `back-office:${key}` });
  },
  note: async ({ ctx, who, ticketId, body }) => {
    const form = checkForm('note', body, ctx.texts);
    return form.ok ? writeNote(ctx, who, { ticketId, text: form.value.text }) : form;
  },
  ask: async ({ ctx, who, ticketId, body }) => {
    const form = checkForm('ask', body, ctx.texts);
    return form.ok ? ask(ctx, who, ticketId, form.value.question) : form;
  },
  done: async ({ ctx, who, ticketId, body }) => {
    const form = checkForm('done', body, ctx.texts);
    return form.ok ? done(ctx, who, ticketId, form.value) : form;
  },
  confirm: bookingRun('confirm'),
  propose: bookingRun('propose'),
  reschedule: bookingRun('reschedule'),
};

/**
 * A desk form's post: the act runs as the person's desk assistant; a refusal or a mistake shows
 * the page again with the form as typed and one line (409, 400); a done act redirects to the
 * page, which says once what was saved and what the card's thread got.
 */
async function runDeskForm(deps: TicketDeskDeps, form: DeskForm, req: Request, res: Response): Promise<void> {
  const number = ticketNumberOf(res, req.params.number);
  const ticket = await deps.prisma.ticket.findUnique({ where: { number }, select: { id: true } });
  if (!ticket) throw new NotFoundError(localeOf(res).t.invalid.noTicket({ number }));
  const who = await staffAssistant(deps.prisma, currentStaff(res));
  const state = { form, values: typedValues(req.body) };
  const again = (extras: { refusal?: string; errors?: Record<string, string> }, status: number) =>
    sendTicketPage(
      res,
      deps,
      number,
      { me: who.id, state: { ...state, errors: extras.errors ?? {} }, refusal: extras.refusal },
      status,
    );
  // the act speaks the page's language: its refusals, the errors under the fields, what it wrote on the desk
  const texts = deskTexts(localeOf(res).lang);
  if (!who.active) return again({ refusal: texts.notAnAssistant }, 403);
  const lines: string[] = [];
  const ctx = recordingDesk({ ...deps.desk, texts }, lines);
  const result = await runs[form]({ ctx, who, ticketId: ticket.id, body: req.body });
  if (result.errors) return again({ errors: result.errors }, 400);
  if (result.refused !== undefined) return again({ refusal: result.refused }, 409);
  await result.followUp().catch((err: unknown) => {
    // the act is done; what follows it (the client's message, the card) failed: say so
    deps.logger.error({ err: errorMessage(err), ticketId: ticket.id, form }, 'back-office desk act follow-up failed');
    lines.push(texts.somethingFailed);
  });
  setFlash(res, deps.publicUrl, { ticket: number, act: form, lines });
  res.redirect(303, `/admin/tickets/${number}#desk`);
}

const paths: Record<DeskForm, string> = {
  claim: 'claim',
  release: 'release',
  close: 'close',
  reply: 'reply',
  note: 'note',
  ask: 'ask',
  done: 'done',
  cancelBooking: 'booking/cancel',
  ...(Object.fromEntries(bookingModalKinds.map((kind) => [kind, `booking/${kind}`])) as Record<
    BookingModalKind,
    string
  >),
};

/** The desk's forms on a ticket's page: one POST per act, each with the session's CSRF token. */
export function createTicketDeskRoutes(deps: TicketDeskDeps): Router {
  const router = Router();
  for (const [form, path] of Object.entries(paths) as [DeskForm, string][])
    router.post(`/tickets/:number/${path}`, verifyCsrf, (req, res) => runDeskForm(deps, form, req, res));
  return router;
}
