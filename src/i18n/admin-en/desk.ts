import type { BookingModalKind } from '../../desk/modals/booking-modal.js';

/** The desk on a ticket's page: claim, reply, notes, ask, done, the booking forms, and what a post did. */
export const enDeskTexts = {
  desk: {
    title: 'Desk',
    live: 'This page follows the ticket by itself: new messages and changes made in Slack appear without reloading.',
    nobodyHolds: 'Nobody holds this ticket yet: claim it to work it.',
    youHold: 'You hold this ticket.',
    heldBy: (p: { name: string }) => `Held by ${p.name}: only they can reply to the client, ask them or close it.`,
    closed: 'This ticket is closed: notes stay on the desk.',
    claim: 'Claim',
    release: 'Release',
    reply: 'Reply to the client',
    replyHint: 'The client receives it on their channel, signed with your first name and the ticket number.',
    replyByMailHint:
      'This request came by e-mail: the reply goes to the sender from the client\u2019s mailbox, as the client, in the same thread, and is saved in Sent.',
    send: 'Send',
    suggestedReplyHint:
      'Suggested reply (written automatically from the e-mail received): read it, edit it if needed, then send it.',
    note: 'Internal note',
    noteHint: 'Stays on the desk (and in the Slack thread): the client never sees it.',
    saveNote: 'Save the note',
    ask: 'Ask the client',
    askHint: 'The question goes to the client and the ticket waits for their answer.',
    askSubmit: 'Ask',
    done: 'Done',
    doneHint:
      'The ticket closes, the minutes come off the client’s hours, and the client gets the outcome and the 1-5 rating buttons.',
    minutes: 'Time spent (minutes)',
    outcome: 'Outcome for the client',
    doneSubmit: 'Close the ticket',
    takeMessage: 'Take a message for this client',
    bookingTitles: {
      confirm: 'Confirm booking',
      propose: 'Propose another time',
      reschedule: 'Reschedule booking',
    } satisfies Record<BookingModalKind, string>,
    bookingSubmits: {
      confirm: 'Confirm',
      propose: 'Send the proposal',
      reschedule: 'Move it',
    } satisfies Record<BookingModalKind, string>,
    bookingTimesIn: (p: { tz: string }) => `Times are in the client’s time zone (${p.tz}).`,
    date: 'Date',
    time: 'Time',
    duration: 'Duration (minutes)',
    place: 'Place',
    noteToClient: 'Note to the client',
    keepOverlap: 'Keep it even if it overlaps another booking of the client',
    cancelBooking: 'Cancel booking',
    cancelBookingAsk: 'Cancel the booking? The client is told.',
    refused: 'Not done:',
    /** what the page says after each act, once */
    saved: {
      claim: 'Saved: the ticket is yours.',
      release: 'Saved: the ticket is open again.',
      close: 'Saved: the ticket is closed.',
      reply: 'Saved: the reply went to the client.',
      note: 'Saved: the note is on the desk.',
      ask: 'Saved: the question went to the client, the ticket waits for their answer.',
      done: 'Saved: the ticket is done and the client has the outcome.',
      confirm: 'Saved: the booking is confirmed and the client has the invitation.',
      propose: 'Saved: the proposal went to the client.',
      reschedule: 'Saved: the booking is moved and the client has the updated invitation.',
      cancelBooking: 'Saved: the booking is cancelled and the client is told.',
    },
  },
};
