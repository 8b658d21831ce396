import type { BookingStatus, TaskCategory, TicketStatus } from '../generated/prisma/enums.js';
import { formatLocal } from '../kernel/time.js';
import { formatMinutes, NOTE_MARKER } from '../desk/texts.js';
import { deskCards } from './desk-en/cards.js';
import { formatDateTime } from './format.js';

/**
 * What the desk says to assistants (Slack cards, buttons, modals, ephemeral messages, /delego,
 * nudges, the take-a-message form), in English. This catalog defines the keys and parameters;
 * the Italian one must have the same shape (desk-catalog.ts). Values interpolated here are
 * escaped by the caller.
 */
export const deskEn = {
  ...deskCards,
  /** a date and time on the desk, in `tz`: "Wed 9 Dec 2026 10:00" */
  dateTime: (at: Date, tz: string) => formatLocal(at, tz, 'EEE d MMM yyyy HH:mm', 'en'),
  /** a day on the desk, in `tz`: "Wed 9 Dec 2026" */
  date: (at: Date, tz: string) => formatLocal(at, tz, 'EEE d MMM yyyy', 'en'),
  /** a time of day, in `tz`: "16:00" */
  time: (at: Date, tz: string) => formatLocal(at, tz, 'HH:mm', 'en'),
  /** a moment named in a sentence, in `tz`: "Tuesday 24 November at 15:00" (the year when not this one) */
  moment: (at: Date, tz: string, now: Date) => formatDateTime(at, 'en', tz, now),
  /** a day named in a sentence, in `tz`: "Monday 3 March" */
  longDay: (at: Date, tz: string) => formatLocal(at, tz, 'EEEE d MMMM', 'en'),
  erasedClient: 'Erased client',
  erasedRequest: "(personal data erased at the client's request)",
  notAnAssistant: 'Only active Delego assistants can work the desk. Ask an admin to add you.',
  somethingFailed: 'Something went wrong on our side. Please try again in a moment.',
  ticketGone: 'This ticket no longer exists.',
  alreadyClaimed: (number: string, holder: string) => `${number} is already claimed by ${holder}.`,
  youHoldIt: (number: string) => `You already hold ${number}.`,
  heldBy: (number: string, holder: string) => `${number} is held by ${holder}: only they can do this.`,
  claimFirst: (number: string) => `Claim ${number} first.`,
  statusWords: {
    open: 'open',
    claimed: 'claimed',
    waiting_client: 'waiting for the client',
    done: 'done',
    cancelled: 'cancelled',
  } satisfies Record<TicketStatus, string>,
  closed: (number: string, status: string) => `${number} is ${status}.`,
  threadClosed: (number: string, status: string) =>
    `${number} is ${status}: messages in this thread no longer reach the client.`,
  threadHint: `Replies in this thread reach the client, signed with your first name. Start a message with ${NOTE_MARKER} to keep it internal; ${NOTE_MARKER} followed only by a duration (\`${NOTE_MARKER} 30 min\`, \`${NOTE_MARKER} 1h 15\`) logs that time on the ticket without closing it.`,
  /** what the assistant alone reads after "// 30 min" in a card's thread; the balance line follows it */
  timeLogged: (minutes: number, number: string, total: number) =>
    `:stopwatch: Logged ${formatMinutes(minutes)} on ${number} (${formatMinutes(total)} in all). The client receives nothing.`,
  timeNotLogged: (reason: string) => `:warning: Time not logged: ${reason}`,
  fullRequest: 'Full request:',
  released: (name: string, number: string) => `:unlock: ${name} released ${number}: it is open again.`,
  asked: (name: string, question: string) => `:question: ${name} asked the client: ${question}`,
  repliedOutsideSlack: (name: string, text: string) =>
    `:outbox_tray: ${name} replied to the client from the back-office: ${text}`,
  noteOutsideSlack: (name: string, text: string) => `:memo: Internal note by ${name} (back-office): ${text}`,
  /** the Done summary; the balance line (balanceLine) follows it */
  done: (name: string, minutes: number) =>
    `:white_check_mark: ${name} closed the ticket: ${formatMinutes(minutes)} logged.`,
  balanceNegative: ':warning: The client has used up their hours package.',
  balanceLow: (balance: number, pkg: number) =>
    `:hourglass: The client has 20% of their hours package left or less: ${formatMinutes(balance)} of ${formatMinutes(pkg)}.`,
  closedAfterClientCancel: (name: string) =>
    `:white_check_mark: ${name} closed the ticket: the client had cancelled the booking.`,
  notCancelledByClient: (number: string) =>
    `${number} still has its booking: close it with Done once the work is finished.`,
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
  /** an email ticket's answer went out from the client's mailbox */
  mailSent: (to: string, saved: boolean) =>
    `:email: Sent by e-mail to ${to} from the client's mailbox${saved ? ', and saved in Sent' : ' (not saved in Sent)'}.`,
  mailNotSent: (reason: string) => `:warning: E-mail not sent (${reason}). Send it again in a moment.`,
  /** an e-mail's reply suggested by the LLM, in the ticket's thread, with its buttons and the edit modal */
  suggestion: {
    intro: ':bulb: *Suggested reply* to the e-mail (written by the AI: read it before sending):',
    send: 'Send this reply',
    edit: 'Edit',
    sentBy: (name: string) => `:outbox_tray: ${name} sent the suggested reply.`,
    repliedBy: (name: string, text: string) => `:outbox_tray: ${name} replied by e-mail: ${text}`,
    gone: 'This suggested reply is no longer available: the e-mail was erased or its text was cleared.',
    modalTitle: 'Reply by e-mail',
    replyLabel: "Your reply (it goes from the client's mailbox)",
    replyEmpty: 'Write the reply.',
  },
  /** clients' files in the card and its thread, and an assistant's file on its way to the client (values escaped by the caller) */
  files: {
    notDownloaded: 'file not downloaded yet',
    clientSent: (client: string, name: string) => `:paperclip: *${client}* sent ${name}`,
    voiceTranscript: (client: string, transcript: string) =>
      `:studio_microphone: Voice message from *${client}*. Transcript: “${transcript}”`,
    voiceToListen: (client: string) =>
      `:studio_microphone: Voice message from *${client}*, not transcribed: listen to it here.`,
    fileTooLarge: (name: string, maxMb: number) => `${name} is over ${maxMb} MB: it was not sent to the client.`,
    fileNotSent: (name: string, reason: string) =>
      `:warning: ${name} did not reach the client (${reason}). Send it again in a moment.`,
  },
  doneModalTitle: 'Close ticket',
  askModalTitle: 'Ask the client',
  minutesLabel: 'Time spent (minutes)',
  outcomeLabel: 'Outcome for the client',
  outcomeHint: 'The client receives this note, signed with your first name.',
  questionLabel: 'Question',
  minutesInvalid: (max: number) => `A whole number of minutes from 1 to ${max}.`,
  outcomeEmpty: 'Tell the client what was done.',
  questionEmpty: 'Write the question.',
  messageEmpty: 'Write the message.',
  textTooLong: (max: number) => `At most ${max} characters.`,
  submit: 'Send',
  cancel: 'Cancel',
  balanceLine: (balance: number, pkg: number) =>
    pkg > 0
      ? `Client's hours balance: ${formatMinutes(balance)} of ${formatMinutes(pkg)}.`
      : `The client has no hours package (balance ${formatMinutes(balance)}).`,
  commandUsage:
    "Usage: `/delego` lists your tickets and the unclaimed ones; `/delego stats` shows this week's numbers.",
  statsWords: ['stats'],
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
    `:hourglass_flowing_sand: ${client} is not to be disturbed: the message is held and goes out on ${until}.`,
  takeMessageUndeliverable: (client: string) =>
    `:warning: ${client} has no channel to reach them on: the message is kept and goes out when they can be reached.`,
  takeMessageFields: { clientId: 'client', callerName: "caller's name", callerPhone: 'phone number', body: 'message' },
  takeMessageIssues: { missing: 'missing', too_long: 'too long', invalid: 'not valid' },
  /** a field of the take-a-message form and what is wrong with it, both already in words */
  takeMessageProblem: (field: string, issue: string) => `Not saved: ${field} ${issue}.`,
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
  bookingClash: (title: string, when: string) =>
    `The client already has ${title} at ${when}: pick another time, or tick "Keep it even if it overlaps".`,
  bookingOverlapLabel: 'Overlap',
  bookingKeepOverlap: 'Keep it even if it overlaps',
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
  clientCancelledBooking:
    ':x: The client cancelled the booking in the chat: let the venue know, then close the ticket.',
  clientMovedBooking: (when: string) =>
    `:arrows_counterclockwise: The client moved the booking to ${when} in the chat: let the venue know.`,
  proposalClash: (when: string, other: string) =>
    `:warning: The client could not take ${when}: it clashes with their ${other}. Propose another time.`,
  categories: {
    translation: 'Translation',
    writing: 'Writing',
    social: 'Social media',
    admin: 'Admin',
    email: 'Email',
    research: 'Research',
    call: 'Phone call',
    booking: 'Booking',
    other: 'Other',
  } satisfies Record<TaskCategory, string>,
};
