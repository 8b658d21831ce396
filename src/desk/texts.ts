import type { BookingStatus } from '../generated/prisma/enums.js';

/**
 * What the desk says to assistants in Slack (English only: the agency's working language).
 * Client-facing texts live in src/i18n. Values interpolated here are escaped by the caller.
 */

/** "1 h 5 min", "45 min", "-2 h": how minutes read on cards and in threads. */
export function formatMinutes(minutes: number): string {
  const sign = minutes < 0 ? '-' : '';
  const abs = Math.abs(minutes);
  const h = Math.floor(abs / 60);
  const m = abs % 60;
  if (h === 0) return `${sign}${m} min`;
  return m === 0 ? `${sign}${h} h` : `${sign}${h} h ${m} min`;
}

export const NOTE_MARKER = '//';

export const deskTexts = {
  erasedClient: 'Erased client',
  erasedRequest: "(personal data erased at the client's request)",
  notAnAssistant: 'Only active Delego assistants can work the desk. Ask an admin to add you.',
  somethingFailed: 'Something went wrong on our side. Please try again in a moment.',
  ticketGone: 'This ticket no longer exists.',
  alreadyClaimed: (number: string, holder: string) => `${number} is already claimed by ${holder}.`,
  youHoldIt: (number: string) => `You already hold ${number}.`,
  heldBy: (number: string, holder: string) => `${number} is held by ${holder}: only they can do this.`,
  claimFirst: (number: string) => `Claim ${number} first.`,
  closed: (number: string, status: string) => `${number} is ${status}.`,
  threadClosed: (number: string, status: string) =>
    `${number} is ${status}: messages in this thread no longer reach the client.`,
  threadHint: `Replies in this thread reach the client, signed with your first name. Start a message with ${NOTE_MARKER} to keep it internal.`,
  fullRequest: 'Full request:',
  released: (name: string, number: string) => `:unlock: ${name} released ${number}: it is open again.`,
  asked: (name: string, question: string) => `:question: ${name} asked the client: ${question}`,
  done: (name: string, minutes: number, balance: number) =>
    `:white_check_mark: ${name} closed the ticket: ${formatMinutes(minutes)} logged. Client's hours balance: ${formatMinutes(balance)}.`,
  balanceNegative: ':warning: The client has used up their hours package.',
  rated: (rating: number) => `:star: The client rated this ${rating}/5.`,
  cancelledByClient: ':x: The client cancelled this request.',
  stillUnclaimed: (number: string, mentions: string) =>
    `:bell: ${number} is still unclaimed.${mentions ? ` ${mentions}, it fits your skills.` : ''}`,
  dueSoon: (mention: string, number: string, due: string) => `:alarm_clock: ${mention} ${number} is due ${due}.`,
  overdue: (number: string, holder: string | null) =>
    `:rotating_light: ${number} is past its deadline${holder ? ` (held by ${holder})` : ' and nobody holds it'}.`,
  clientWrote: (client: string, text: string) => `:speech_balloon: *${client}:* ${text}`,
  relayFailed: (reason: string) => `:warning: Not delivered to the client (${reason}). Send it again in a moment.`,
  clientUnreachable: 'The client has no channel to reach them on.',
  doneModalTitle: 'Close ticket',
  askModalTitle: 'Ask the client',
  minutesLabel: 'Time spent (minutes)',
  outcomeLabel: 'Outcome for the client',
  outcomeHint: 'The client receives this note, signed with your first name.',
  questionLabel: 'Question',
  minutesInvalid: (max: number) => `A whole number of minutes from 1 to ${max}.`,
  outcomeEmpty: 'Tell the client what was done.',
  questionEmpty: 'Write the question.',
  submit: 'Send',
  cancel: 'Cancel',
  balanceLine: (balance: number, pkg: number) =>
    pkg > 0
      ? `Client's hours balance: ${formatMinutes(balance)} of ${formatMinutes(pkg)}.`
      : `The client has no hours package (balance ${formatMinutes(balance)}).`,
  commandUsage:
    "Usage: `/delego` lists your tickets and the unclaimed ones; `/delego stats` shows this week's numbers.",
  yourTickets: 'Your tickets',
  unclaimedTickets: 'Unclaimed',
  none: 'none',
  more: (count: number) => `…and ${count} more`,
  clientStatus: (dnd: boolean, until: string) =>
    dnd
      ? `:no_bell: The client asked not to be disturbed until ${until}`
      : `:calendar: The client is busy until ${until}`,
  takeMessageTitle: 'Take a message',
  takeMessageClient: 'For client',
  takeMessageClientSearch: 'Type part of the name',
  takeMessageCaller: 'Who called',
  takeMessagePhone: 'Their number',
  takeMessageBody: 'What they want',
  takeMessageUrgent: 'Urgent: deliver even if the client is busy',
  takeMessageUrgentOption: 'Urgent',
  takeMessageNoClients: 'There are no clients to take a message for yet.',
  takeMessageDelivered: (client: string) => `:envelope_with_arrow: Message delivered to ${client}.`,
  takeMessageHeld: (client: string, until: string) =>
    `:hourglass_flowing_sand: ${client} is not to be disturbed: the message is held and goes out at ${until}.`,
  takeMessageUndeliverable: (client: string) =>
    `:warning: ${client} has no channel to reach them on: the message is kept and goes out when they can be reached.`,
  takeMessageInvalid: (problem: string) => `Not saved: ${problem}.`,
  takeMessageClientGone: 'This client no longer exists.',
  statsTitle: (from: string) => `Desk since ${from}`,
  statsLine: (s: { created: number; claimed: number; done: number; toClaim: string; toDone: string }) =>
    `Created ${s.created} · Claimed ${s.claimed} · Done ${s.done}\nMedian time to claim: ${s.toClaim} · Median time to done: ${s.toDone}`,
  bookingModals: {
    confirm: { title: 'Confirm booking', submit: 'Confirm' },
    propose: { title: 'Propose another time', submit: 'Send proposal' },
    reschedule: { title: 'Reschedule booking', submit: 'Move it' },
  },
  bookingDateLabel: 'Date',
  bookingTimeLabel: 'Time',
  bookingDurationLabel: 'Duration (minutes)',
  bookingPlaceLabel: 'Place',
  bookingNoteLabel: 'Note to the client',
  bookingStatuses: {
    requested: ':hourglass: requested, to be booked',
    confirmed: ':white_check_mark: confirmed',
    cancelled: ':x: cancelled',
    done: ':white_check_mark: done',
  } satisfies Record<BookingStatus, string>,
  bookingHeading: (status: string) => `:calendar: *Booking* · ${status}`,
  bookingPlace: (place: string) => `*Place:* ${place}`,
  bookingProposal: (when: string, place: string | null) =>
    `:speech_balloon: *Proposed:* ${when}${place ? `, ${place}` : ''}, waiting for the client`,
  bookingNoTime: 'no time yet',
  bookingDayNoTime: (day: string) => `${day}, no time yet`,
  bookingConfirmButton: 'Confirm booking',
  bookingProposeButton: 'Propose another time',
  bookingRescheduleButton: 'Reschedule',
  bookingCancelButton: 'Cancel booking',
  bookingCancelAsk: 'Cancel the booking?',
  bookingCancelExplain: (title: string) => `*${title}* is cancelled and the client is told.`,
  bookingKeep: 'Keep it',
  anotherBooking: 'another booking',
  thatTime: 'that time',
  bookingTimesHint: (tz: string) => `Times are in the client's time zone (${tz}).`,
  bookingDateMissing: 'Pick the date.',
  bookingTimeMissing: 'Pick the time.',
  bookingTimePast: 'That time has already passed.',
  bookingDurationInvalid: (min: number, max: number) => `A whole number of minutes from ${min} to ${max}.`,
  bookingClash: (title: string, when: string) => `The client already has ${title} at ${when}: pick another time.`,
  bookingNone: 'This ticket has no booking.',
  bookingNotRequested: 'This booking is no longer waiting to be booked: it was confirmed or cancelled meanwhile.',
  bookingNotConfirmed: 'This booking is not confirmed: nothing to move.',
  bookingNotActive: 'This booking is already cancelled.',
  bookingConfirmed: (name: string, when: string) =>
    `:white_check_mark: ${name} confirmed the booking: ${when}. The client has the calendar invitation.`,
  bookingProposed: (name: string, when: string) => `:speech_balloon: ${name} proposed ${when} to the client.`,
  bookingMoved: (name: string, when: string) =>
    `:arrows_counterclockwise: ${name} moved the booking to ${when}. The client has the updated invitation.`,
  bookingCancelled: (name: string) => `:x: ${name} cancelled the booking. The client has been told.`,
  proposalAccepted: (when: string) => `:white_check_mark: The client accepted ${when}: the booking is confirmed.`,
  proposalDeclined: (when: string) => `:no_entry_sign: The client declined ${when}. Propose another time.`,
  clientCancelledBooking: ':x: The client cancelled the booking in the chat: let the venue know.',
  clientMovedBooking: (when: string) =>
    `:arrows_counterclockwise: The client moved the booking to ${when} in the chat: let the venue know.`,
  proposalClash: (when: string, other: string) =>
    `:warning: The client could not take ${when}: it clashes with their ${other}. Propose another time.`,
} as const;
