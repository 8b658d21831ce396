import type { EventBus } from '../infra/event-bus.js';
import type { BookingReminderScheduler } from '../domain/bookings/booking-reminders.js';
import type { TicketListener } from '../domain/delivery/desk.js';
import type { ReminderScheduler } from '../domain/reminders/service.js';
import type { SegreteriaPort } from '../domain/segreteria/ports.js';
import type { TicketFollowupScheduler } from '../domain/delivery/ticket-followups.js';

/** Who hears the domain events: the job schedulers always, the desk when there is one. */
export interface EventSubscribers {
  reminders: ReminderScheduler;
  bookingReminders: BookingReminderScheduler;
  briefings: { scheduleNext(clientId: string): Promise<void> };
  segreteria: Pick<SegreteriaPort, 'releaseAt'>;
  ticketFollowups: TicketFollowupScheduler;
  /** a client's file that could not be fetched on arrival goes on the clock to be fetched again */
  fileDownloads: (attachmentId: string) => Promise<void>;
  /** the client of a claimed ticket hears who took it on (with or without the Slack desk) */
  claimNotices: (ticketId: string, assistantId: string) => Promise<void>;
  desk?: Required<TicketListener> & {
    clientStatusChanged?(clientId: string): Promise<void>;
    /** an e-mail ticket's suggested reply goes into its thread, with buttons to send or edit it */
    replySuggested?(ticketId: string, mailMessageId: string): Promise<void>;
  };
}

/**
 * Every side effect that follows a committed change, subscribed once: what the conversation,
 * the desk and the jobs publish reaches the schedulers in Redis and the desk's cards from here.
 */
export function subscribeToEvents(bus: EventBus, to: EventSubscribers): void {
  bus.on('reminder_occurrence_planned', (e) => to.reminders.schedule({ id: e.occurrenceId, dueAt: e.dueAt }));
  bus.on('reminder_occurrences_dropped', async (e) => {
    await Promise.all(e.occurrenceIds.map((id) => to.reminders.unschedule(id)));
  });
  bus.on('booking_changed', (e) => to.bookingReminders.bookingChanged(e.bookingId, e.previousStartsAt));
  bus.on('briefing_setting_changed', (e) => to.briefings.scheduleNext(e.clientId));
  bus.on('client_status_changed', (e) => to.segreteria.releaseAt(e.clientId, e.releaseAt));
  bus.on('file_download_failed', (e) => to.fileDownloads(e.attachmentId));
  // every change of a ticket reschedules its nudges and client reminders
  const followTicket = (e: { ticketId: string }) => to.ticketFollowups.ticketChanged(e.ticketId);
  for (const type of [
    'ticket_created',
    'ticket_claimed',
    'ticket_state_changed',
    'ticket_cancelled',
    'ticket_rated',
    'client_wrote',
  ] as const)
    bus.on(type, followTicket);
  bus.on('office_booking_changed_by_client', followTicket);
  bus.on('ticket_claimed', (e) => to.claimNotices(e.ticketId, e.assistantId));
  const desk = to.desk;
  if (!desk) return;
  bus.on('ticket_created', (e) => desk.ticketCreated(e.ticketId));
  bus.on('client_wrote', (e) => desk.clientWrote(e.ticketId, e.messageId));
  bus.on('ticket_rated', (e) => desk.ticketRated(e.ticketId));
  bus.on('ticket_cancelled', (e) => desk.ticketCancelled(e.ticketId));
  bus.on('office_booking_changed_by_client', (e) => desk.clientChangedBooking(e.ticketId, e.ticketEventId));
  bus.on('ticket_files_added', (e) => desk.filesAdded(e.ticketId, e.key));
  bus.on('client_status_changed', async (e) => desk.clientStatusChanged?.(e.clientId));
  bus.on('mail_reply_suggested', async (e) => desk.replySuggested?.(e.ticketId, e.mailMessageId));
}
