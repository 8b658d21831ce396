/**
 * What the follow-ups need from the Slack desk (src/desk implements it). Each call posts once;
 * the follow-up worker decides when and records that it happened.
 */
export interface DeskNotifier {
  /** re-posts a ticket nobody claimed, mentioning the assistants whose skills fit it */
  nudgeUnclaimed(ticketId: string, fittingAssistantIds: string[]): Promise<void>;
  /** reminds the assignee that the ticket is due within a day */
  nudgeAssignee(ticketId: string): Promise<void>;
  /** tells the desk the ticket is past its deadline */
  escalateOverdue(ticketId: string): Promise<void>;
  /** the client's status (busy, do not disturb) changed: their cards are redrawn to show it */
  clientStatusChanged?(clientId: string): Promise<void>;
}

/** What the desk hears of the conversation, subscribed to its domain events in src/app.ts. */
export interface TicketListener {
  ticketCreated(ticketId: string): Promise<void>;
  /** the client wrote about an active ticket; the message row already carries its ticketId */
  clientWrote?(ticketId: string, messageId: string): Promise<void>;
  /** the client rated a done ticket */
  ticketRated?(ticketId: string): Promise<void>;
  /** the client cancelled the ticket */
  ticketCancelled?(ticketId: string): Promise<void>;
  /** the client answered the desk's proposal for the ticket's booking, or moved or cancelled it (the ticket event says which) */
  clientChangedBooking?(ticketId: string, eventId: string): Promise<void>;
  /** files of the ticket were kept after its card went out; `key` tells one addition from another */
  filesAdded?(ticketId: string, key: string): Promise<void>;
}
