import type { types } from '@slack/bolt';
import { z } from 'zod';
import {
  bookingOfTicket,
  cancelBookingByOffice,
  confirmRequestedBooking,
  moveBooking,
  officeBookingSelect,
  proposalVersion,
  proposeBookingTime,
  type BookingActor,
  type OfficeBooking,
  type Slot,
} from '../../domain/bookings/third-party.js';
import { invitationFile } from '../../domain/calendar/invitation.js';
import type { Button } from '../../kernel/messaging.js';
import { escapeSlackText } from '../../channels/slack/blocks.js';
import { encodeButton } from '../../kernel/actions.js';
import { describeBooking } from '../../i18n/format.js';
import { ConflictError, DependencyError, NotFoundError } from '../../kernel/errors.js';
import { t } from '../../i18n/catalog.js';
import { assertHolder } from '../../domain/tickets/lifecycle.js';
import { ticketLabel } from '../../domain/tickets/service.js';
import type { Lang } from '../../understanding/contract.js';
import { firstName, type DeskAssistant } from './assistant.js';
import { deskBookingTime } from '../cards/booking-section.js';
import {
  bookingInputs,
  bookingModal,
  checkBookingForm,
  type BookingModalKind,
  type BookingSubmission,
} from '../modals/booking-modal.js';
import { explainRefusal, type DeskContext } from '../context.js';
import { deskTexts } from '../texts.js';
import { failedDelivery } from './ticket-acts.js';

/**
 * The desk's side of bookings arranged with an outside party: the modals that confirm a
 * requested booking, propose another time or move a confirmed one, the cancel button, and the
 * client's answers to a proposal in the card's thread. While the ticket is worked only its
 * holder acts on its booking; once it is done, any active assistant may still move or cancel
 * the confirmed booking (the restaurant calls back after the ticket was closed).
 */

/** A form refused with errors under its inputs, or accepted with the work that follows it. */
export type BookingOutcome = { errors: Record<string, string> } | { errors?: undefined; followUp: () => Promise<void> };

interface Loaded {
  booking: OfficeBooking;
  ticket: {
    id: string;
    number: number;
    status: 'open' | 'claimed' | 'waiting_client' | 'done' | 'cancelled';
    assigneeId: string | null;
    clientId: string;
  };
  client: { name: string; tz: string; lang: Lang };
}

const ticketSelect = {
  id: true,
  number: true,
  status: true,
  assigneeId: true,
  clientId: true,
  client: { select: { name: true, tz: true, lang: true } },
} as const;

async function loadByTicket(ctx: DeskContext, ticketId: string): Promise<Loaded | null> {
  const [ticket, booking] = await Promise.all([
    ctx.prisma.ticket.findUnique({ where: { id: ticketId }, select: ticketSelect }),
    bookingOfTicket(ctx.prisma, ticketId),
  ]);
  if (!ticket || !booking) return null;
  const { client, ...rest } = ticket;
  return { booking, ticket: rest, client };
}

async function loadByBooking(ctx: DeskContext, bookingId: string): Promise<Loaded | null> {
  const booking = await ctx.prisma.booking.findUnique({ where: { id: bookingId }, select: officeBookingSelect });
  return booking?.ticketId ? loadByTicket(ctx, booking.ticketId) : null;
}

/** Why `who` may not act on the booking now, or undefined when they may. */
async function refusal(ctx: DeskContext, who: DeskAssistant, loaded: Loaded): Promise<string | undefined> {
  const closed = loaded.ticket.status === 'done' || loaded.ticket.status === 'cancelled';
  if (closed && loaded.booking.status === 'confirmed') return undefined;
  try {
    assertHolder(loaded.ticket, who.id);
    return undefined;
  } catch (err) {
    return explainRefusal(ctx.prisma, loaded.ticket.id, err, who.id, 'work');
  }
}

