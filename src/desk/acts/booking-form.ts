import { z } from 'zod';
import {
  confirmRequestedBooking,
  moveBooking,
  proposalVersion,
  proposeBookingTime,
  type BookingActor,
  type OfficeBooking,
  type Slot,
} from '../../domain/bookings/third-party.js';
import { escapeSlackText } from '../../channels/slack/blocks.js';
import { remindersFollowBooking } from '../../domain/reminders/follow.js';
import { t } from '../../i18n/catalog.js';
import { formatWhen } from '../../i18n/format.js';
import { encodeButton } from '../../kernel/actions.js';
import { ConflictError, NotFoundError } from '../../kernel/errors.js';
import type { Button } from '../../kernel/messaging.js';
import type { Lang } from '../../understanding/contract.js';
import { deskBookingSlot } from '../cards/booking-section.js';
import type { DeskContext } from '../context.js';
import {
  bookingInputs,
  checkBookingForm,
  type BookingModalKind,
  type BookingFormInput,
} from '../modals/booking-modal.js';
import type { DeskCatalog } from '../../i18n/desk-catalog.js';
import { firstName, type DeskAssistant } from './assistant.js';
import { bookingForAct, bookingRefusal, loadBooking, type LoadedBooking } from './booking-access.js';
import { bookingWhen, tellClientOfBooking } from './booking-notice.js';

/**
 * The booking forms of the desk: confirm a requested booking at its final time and place,
 * propose another time to the client, or move a confirmed one; each in one transaction with its
 * ticket event, then the client is told and the card's thread says what was done.
 */

/** A form refused with errors under its inputs, or accepted with the work that follows it. */
export type BookingOutcome = { errors: Record<string, string> } | { errors?: undefined; followUp: () => Promise<void> };

interface FormAct {
  ctx: DeskContext;
  /** the booking the form was opened on */
  bookingId: string;
  who: DeskAssistant;
  loaded: LoadedBooking;
  slot: Slot;
  note: string | undefined;
  now: Date;
  by: BookingActor;
}

const clashContext = z.object({ clashTitle: z.string(), clashStartsAt: z.string().optional() });

/** Under the time input: the client's booking that is already there. */
function clashError(err: ConflictError, tz: string, texts: DeskCatalog): Record<string, string> {
  const clash = clashContext.safeParse(err.context);
  const title = clash.success ? escapeSlackText(clash.data.clashTitle) : texts.anotherBooking;
  const when =
    clash.success && clash.data.clashStartsAt ? texts.dateTime(new Date(clash.data.clashStartsAt), tz) : texts.thatTime;
  return { [bookingInputs.time]: texts.bookingClash(title, when) };
}

/** The follow-ups now know, the card shows the booking's new state and its thread says what was done. */
async function finish(act: FormAct, thread: string): Promise<void> {
  const ticketId = act.loaded.ticket.id;
  await act.ctx.publish([{ type: 'ticket_state_changed', ticketId }]);
  await act.ctx.cards.refresh(ticketId);
  await act.ctx.cards.thread(ticketId, thread);
}

const signed = (act: FormAct): string => escapeSlackText(firstName(act.who.name));
const finalSlot = (act: FormAct, booking: OfficeBooking): string =>
  deskBookingSlot({ ...act.slot, location: booking.location ?? undefined }, act.loaded.client.tz, act.ctx.texts);

async function confirm(act: FormAct): Promise<() => Promise<void>> {
  const { ctx, loaded, now } = act;
  const booking = await ctx.prisma.$transaction((tx) =>
    confirmRequestedBooking(tx, act.bookingId, act.slot, act.by, now),
  );
  ctx.logger.info(
    { ticketId: loaded.ticket.id, bookingId: booking.id, assistantId: act.who.id },
    'booking confirmed by the desk',
  );
  return async () => {
    await ctx.publish([{ type: 'booking_changed', bookingId: booking.id }]);
    const text = (lang: Lang, b: OfficeBooking) =>
      t(lang, 'officeBookingConfirmed', {
        title: b.title,
        when: bookingWhen(loaded, lang, b, now),
        place: b.location ?? '',
      });
    await tellClientOfBooking(ctx, act.who, loaded, booking, { text, note: act.note, withInvitation: true });
    await finish(act, ctx.texts.bookingConfirmed(signed(act), finalSlot(act, booking)));
  };
}

