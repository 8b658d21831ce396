import type { types } from '@slack/bolt';
import { escapeSlackText } from '../../channels/slack/blocks.js';
import type { BookingStatus, TicketStatus } from '../../generated/prisma/enums.js';
import type { DeskCatalog } from '../../i18n/desk-catalog.js';
import { formatMinutes } from '../texts.js';

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
  /** the client cancelled it in the chat (the ticket then only needs closing) */
  cancelledByClient?: boolean;
}

/** The desk's one line for a time and place: the time in the client's zone, where the booking is. */
export function deskBookingSlot(
  slot: { startsAt: Date; location?: string | undefined },
  tz: string,
  texts: DeskCatalog,
): string {
  return `${texts.dateTime(slot.startsAt, tz)}${slot.location ? `, ${escapeSlackText(slot.location)}` : ''}`;
}

function whenText(b: CardBooking, tz: string, texts: DeskCatalog): string {
  if (b.startsAt) {
    const minutes = b.endsAt ? Math.round((b.endsAt.getTime() - b.startsAt.getTime()) / 60_000) : 0;
    return `${texts.dateTime(b.startsAt, tz)} (${tz})${minutes > 0 ? ` · ${formatMinutes(minutes)}` : ''}`;
  }
  return b.day ? texts.bookingDayNoTime(texts.date(b.day, 'UTC')) : texts.bookingNoTime;
}

/** What is booked, when and where, and the proposal waiting for the client. */
export function bookingSection(b: CardBooking, tz: string, texts: DeskCatalog): types.SectionBlock {
  const lines = [
    texts.bookingHeading(texts.bookingStatuses[b.status]),
    `*${escapeSlackText(b.title)}* · ${whenText(b, tz, texts)}`,
  ];
  if (b.location) lines.push(texts.bookingPlace(escapeSlackText(b.location)));
  if (b.proposedStartsAt)
    lines.push(
      texts.bookingProposal(
        texts.dateTime(b.proposedStartsAt, tz),
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
export function bookingButtons(
  ticket: { ticketId: string; status: TicketStatus },
  b: CardBooking,
  texts: DeskCatalog,
): types.Button[] {
  const held = ticket.status === 'claimed' || ticket.status === 'waiting_client';
  const cancel = button(texts.bookingCancelButton, deskBookingActions.cancel, ticket.ticketId, {
    style: 'danger',
    confirm: {
      title: { type: 'plain_text', text: texts.bookingCancelAsk },
      text: { type: 'mrkdwn', text: texts.bookingCancelExplain(escapeSlackText(b.title)) },
      confirm: { type: 'plain_text', text: texts.bookingCancelButton },
      deny: { type: 'plain_text', text: texts.bookingKeep },
    },
  });
  if (b.status === 'requested' && held) {
    return [
      button(texts.bookingConfirmButton, deskBookingActions.confirm, ticket.ticketId, { style: 'primary' }),
      button(texts.bookingProposeButton, deskBookingActions.propose, ticket.ticketId),
      cancel,
    ];
  }
  if (b.status === 'confirmed' && (held || ticket.status === 'done'))
    return [button(texts.bookingRescheduleButton, deskBookingActions.reschedule, ticket.ticketId), cancel];
  return [];
}