/** Which booking states each act needs, and what to say otherwise. */
const needs: Record<BookingModalKind | 'cancel', { statuses: OfficeBooking['status'][]; otherwise: string }> = {
  confirm: { statuses: ['requested'], otherwise: deskTexts.bookingNotRequested },
  propose: { statuses: ['requested'], otherwise: deskTexts.bookingNotRequested },
  reschedule: { statuses: ['confirmed'], otherwise: deskTexts.bookingNotConfirmed },
  cancel: { statuses: ['requested', 'confirmed'], otherwise: deskTexts.bookingNotActive },
};

async function check(
  ctx: DeskContext,
  who: DeskAssistant,
  loaded: Loaded | null,
  act: BookingModalKind | 'cancel',
): Promise<string | undefined> {
  if (!loaded) return deskTexts.bookingNone;
  if (!needs[act].statuses.includes(loaded.booking.status)) return needs[act].otherwise;
  return refusal(ctx, who, loaded);
}

/** The modal behind a booking button, or why `who` cannot have it. */
export async function bookingModalFor(
  ctx: DeskContext,
  who: DeskAssistant,
  ticketId: string,
  kind: BookingModalKind,
): Promise<{ refused: string } | { view: types.ModalView }> {
  const loaded = await loadByTicket(ctx, ticketId);
  const refused = await check(ctx, who, loaded, kind);
  if (refused !== undefined || !loaded) return { refused: refused ?? deskTexts.bookingNone };
  const { booking } = loaded;
  // a proposal waiting for the client is what the next proposal most likely starts from
  const shown =
    kind === 'propose' && booking.proposedStartsAt
      ? { startsAt: booking.proposedStartsAt, endsAt: booking.proposedEndsAt, location: booking.proposedLocation }
      : booking;
  return {
    view: bookingModal({
      kind,
      bookingId: booking.id,
      ticketNumber: loaded.ticket.number,
      clientName: loaded.client.name,
      title: booking.title,
      tz: loaded.client.tz,
      startsAt: shown.startsAt,
      endsAt: shown.endsAt,
      day: booking.day,
      location: shown.location,
    }),
  };
}

const clashContext = z.object({ clashTitle: z.string(), clashStartsAt: z.string().optional() });

/** Under the time input: the client's booking that is already there. */
function clashError(err: ConflictError, tz: string): Record<string, string> {
  const clash = clashContext.safeParse(err.context);
  const title = clash.success ? escapeSlackText(clash.data.clashTitle) : deskTexts.anotherBooking;
  const when =
    clash.success && clash.data.clashStartsAt
      ? deskBookingTime(new Date(clash.data.clashStartsAt), tz)
      : deskTexts.thatTime;
  return { [bookingInputs.time]: deskTexts.bookingClash(title, when) };
}

interface ClientNotice {
  text: (lang: Lang, booking: OfficeBooking) => string;
  note?: string | undefined;
  withInvitation: boolean;
  buttons?: (lang: Lang) => Button[][];
}

/** Tells the client, signed like any desk message, with the booking's calendar file when it has one. */
async function tellClient(
  ctx: DeskContext,
  who: DeskAssistant,
  loaded: Loaded,
  booking: OfficeBooking,
  notice: ClientNotice,
): Promise<void> {
  const name = firstName(who.name);
  const number = ticketLabel(loaded.ticket.number);
  const now = ctx.clock();
  const file = notice.withInvitation
    ? await invitationFile(ctx.prisma, booking.id, { lang: loaded.client.lang, tz: loaded.client.tz, now })
    : undefined;
  const delivery = await ctx.sendToClient({
    ticketId: loaded.ticket.id,
    clientId: loaded.ticket.clientId,
    text: (lang) =>
      t(lang, 'assistantMessage', {
        text: `${notice.text(lang, booking)}${notice.note ? `\n\n${notice.note}` : ''}`,
        name,
        number,
      }),
    ...(notice.buttons ? { buttons: notice.buttons } : {}),
    ...(file ? { file } : {}),
  });
  await failedDelivery(ctx, loaded.ticket.id, delivery);
}

const whenOf = (
  loaded: Loaded,
  lang: Lang,
  at: { title: string; startsAt: Date | null; day: Date | null },
  now: Date,
) => describeBooking(at, lang, loaded.client.tz, now);

