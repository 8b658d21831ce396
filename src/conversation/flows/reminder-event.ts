import { remindBefore } from '../../domain/reminders/service.js';
import { t } from '../../i18n/catalog.js';
import { formatWhen } from '../../i18n/format.js';
import { instantOf } from '../../kernel/time.js';
import type { Understanding } from '../../understanding/contract.js';
import type { Flow, FlowContext, FlowResult } from '../flow.js';
import { bookingFlow } from './booking.js';
import { tailRequestNote } from './office-booking.js';
import { reminderFlow } from './reminder.js';

/**
 * "venerdì alle 15 ho la riunione col commercialista, ricordamelo il giorno prima": the meeting
 * goes on the agenda as a booking said alone would, and the reminder is set before it; one
 * message confirms both. A question either asks back (a clash, a time gone) stays open.
 */
export const reminderWithEventFlow: Flow<{ understanding: Understanding; minutes: number }> = async (
  ctx,
  { understanding, minutes },
) => {
  const { event, ...said } = understanding;
  if (event === undefined) return reminderFlow(ctx, said);
  const booked = withoutTailNote(
    ctx,
    await bookingFlow(ctx, { understanding: { intent: 'booking', ...event }, minutes }),
  );
  const reminder = { ...said, text: reminderText(said.text, event.title) };
  const reminded = await reminderFlow(ctx, reminder);
  await tieToMeeting(ctx, booked, reminded);
  const when = instantOf(reminder.when, ctx.tz);
  // the reminder set needs no words of its own: the booking's confirmation names what it is about
  const reply =
    reminded.pending || !when
      ? reminded.reply.text
      : t(ctx.lang, 'reminderBeforeEvent', { when: formatWhen(when, ctx.lang, ctx.tz, ctx.now) });
  return joined(booked, { ...reminded, reply: { ...reminded.reply, text: reply } });
};

/** "I have a", "ho la", "we've got the": the client telling of their own plans before the event's name. */
const OWN_PLANS =
  /^(?:(?:i|we)(?:'ve| have)?(?: got)?|there(?:'s| is)|ho|abbiamo|c'è|c'e)\s+(?:(?:a|an|the|my|our|il|lo|la|l'|un|una|uno|un')\s*)?$/iu;

/**
 * The reminder's words before a meeting: the meeting's title when they only tell of it ("I have a
 * site visit with the contractor" → "site visit with the contractor"), else as said.
 */
function reminderText(text: string | undefined, title: string | undefined): string | undefined {
  if (!text || !title) return text;
  const at = text.toLowerCase().lastIndexOf(title.toLowerCase());
  if (at < 0 || at + title.length !== text.length) return text;
  return at === 0 || OWN_PLANS.test(text.slice(0, at)) ? title : text;
}

/** The reminder set is set before the meeting booked: it follows the meeting when that moves. */
async function tieToMeeting(ctx: FlowContext, booked: FlowResult, reminded: FlowResult): Promise<void> {
  const bookingId = (booked.events ?? []).flatMap((e) => (e.type === 'booking_changed' ? [e.bookingId] : []))[0];
  if (bookingId) await tieToBooking(ctx, reminded, bookingId);
}

/** The reminder the reminder flow just planned is set before `bookingId`: it follows that booking. */
export async function tieToBooking(ctx: FlowContext, reminded: FlowResult, bookingId: string): Promise<void> {
  const occurrenceId = (reminded.events ?? []).flatMap((e) =>
    e.type === 'reminder_occurrence_planned' ? [e.occurrenceId] : [],
  )[0];
  if (occurrenceId) await remindBefore(ctx.db, occurrenceId, bookingId);
}

/**
 * "prenotami un tavolo da Gino venerdì alle 20 e ricordamelo il giorno prima": the office's booking
 * would say the desk also reads "ricordamelo il giorno prima", but that reminder is set right here.
 */
function withoutTailNote(ctx: FlowContext, booked: FlowResult): FlowResult {
  const note = tailRequestNote(ctx, 'tailRequestWithOffice');
  if (note === '' || !booked.reply.text.includes(note)) return booked;
  return { ...booked, reply: { ...booked.reply, text: booked.reply.text.replace(note, '') } };
}

/** Both answers in one message: the booking's first (its buttons and invitation), then the reminder's. */
function joined(booked: FlowResult, reminded: FlowResult): FlowResult {
  const pending = booked.pending ?? reminded.pending;
  return {
    reply: {
      ...booked.reply,
      text: `${booked.reply.text}\n${reminded.reply.text}`,
      buttons: booked.reply.buttons ?? reminded.reply.buttons,
    },
    ...(pending === undefined ? {} : { pending }),
    events: [...(booked.events ?? []), ...(reminded.events ?? [])],
    understood: true,
  };
}
