/**
 * What happened, told after the transaction that made it happen has committed. Flows, desk acts
 * and jobs return these; the composition root subscribes the desk, the job schedulers and the
 * follow-ups to them in one place (src/app.ts), and they are published once.
 */
export type DomainEvent =
  /** a ticket was opened for the desk */
  | { type: 'ticket_created'; ticketId: string }
  /** an assistant claimed an open ticket (Slack button or back-office): its client hears who has it */
  | { type: 'ticket_claimed'; ticketId: string; assistantId: string }
  /** the desk changed a ticket's state (released, asked the client, done, its booking acted on) */
  | { type: 'ticket_state_changed'; ticketId: string }
  /** the client cancelled a ticket */
  | { type: 'ticket_cancelled'; ticketId: string }
  /** the client rated a done ticket */
  | { type: 'ticket_rated'; ticketId: string }
  /** the client wrote about an active ticket; the message row carries the ticket */
  | { type: 'client_wrote'; ticketId: string; messageId: string }
  /** the client answered the desk's proposal for an office booking, or moved or cancelled it (the ticket event says which) */
  | { type: 'office_booking_changed_by_client'; ticketId: string; ticketEventId: string }
  /** a booking was created, moved (`previousStartsAt`) or cancelled: its reminders follow */
  | { type: 'booking_changed'; bookingId: string; previousStartsAt?: Date | null | undefined }
  /** a reminder occurrence is due at `dueAt` */
  | { type: 'reminder_occurrence_planned'; occurrenceId: string; dueAt: Date }
  /** reminder occurrences that must not be delivered any more */
  | { type: 'reminder_occurrences_dropped'; occurrenceIds: string[] }
  /** the client switched the morning briefing or changed its time */
  | { type: 'briefing_setting_changed'; clientId: string }
  /** a client's file could not be fetched when it arrived: a job fetches it again */
  | { type: 'file_download_failed'; attachmentId: string }
  /** files of a ticket were kept after the ticket's card went out (added to it, or fetched late): the desk shows them; `key` tells one addition from another */
  | { type: 'ticket_files_added'; ticketId: string; key: string }
  /** the client's status changed: held messages are looked at again at `releaseAt` */
  | { type: 'client_status_changed'; clientId: string; releaseAt: Date }
  /** the LLM suggested a reply to an e-mail of an email ticket: the desk shows it in the ticket's thread */
  | { type: 'mail_reply_suggested'; ticketId: string; mailMessageId: string };

export type DomainEventType = DomainEvent['type'];
export type DomainEventOf<T extends DomainEventType> = Extract<DomainEvent, { type: T }>;