/** The desk's one line for a time and place. */
function deskSlot(slot: Slot, tz: string): string {
  return `${deskBookingTime(slot.startsAt, tz)}${slot.location ? `, ${escapeSlackText(slot.location)}` : ''}`;
}

/** A submitted booking modal: confirm, propose or move, each in one transaction with its ticket event. */
export async function submitBookingForm(
  ctx: DeskContext,
  who: DeskAssistant,
  form: BookingSubmission,
): Promise<BookingOutcome> {
  const loaded = await loadByBooking(ctx, form.bookingId);
  const refused = await check(ctx, who, loaded, form.kind);
  if (refused !== undefined || !loaded) return { errors: { [bookingInputs.date]: refused ?? deskTexts.bookingNone } };
  const checked = checkBookingForm(form, loaded.client.tz, ctx.clock());
  if (!checked.ok) return { errors: checked.errors };
  const slot: Slot = {
    startsAt: checked.value.startsAt,
    endsAt: checked.value.endsAt,
    location: checked.value.location,
  };
  const by: BookingActor = { actor: 'assistant', assistantId: who.id };
  const now = ctx.clock();
  const name = escapeSlackText(firstName(who.name));
  const ticketId = loaded.ticket.id;
  const finish = async (thread: string): Promise<void> => {
    await ctx.changed(ticketId);
    await ctx.cards.refresh(ticketId);
    await ctx.cards.thread(ticketId, thread);
  };
  try {
    switch (form.kind) {
      case 'confirm': {
        const booking = await ctx.prisma.$transaction((tx) =>
          confirmRequestedBooking(tx, form.bookingId, slot, by, now),
        );
        ctx.logger.info({ ticketId, bookingId: booking.id, assistantId: who.id }, 'booking confirmed by the desk');
        return {
          followUp: async () => {
            await ctx.bookingReminders?.bookingChanged(booking.id);
            const notice = (lang: Lang, b: OfficeBooking) =>
              t(lang, 'officeBookingConfirmed', {
                title: b.title,
                when: whenOf(loaded, lang, b, now),
                place: b.location ?? '',
              });
            await tellClient(ctx, who, loaded, booking, {
              text: notice,
              note: checked.value.note,
              withInvitation: true,
            });
            await finish(
              deskTexts.bookingConfirmed(
                name,
                deskSlot({ ...slot, location: booking.location ?? undefined }, loaded.client.tz),
              ),
            );
          },
        };
      }
      case 'propose': {
        const booking = await ctx.prisma.$transaction((tx) => proposeBookingTime(tx, form.bookingId, slot, by, now));
        const version = proposalVersion(booking);
        return {
          followUp: async () => {
            const notice = (lang: Lang, b: OfficeBooking) =>
              t(lang, 'officeBookingProposal', {
                title: b.title,
                when: whenOf(loaded, lang, { title: b.title, startsAt: slot.startsAt, day: null }, now),
                place: slot.location ?? '',
              });
            const buttons = (lang: Lang): Button[][] => [
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
            await tellClient(ctx, who, loaded, booking, {
              text: notice,
              note: checked.value.note,
              withInvitation: false,
              buttons,
            });
            await finish(deskTexts.bookingProposed(name, deskSlot(slot, loaded.client.tz)));
          },
        };
      }
      case 'reschedule': {
        const { booking, previousStartsAt } = await ctx.prisma.$transaction((tx) =>
          moveBooking(tx, form.bookingId, slot, by, now),
        );
        return {
          followUp: async () => {
            await ctx.bookingReminders?.bookingChanged(booking.id, previousStartsAt);
            const notice = (lang: Lang, b: OfficeBooking) =>
              t(lang, 'officeBookingMoved', {
                title: b.title,
                when: whenOf(loaded, lang, b, now),
                place: b.location ?? '',
              });
            await tellClient(ctx, who, loaded, booking, {
              text: notice,
              note: checked.value.note,
              withInvitation: true,
            });
            await finish(
              deskTexts.bookingMoved(
                name,
                deskSlot({ ...slot, location: booking.location ?? undefined }, loaded.client.tz),
              ),
            );
          },
        };
      }
    }
  } catch (err) {
    if (err instanceof ConflictError) return { errors: clashError(err, loaded.client.tz) };
    if (err instanceof NotFoundError) return { errors: { [bookingInputs.date]: needs[form.kind].otherwise } };
    throw err;
  }
}

/** Cancel booking (the button asks for confirmation first): the client gets the withdrawal of the calendar event. */
export async function cancelFromDesk(
  ctx: DeskContext,
  who: DeskAssistant,
  ticketId: string,
): Promise<{ refused: string } | { refused?: undefined; followUp: () => Promise<void> }> {
  const loaded = await loadByTicket(ctx, ticketId);
  const refused = await check(ctx, who, loaded, 'cancel');
  if (refused !== undefined || !loaded) return { refused: refused ?? deskTexts.bookingNone };
  const now = ctx.clock();
  let cancelled: Awaited<ReturnType<typeof cancelBookingByOffice>>;
  try {
    cancelled = await ctx.prisma.$transaction((tx) =>
      cancelBookingByOffice(tx, loaded.booking.id, { actor: 'assistant', assistantId: who.id }, now),
    );
  } catch (err) {
    if (err instanceof NotFoundError) return { refused: deskTexts.bookingNotActive };
    throw err;
  }
  const { booking, wasConfirmed } = cancelled;
  ctx.logger.info({ ticketId, bookingId: booking.id, assistantId: who.id }, 'booking cancelled by the desk');
  return {
    followUp: async () => {
      await ctx.bookingReminders?.bookingChanged(booking.id);
      const notice = (lang: Lang, b: OfficeBooking) =>
        t(lang, 'officeBookingCancelled', { title: b.title, when: whenOf(loaded, lang, b, now) });
      // only a booking the client was invited to has a calendar event to withdraw
      await tellClient(ctx, who, loaded, booking, { text: notice, withInvitation: wasConfirmed });
      await ctx.changed(ticketId);
      await ctx.cards.refresh(ticketId);
      await ctx.cards.thread(ticketId, deskTexts.bookingCancelled(escapeSlackText(firstName(who.name))));
    },
  };
}

const clientEventData = z.object({
  startsAt: z.string().optional(),
  location: z.string().optional(),
  reason: z.literal('clash').optional(),
  clashTitle: z.string().optional(),
  change: z.enum(['moved', 'cancelled']).optional(),
});

/** What the thread says of a client's booking event: an answer to a proposal, or a change made in the chat. */
function clientEventText(kind: string, data: z.infer<typeof clientEventData>, tz: string): string | undefined {
  if (data.change === 'cancelled') return deskTexts.clientCancelledBooking;
  if (!data.startsAt) return undefined;
  const when = deskSlot(
    { startsAt: new Date(data.startsAt), endsAt: new Date(data.startsAt), location: data.location },
    tz,
  );
  if (data.change === 'moved') return deskTexts.clientMovedBooking(when);
  if (kind === 'booking_proposal_accepted') return deskTexts.proposalAccepted(when);
  return data.reason === 'clash'
    ? deskTexts.proposalClash(when, escapeSlackText(data.clashTitle ?? deskTexts.anotherBooking))
    : deskTexts.proposalDeclined(when);
}

/** The client's answer to a proposal, or their change of the booking, in the card's thread; the card shows the booking's new state. */
export async function postClientBookingChange(ctx: DeskContext, ticketId: string, eventId: string): Promise<void> {
  const event = await ctx.prisma.ticketEvent.findFirst({
    where: { id: eventId, ticketId, actor: 'client' },
    select: { kind: true, data: true, ticket: { select: { client: { select: { tz: true } } } } },
  });
  const data = clientEventData.safeParse(event?.data);
  const text = event && data.success ? clientEventText(event.kind, data.data, event.ticket.client.tz) : undefined;
  if (text === undefined) return;
  if (!(await ctx.cards.thread(ticketId, text)))
    throw new DependencyError('the ticket has no desk card yet', { ticketId });
  await ctx.changed(ticketId);
  await ctx.cards.refresh(ticketId);
}