function proposalButtons(booking: OfficeBooking): (lang: Lang) => Button[][] {
  const version = proposalVersion(booking);
  return (lang) => [
    [
      {
        label: t(lang, 'buttonAcceptProposal'),
        data: encodeButton({ op: 'proposal', accept: true, bookingId: booking.id, version }),
      },
      {
        label: t(lang, 'buttonDeclineProposal'),
        data: encodeButton({ op: 'proposal', accept: false, bookingId: booking.id, version }),
      },
    ],
  ];
}

async function propose(act: FormAct): Promise<() => Promise<void>> {
  const { ctx, loaded, now, slot } = act;
  const booking = await ctx.prisma.$transaction((tx) => proposeBookingTime(tx, act.bookingId, slot, act.by, now));
  const buttons = proposalButtons(booking);
  return async () => {
    const text = (lang: Lang, b: OfficeBooking) =>
      t(lang, 'officeBookingProposal', {
        title: b.title,
        when: bookingWhen(loaded, lang, { title: b.title, startsAt: slot.startsAt, day: null }, now),
        place: slot.location ?? '',
      });
    await tellClientOfBooking(ctx, act.who, loaded, booking, { text, note: act.note, withInvitation: false, buttons });
    await finish(act, ctx.texts.bookingProposed(signed(act), deskBookingSlot(slot, loaded.client.tz, ctx.texts)));
  };
}

async function reschedule(act: FormAct): Promise<() => Promise<void>> {
  const { ctx, loaded, now } = act;
  const { booking, previousStartsAt } = await ctx.prisma.$transaction((tx) =>
    moveBooking(tx, act.bookingId, act.slot, act.by, now),
  );
  return async () => {
    // the client's reminders set before the booking follow it, as when the client moves it
    const who = { clientId: loaded.ticket.clientId, tz: loaded.client.tz, now };
    const move = { from: previousStartsAt, to: booking.startsAt ?? act.slot.startsAt };
    const follow = await remindersFollowBooking(ctx.prisma, who, booking.id, move);
    await ctx.publish([{ type: 'booking_changed', bookingId: booking.id, previousStartsAt }, ...follow.events]);
    const followLines = (lang: Lang) =>
      follow.moved.map((when) => `\n${t(lang, 'reminderBeforeEvent', { when: formatWhen(when, lang, who.tz, now) })}`);
    const text = (lang: Lang, b: OfficeBooking) =>
      t(lang, 'officeBookingMoved', {
        title: b.title,
        when: bookingWhen(loaded, lang, b, now),
        place: b.location ?? '',
      }) + followLines(lang).join('');
    await tellClientOfBooking(ctx, act.who, loaded, booking, { text, note: act.note, withInvitation: true });
    await finish(act, ctx.texts.bookingMoved(signed(act), finalSlot(act, booking)));
  };
}

const formActs: Record<BookingModalKind, (act: FormAct) => Promise<() => Promise<void>>> = {
  confirm,
  propose,
  reschedule,
};

/** A submitted booking form: checked against the booking's state and zone, then its act. */
export async function submitBookingForm(
  ctx: DeskContext,
  who: DeskAssistant,
  form: BookingFormInput,
): Promise<BookingOutcome> {
  const allowed = await bookingForAct(ctx, who, await loadBooking(ctx, form.bookingId), form.kind);
  if (allowed.refused !== undefined) return { errors: { [bookingInputs.date]: allowed.refused } };
  const { loaded } = allowed;
  const checked = checkBookingForm(form, loaded.client.tz, ctx.clock(), ctx.texts);
  if (!checked.ok) return { errors: checked.errors };
  const { startsAt, endsAt, location, note, keepOverlap } = checked.value;
  const by: BookingActor = { actor: 'assistant', assistantId: who.id };
  const act: FormAct = {
    ctx,
    bookingId: form.bookingId,
    who,
    loaded,
    slot: { startsAt, endsAt, location, overlapChosen: keepOverlap },
    note,
    now: ctx.clock(),
    by,
  };
  try {
    return { followUp: await formActs[form.kind](act) };
  } catch (err) {
    if (err instanceof ConflictError) return { errors: clashError(err, loaded.client.tz, ctx.texts) };
    if (err instanceof NotFoundError) return { errors: { [bookingInputs.date]: bookingRefusal(ctx.texts, form.kind) } };
    throw err;
  }
}
