import type { types } from '@slack/bolt';
import { escapeSlackText } from '../../channels/slack/blocks.js';
import { formatLocal } from '../../kernel/time.js';
import type { BookingStatus, TicketStatus } from '../../generated/prisma/enums.js';
import { deskTexts, formatMinutes } from '../texts.js';

/** action_ids of the booking buttons on a booking ticket's card. */
export const deskBookingActions = {
  confirm: 'desk:booking-confirm',
  propose: 'desk:booking-propose',
  reschedule: 'desk:booking-reschedule',
  cancel: 'desk:booking-cancel',
} as const;
export type DeskBookingAction = keyof typeof deskBookingActions;
export const deskBookingActionPattern = /^desk:booking-(confirm|propose|reschedule|cancel)$/;

/** The booking a booking ticket arranges, as its card shows it. */
export interface CardBooking {
  title: string;
  status: BookingStatus;
  startsAt: Date | null;
  endsAt: Date | null;
  day: Date | null;
  location: string | null;
  proposedStartsAt: Date | null;
  proposedLocation: string | null;
}

/** A booking time as the desk reads and types it: in the client's zone, where the booking is. */
export function deskBookingTime(at: Date, tz: string): string {
  return formatLocal(at, tz, 'EEE d MMM yyyy HH:mm');
}

/** The desk's one line for a time and place. */
export function deskBookingSlot(slot: { startsAt: Date; location?: string | undefined }, tz: string): string {
  return `${deskBookingTime(slot.startsAt, tz)}${slot.location ? `, ${escapeSlackText(slot.location)}` : ''}`;
}

function whenText(b: CardBooking, tz: string): string {
  if (b.startsAt) {
    const minutes = b.endsAt ? Math.round((b.endsAt.getTime() - b.startsAt.getTime()) / 60_000) : 0;
    return `${deskBookingTime(b.startsAt, tz)} (${tz})${minutes > 0 ? ` · ${formatMinutes(minutes)}` : ''}`;
  }
  return b.day ? deskTexts.bookingDayNoTime(formatLocal(b.day, 'UTC', 'EEE d MMM yyyy')) : deskTexts.bookingNoTime;
}

/** What is booked, when and where, and the proposal waiting for the client. */
export function bookingSection(b: CardBooking, tz: string): types.SectionBlock {
  const lines = [
    deskTexts.bookingHeading(deskTexts.bookingStatuses[b.status]),
    `*${escapeSlackText(b.title)}* · ${whenText(b, tz)}`,
  ];
  if (b.location) lines.push(deskTexts.bookingPlace(escapeSlackText(b.location)));
  if (b.proposedStartsAt)
    lines.push(
      deskTexts.bookingProposal(
        deskBookingTime(b.proposedStartsAt, tz),
        b.proposedLocation ? escapeSlackText(b.proposedLocation) : null,
      ),
    );
  return { type: 'section', block_id: 'desk-booking', text: { type: 'mrkdwn', text: lines.join('\n') } };
}

function button(text: string, actionId: string, ticketId: string, extra: Partial<types.Button> = {}): types.Button {
  return {
    type: 'button',
    text: { type: 'plain_text', text, emoji: true },
    action_id: actionId,
    value: ticketId,
    ...extra,
  };
}

/**
 * The booking buttons: Confirm / Propose another time / Cancel while the holder arranges a
 * requested booking; Reschedule / Cancel for a confirmed one, also once the ticket is done.
 */
export function bookingButtons(ticket: { ticketId: string; status: TicketStatus }, b: CardBooking): types.Button[] {
  const held = ticket.status === 'claimed' || ticket.status === 'waiting_client';
  const cancel = button(deskTexts.bookingCancelButton, deskBookingActions.cancel, ticket.ticketId, {
    style: 'danger',
    confirm: {
      title: { type: 'plain_text', text: deskTexts.bookingCancelAsk },
      text: { type: 'mrkdwn', text: deskTexts.bookingCancelExplain(escapeSlackText(b.title)) },
      confirm: { type: 'plain_text', text: deskTexts.bookingCancelButton },
      deny: { type: 'plain_text', text: deskTexts.bookingKeep },
    },
  });
  if (b.status === 'requested' && held) {
    return [
      button(deskTexts.bookingConfirmButton, deskBookingActions.confirm, ticket.ticketId, { style: 'primary' }),
      button(deskTexts.bookingProposeButton, deskBookingActions.propose, ticket.ticketId),
      cancel,
    ];
  }
  if (b.status === 'confirmed' && (held || ticket.status === 'done'))
    return [button(deskTexts.bookingRescheduleButton, deskBookingActions.reschedule, ticket.ticketId), cancel];
  return [];
}
