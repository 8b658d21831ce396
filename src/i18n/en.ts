/** How an assistant signs what reaches the client; the status answer reads it back. */
const signature = (p: { name: string; number: string }) => `— ${p.name}, request ${p.number}`;

/** English texts. This catalog defines the keys and their parameters for both languages. */
/** The parts of the day a booking window's hours name (src/understanding/rules/booking-window.ts). */
const windowPartsEn: Readonly<Record<string, string>> = {
  '09:00-13:00': 'in the morning',
  '11:00-13:00': 'late in the morning',
  '13:00-18:00': 'in the afternoon',
  '17:00-19:00': 'late in the afternoon',
  '19:00-23:00': 'in the evening',
};

export const en = {
  help: [
    'Hi! I am Delego, your virtual office. Write to me as you would to your assistant:',
    '• "Remind me tomorrow at 3 to call the accountant"',
    '• "Book the dentist on Thursday at 10:30"',
    '• "Translate the contract into Italian by Friday"',
    'I also answer "what do I have tomorrow?", and you can cancel or move anything.',
    'I find free time in your agenda ("find me an hour on Thursday afternoon") and, if you like, send you your day every morning (/briefing on).',
    'In a meeting? Tell me "I\'m in a meeting until 4pm" and I will hold the messages the office takes for you until then (/status); voice notes work too.',
  ].join('\n'),
  accessHow:
    'Hi! Delego is reserved for the clients of our office. To get access, ask your contact for an invite code and send it here (/start CODE).',
  inviteInvalid: 'This invite code is not valid or has expired. Please ask your contact for a new one.',
  welcome: (p: { name: string }) => `Welcome, ${p.name}! You are connected.`,
  webAccessIntro: 'Enter the invite code you received from our office to start chatting.',
  webInviteLabel: 'Invite code',
  webInviteSubmit: 'Connect',
  webCookiesNeeded: 'Your browser did not keep the session: please allow cookies for this site and reload the page.',
  webUnavailable:
    'The chat is briefly unavailable on our side, so what you just sent was not received. Please try again in a minute.',
  webPageUnavailableTitle: 'Back in a moment',
  webPageUnavailable: 'The chat is briefly unavailable on our side. Please reload this page in a minute.',
  webInviteThrottled: (p: { minutes: number }) =>
    `Too many attempts with codes that did not work. For safety, wait ${p.minutes === 1 ? 'a minute' : `${p.minutes} minutes`} and try again.`,
  webDemoIntro: 'Just having a look? Try Delego with a practice account of your own.',
  webDemoButton: 'Try the demo',
  webDemoBanner: 'DEMO: a practice account just for you. Nothing you write reaches a real office.',
  webDemoWelcome:
    'This is the demo: try a reminder, a booking, a request for an assistant or your agenda, and the buttons under my answers.',
  webConversationLabel: 'Conversation with the office',
  webMessageLabel: 'Your message',
  webMessagePlaceholder: 'Write a message…',
  webSend: 'Send',
  webAttach: 'Attach a file',
  webAttachSend: 'Send the file',
  webMessageTooLong: (p: { maxChars: number }) =>
    `A message holds at most ${p.maxChars.toLocaleString('en-GB')} characters, so the end of what you wrote was left out. Send the rest in another message, or attach it as a file.`,
  reminderSaved: (p: { when: string; text: string }) => `Done: I will remind you ${p.when}: "${p.text}".`,
  reminderBeforeEvent: (p: { when: string }) => `And I will remind you ${p.when}.`,
  reminderBeforeEventCancelled: (p: { when: string }) => `I also removed the reminder for ${p.when}.`,
  /** under the office's move notice, one line per reminder set before the booking */
  reminderFollowsOfficeMove: (p: { when: string }) => `Your reminder moves with it: you will hear from me ${p.when}.`,
  reminderSavedRecurring: (p: { first: string; text: string; recurrence: string }) =>
    `Done: I will remind you ${p.recurrence}, starting ${p.first}: "${p.text}".`,
  askReminderWhat: 'What should I remind you of?',
  askReminderWhen: (p: { text: string }) => `When should I remind you${p.text ? ` to "${p.text}"` : ''}?`,
  askBookingWhen: 'For which day and time should I book it?',
  timeNoSuchDate: (p: { said: string }) =>
    p.said ? `${p.said.charAt(0).toUpperCase()}${p.said.slice(1)} does not exist.` : 'That date does not exist.',
  timeNoSuchTime: (p: { said: string }) => (p.said ? `"${p.said}" is not a valid time.` : 'That time does not exist.'),
  timeInPast: (p: { said: string }) =>
    p.said ? `The time you gave ("${p.said}") is already in the past.` : 'The time you gave is already in the past.',
  timeIsNow: '"In 0 minutes" is right now.',
  reminderPastToday: (p: { time: string }) => `${p.time} today has already passed.`,
  reminderPast: (p: { when: string }) => `The time you gave (${p.when}) has already passed.`,
  suggestTomorrow: (p: { time: string }) => `For example: "tomorrow at ${p.time}".`,
  answerNotUnderstood: 'I did not get that answer.',
  pendingWayOut: 'To drop it, write "cancel".',
  askBookingTime: 'What time? Tell me, or I will leave it as an all-day entry.',
  bookingLeftAllDay: 'All right, I will leave it as an all-day entry.',
  bookingPastToday: (p: { time: string }) =>
    `${p.time} today has already passed: what time (or day) should I book it for?`,
  bookingPast: (p: { when: string }) =>
    `That time (${p.when}) has already passed: what time (or day) should I book it for?`,
  askRescheduleWhen: 'To when should I move it?',
  askTarget: 'Which one do you mean? Tell me a few words about it.',
  pendingDropped: 'All right, I have dropped it.',
  bookingSaved: (p: { title: string; when: string }) => `Booked: ${p.title}, ${p.when}.`,
  bookingSavedOverlap: (p: { title: string; when: string; other: string }) =>
    `Booked: ${p.title}, ${p.when}, overlapping ${p.other}.`,
  slotOfferExpired:
    'I offered those times more than a day ago: they are out of date now. Tell me again what to book and when.',
  bookingClash: (p: { title: string; other: string }) =>
    `At that time you already have ${p.other}. What other time works for "${p.title}"? To keep both, tap "Keep both".`,
  rescheduleClash: (p: { other: string }) => `At that time you already have ${p.other}. What other time works?`,
  /** the booking a new time clashes with, and its time that day */
  clashWith: (p: { title: string; span: string }) => `"${p.title}" (${p.span})`,
  taskCreated: (p: { number: string }) => `I opened request ${p.number}: an assistant is taking care of it.`,
  taskCreatedDue: (p: { number: string; due: string }) =>
    `I opened request ${p.number}, due ${p.due}: an assistant is taking care of it.`,
  attachmentsAdded: (p: { number: string; count: number }) =>
    `I attached ${p.count === 1 ? 'the file' : `${p.count} files`} to request ${p.number}.`,
  agendaEmpty: (p: { range: string }) => `Nothing planned ${p.range}.`,
  agendaHeader: (p: { range: string }) => `Your agenda ${p.range}:`,
  agendaRemindersEmpty: (p: { range: string }) => `No reminders ${p.range}.`,
  agendaRemindersHeader: (p: { range: string }) => `Your reminders ${p.range}:`,
  agendaBookingsEmpty: (p: { range: string }) => `No appointments ${p.range}.`,
  remindersAllHeader: 'Your active reminders:',
  remindersAllEmpty: 'You have no active reminders.',
  remindersAllLine: (p: { when: string; text: string }) => `${p.when}: ${p.text}`,
  remindersAllRecurring: (p: { recurrence: string; text: string; next: string }) =>
    `${p.recurrence}: ${p.text} (next: ${p.next})`,
  remindersAllMore: (p: { count: number }) => `…and ${p.count} more.`,
  agendaBookingsHeader: (p: { range: string }) => `Your appointments ${p.range}:`,
  agendaOverlaps: (p: { titles: string }) => `overlapping ${p.titles}`,
  agendaBooking: (p: { time: string; title: string }) => `${p.time} ${p.title}`,
  agendaReminder: (p: { time: string; text: string }) => `${p.time} reminder: ${p.text}`,
  agendaTicket: (p: { number: string; summary: string }) => `${p.number} due: ${p.summary}`,
  agendaAllDay: 'all day',
  agendaOpenTickets: 'Open requests:',
  agendaWaiting: 'Waiting for confirmation:',
  rangeToday: 'today',
  rangeTomorrow: 'tomorrow',
  rangeFromTo: (p: { from: string; to: string }) => `from ${p.from} to ${p.to}`,
  rangeOn: (p: { day: string }) => `on ${p.day}`,
  guessedItem: (p: { target: string }) => `Nothing is named "${p.target}": do you mean this one? Tap it to confirm.`,
  matchedByWords: (p: { target: string }) =>
    `I found this about "${p.target}": is it the one to move? Tap it to confirm.`,
  whichOne: 'More than one item fits. Which one?',
  alreadyCancelled: 'Already cancelled.',
  alreadyMoved: (p: { title: string; when: string }) => `Already moved: ${p.title}, ${p.when}.`,
  cancelledReminder: (p: { text: string }) => `Cancelled the reminder "${p.text}".`,
  cancelledBooking: (p: { title: string; when: string }) => `Cancelled: ${p.title}, ${p.when}.`,
  cancelledTicket: (p: { number: string; summary: string }) => `Cancelled request ${p.number}: "${p.summary}".`,
  joinedWith: (p: { first: string; more: string }) => `${p.first} and ${p.more}`,
  addedToReminder: (p: { text: string; when: string }) => `Added: I will remind you ${p.when}: "${p.text}".`,
  addedToTicket: (p: { number: string; addition: string }) => `Added to request ${p.number}: "${p.addition}".`,
  impatienceRelayed: (p: { number: string }) =>
    `I am sorry for the wait. I have passed your message on to the office as urgent (request ${p.number}).`,
  additionNowhere: (p: { addition: string }) =>
    `I do not know what to add "${p.addition}" to: you have no request or reminder just made. Write me the whole request, with this too.`,
  rescheduledReminder: (p: { text: string; when: string }) => `Moved: I will remind you ${p.when}: "${p.text}".`,
  rescheduledBooking: (p: { title: string; when: string }) => `Moved: ${p.title}, ${p.when}.`,
  nothingToReschedule: (p: { target: string }) => `I cannot find a booking or reminder matching "${p.target}".`,
  notUnderstoodRephrase: 'Sorry, I did not get that. Could you rephrase it?',
  notUnderstood:
    'Sorry, I did not get that. For example, write "remind me tomorrow at 9 to call Rossi" or "what do I have tomorrow?".',
  handedToHuman: (p: { number: string }) =>
    `I passed your message to an assistant (request ${p.number}): you will hear back soon.`,
  fileReceived: 'File sent by the client',
  itemGone: 'That item no longer exists or is not yours.',
  somethingWrong: 'Sorry, something went wrong on our side. Please try again in a moment.',
  rateLimited: (p: { limit: number }) =>
    `You are writing faster than I can follow (more than ${p.limit} messages a minute). I will not read what you send during the next minute: please wait a moment, then send it again.`,
  fileTooLarge: (p: { maxMb: number }) =>
    `This file is larger than ${p.maxMb} MB, so I have not kept it and have not acted on this message. Please send a smaller file, or a link to download it.`,
  buttonCancel: 'Cancel',
  buttonSendDraft: 'Send',
  buttonEditDraft: 'Edit',
  buttonPickSender: 'this sender',
  buttonChangeTime: 'Change time',
  recurrenceDaily: 'every day',
  recurrenceEveryNDays: (p: { n: number }) => (p.n === 2 ? 'every other day' : `every ${p.n} days`),
  recurrenceWeekdays: 'every weekday',
  recurrenceWeekly: (p: { days: string }) => `every ${p.days}`,
  recurrenceEveryNWeeks: (p: { n: number; days: string }) =>
    p.n === 2
      ? p.days
        ? `every other ${p.days}`
        : 'every other week'
      : `every ${p.n} weeks${p.days ? ` on ${p.days}` : ''}`,
  recurrenceEveryWeek: 'every week',
  recurrenceMonthly: (p: { day: string }) => `on the ${p.day} of every month`,
  recurrenceNthWeekday: (p: { nth: string; day: string }) => `every ${p.nth} ${p.day} of the month`,
  recurrenceEveryNMonths: (p: { n: number; day: string }) =>
    `${p.n === 2 ? 'every other month' : `every ${p.n} months`}${p.day ? ` on the ${p.day}` : ''}`,
  recurrenceEveryMonth: 'every month',
  recurrenceYearly: (p: { date: string }) => `every year on ${p.date}`,
  recurrenceEveryNYears: (p: { n: number; date: string }) =>
    `${p.n === 2 ? 'every other year' : `every ${p.n} years`}${p.date ? ` on ${p.date}` : ''}`,
  recurrenceEveryYear: 'every year',
  recurrenceGeneric: 'repeatedly',
  recurrenceAt: (p: { rule: string; time: string }) => `${p.rule} at ${p.time}`,
  recurrenceUntil: (p: { rule: string; date: string }) => `${p.rule} until ${p.date}`,
  and: 'and',
  relayedToDesk: (p: { number: string; who: string }) => `✓ Passed on to ${p.who} (request ${p.number}).`,
  relayedWho: 'the assistant',
  ticketClaimedNotice: (p: { who: string; number: string; summary: string }) =>
    `${p.who} has taken on your request ${p.number} (${p.summary}).`,
  assistantSignature: signature,
  assistantMessage: (p: { text: string; name: string; number: string }) => `${p.text}\n\n${signature(p)}`,
  assistantFile: signature,
  ticketDone: (p: { number: string; outcome: string; name: string }) =>
    `Request ${p.number} is done:\n${p.outcome}\n\n— ${p.name}\n\nHow did we do? Rate us from 1 to 5.`,
  ratingButton: (p: { rating: number }) => `${p.rating} ⭐`,
  ratingThanks: 'Thank you for your rating!',
  ratingAlready: 'You have already rated this request. Thank you!',
  reminderDue: (p: { text: string }) => `⏰ Reminder: ${p.text}`,
  reminderDueLate: (p: { text: string; when: string }) => `⏰ Reminder, sent late (it was due ${p.when}): ${p.text}`,
  buttonDone: 'Done',
  buttonSnooze10: '+10 min',
  buttonSnooze1h: '+1 h',
  buttonTomorrow: 'Tomorrow',
  reminderMarkedDone: (p: { text: string }) => `Marked as done: "${p.text}".`,
  reminderSnoozed: (p: { when: string }) => `All right, I will remind you again ${p.when}.`,
  bookingReminder: (p: { title: string; when: string }) => `Reminder: ${p.title}, ${p.when}.`,
  ticketWaitingClient: (p: { number: string; summary: string }) =>
    `Request ${p.number} ("${p.summary}") is waiting for your answer. Reply here when you can, so the assistant can carry on.`,
  ticketRatingReminder: (p: { number: string; summary: string }) =>
    `If you have a moment: how did request ${p.number} ("${p.summary}") go? Rate it from 1 to 5.`,
  calendarName: 'Delego agenda',
  calendarWith: 'With',
  officeBookingSummary: (p: { title: string }) => `Book: ${p.title}`,
  officeBookingPartySize: (p: { count: number }) => `${p.count} ${p.count === 1 ? 'person' : 'people'}`,
  officeBookingRequested: (p: { title: string; when: string; number: string }) =>
    `I am asking the office to book it: ${p.title}, ${p.when}. I will confirm as soon as it is booked (request ${p.number}).`,
  officeWindowRequested: (p: { title: string; window: string; number: string }) =>
    `I am asking the office to book it: ${p.title}. It will look for a slot ${p.window}. I will confirm as soon as it is booked (request ${p.number}).`,
  officeWindowSummary: (p: { title: string; window: string }) => `Book: ${p.title}, ${p.window}`,
  windowNextWeek: (p: { days: string }) => `next week (${p.days})`,
  windowThisWeek: (p: { days: string }) => `this week (${p.days})`,
  windowDays: (p: { first: string; last: string }) => `between ${p.first} and ${p.last}`,
  windowHours: (p: { days: string; from: string; to: string }) =>
    `${p.days}, ${windowPartsEn[`${p.from}-${p.to}`] ?? 'between'} (${p.from}–${p.to})`,
  officeMovePassedOn: (p: { number: string }) => `I have passed the change on to the office (request ${p.number}).`,
  refClosedNoMove: (p: { number: string }) => `Request ${p.number} is already closed: I can no longer move it.`,
  refClosedNoNote: (p: { number: string }) =>
    `Request ${p.number} is already closed: if you still need it, tell me what and I will open a new request.`,
  tailRequestNotDone: (p: { words: string }) => `I have not done «${p.words}»: send it to me as a message of its own.`,
  tailRequestWithOffice: (p: { words: string }) => `The office reads «${p.words}» in the same request.`,
  agendaConfirmed: 'confirmed',
  agendaToConfirm: 'to be confirmed',
  officeBookingConfirmed: (p: { title: string; when: string; place: string }) =>
    `Booked: ${p.title}, ${p.when}${p.place ? `, ${p.place}` : ''}.`,
  officeBookingProposal: (p: { title: string; when: string; place: string }) =>
    `For ${p.title} the office can book ${p.when}${p.place ? `, ${p.place}` : ''}. Does that work for you?`,
  officeBookingMoved: (p: { title: string; when: string; place: string }) =>
    `Your booking has been moved: ${p.title}, ${p.when}${p.place ? `, ${p.place}` : ''}.`,
  officeBookingCancelled: (p: { title: string; when: string }) =>
    `Your booking has been cancelled: ${p.title}${p.when ? `, ${p.when}` : ''}.`,
  buttonAcceptProposal: 'Accept',
  buttonDeclineProposal: 'Decline',
  proposalAccepted: (p: { title: string; when: string; place: string }) =>
    `Booked: ${p.title}, ${p.when}${p.place ? `, ${p.place}` : ''}. I have told the office.`,
  proposalDeclined: 'All right, I have told the office: they will get back to you with another time.',
  proposalClash: (p: { other: string }) =>
    `At that time you already have ${p.other}, so I have not booked it. I have told the office: they will get back to you with another time.`,
  proposalStale: 'This proposal is no longer open: it has changed since, or you have already answered it.',
  /** the end of a status inside the texts below: "until 16:00", "until Tuesday 24 November at 09:00" */
  statusUntilToday: (p: { time: string }) => p.time,
  statusUntilLater: (p: { when: string }) => p.when,
  statusBusy: (p: { until: string }) =>
    `Got it: you are busy until ${p.until}. I will hold messages taken for you and pass them on then; urgent ones still reach you.`,
  statusBusyNoEnd: (p: { until: string }) =>
    `Got it: you are busy. You did not say until when, so I assume until ${p.until}; tap "+1 h" if you need longer.`,
  statusDnd: (p: { until: string }) =>
    `Do not disturb until ${p.until}: messages taken for you wait until then; urgent ones still reach you.`,
  statusDndNoEnd: (p: { until: string }) =>
    `Do not disturb: you did not say until when, so I assume until ${p.until}; tap "+1 h" if you need longer.`,
  statusAvailable: 'Welcome back: you are available again.',
  statusBusyEndPassed: (p: { said: string; until: string }) =>
    `Got it: you are busy. It is already past ${p.said} today, so I assume until ${p.until}; tap "+1 h" if you need longer.`,
  statusDndEndPassed: (p: { said: string; until: string }) =>
    `Do not disturb: it is already past ${p.said} today, so I assume until ${p.until}; tap "+1 h" if you need longer.`,
  statusAlreadyAvailable: 'You are already available.',
  buttonImFree: "I'm free",
  buttonBusyHour: 'Busy for 1 h',
  buttonDndHour: 'Do not disturb for 1 h',
  statusNowAvailable: 'You are available: messages taken for you reach you at once.',
  statusNowBusy: (p: { until: string }) => `You are busy until ${p.until}.`,
  statusNowDnd: (p: { until: string }) => `Do not disturb until ${p.until}.`,
  takenMessage: (p: { caller: string; body: string; urgent: boolean }) =>
    `${p.urgent ? 'URGENT. ' : ''}Message for you from ${p.caller}: "${p.body}"`,
  takenDigest: (p: { count: number; lines: string }) =>
    `While you were busy ${p.count === 1 ? 'a message came in' : `${p.count} messages came in`}:\n${p.lines}`,
  takenLine: (p: { n: number; at: string; caller: string; body: string }) =>
    `${p.n}. ${p.at}, ${p.caller}: "${p.body}"`,
  buttonCallbackMe: "I'll call back",
  buttonCallbackOffice: 'Please call back',
  callbackMine: (p: { caller: string }) => `All right: you will call ${p.caller} back yourself.`,
  callbackOffice: (p: { caller: string; number: string }) =>
    `All right: we will call ${p.caller} back for you (request ${p.number}).`,
  callbackAlready: 'That was already decided: nothing changed.',
  callbackTicket: (p: { caller: string }) => `Call ${p.caller} back`,
  voiceHeard: (p: { text: string }) => `I heard: "${p.text}"`,
  voiceToHuman: (p: { number: string }) =>
    `I could not listen to your voice message myself, so an assistant will (request ${p.number}).`,
  voiceTicket: 'Voice message',
  slotsFound: (p: { minutes: number }) => `Free slots of ${p.minutes} minutes: tap one to book it.`,
  slotsNoneThen: (p: { minutes: number; span: 'window' | 'day' | 'days' }) =>
    `Nothing free for ${p.minutes} minutes ${{ window: 'in that time window', day: 'that day', days: 'on those days' }[p.span]}. The next free slots (tap one to book it):`,
  /** `day` when one day was asked for */
  slotsClosed: (p: { day?: string }) =>
    `${p.day ? `${p.day} is` : 'Those days are'} outside your working hours. The next free slots (tap one to book it):`,
  closedDayNote: (p: { day: string }) => `Note: ${p.day} is outside your working hours.`,
  slotsNone: (p: { minutes: number; days: number }) =>
    `I found no free ${p.minutes} minutes within your working hours in the next ${p.days} days.`,
  slotsNearby: 'The nearest free times are below: tap one to book it.',
  slotsNearbyMove: 'The nearest free times are below: tap one to move it there.',
  slotUnavailable: 'That slot can no longer be booked: it is past or outside your working hours.',
  slotDefaultTitle: 'Appointment',
  slotAlreadyChosen: (p: { title: string; when: string }) => `Already booked: ${p.title}, ${p.when}.`,
  briefingHeader: (p: { day: string }) => `Good morning! Your day, ${p.day}:`,
  mailNewsNoMailbox:
    'Your mailbox is not connected to the office yet: ask the office to connect it, and I will tell you what comes in.',
  mailNewsNone: (p: { since: string }) => `Nothing new in your e-mail since ${p.since}.`,
  mailNewsHeader: (p: { count: number; since: string }) =>
    `${p.count === 1 ? '1 e-mail' : `${p.count} e-mails`} since ${p.since}:`,
  mailNewsTicket: (p: { ref: string }) => `the office answers it (request ${p.ref})`,
  mailNewsNotified: 'I told you at once',
  mailNewsCounted: 'for your information (in the morning briefing)',
  mailNewsNoSubject: 'no subject',
  mailNewsMore: (p: { count: number }) => `…and ${p.count} more.`,
  mailNewsSetAside: (p: { count: number }) =>
    `${p.count === 1 ? '1 newsletter or notification' : `${p.count} newsletters and notifications`} set aside.`,
  briefingMail: (p: { count: number; names: string }) =>
    `${p.count === 1 ? '1 new important e-mail' : `${p.count} new important e-mails`} since the last briefing: ${p.names}`,
  briefingOn: (p: { time: string }) =>
    `Done: every morning at ${p.time} I will send you your day (nothing on a day with nothing planned). "/briefing off" stops it.`,
  briefingOff: 'Done: no more morning briefing. "/briefing on" brings it back.',
  briefingBadTime: (p: { arg: string }) => `"${p.arg}" is not a valid time, so I changed nothing.`,
  briefingBadArgument: (p: { arg: string }) => `I did not understand "${p.arg}", so I changed nothing.`,
  briefingUsage: 'Usage: /briefing on | off | 7:30',
  greetingWithExamples:
    'Hi! Write to me as you would to your assistant, for example "remind me tomorrow at 9 to call Rossi", "book a table at Mario\'s on Friday at 8pm" or "translate the contract by Friday".',
  greeting: 'Hi! Tell me what you need.',
  acknowledged: 'Good 👍',
  youAreWelcome: "You're welcome!",
  clockNow: (p: { time: string; zone: string }) => `It's ${p.time} (${p.zone}).`,
  farewell: 'Talk soon! Write whenever you need me.',
  nothingPendingToCancel:
    'There is nothing to cancel right now. To cancel something, tell me which: "cancel the dentist".',
  refNotFound: (p: { number: string }) => `You have no open request ${p.number}.`,
  nothingMatches: (p: { target: string }) => `I cannot find "${p.target}" among your bookings, reminders and requests.`,
  openRequests: (p: { count: number; list: string }) =>
    p.count === 1 ? `You have 1 open request: ${p.list}.` : `You have ${p.count} open requests: ${p.list}.`,
  noOpenItems: 'You have no open requests, bookings or reminders.',
  upcomingItems: (p: { list: string; more: number }) =>
    `Coming up: ${p.list}${p.more > 0 ? ` and ${p.more} more` : ''}.`,
  confirmCancelTicket: (p: { summary: string; number: string }) => `Cancel "${p.summary}" (request ${p.number})?`,
  confirmCancelReminder: (p: { text: string; when: string }) =>
    `Cancel the reminder "${p.text}"${p.when ? `, ${p.when}` : ''}?`,
  confirmCancelBooking: (p: { title: string; when: string }) => `Cancel "${p.title}", ${p.when}?`,
  confirmCancelWorkedOn: (p: { who: string; summary: string; number: string }) =>
    `${p.who} is already working on it. Cancel "${p.summary}" (request ${p.number})?`,
  confirmCancelSeries: (p: { text: string; recurrence: string; next: string }) =>
    `"${p.text}" repeats ${p.recurrence}: cancel the whole series? Or only the next one, ${p.next}?`,
  buttonYes: 'Yes',
  buttonNo: 'No',
  buttonKeepAnyway: 'Keep both',
  buttonWholeSeries: 'Whole series',
  buttonOnlyThisTime: 'Only this time',
  keptAsItIs: 'All right, I cancelled nothing.',
  skippedOnce: (p: { text: string; skipped: string; next: string }) =>
    `All right: I skip ${p.skipped} only. "${p.text}" goes on, next ${p.next}.`,
  skippedLast: (p: { text: string; skipped: string }) =>
    `All right: I skip ${p.skipped}. That was the last "${p.text}".`,
  whichThread: 'Is this for the request in progress, or a new request?',
  whichThreadStill:
    'I am keeping this with the message before until you tap above: is it for the request in progress or a new request?',
  buttonToTicket: (p: { who: string; number: string }) => `For ${p.who}, request ${p.number}`,
  buttonToAssistant: 'For the assistant',
  buttonNewRequest: 'It is a new request',
  heldGone: 'I no longer have that message: please send it again.',
  ticketStatusOpen: (p: { ref: string }) => `${p.ref}: waiting for an assistant to pick it up.`,
  ticketStatusClaimed: (p: { ref: string; who: string }) => `${p.ref}: ${p.who} is working on it.`,
  ticketStatusWaiting: (p: { ref: string; who: string }) => `${p.ref}: ${p.who} is waiting for your answer.`,
  ticketStatusDone: (p: { ref: string; when: string; outcome: string }) =>
    `${p.ref}: done ${p.when}.${p.outcome ? ` Outcome: ${p.outcome}` : ''}`,
  ticketStatusCancelled: (p: { ref: string }) => `${p.ref}: cancelled.`,
  ticketStatusCancelledByClient: (p: { ref: string }) =>
    `${p.ref}: you cancelled it; the office is calling off the booking.`,
  ticketStatusDue: (p: { due: string }) => `Due: ${p.due}.`,
  ticketStatusAssistantWrote: (p: { who: string; when: string; text: string; waiting: boolean }) =>
    `${p.who} wrote to you ${p.when}: "${p.text}"${p.waiting ? ' — waiting for your answer.' : ''}`,
  ticketStatusAssistantFile: (p: { who: string; when: string; waiting: boolean }) =>
    `${p.who} sent you a file ${p.when}${p.waiting ? ' — waiting for your answer.' : '.'}`,
  ticketStatusClientWrote: (p: { when: string; answered: boolean; who: string }) =>
    `You ${p.answered ? 'answered' : 'wrote'} ${p.when}; now it's ${p.who}'s turn.`,
  atTime: (p: { time: string }) => `at ${p.time}`,
  ticketStatusBookingConfirmed: (p: { when: string }) => `The booking is confirmed: ${p.when}.`,
  ticketStatusBookingRequested: 'The booking is still to be confirmed.',
  ticketStatusBookingCancelled: 'The booking is cancelled.',
  ticketStatusUnknownRef: (p: { number: number }) => `I can't find request #${p.number} among yours.`,
  ticketStatusNoMatch: (p: { target: string }) => `I can't find a request about "${p.target}".`,
  ticketStatusNone: 'You have no requests in progress.',
  ticketStatusMany: 'Your requests in progress:',
  balanceNoPackage: (p: { used: string }) =>
    `You have no hours package. This month the assistants have worked ${p.used} for you.`,
  balanceLeft: (p: { size: string; used: string; left: string }) =>
    `Your package is ${p.size}: this month you have used ${p.used}, ${p.left} left.`,
  balanceOver: (p: { size: string; used: string; over: string }) =>
    `Your package is ${p.size}: this month you have used ${p.used}, ${p.over} over it.`,
  hoursLow: (p: { size: string; left: string }) =>
    `Your hours package is running low: ${p.left} left of ${p.size}. Ask "how many hours do I have left?" whenever you like.`,
  hoursUsedUp: (p: { size: string }) =>
    `You have used up your hours package (${p.size}): from now on the assistants' time goes beyond it.`,
};
